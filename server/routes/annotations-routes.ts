import { Hono } from 'hono';
import { z } from 'zod';
import { annotationInputSchema } from '../../shared/schemas/annotation';
import type { AppEnv } from '../http/app-env';
import { ApiFailure } from '../http/api-failure';
import { requireRole } from '../http/require-role';
import { readJsonBody, readQuery } from '../http/validate';
import { annotationPage, decodeCursor } from '../services/annotation-pages';
import { decodeSearchCursor, searchPage } from '../services/annotation-search';
import { etagOf, toAnnotationJson } from '../services/annotation-view';
import {
  createAnnotation,
  deleteAnnotation,
  getVisibleAnnotation,
  replaceAnnotation,
} from '../services/annotations-service';
import { setAnnotationHidden } from '../services/moderation-service';
import { anchorReportSchema, responseInputSchema } from '../../shared/schemas/response';
import { recordAnchorStates, recordResponse } from '../services/responses-service';
import type { ServiceContext } from '../services/service-context';
import { annotationListQuerySchema, toRepositoryQuery } from './annotation-list-query';

const hideSchema = z.object({ reason: z.string().trim().min(1).max(1000) });

/** `/api/annotations`: create, list (filtered, paged), read, replace, delete, hide and unhide. */
export function createAnnotationsRoutes(context: ServiceContext) {
  return new Hono<AppEnv>()
    .post('/', async (c) => {
      const input = await readJsonBody(c, annotationInputSchema);
      const outcome = createAnnotation(context, c.get('user'), input);
      c.header('Location', `/api/annotations/${outcome.record.uuid}`);
      c.header('ETag', etagOf(outcome.record));
      return c.json(toAnnotationJson(outcome.record, c.get('user')), outcome.created ? 201 : 200);
    })
    .get('/', (c) => {
      const query = readQuery(c, annotationListQuerySchema);
      const badCursor = () => new ApiFailure(400, 'invalid_input', 'Ongeldige cursor.', [{ path: 'cursor', message: 'onbekend' }]);
      let page;
      if (query.q !== undefined) {
        const offset = query.cursor ? decodeSearchCursor(query.cursor) : 0;
        if (offset === null) throw badCursor();
        page = searchPage(context, c.get('user'), query.q, toRepositoryQuery(query, null), offset, new URL(c.req.url));
      } else {
        const after = query.cursor ? decodeCursor(query.cursor) : null;
        if (query.cursor && !after) throw badCursor();
        page = annotationPage(context, c.get('user'), toRepositoryQuery(query, after), new URL(c.req.url));
      }
      c.header('ETag', page.etag);
      if (c.req.header('If-None-Match') === page.etag) return c.body(null, 304);
      return c.body(page.body, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
    })
    .get('/:id', (c) => {

      const record = getVisibleAnnotation(context, c.req.param('id'), c.get('user'));
      c.header('ETag', etagOf(record));
      return c.json(toAnnotationJson(record, c.get('user')), 200);
    })
    .put('/:id', async (c) => {
      const input = await readJsonBody(c, annotationInputSchema);
      const record = replaceAnnotation(context, c.get('user'), c.req.param('id'), input, c.req.header('If-Match'), etagOf);
      c.header('ETag', etagOf(record));
      return c.json(toAnnotationJson(record, c.get('user')), 200);
    })
    .delete('/:id', (c) => {
      deleteAnnotation(context, c.get('user'), c.req.param('id'), c.req.header('If-Match'), etagOf);
      return c.body(null, 204);
    })
    .post('/:id/hide', requireRole('secretariat'), async (c) => {
      const { reason } = await readJsonBody(c, hideSchema);
      const record = setAnnotationHidden(context, c.get('user'), c.req.param('id'), reason);
      return c.json(toAnnotationJson(record, c.get('user')), 200);
    })
    .put('/:id/response', requireRole('respondent', 'secretariat'), async (c) => {
      const record = recordResponse(context, c.get('user'), c.req.param('id'), await readJsonBody(c, responseInputSchema));
      return c.json(toAnnotationJson(record, c.get('user')), 200);
    })
    .post('/:id/unhide', requireRole('secretariat'), (c) => {
      const record = setAnnotationHidden(context, c.get('user'), c.req.param('id'), null);
      return c.json(toAnnotationJson(record, c.get('user')), 200);
    });
}
