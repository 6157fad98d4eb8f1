/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { Alert } from './components';
import { Layout } from './layout';
import { renderPage } from './render-page';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { dashboardNl } from '../texts/dashboard-texts';

/** A plain error page (no menu: the visitor may not be signed in) with the message announced. */
export function renderErrorPage(c: Context, status: ContentfulStatusCode, title: string, message: string): Promise<Response> {
  return renderPage(
    c,
    <Layout title={title}>
      <Alert messages={[message]} />
      <p>
        <a href={DASHBOARD_PATH}>{dashboardNl.layout.errors.toOverview}</a>
      </p>
    </Layout>,
    status,
  );
}
