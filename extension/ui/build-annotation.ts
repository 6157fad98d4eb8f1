import { W3C_ANNOTATION_CONTEXT, type Annotation, type AnnotationInput, type Body, type FeedbackKind, type Visibility } from '../../shared/schemas/annotation';
import { remarkOf, tagsOf, termIdsOf } from '../../shared/schemas/annotation-bodies';
import type { Selector } from '../../shared/schemas/selectors';
import { defaultVisibility } from './default-visibility';
import type { Language } from './i18n';

/** What the user made in the editor, with where. */
export interface Draft {
  id: string;
  source: string;
  selectors: Selector[];
  remark: string;
  termIds: string[];
  language: Language;
  kind?: FeedbackKind | null;
  visibility?: Visibility;
  tags?: string[];
}

/**
 * The W3C annotation for a draft: `commenting` with a remark, `highlighting` without one; one
 * classifying body per linked term; without a chosen visibility, `defaultVisibility` decides.
 * The id is chosen here so that a retried save stores it once.
 */
export function buildAnnotation(draft: Draft): AnnotationInput {
  const remark = draft.remark.trim();
  const bodies: Body[] = [
    ...(remark
      ? [{ type: 'TextualBody' as const, purpose: 'commenting' as const, value: remark, format: 'text/plain' as const, language: draft.language }]
      : []),
    ...draft.termIds.map((termId) => ({ type: 'SpecificResource' as const, purpose: 'classifying' as const, source: termId })),
    ...(draft.tags ?? []).map((tag) => ({ type: 'TextualBody' as const, purpose: 'tagging' as const, value: tag })),
  ];
  return {
    '@context': W3C_ANNOTATION_CONTEXT,
    type: 'Annotation',
    id: `urn:uuid:${draft.id}`,
    motivation: remark ? (draft.kind === 'question' ? 'questioning' : 'commenting') : 'highlighting',
    body: bodies,
    target: { source: draft.source, selector: draft.selectors },
    ...(draft.kind ? { kind: draft.kind } : {}),
    visibility: draft.visibility ?? defaultVisibility(remark),
  };
}

/** A reply to the annotation `parentId`: one replying body; visibility follows the parent on the server. */
export function buildReply(reply: { id: string; parentId: string; remark: string; language: Language }): AnnotationInput {
  return {
    '@context': W3C_ANNOTATION_CONTEXT,
    type: 'Annotation',
    id: `urn:uuid:${reply.id}`,
    motivation: 'replying',
    body: [{ type: 'TextualBody', purpose: 'replying', value: reply.remark.trim(), format: 'text/plain', language: reply.language }],
    target: reply.parentId,
  };
}

/** The editor's fields of an existing annotation, to start editing from. */
export function editorFieldsOf(annotation: Annotation) {
  return {
    remark: remarkOf(annotation.body),
    termIds: termIdsOf(annotation.body),
    kind: annotation.kind ?? null,
    visibility: annotation.visibility,
    tags: tagsOf(annotation.body),
  };
}
