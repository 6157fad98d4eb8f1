import { Window } from 'happy-dom';

// One parser window for all tests: DOMParser documents neither run scripts nor load anything.
const window = new Window();

/** Parses a dashboard page so tests can look at its structure rather than at strings. */
export function parsePage(html: string) {
  return new window.DOMParser().parseFromString(html, 'text/html');
}

/** The text of an element with whitespace collapsed. */
export function textOf(element: { textContent: string | null } | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
