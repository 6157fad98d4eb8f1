/** The URL a fake `fetch` was called with, whether it got a string, a URL or a Request. */
export function urlOf(input: URL | RequestInfo): string {
  return input instanceof Request ? input.url : input.toString();
}
