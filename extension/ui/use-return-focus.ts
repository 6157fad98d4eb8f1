import { useCallback, useRef, type RefObject } from 'react';
import { deepActiveElement } from './use-dialog-focus';

/** Remembering where focus was when a dialog opened, and putting it back when it closes. */
export interface ReturnFocus {
  /** Notes the element that has focus now (call it as the dialog opens). */
  remember: () => void;
  /**
   * After the next frame: focus goes back to the noted element, or, when that is gone (the
   * toolbar's button that opened the editor re-renders), to the toolbar inside `app`.
   */
  restore: () => void;
}

/** Focus return for the editor: after Annuleren or Escape the person is where they were. */
export function useReturnFocus(app: RefObject<HTMLElement | null>): ReturnFocus {
  const returnTo = useRef<Element | null>(null);
  const remember = useCallback(() => {
    returnTo.current = deepActiveElement();
  }, []);
  const restore = useCallback(
    () =>
      void requestAnimationFrame(() => {
        const previous = returnTo.current;
        if (previous instanceof HTMLElement && previous.isConnected && previous !== document.body) previous.focus();
        else app.current?.querySelector<HTMLElement>('.toolbar button')?.focus();
      }),
    [app],
  );
  return { remember, restore };
}
