import { useEffect, useState } from 'react';
import type { DescribedSelection } from '../annotator/html-integration';

/**
 * Page-level gestures: a click (or Enter) on a highlight names the annotation to open the sidebar
 * at; Alt+Shift+A opens the editor on the current selection, for keyboard users.
 */
export function usePageGestures(selection: DescribedSelection | null, editorOpen: boolean, openEditor: (selection: DescribedSelection) => void): string | null {
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    const open = (event: Event) => {
      const mark = (event.target as Element | null)?.closest?.('kantlijn-highlight');
      if (!mark) return;
      if (event instanceof KeyboardEvent && event.key !== 'Enter') return;
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
      if (event.altKey && event.shiftKey && event.code === 'KeyA' && selection && !editorOpen) {
        event.preventDefault();
        openEditor(selection);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selection, editorOpen, openEditor]);

  return focusId;
}
