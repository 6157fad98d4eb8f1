import { z } from 'zod';
import { isoInstantSchema } from './iso-instant';
import { isRemarkBody } from './annotation-bodies';
import { responseStatusSchema } from './response';
import { roleSchema } from './roles';
import { documentFingerprintSchema } from './document-fingerprint';
import { selectorSchema } from './selectors';
import { annotationUuid } from '../w3c/iris';

export { annotationUuid } from '../w3c/iris';
import { searchHighlightSchema } from '../search/search-highlight';

/** The W3C Web Annotation context; every annotation names it first. */
export const W3C_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Kantlijn's own JSON-LD terms, added after the W3C context. Inline so that a reader needs no
 * network to expand an annotation.
 */
export const KANTLIJN_CONTEXT = {
  kl: 'urn:kantlijn:vocab:',
  kind: 'kl:kind',
  visibility: 'kl:visibility',
  role: 'kl:role',
  organisation: 'kl:organisation',
  round: 'kl:round',
  deleted: 'kl:deleted',
  moderation: 'kl:moderation',
  response: 'kl:response',
  fingerprint: 'kl:fingerprint',
  provenance: 'kl:provenance',
} as const;

/** Longest remark accepted. */
export const MAX_REMARK_LENGTH = 10_000;

export const motivationSchema = z.enum(['highlighting', 'commenting', 'questioning', 'replying']);
export type Motivation = z.infer<typeof motivationSchema>;

/** The feedback kinds of the product description. */
export const feedbackKindSchema = z.enum(['question', 'concern', 'suggestion', 'appreciation', 'dilemma']);
export type FeedbackKind = z.infer<typeof feedbackKindSchema>;

/** Who sees an annotation: the author only, the author's organisation, or every participant. */
export const visibilitySchema = z.enum(['private', 'organisation', 'round']);
export type Visibility = z.infer<typeof visibilitySchema>;
/** The visibility of an annotation whose input names none: every participant of the round. */
export const DEFAULT_VISIBILITY: Visibility = 'round';

/**
 * A client-chosen annotation id: a UUID (bare or `urn:uuid:…`, which makes a repeated create
 * idempotent), or any other absolute IRI, which the server replaces and keeps in `via`.
 */
export const annotationIdSchema = z
  .string()
  .min(1)
  .max(2048)
  .refine((id) => annotationUuid(id) !== null || (isAbsoluteIri(id) && !/^urn:uuid:/i.test(id)), { message: 'geen UUID, urn:uuid: of absolute IRI' });

/** True for an absolute IRI (a scheme, a colon, and no white space). */
export function isAbsoluteIri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
}

const iriSchema = z.string().max(2048).refine(isAbsoluteIri, { message: 'geen absolute IRI' });

/** A remark. */
export const textualBodySchema = z.object({
  type: z.literal('TextualBody'),
  purpose: z.enum(['commenting', 'replying', 'questioning', 'tagging']).optional(),
  value: z.string().max(MAX_REMARK_LENGTH),
  format: z.literal('text/plain').optional(),
  language: z.string().regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/).optional(),
});
export type TextualBody = z.infer<typeof textualBodySchema>;

/** A link to a taxonomy term (goal, action, recommendation). */
export const classifyingBodySchema = z.object({
  type: z.literal('SpecificResource'),
  purpose: z.literal('classifying'),
  /** The term's IRI (`…/api/taxonomy/terms/ID`); older clients send the plain term id. */
  source: z.string().min(1).max(2048),
});
export type ClassifyingBody = z.infer<typeof classifyingBodySchema>;

export const bodySchema = z.union([textualBodySchema, classifyingBodySchema]);
export type Body = z.infer<typeof bodySchema>;

/** A document URL as annotations name it: http(s), or file for a PDF opened from disk. */
export const sourceUrlSchema = z
  .string()
  .max(2048)
  .refine((value) => URL.canParse(value) && /^(https?|file):$/.test(new URL(value).protocol), {
    message: 'geen http(s)- of file-URL',
  });

/** The passage of a document an annotation is about. */
export const specificTargetSchema = z.object({
  source: sourceUrlSchema,
  selector: z.union([selectorSchema, z.array(selectorSchema).max(8)]).optional(),
  fingerprint: documentFingerprintSchema.optional(),
});
export type SpecificTarget = z.infer<typeof specificTargetSchema>;

const contextSchema = z.union([
  z.literal(W3C_ANNOTATION_CONTEXT),
  z.array(z.union([z.string().max(200), z.record(z.string(), z.unknown())])).min(1).max(4),
]);

/** An agent as W3C annotations name one: an IRI, or a description (kept as sent, for provenance). */
const agentSchema = z.union([iriSchema, z.record(z.string(), z.unknown())]);
const agentsSchema = z.union([agentSchema, z.array(agentSchema).max(20)]);

