import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { JSX } from 'hono/jsx/jsx-runtime';

/** Answers with a whole HTML document: the doctype (JSX cannot express it) and the page. */
export async function renderPage(c: Context, page: JSX.Element, status: ContentfulStatusCode = 200): Promise<Response> {
  const html = await page;
  return c.html(`<!DOCTYPE html>${String(html)}`, status);
}
