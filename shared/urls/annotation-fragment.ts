/** The fragment parameter that names the annotation a page should open at: `#kantlijn=ID`. */
const PARAMETER = 'kantlijn';

/**
 * The fragment (without `#`) that asks a page to open at `annotationId`. A fragment never reaches a
 * server, and annotations are stored without it, so it changes nothing but where the page opens.
 */
export function annotationFragment(annotationId: string): string {
  return `${PARAMETER}=${encodeURIComponent(annotationId)}`;
}

/** `url` (a web address) with the fragment that opens it at `annotationId`, replacing any fragment it had. */
export function withAnnotationFragment(url: string, annotationId: string): string {
  const parsed = new URL(url);
  parsed.hash = annotationFragment(annotationId);
  return parsed.toString();
}

/** The annotation a page's fragment asks to open at (`#kantlijn=ID`, among other parameters), or null. */
export function requestedAnnotation(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(PARAMETER);
  return value ? value : null;
}
