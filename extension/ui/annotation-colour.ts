import type { Annotation } from '../../shared/schemas/annotation';
import { remarkOf } from '../../shared/schemas/annotation-bodies';
import type { Term } from '../../shared/schemas/taxonomy';
import type { Messages } from './i18n';

/** Highlight colour when an annotation links to no term. */
const DEFAULT_HIGHLIGHT = 'rgba(255, 213, 79, 0.55)';

/** A translucent version of a `#rgb`/`#rrggbb` colour, so the text under a highlight stays readable. */
export function translucent(hex: string, alpha = 0.3): string {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const value = Number.parseInt(full, 16);
  if (Number.isNaN(value) || full.length !== 6) return DEFAULT_HIGHLIGHT;
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

/** The highlight colour of an annotation: that of its first linked term, else the default. */
export function highlightColour(annotation: Annotation, terms: ReadonlyMap<string, Term>): string {
  for (const body of annotation.body) {
    if (body.type !== 'SpecificResource') continue;
    const term = terms.get(body.source);
    if (term) return translucent(term.colour);
  }
  return DEFAULT_HIGHLIGHT;
}

/**
 * The text alternative of a highlight (also its hover text): who wrote it, its kind, and the start
 * of the remark, so a screen reader user hears what sighted users see by colour and position.
 */
export function highlightLabel(annotation: Annotation, messages: Messages): string {
  const remark = remarkOf(annotation.body);
  const kind = annotation.kind ? ` (${messages.kinds[annotation.kind] ?? annotation.kind})` : '';
  const snippet = remark.length > 120 ? `${remark.slice(0, 120)}…` : remark;
  return `${messages.highlightLabel(annotation.creator.name)}${kind}${snippet ? `: ${snippet}` : ''}`;
}
