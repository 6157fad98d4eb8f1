import { useEffect, useState } from 'react';
import type { DescribedSelection } from '../annotator/document-integration';
import { HIGHLIGHT_TAG } from '../annotator/highlighter';
import { KANTLIJN_UI_ATTRIBUTE } from '../annotator/text-index';
import { useAnnounce } from './announcer';
import type { Messages } from './i18n';
import { selectBySentence } from './sentence-selection';

/** Longest part of a keyboard selection read out after it changes. */
const ANNOUNCED_QUOTE = 160;

/** Whether a key event belongs to a field of the page or to Kantlijn's own UI (left alone then). */
function isForSomethingElse(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || Boolean(target.closest(`[${KANTLIJN_UI_ATTRIBUTE}]`));
}

/** Alt+Shift+→ / ← select by sentence (see `selectBySentence`) and say what is selected. */
function useSentenceKeys(editorOpen: boolean, messages: Messages): void {
  const announce = useAnnounce();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (editorOpen || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      if ((event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') || isForSomethingElse(event)) return;
      event.preventDefault();
      const quote = selectBySentence(document, event.key === 'ArrowRight' ? 1 : -1, document.activeElement);
      if (quote === null) return announce(messages.nothingToSelect);
      const short = quote.length > ANNOUNCED_QUOTE ? `${quote.slice(0, ANNOUNCED_QUOTE)}…` : quote;
      announce(messages.selected(short.replace(/\s+/g, ' ').trim()));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [editorOpen, messages, announce]);
}

/** What the page gestures work with. */
export interface PageGestureOptions {
  /** The selection as last seen (it follows the page's selection after a short rest). */
  selection: DescribedSelection | null;
  /** Describes the page's selection now, for a shortcut pressed before that rest is over. */
  describe: () => DescribedSelection | null;
  editorOpen: boolean;
  openEditor: (selection: DescribedSelection) => void;
  messages: Messages;
}

/**
 * Page-level gestures: a click (or Enter) on a highlight names the annotation to open the sidebar
 * at; Alt+Shift+→ / ← select by sentence and Alt+Shift+A opens the editor on the current selection,
 * so a remark can be started without a mouse.
 */
export function usePageGestures({ selection, describe, editorOpen, openEditor, messages }: PageGestureOptions): string | null {
  const [focusId, setFocusId] = useState<string | null>(null);
  useSentenceKeys(editorOpen, messages);

  useEffect(() => {
    const open = (event: Event) => {
      const mark = (event.target as Element | null)?.closest?.(HIGHLIGHT_TAG);
      if (!mark) return;
      if (event instanceof KeyboardEvent && event.key !== 'Enter') return;
      if (event instanceof KeyboardEvent) event.preventDefault();
      // Cleared first so that clicking the same highlight twice opens it twice.
      setFocusId(null);
      requestAnimationFrame(() => setFocusId(mark.getAttribute('data-annotation-id')));
    };
    document.addEventListener('click', open);
    document.addEventListener('keydown', open);
    return () => {
      document.removeEventListener('click', open);
      document.removeEventListener('keydown', open);
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.code !== 'KeyA' || editorOpen) return;
      const current = selection ?? describe();
      if (!current) return;
      event.preventDefault();
      openEditor(current);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selection, describe, editorOpen, openEditor]);

  return focusId;
}
