import { DEFAULT_VISIBILITY, motivationOf, toArray, type Annotation } from '../../shared/schemas/annotation';
import type { AnnotationInput } from '../../shared/schemas/annotation';
import type { OutboxEntry } from '../lib/outbox';

/**
 * How a create still waiting in the outbox is shown: as the annotation it will become, by "you",
 * so its highlight and remark stay visible while offline.
 */
export function pendingAsAnnotation(entry: OutboxEntry, you: string): Annotation {
  const { input } = entry;
  return {
    '@context': [input['@context']].flat(),
    id: entry.id,
    type: 'Annotation',
    motivation: motivationOf(input),
    body: toArray(input.body),
    target: typeof input.target === 'string' ? input.target : { source: input.target.source, selector: toArray(input.target.selector) },
    ...(input.kind ? { kind: input.kind } : {}),
    visibility: input.visibility ?? DEFAULT_VISIBILITY,
    creator: { id: 'urn:kantlijn:user:me', type: 'Person', name: you, role: 'councillor', organisation: '' },
    created: entry.queuedAt,
    modified: entry.queuedAt,
  };
}

/** The outbox entry an input becomes when it is saved, for showing it before the background answers. */
export function outboxEntryFor(input: AnnotationInput, source: string): OutboxEntry {
  return { id: input.id ?? '', operation: 'create', input, source, queuedAt: new Date().toISOString(), attempts: 0, state: 'pending' };
}
