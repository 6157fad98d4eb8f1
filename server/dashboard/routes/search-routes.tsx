/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { readAnnotation } from '../../../shared/w3c/read-annotation';
import { documentName } from '../../../shared/urls/document-name';
import { searchResults } from '../../services/annotation-search';
import { documentTitleLookup } from '../../services/document-titles';
import type { ServiceContext } from '../../services/service-context';
import type { DashboardEnv } from '../dashboard-env';
import { pageUser } from '../pages/page-user';
import { renderPage } from '../pages/render-page';
import { SearchPage } from '../pages/search-page';
import { DASHBOARD_PATH } from '../session/session-cookie';

/** Results on one page of the dashboard's search. */
export const DASHBOARD_SEARCH_PAGE = 50;

/**
 * `/zoeken?q=…[&vanaf=N]`: the search across all documents, as the API searches (same parser,
 * facets, visibility and ranking), for the signed-in secretariat member.
 */
export function createSearchRoutes(context: ServiceContext): Hono<DashboardEnv> {
  return new Hono<DashboardEnv>().get('/zoeken', (c) => {
    const q = (c.req.query('q') ?? '').slice(0, 500);
    const offset = Math.min(Math.max(Number.parseInt(c.req.query('vanaf') ?? '0', 10) || 0, 0), 100_000);
    const user = c.get('user');
    if (q.trim() === '') return renderPage(c, <SearchPage signedIn={pageUser(c)} q="" results={null} next={null} />);
    const found = searchResults(context, user, q, { limit: DASHBOARD_SEARCH_PAGE + 1 }, offset);
    // Read as any client reads the API's annotations: bodies always a list, term links by plain id.
    const items = found.items.map(readAnnotation);
    const more = found.more;
    const next = more ? `${DASHBOARD_PATH}/zoeken?${new URLSearchParams({ q, vanaf: String(offset + DASHBOARD_SEARCH_PAGE) }).toString()}` : null;
    // Each result's document by name; a reply's too, which the API names only by what it answers.
    const titleOf = documentTitleLookup(context);
    const results = items.map((annotation, index) => {
      const source = found.sources[index]!;
      return { annotation, document: { source, name: documentName(source, titleOf(source)) } };
    });
    return renderPage(c, <SearchPage signedIn={pageUser(c)} q={q} results={results} next={next} />);
  });
}
