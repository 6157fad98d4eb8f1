import { HIGHLIGHT_TAG } from './highlighter';

const STYLE_ID = 'kantlijn-highlight-styles';

/**
 * The focus ring's colour, the same dark amber as `--kantlijn-focus` in the UI's styles.css (the page
 * cannot see into the shadow root's custom properties): 4.9:1 against white, 3.4:1 on a yellow highlight.
 */
const FOCUS_COLOUR = '#9a6700';

/**
 * Adds the page-level rules for highlights once. Highlights live in the page's DOM (so they follow
 * its layout), which is why their style cannot sit in the shadow root with the rest of the UI.
 */
export function ensureHighlightStyles(document: Document): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  // The dotted underline keeps highlights visible without relying on colour alone (WCAG 1.4.1).
  style.textContent = `${HIGHLIGHT_TAG} { cursor: pointer; border-radius: 2px; color: inherit; text-decoration: underline dotted 1px; text-underline-offset: 3px; }
${HIGHLIGHT_TAG}:focus-visible { outline: 3px solid var(--kantlijn-focus, ${FOCUS_COLOUR}); outline-offset: 1px; }
${HIGHLIGHT_TAG}[data-pending] { outline: 1px dashed #5a5a5a; }`;
  (document.head ?? document.documentElement).appendChild(style);
}
