/**
 * Keeps a drag-selection from jumping: the text layer's spans are absolutely positioned, so
 * between lines the pointer is over the layer itself, which the browser reads as "the end of the
 * layer". While the user drags, an unselectable filler lies under the spans of every page (the
 * `selecting` class). Returns the function that removes the guard's listeners again.
 */
export function guardSelection(root: HTMLElement): () => void {
  const start = (event: PointerEvent) => {
    if ((event.target as Element | null)?.closest?.('.textLayer')) root.classList.add('selecting');
  };
  const stop = () => root.classList.remove('selecting');
  const view = root.ownerDocument.defaultView;
  root.addEventListener('pointerdown', start);
  root.ownerDocument.addEventListener('pointerup', stop);
  view?.addEventListener('blur', stop);
  return () => {
    root.removeEventListener('pointerdown', start);
    root.ownerDocument.removeEventListener('pointerup', stop);
    view?.removeEventListener('blur', stop);
    stop();
  };
}
