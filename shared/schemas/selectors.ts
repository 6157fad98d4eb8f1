import { z } from 'zod';

/** Longest quote we store; a report passage longer than this is not a passage but a chapter. */
export const MAX_QUOTE_LENGTH = 10_000;
/** Longest prefix or suffix context kept with a quote. */
export const MAX_CONTEXT_LENGTH = 1_000;

/** W3C TextQuoteSelector: the quoted text with context on either side. */
export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(MAX_QUOTE_LENGTH),
  prefix: z.string().max(MAX_CONTEXT_LENGTH).optional(),
  suffix: z.string().max(MAX_CONTEXT_LENGTH).optional(),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;

/**
 * W3C TextPositionSelector. Kantlijn counts `start`/`end` in UTF-16 code units of the document's
 * text (what the DOM and JavaScript strings count), not in code points as the spec suggests; the
 * position is only a hint that is always verified against the quote, so the difference is harmless.
 */
export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .refine((selector) => selector.end >= selector.start, { message: 'end ligt voor start', path: ['end'] });
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

/** W3C FragmentSelector, used for PDF pages (`page=3`, conformsTo RFC 8118). */
export const fragmentSelectorSchema = z.object({
  type: z.literal('FragmentSelector'),
  value: z.string().min(1).max(200),
  conformsTo: z.string().url().max(200).optional(),
});
export type FragmentSelector = z.infer<typeof fragmentSelectorSchema>;

/** Any selector Kantlijn understands. */
export const selectorSchema = z.union([textQuoteSelectorSchema, textPositionSelectorSchema, fragmentSelectorSchema]);
export type Selector = z.infer<typeof selectorSchema>;
