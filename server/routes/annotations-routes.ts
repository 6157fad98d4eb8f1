import { isFingerprintSource } from '../../shared/schemas/document-fingerprint';
import { Hono } from 'hono';
import { z } from 'zod';
import { annotationInputSchema, type AnnotationPage } from '../../shared/schemas/annotation';
import type { AppEnv } from '../http/app-env';
import { ApiFailure } from '../http/api-failure';
import { requireRole } from '../http/require-role';
import { readJsonBody, readQuery } from '../http/validate';
import { RESPONSE_CONTEXT, etagOf, toAnnotationJson } from '../services/annotation-view';
import {
  createAnnotation,
  deleteAnnotation,
  getVisibleAnnotation,
  replaceAnnotation,
} from '../services/annotations-service';
import { setAnnotationHidden } from '../services/moderation-service';
import { recordAnchorStates, recordResponse } from '../services/responses-service';
import { anchorReportSchema, responseInputSchema } from '../../shared/schemas/response';
import type { ServiceContext } from '../services/service-context';
import { annotationListQuerySchema, decodeCursor, encodeCursor, toRepositoryQuery, type AnnotationListQuery } from './annotation-list-query';
import { normaliseSource } from '../../shared/urls/normalise-source';
import type { User } from '../db/users-repository';
import { pageOf, type CachedPage } from '../services/page-cache';

const hideSchema = z.object({ reason: z.string().trim().min(1).max(1000) });

/** `/api/annotations`: create, list (filtered, paged), read, replace, delete, hide and unhide. */
export function createAnnotationsRoutes(context: ServiceContext) {
  /** Lists, renders and (for one document) caches a page of what `user` may see. */
  function renderPage(query: AnnotationListQuery, after: { created: string; seq: number } | null, user: User, self: URL, source: string | null, cacheKey: string): CachedPage {
    const records = context.db.annotations.list(toRepositoryQuery(query, after), user);
    const items = records.slice(0, query.limit);
    const last = items.at(-1);
    const page: AnnotationPage = {
      '@context': RESPONSE_CONTEXT,
      id: `${self.pathname}${self.search}`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: items.map((record) => toAnnotationJson(record, user)),
    };
    if (records.length > query.limit && last) {
      const next = new URL(self);
      next.searchParams.set('cursor', encodeCursor({ created: last.created, seq: last.seq }));
      page.next = `${next.pathname}${next.search}`;
    }
    const json = JSON.stringify(page);
    if (source && context.pages) return context.pages.set(source, cacheKey, json);
    return pageOf(json);
  }

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
      const after = query.cursor ? decodeCursor(query.cursor) : null;
      if (query.cursor && !after) throw new ApiFailure(400, 'invalid_input', 'Ongeldige cursor.', [{ path: 'cursor', message: 'onbekend' }]);
      const user = c.get('user');
      const self = new URL(c.req.url);
      // Lists by fingerprint gather several documents' annotations: never cached (a change clears one document's pages).
      const source = query.source && !isFingerprintSource(query.source) ? normaliseSource(query.source) : null;
      const cacheKey = `${user.id}\n${self.search}`;
      const cached = source ? context.pages?.get(source, cacheKey) : undefined;
      const page = cached ?? renderPage(query, after, user, self, source, cacheKey);
      c.header('ETag', page.etag);
      if (c.req.header('If-None-Match') === page.etag) return c.body(null, 304);
      return c.body(page.json, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
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
