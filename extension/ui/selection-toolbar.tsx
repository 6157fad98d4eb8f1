import type { Messages } from './i18n';

interface SelectionToolbarProps {
  rect: { top: number; left: number; bottom: number; right: number };
  messages: Messages;
  onAnnotate: () => void;
  onHighlight: () => void;
}

/**
 * The small toolbar that appears just below a selection (made with the mouse or the keyboard), in a
 * named region so that it sits in a landmark like the rest of the page.
 */
export function SelectionToolbar({ rect, messages, onAnnotate, onHighlight }: SelectionToolbarProps) {
  const top = Math.min(Math.max(rect.bottom + 8, 8), window.innerHeight - 48);
  const left = Math.max(Math.min(rect.left, window.innerWidth - 200), 8);
  return (
    <div className="toolbar" role="region" aria-label={messages.toolbarRegion} style={{ top, left }}>
      <div className="toolbar-buttons" role="toolbar" aria-label="Kantlijn">
        {/* Keeping mousedown from reaching the page keeps the page's selection alive. */}
        <button type="button" className="primary" onMouseDown={(event) => event.preventDefault()} onClick={onAnnotate} aria-keyshortcuts="Alt+Shift+A">
          {messages.annotate}
        </button>
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={onHighlight}>
          {messages.highlightOnly}
        </button>
      </div>
    </div>
  );
}
