/** The zoom levels the buttons step through, in percent of a page's printed size (MIN_ZOOM to MAX_ZOOM). */
export const ZOOM_STEPS = [50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300] as const;

/** Smallest and largest zoom, in percent. */
export const MIN_ZOOM = 50;
export const MAX_ZOOM = 300;

/**
 * The next zoom step from `current` (in percent) in `direction`. A zoom between two steps (fit to
 * width gives any value) goes to the nearest step in that direction, never back past where it is.
 */
export function nextZoom(current: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((step) => step > current + 0.5) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((step) => step < current - 0.5) ?? MIN_ZOOM;
}

/** A zoom in percent as a reader sees it: a whole number, with a Dutch/English-neutral sign. */
export function zoomLabel(percent: number): string {
  return `${Math.round(percent)} %`;
}
