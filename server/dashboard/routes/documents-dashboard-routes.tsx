/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { documentInputSchema } from '../../../shared/schemas/document';
import { ApiFailure } from '../../http/api-failure';
import { createDocument, deleteDocument, listDocumentsFor } from '../../services/documents-service';
import type { ServiceContext } from '../../services/service-context';
import type { DashboardEnv } from '../dashboard-env';
import { DocumentsPage, type DocumentFormValues } from '../pages/documents-page';
import { issueMessages, readForm } from './form-input';
import { pageUser } from '../pages/page-user';
import { renderPage } from '../pages/render-page';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { dashboardNl } from '../texts/dashboard-texts';

const texts = dashboardNl.documents;
const EMPTY: DocumentFormValues = { title: '', urls: '', publisher: '', date: '', round: '' };
const NOTICES: Record<string, string> = { toegevoegd: texts.created, verwijderd: texts.removed };

/** The documents page: the reading list, adding a document to it, and taking one off. */
export function createDocumentsDashboardRoutes(context: ServiceContext): Hono<DashboardEnv> {
  const show = (c: Context<DashboardEnv>, values: DocumentFormValues, errors: string[], status: ContentfulStatusCode = 200) => {
    const documents = context.db.documents.all();
    // The same counts as the reading list in the extension (GET /api/documents), as the secretariat may see them.
    const remarks = new Map(listDocumentsFor(context, c.get('user'), null).map((item) => [item.id, { remarks: item.remarks, replies: item.replies }]));
    const notice = NOTICES[c.req.query('melding') ?? ''] ?? null;
    return renderPage(
      c,
      <DocumentsPage signedIn={pageUser(c)} documents={documents} remarks={remarks} rounds={context.db.rounds.all()} values={values} errors={errors} notice={notice} />,
      status,
    );
  };

  return new Hono<DashboardEnv>()
    .get('/documenten', (c) => show(c, EMPTY, []))
    .post('/documenten', async (c) => {
      const form = await readForm(c, ['titel', 'adressen', 'uitgever', 'datum', 'ronde']);
      const values: DocumentFormValues = { title: form.titel, urls: form.adressen, publisher: form.uitgever, date: form.datum, round: form.ronde };
      const parsed = documentInputSchema.safeParse({
        title: values.title,
        urls: values.urls.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== ''),
        publisher: values.publisher || null,
        date: values.date || null,
        round: values.round || null,
      });
      if (!parsed.success) return show(c, values, issueMessages(parsed.error, texts.errors, texts.errors.other), 400);
      try {
        createDocument(context, c.get('user'), parsed.data);
      } catch (error) {
        if (error instanceof ApiFailure) return show(c, values, [error.message], error.status);
        throw error;
      }
      return c.redirect(`${DASHBOARD_PATH}/documenten?melding=toegevoegd`, 303);
    })
    .post('/documenten/:id/verwijderen', (c) => {
      try {
        deleteDocument(context, c.get('user'), c.req.param('id'));
      } catch (error) {
        if (error instanceof ApiFailure) return show(c, EMPTY, [error.message], error.status);
        throw error;
      }
      return c.redirect(`${DASHBOARD_PATH}/documenten?melding=verwijderd`, 303);
    });
}
