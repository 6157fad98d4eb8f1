/**
 * Page geometry of the Word digest, in twips (1/1440 inch): A4 with 2 cm margins. Tables are laid
 * out to exactly the text width of the section they stand in, so they fill the page.
 */
export const A4 = { width: 11906, height: 16838 } as const;
export const MARGIN = 1134;
export const PAGE_MARGINS = { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } as const;

/** Text width of a portrait page. */
export const PORTRAIT_TEXT_WIDTH = A4.width - 2 * MARGIN;

/** The landscape page of the coverage matrix has narrower margins (1 cm above and below, 1.5 cm beside): a round's whole matrix fits one page. */
export const LANDSCAPE_MARGIN = 851;
export const LANDSCAPE_MARGINS = { top: 567, bottom: 567, left: LANDSCAPE_MARGIN, right: LANDSCAPE_MARGIN, footer: 340 } as const;

/** Text width of a landscape page. */
export const LANDSCAPE_TEXT_WIDTH = A4.height - 2 * LANDSCAPE_MARGIN;
