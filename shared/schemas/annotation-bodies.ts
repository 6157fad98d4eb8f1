import type { Body, TextualBody } from './annotation';

/*
 * What the bodies of an annotation mean. An annotation's bodies mix its remark, its free labels
 * (TextualBody with purpose `tagging`) and its links to taxonomy terms (SpecificResource). Every
 * reader of an annotation — schema check, editor, sidebar, highlight label, digest, moderation —
 * asks these functions, so a label is never taken for the remark.
 */

/** Whether a body is (part of) the remark: a TextualBody that is not a free label. */
export function isRemarkBody(body: Body): body is TextualBody {
  return body.type === 'TextualBody' && body.purpose !== 'tagging';
}

/** The remark of an annotation: its first remark body's text, or `''` when it has none. */
export function remarkOf(bodies: readonly Body[]): string {
  return bodies.find(isRemarkBody)?.value ?? '';
}

/** Every remark body's text, trimmed, empty ones left out, one paragraph each (as the digest shows it). */
export function remarkText(bodies: readonly Body[]): string {
  return bodies
    .filter(isRemarkBody)
    .map((body) => body.value.trim())
    .filter((value) => value !== '')
    .join('\n\n');
}

/** The free labels of an annotation, in order. */
export function tagsOf(bodies: readonly Body[]): string[] {
  return bodies.flatMap((body) => (body.type === 'TextualBody' && body.purpose === 'tagging' ? [body.value] : []));
}

/** The ids of the taxonomy terms an annotation links to, in order. */
export function termIdsOf(bodies: readonly Body[]): string[] {
  return bodies.flatMap((body) => (body.type === 'SpecificResource' ? [body.source] : []));
}
