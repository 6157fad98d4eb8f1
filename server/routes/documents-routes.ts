import { Hono } from 'hono';
import { documentInputSchema, documentListQuerySchema } from '../../shared/schemas/document';
import type { AppEnv } from '../http/app-env';
import { ApiFailure } from '../http/api-failure';
import { requireRole } from '../http/require-role';
import { readJsonBody, readQuery } from '../http/validate';
import { createDocument, deleteDocument, listDocumentsFor, replaceDocument, toDocumentJson } from '../services/documents-service';
import type { ServiceContext } from '../services/service-context';

/**
 * `/api/documents`: the reports of a round. Everyone reads the list (with their own counts); the
 * secretariat registers, replaces and removes documents.
 */
export function createDocumentsRoutes(context: ServiceContext) {
  return new Hono<AppEnv>()
    .get('/', (c) => {
      const { round } = readQuery(c, documentListQuerySchema);
      return c.json({ items: listDocumentsFor(context, c.get('user'), round ?? null) }, 200);
    })
    .get('/:id', (c) => {
      const document = context.db.documents.findById(c.req.param('id'));
      if (!document) throw new ApiFailure(404, 'not_found', 'Dit document bestaat niet.');
      return c.json(toDocumentJson(document), 200);
    })
    .post('/', requireRole('secretariat'), async (c) => {
      const document = createDocument(context, c.get('user'), await readJsonBody(c, documentInputSchema));
      c.header('Location', `/api/documents/${document.id}`);
      return c.json(toDocumentJson(document), 201);
    })
    .put('/:id', requireRole('secretariat'), async (c) => {
      const document = replaceDocument(context, c.get('user'), c.req.param('id'), await readJsonBody(c, documentInputSchema));
      return c.json(toDocumentJson(document), 200);
    })
    .delete('/:id', requireRole('secretariat'), (c) => {
      deleteDocument(context, c.get('user'), c.req.param('id'));
      return c.body(null, 204);
    });
}
