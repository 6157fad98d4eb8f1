import { useEffect, type RefObject } from 'react';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The element that has focus, looking into shadow roots (Kantlijn's UI lives in one). */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The tab stops inside `container` in document order (roving lists count once: their tabindex 0 item). */
function tabStops(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.tabIndex >= 0 && !element.closest('[hidden]'));
}

/**
 * Makes `dialog` modal for the keyboard while it is mounted: Tab and Shift+Tab cycle inside it and
 * Escape calls `onEscape`. Focus starts where the dialog's own `autoFocus` put it.
 */
export function useDialogFocus(dialog: RefObject<HTMLElement | null>, onEscape: () => void): void {
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onEscape();
        return;
      }
      if (event.key !== 'Tab') return;
      const stops = tabStops(element);
      const first = stops[0];
      const last = stops.at(-1);
      if (!first || !last) return;
      const active = deepActiveElement(element.getRootNode() as ShadowRoot | Document);
      if (event.shiftKey && (active === first || !element.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !element.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    };
    element.addEventListener('keydown', onKey);
    return () => element.removeEventListener('keydown', onKey);
  }, [dialog, onEscape]);
}
