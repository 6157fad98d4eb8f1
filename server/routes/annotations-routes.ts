import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { annotationInputSchema } from '../../shared/schemas/annotation';
import { CONTAINER_PATH, annotationIri } from '../../shared/w3c/iris';
import type { AnnotationRecord } from '../db/annotation-row';
import type { AppEnv } from '../http/app-env';
import { ApiFailure } from '../http/api-failure';
import { publicOrigin } from '../http/public-origin';
import { requireRole } from '../http/require-role';
import { readJsonBody, readQuery } from '../http/validate';
import { assertJsonBody, methodNotAllowed, negotiatedType, setAnnotationHeaders, setContainerHeaders } from '../http/w3c-headers';
import {
  annotationCollection,
  annotationPage,
  collectionIri,
  containerPreference,
  decodeCursor,
  startAfterCursor,
  type ListView,
} from '../services/annotation-pages';
import { decodeSearchCursor, searchPage } from '../services/annotation-search';
import { etagOf, toAnnotationJson } from '../services/annotation-view';
import {
  createAnnotation,
  deleteAnnotation,
  getVisibleAnnotation,
  replaceAnnotation,
} from '../services/annotations-service';
import { readerOpensDocument } from '../services/documents-service';
import { setAnnotationHidden } from '../services/moderation-service';
import { responseInputSchema } from '../../shared/schemas/response';
import { recordResponse } from '../services/responses-service';
import type { ServiceContext } from '../services/service-context';
import { annotationListQuerySchema, pageSizeOf, PAGING_PARAMETERS, toRepositoryQuery } from './annotation-list-query';

const hideSchema = z.object({ reason: z.string().trim().min(1).max(1000) });

/** Answers `value` as JSON-LD (or plain JSON, when that is what the client asked for). */
function jsonLd(c: Context<AppEnv>, value: unknown, status: 200 | 201): Response {
  return c.body(JSON.stringify(value), status, { 'Content-Type': negotiatedType(c) });
}

/** The list's view from the request: origin, path, filters as sent, page size and item form. */
function listViewOf(c: Context<AppEnv>, base: string, query: z.infer<typeof annotationListQuerySchema>): ListView {
  const url = new URL(c.req.url);
  const filters = new URLSearchParams();
  for (const [key, value] of url.searchParams) if (!PAGING_PARAMETERS.includes(key) && !filters.has(key)) filters.set(key, value);
  return {
    base,
    path: url.pathname.endsWith('/') ? CONTAINER_PATH : CONTAINER_PATH.slice(0, -1),
    filters,
    size: pageSizeOf(query),
    sizeAsked: url.searchParams.has('limit'),
    iris: query.iris === '1',
  };
}

/**
 * `/api/annotations/` and `/api/annotations`: the W3C Web Annotation Protocol container. Without a
 * page asked for, the slash path answers the AnnotationCollection; the path without the slash (the
 * older contract) and any `start` or `cursor` answer one AnnotationPage. Both create by POST.
 */
export function createAnnotationContainerRoutes(context: ServiceContext, publicUrl?: string) {
  return new Hono<AppEnv>()
    .options('/', (c) => {
      setContainerHeaders(c, collectionIri(listViewOf(c, publicOrigin(c, publicUrl), readQuery(c, annotationListQuerySchema))));
      return c.body(null, 200);
    })
    .on(['PUT', 'PATCH', 'DELETE'], '/', (c) => methodNotAllowed(c, 'GET, HEAD, OPTIONS, POST'))
    .post('/', async (c) => {
      // A Slug header (a suggested name) is ignored, as the Protocol allows: ids are UUIDs.
      assertJsonBody(c);
      const input = await readJsonBody(c, annotationInputSchema);
      const outcome = createAnnotation(context, c.get('user'), input);
      return answerAnnotation(c, outcome.record, outcome.created ? 201 : 200, publicUrl);
    })
    .get('/', (c) => {
      const base = publicOrigin(c, publicUrl);
      const query = readQuery(c, annotationListQuerySchema);
      const view = listViewOf(c, base, query);
      const badCursor = () => new ApiFailure(400, 'invalid_input', 'Ongeldige cursor.', [{ path: 'cursor', message: 'onbekend' }]);
      // Reading a document's list (its first page) is a visit; searching within it is not.
      const firstPage = !query.cursor && (query.start ?? 0) === 0 && query.q === undefined;
      const addresses = query.source ? readerOpensDocument(context, c.get('user'), query.source, query.fingerprint, firstPage) : undefined;
      const filters = toRepositoryQuery(query, addresses);
      const type = negotiatedType(c);
      let rendered;
      if (query.q !== undefined) {
        // A search is one ranked page at a time (best match first), on either path.
        const offset = query.cursor ? decodeSearchCursor(query.cursor) : 0;
        if (offset === null) throw badCursor();
        rendered = searchPage(context, c.get('user'), query.q, { ...filters, limit: filters.limit + 1 }, offset, new URL(c.req.url), base);
        setContainerHeaders(c, `${base}${new URL(c.req.url).pathname}${new URL(c.req.url).search}`);
        c.header('ETag', rendered.etag);
        if (c.req.header('If-None-Match') === rendered.etag) return c.body(null, 304);
        return c.body(rendered.body, 200, { 'Content-Type': type });
      }
      const after = query.cursor ? decodeCursor(query.cursor) : null;
      if (query.cursor && !after) throw badCursor();
      const asPage = view.path !== CONTAINER_PATH || query.start !== undefined || after !== null;
      if (asPage) {
        const start = after ? startAfterCursor(context, c.get('user'), filters, after) : (query.start ?? 0);
        rendered = annotationPage(context, c.get('user'), filters, view, start);
        setContainerHeaders(c, new URL(`?${new URLSearchParams([...view.filters, ['start', String(start)]])}`, `${base}${view.path}`).href);
      } else {
        const { preference, applied } = containerPreference(c.req.header('Prefer'));
        rendered = annotationCollection(context, c.get('user'), filters, view, preference);
        setContainerHeaders(c, collectionIri(view));
        if (applied) c.header('Preference-Applied', 'return=representation');
      }
      c.header('ETag', rendered.etag);
      if (c.req.header('If-None-Match') === rendered.etag) return c.body(null, 304);
      return c.body(rendered.body, 200, { 'Content-Type': type });
    });
}

