/** A long text shown folded: `preview` is its start, `folded` says whether anything was left out. */
export interface FoldedText {
  folded: boolean;
  preview: string;
}

/** Longer than this (in characters), or with more lines than `FOLD_LINES`, a text is folded. */
export const FOLD_CHARACTERS = 480;
const FOLD_LINES = 6;
/** How much a folded text still shows: enough to recognise it, short enough to scan the list. */
const PREVIEW_CHARACTERS = 300;

/**
 * Folds a remark, reply or answer that would take over the sidebar: keeps its first lines up to
 * about `PREVIEW_CHARACTERS`, cut between words (never inside one unless it is a single long
 * word), and marks the cut with an ellipsis. Short texts come back whole.
 */
export function foldText(text: string): FoldedText {
  const lines = text.split('\n');
  if (text.length <= FOLD_CHARACTERS && lines.length <= FOLD_LINES) return { folded: false, preview: text };
  const head = lines.slice(0, FOLD_LINES - 2).join('\n').slice(0, PREVIEW_CHARACTERS);
  const lastSpace = head.search(/\s\S*$/);
  const cut = lastSpace > PREVIEW_CHARACTERS / 2 ? head.slice(0, lastSpace) : head;
  return { folded: true, preview: `${cut.trimEnd()}…` };
}
