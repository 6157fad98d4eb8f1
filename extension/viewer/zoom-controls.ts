import { nextZoom, zoomLabel } from './zoom-steps';

/** What the controls act on: the current zoom in percent, setting it, and fitting the page width. */
export interface Zoomable {
  percent(): number;
  setPercent(percent: number): void;
  fitWidth(): void;
}

/** The controls' texts, in the reader's language. */
export interface ZoomTexts {
  zoomOut: string;
  zoomIn: string;
  fitWidth: string;
  zoom: string;
}

function button(text: string, label: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.setAttribute('aria-label', label);
  element.title = label;
  element.addEventListener('click', onClick);
  return element;
}

/**
 * Zoom buttons for the viewer's header (out, the zoom now, in, fit to width), and the keys readers
 * know from every PDF viewer: Ctrl/⌘ with +, − and 0. The keys replace the browser's page zoom
 * here because that would only enlarge blurry canvases, while this draws the pages anew.
 */
export function mountZoomControls(header: HTMLElement, target: Zoomable, texts: ZoomTexts): { refresh(): void } {
  const group = document.createElement('div');
  group.className = 'viewer-zoom';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', texts.zoom);
  const shown = document.createElement('output');
  shown.className = 'viewer-zoom-level';
  shown.setAttribute('aria-live', 'polite');
  const refresh = () => {
    shown.textContent = zoomLabel(target.percent());
  };
  const step = (direction: 1 | -1) => {
    target.setPercent(nextZoom(target.percent(), direction));
    refresh();
  };
  const fit = () => {
    target.fitWidth();
    refresh();
  };
  group.append(button('−', texts.zoomOut, () => step(-1)), shown, button('+', texts.zoomIn, () => step(1)), button('↔', texts.fitWidth, fit));
  header.append(group);
  refresh();

  window.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    if (event.key === '+' || event.key === '=') step(1);
    else if (event.key === '-' || event.key === '_') step(-1);
    else if (event.key === '0') fit();
    else return;
    event.preventDefault();
  });
  return { refresh };
}
