/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiFailure } from '../../http/api-failure';
import { setAnnotationHidden } from '../../services/moderation-service';
import type { ServiceContext } from '../../services/service-context';
import { AuditPage } from '../pages/audit-page';
import type { DashboardEnv } from '../dashboard-env';
import { readForm } from './form-input';
import { ModerationPage } from '../pages/moderation-page';
import { loadModerationQueue } from '../model/moderation-queue';
import { pageUser } from '../pages/page-user';
import { renderPage } from '../pages/render-page';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { dashboardNl } from '../texts/dashboard-texts';

/** Audit entries per page. */
export const AUDIT_PAGE_SIZE = 50;

const NOTICES: Record<string, string> = { verborgen: dashboardNl.moderation.hidden, getoond: dashboardNl.moderation.shown };

/** Moderation (hide with a reason, show again) and the audit log. */
export function createOversightRoutes(context: ServiceContext): Hono<DashboardEnv> {
  const showQueue = (c: Context<DashboardEnv>, errors: string[], status: ContentfulStatusCode = 200) =>
    renderPage(
      c,
      <ModerationPage signedIn={pageUser(c)} queue={loadModerationQueue(context, c.get('user'))} errors={errors} notice={NOTICES[c.req.query('melding') ?? ''] ?? null} />,
      status,
    );

  /** Hides (with a reason) or shows an annotation, then back to the queue; failures are shown there. */
  const moderate = async (c: Context<DashboardEnv>, reason: string | null, done: string) => {
    try {
      setAnnotationHidden(context, c.get('user'), c.req.param('uuid') ?? '', reason);
    } catch (error) {
      if (error instanceof ApiFailure) return showQueue(c, [error.message], error.status);
      throw error;
    }
    return c.redirect(`${DASHBOARD_PATH}/moderatie?melding=${done}`, 303);
  };

  return new Hono<DashboardEnv>()
    .get('/moderatie', (c) => showQueue(c, []))
    .post('/moderatie/:uuid/verbergen', async (c) => {
      const { reden } = await readForm(c, ['reden']);
      if (reden === '' || reden.length > 500) return showQueue(c, [dashboardNl.moderation.reasonMissing], 400);
      return moderate(c, reden, 'verborgen');
    })
    .post('/moderatie/:uuid/tonen', (c) => moderate(c, null, 'getoond'))
    .get('/audit', (c) => {
      const before = Number(c.req.query('voor'));
      const isFirstPage = !(Number.isSafeInteger(before) && before > 0);
      const entries = context.db.audit.page(isFirstPage ? Number.MAX_SAFE_INTEGER : before, AUDIT_PAGE_SIZE);
      const names = new Map<string, string>();
      // Actors, and subjects that are accounts, are shown by name while the account exists.
      for (const id of entries.flatMap((entry) => [entry.actorId, entry.subject])) {
        if (id && !names.has(id)) {
          const user = context.db.users.findById(id);
          if (user) names.set(id, user.name);
        }
      }
      const last = entries.at(-1);
      const olderFrom = entries.length === AUDIT_PAGE_SIZE && last ? last.seq : null;
      return renderPage(c, <AuditPage signedIn={pageUser(c)} entries={entries} names={names} olderFrom={olderFrom} isFirstPage={isFirstPage} />);
    });
}
