import { z } from 'zod';
import { isRemarkBody } from './annotation-bodies';
import { responseStatusSchema } from './response';
import { roleSchema } from './roles';
import { documentFingerprintSchema } from './document-fingerprint';
import { selectorSchema } from './selectors';
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

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A client-chosen annotation id: a UUID, bare or as `urn:uuid:…`. */
export const annotationIdSchema = z
  .string()
  .max(45)
  .refine((id) => uuidPattern.test(id.replace(/^urn:uuid:/i, '')), { message: 'geen UUID of urn:uuid:' });

/** The UUID inside an annotation id, lower-cased; `null` when it is not one. */
export function annotationUuid(id: string): string | null {
  const bare = id.replace(/^urn:uuid:/i, '');
  return uuidPattern.test(bare) ? bare.toLowerCase() : null;
}

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
  source: z.string().min(1).max(64),
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

/** What a client sends to create (or, by PUT, replace) an annotation. */
export const annotationInputSchema = z
  .object({
    '@context': contextSchema,
    type: z.literal('Annotation'),
    id: annotationIdSchema.optional(),
    motivation: motivationSchema,
    body: z.union([bodySchema, z.array(bodySchema).max(50)]).optional(),
    target: z.union([specificTargetSchema, z.string().max(200)]),
    kind: feedbackKindSchema.optional(),
    visibility: visibilitySchema.optional(),
    /** The review round to file it under; by default the round open at the time. */
    round: z.string().min(1).max(64).optional(),
  })
  .superRefine((input, ctx) => {
    const context = input['@context'];
    if (Array.isArray(context) && context[0] !== W3C_ANNOTATION_CONTEXT) {
      ctx.addIssue({ code: 'custom', path: ['@context'], message: `de eerste context moet ${W3C_ANNOTATION_CONTEXT} zijn` });
    }
    const bodies = toArray(input.body);
    const remark = bodies.find(isRemarkBody);
    const isReply = input.motivation === 'replying';
    if (isReply !== (typeof input.target === 'string')) {
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: isReply ? 'een reactie heeft als target de id van een annotatie' : 'target moet een document met source zijn',
      });
    }
    if (isReply && typeof input.target === 'string' && annotationUuid(input.target) === null) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'target is geen annotatie-id' });
    }
    if (input.motivation !== 'highlighting' && (remark === undefined || remark.value.trim() === '')) {
      ctx.addIssue({ code: 'custom', path: ['body'], message: 'een opmerking (TextualBody) mag niet leeg zijn' });
    }
  });
export type AnnotationInput = z.infer<typeof annotationInputSchema>;

/** The author as stored with an annotation. */
export const creatorSchema = z.object({
  id: z.string(),
  type: z.literal('Person'),
  name: z.string(),
  role: roleSchema,
  organisation: z.string(),
});
export type Creator = z.infer<typeof creatorSchema>;

/** An annotation as the server returns it: bodies and selectors always as arrays. */
export const annotationSchema = z.object({
  '@context': z.array(z.union([z.string(), z.record(z.string(), z.unknown())])),
  id: z.string(),
  type: z.literal('Annotation'),
  motivation: motivationSchema,
  body: z.array(bodySchema),
  target: z.union([
    z.object({ source: z.string(), selector: z.array(selectorSchema), fingerprint: z.string().optional() }),
    z.string(),
  ]),
  kind: feedbackKindSchema.optional(),
  visibility: visibilitySchema,
  creator: creatorSchema,
  created: z.string(),
  modified: z.string(),
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
export type Annotation = z.infer<typeof annotationSchema>;

/** A W3C AnnotationPage of annotations. */
export const annotationPageSchema = z.object({
  '@context': z.unknown(),
  id: z.string().optional(),
  type: z.literal('AnnotationPage'),
  startIndex: z.number().int().min(0).optional(),
  next: z.string().optional(),
  items: z.array(annotationSchema),
});
export type AnnotationPage = z.infer<typeof annotationPageSchema>;

/** One value or a list of them, as W3C JSON-LD allows, always as a list. */
export function toArray<T>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}
