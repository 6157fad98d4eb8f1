import type { Messages } from './i18n';

interface SelectionToolbarProps {
  rect: { top: number; left: number; bottom: number; right: number };
  messages: Messages;
  onAnnotate: () => void;
  onHighlight: () => void;
}

/** The toolbar's height with finger-sized (44 px) buttons, its padding and border included. */
const TOOLBAR_HEIGHT = 56;

/**
 * The small toolbar that appears just below a selection (made with the mouse, the keyboard or a
 * finger: on touch screens the system's own selection menu sits above it), in a named region so
 * that it sits in a landmark like the rest of the page. Where there is no room below, it goes
 * above the selection rather than over it.
 */
export function SelectionToolbar({ rect, messages, onAnnotate, onHighlight }: SelectionToolbarProps) {
  const below = Math.max(rect.bottom + 8, 8);
  const wanted = below + TOOLBAR_HEIGHT <= window.innerHeight ? below : rect.top - 8 - TOOLBAR_HEIGHT;
  // Always on screen, even for a selection scrolled (partly) out of view.
  const top = Math.min(Math.max(wanted, 8), Math.max(window.innerHeight - TOOLBAR_HEIGHT, 8));
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