/** What a client sends to create (or, by PUT, replace) an annotation. */
export const annotationInputSchema = z
  .object({
    '@context': contextSchema,
    type: z.union([z.literal('Annotation'), z.array(z.string().max(200)).min(1).max(4)]),
    id: annotationIdSchema.optional(),
    /** Optional as in the W3C model; without it the server derives one (see `motivationOf`). */
    motivation: motivationSchema.optional(),
    body: z.union([bodySchema, z.array(bodySchema).max(50)]).optional(),
    /** A document passage, a document's URL, or (for a reply) the annotation replied to. */
    target: z.union([specificTargetSchema, z.string().max(2048)]),
    kind: feedbackKindSchema.optional(),
    visibility: visibilitySchema.optional(),
    /** The review round to file it under; by default the round open at the time. */
    round: z.string().min(1).max(64).optional(),
    /** Kept exactly as sent (W3C Protocol: the server must not change it). */
    canonical: iriSchema.optional(),
    /** Earlier ids of this annotation elsewhere; kept, and a replaced foreign `id` is added. */
    via: z.union([iriSchema, z.array(iriSchema).max(20)]).optional(),
    /** Provenance of an annotation made elsewhere, kept as it came; the sender becomes its owner. */
    creator: agentsSchema.optional(),
    generator: agentsSchema.optional(),
    created: isoInstantSchema.optional(),
  })
  .superRefine((input, ctx) => {
    const context = input['@context'];
    if (Array.isArray(context) && context[0] !== W3C_ANNOTATION_CONTEXT) {
      ctx.addIssue({ code: 'custom', path: ['@context'], message: `de eerste context moet ${W3C_ANNOTATION_CONTEXT} zijn` });
    }
    if (Array.isArray(input.type) && !input.type.includes('Annotation')) {
      ctx.addIssue({ code: 'custom', path: ['type'], message: 'type moet Annotation bevatten' });
    }
    const bodies = toArray(input.body);
    const remark = bodies.find(isRemarkBody);
    const repliesTo = replyTargetOf(input);
    if (input.motivation === 'replying' && repliesTo === null) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'een reactie heeft als target de id van een annotatie' });
    }
    if (typeof input.target === 'string' && repliesTo === null && !sourceUrlSchema.safeParse(input.target).success) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'target is geen annotatie-id en geen http(s)- of file-URL' });
    }
    if (repliesTo !== null && input.motivation !== undefined && input.motivation !== 'replying') {
      ctx.addIssue({ code: 'custom', path: ['motivation'], message: 'een reactie op een annotatie heeft motivation replying' });
    }
    if (motivationOf(input) !== 'highlighting' && (remark === undefined || remark.value.trim() === '')) {
      ctx.addIssue({ code: 'custom', path: ['body'], message: 'een opmerking (TextualBody) mag niet leeg zijn' });
    }
  });
export type AnnotationInput = z.infer<typeof annotationInputSchema>;

/** The annotation an input answers (its target names one of Kantlijn's annotations), or `null`. */
export function replyTargetOf(input: Pick<AnnotationInput, 'target'>): string | null {
  return typeof input.target === 'string' ? annotationUuid(input.target) : null;
}

/**
 * The motivation of an input: as sent, or (the W3C model makes it optional) `replying` for a
 * reply, `commenting` with a remark, `highlighting` without one.
 */
export function motivationOf(input: Pick<AnnotationInput, 'motivation' | 'target' | 'body'>): Motivation {
  if (input.motivation) return input.motivation;
  if (replyTargetOf(input) !== null) return 'replying';
  const remark = toArray(input.body).some((body) => isRemarkBody(body) && body.value.trim() !== '');
  return remark ? 'commenting' : 'highlighting';
}

/** The author as stored with an annotation. */
export const creatorSchema = z.object({
  id: z.string(),
  type: z.literal('Person'),
  name: z.string(),
  role: roleSchema,
  organisation: z.string(),
});
export type Creator = z.infer<typeof creatorSchema>;

/**
 * An annotation as the server returns it (W3C: no empty `body`, no empty `selector`). Parsing fills
 * both in as empty lists, so readers get one shape; `W3cAnnotation` is the shape on the wire.
 */
export const annotationSchema = z.object({
  '@context': z.array(z.union([z.string(), z.record(z.string(), z.unknown())])),
  id: z.string(),
  type: z.literal('Annotation'),
  motivation: motivationSchema,
  body: z.array(bodySchema).default([]),
  target: z.union([
    z.object({ source: z.string(), selector: z.array(selectorSchema).default([]), fingerprint: z.string().optional() }),
    z.string(),
  ]),
  canonical: z.string().optional(),
  via: z.array(z.string()).optional(),
  kind: feedbackKindSchema.optional(),
  visibility: visibilitySchema,
  creator: creatorSchema,
  created: z.string(),
  modified: z.string(),
  /** Where an imported annotation came from: its creator, generator and creation time as sent. */
  provenance: z.object({ creator: z.unknown().optional(), generator: z.unknown().optional(), created: z.string().optional() }).optional(),
  round: z.string().optional(),
  /** A tombstone: deleted by its author, kept because replies hang from it. */
  deleted: z.literal(true).optional(),
  /** Shown to the author and the secretariat only: hidden by the secretariat, and why. */
  moderation: z.object({ hidden: z.literal(true), reason: z.string(), at: z.string() }).optional(),
  /** What the reviewed organisation did with this remark. */
  response: z
    .object({
      status: responseStatusSchema,
      text: z.string(),
      at: z.string(),
      by: z.object({ name: z.string(), role: roleSchema, organisation: z.string() }),
    })
    .optional(),
  /** In search results only (`GET /api/annotations?q=…`): where the words matched. */
  highlight: searchHighlightSchema.optional(),
});
/** An annotation as clients use it: `body` and `selector` always lists. */
export type Annotation = z.output<typeof annotationSchema>;
/** An annotation as the server writes it. */
export type W3cAnnotation = z.input<typeof annotationSchema>;

/** A W3C AnnotationPage of annotations. */
export const annotationPageSchema = z.object({
  '@context': z.unknown(),
  id: z.string().optional(),
  type: z.literal('AnnotationPage'),
  partOf: z.unknown().optional(),
  startIndex: z.number().int().min(0).optional(),
  next: z.string().optional(),
  prev: z.string().optional(),
  items: z.array(annotationSchema),
});
export type AnnotationPage = z.output<typeof annotationPageSchema>;

/** One value or a list of them, as W3C JSON-LD allows, always as a list. */
export function toArray<T>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}
