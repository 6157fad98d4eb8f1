import { MAX_ZOOM, MIN_ZOOM, nextZoom, zoomLabel } from './zoom-steps';

/** What the controls act on: the current zoom in percent, setting it, and fitting the page width. */
export interface Zoomable {
  percent(): number;
  setPercent(percent: number): void;
  fitWidth(): void;
}

/** The controls' texts, in the reader's language; `key` names the shortcut's modifier key. */
export interface ZoomTexts {
  zoomOut: (key: string) => string;
  zoomIn: (key: string) => string;
  fitWidth: (key: string) => string;
  zoom: string;
}

function button(text: string, label: string, shortcuts: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.setAttribute('aria-label', label);
  element.setAttribute('aria-keyshortcuts', shortcuts);
  element.title = label;
  element.addEventListener('click', onClick);
  return element;
}

/** Whether a key press happened in Kantlijn's own panel, where the browser's zoom of text stays. */
const inAnnotatorUi = (event: KeyboardEvent) => event.composedPath().some((target) => target instanceof Element && target.localName === 'kantlijn-annotator');

/**
 * Zoom buttons for the viewer's header (out, the zoom now, in, fit to width), and the keys readers
 * know from every PDF viewer: Ctrl/⌘ with +, − and 0. On the pages the keys replace the browser's
 * page zoom, which would only enlarge blurry canvases, while this draws the pages anew; in
 * Kantlijn's own panel (editor, sidebar) they stay the browser's.
 */
export function mountZoomControls(header: HTMLElement, target: Zoomable, texts: ZoomTexts): void {
  const group = document.createElement('div');
  group.className = 'viewer-zoom';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', texts.zoom);
  const shown = document.createElement('output');
  shown.className = 'viewer-zoom-level';
  shown.setAttribute('aria-live', 'polite');
  const key = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
  const out = button('−', texts.zoomOut(key), 'Control+Minus Meta+Minus', () => step(-1));
  const into = button('+', texts.zoomIn(key), 'Control+Equal Meta+Equal', () => step(1));
  const refresh = () => {
    const percent = target.percent();
    shown.textContent = zoomLabel(percent);
    // At either end the button says so, instead of doing nothing when pressed.
    out.disabled = percent <= MIN_ZOOM + 0.5;
    into.disabled = percent >= MAX_ZOOM - 0.5;
  };
  const step = (direction: 1 | -1) => {
    target.setPercent(nextZoom(target.percent(), direction));
    refresh();
  };
  const fit = () => {
    target.fitWidth();
    refresh();
  };
  group.append(out, shown, into, button('↔', texts.fitWidth(key), 'Control+0 Meta+0', fit));
  header.append(group);
  refresh();

  window.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || inAnnotatorUi(event)) return;
    if (event.key === '+' || event.key === '=') step(1);
    else if (event.key === '-' || event.key === '_') step(-1);
    else if (event.key === '0') fit();
    else return;
    event.preventDefault();
  });
}