/** Answers one annotation with the W3C headers; a new one also with `Location` (its `id`). */
function answerAnnotation(c: Context<AppEnv>, record: AnnotationRecord, status: 200 | 201, publicUrl: string | undefined): Response {
  const base = publicOrigin(c, publicUrl);
  setAnnotationHeaders(c, etagOf(record));
  if (c.req.method === 'POST') c.header('Location', annotationIri(record.uuid, base));
  c.header('Content-Location', annotationIri(record.uuid, base));
  return jsonLd(c, toAnnotationJson(record, c.get('user'), base), status);
}

/** `/api/annotations/{id}`: read, replace, delete, hide and unhide, record a response or anchor states. */
export function createAnnotationsRoutes(context: ServiceContext, publicUrl?: string) {
  return new Hono<AppEnv>()
    .route('/', createAnnotationContainerRoutes(context, publicUrl))
    .options('/:id', (c) => {
      const record = getVisibleAnnotation(context, c.req.param('id'), c.get('user'), { tombstones: true });
      setAnnotationHeaders(c, etagOf(record));
      return c.body(null, 200);
    })
    .get('/:id', (c) => {
      // A deleted remark kept for its replies reads as the lists show it: a tombstone without body.
      const record = getVisibleAnnotation(context, c.req.param('id'), c.get('user'), { tombstones: true });
      if (c.req.header('If-None-Match') === etagOf(record)) {
        setAnnotationHeaders(c, etagOf(record));
        return c.body(null, 304);
      }
      return answerAnnotation(c, record, 200, publicUrl);
    })
    .on(['POST', 'PATCH'], '/:id', (c) => methodNotAllowed(c, 'GET, HEAD, OPTIONS, PUT, DELETE'))
    .put('/:id', async (c) => {
      assertJsonBody(c);
      const input = await readJsonBody(c, annotationInputSchema);
      const record = replaceAnnotation(context, c.get('user'), c.req.param('id'), input, c.req.header('If-Match'), etagOf);
      return answerAnnotation(c, record, 200, publicUrl);
    })
    .delete('/:id', (c) => {
      deleteAnnotation(context, c.get('user'), c.req.param('id'), c.req.header('If-Match'), etagOf);
      return c.body(null, 204);
    })
    .post('/:id/hide', requireRole('secretariat'), async (c) => {
      const { reason } = await readJsonBody(c, hideSchema);
      const record = setAnnotationHidden(context, c.get('user'), c.req.param('id'), reason);
      return answerAnnotation(c, record, 200, publicUrl);
    })
    .put('/:id/response', requireRole('respondent', 'secretariat'), async (c) => {
      const record = recordResponse(context, c.get('user'), c.req.param('id'), await readJsonBody(c, responseInputSchema));
      return answerAnnotation(c, record, 200, publicUrl);
    })
    .post('/:id/unhide', requireRole('secretariat'), (c) => {
      const record = setAnnotationHidden(context, c.get('user'), c.req.param('id'), null);
      return answerAnnotation(c, record, 200, publicUrl);
    });
}
