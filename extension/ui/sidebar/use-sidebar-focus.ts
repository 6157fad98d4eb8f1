import { useEffect, useRef, useState, type RefObject } from 'react';

/** Where the sidebar was opened from; focus goes back there when it closes. */
export type OpenedFrom = { kind: 'button' } | { kind: 'highlight'; annotationId: string };

/** The sidebar's open state with its focus rules. */
export interface SidebarFocus {
  open: boolean;
  openFrom(from: OpenedFrom): void;
  close: () => void;
  /** The "Kantlijn" button that opens the sidebar. */
  toggle: RefObject<HTMLButtonElement | null>;
  /** The sidebar's heading, where focus goes when it opens from its button. */
  heading: RefObject<HTMLHeadingElement | null>;
}

/** The highlight of an annotation in the page that can take focus (the first mark of it). */
function focusableHighlight(annotationId: string): HTMLElement | null {
  const mark = document.querySelector<HTMLElement>(`[data-annotation-id="${CSS.escape(annotationId)}"]`);
  return mark && mark.tabIndex >= 0 ? mark : null;
}

/**
 * Opening and closing without losing the reader's place: opened from its button, focus moves to the
 * sidebar's heading (a highlight's card takes focus itself); closed, focus returns to the highlight
 * it was opened from, else to the button. Never left on the page's body.
 */
export function useSidebarFocus(): SidebarFocus {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement | null>(null);
  const heading = useRef<HTMLHeadingElement | null>(null);
  const from = useRef<OpenedFrom>({ kind: 'button' });
  const moveFocus = useRef(false);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    if (open) {
      if (from.current.kind === 'button') heading.current?.focus();
      return;
    }
    const back = from.current.kind === 'highlight' ? focusableHighlight(from.current.annotationId) : null;
    (back ?? toggle.current)?.focus();
  }, [open]);
  return {
    open,
    openFrom(opened) {
      from.current = opened;
      moveFocus.current = true;
      setOpen(true);
    },
    close() {
      moveFocus.current = true;
      setOpen(false);
    },
    toggle,
    heading,
  };
}
