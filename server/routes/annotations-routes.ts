import { Hono } from 'hono';
import { z } from 'zod';
import { annotationInputSchema, type AnnotationPage } from '../../shared/schemas/annotation';
import { normaliseSource } from '../../shared/urls/normalise-source';
import type { KantlijnDatabase } from '../db/database';
import type { AppEnv } from '../http/app-env';
import { readJsonBody, readQuery } from '../http/validate';
import { RESPONSE_CONTEXT, etagOf, toAnnotationJson } from '../services/annotation-view';
import { createAnnotation, getVisibleAnnotation } from '../services/annotations-service';
import { ensureTaxonomy } from '../services/taxonomy-service';

const listQuerySchema = z.object({ source: z.string().min(1).max(2048) });

/** `/api/annotations`: create, list by document, read one. */
export function createAnnotationsRoutes(db: KantlijnDatabase, clock: () => Date) {
  return new Hono<AppEnv>()
    .post('/', async (c) => {
      const input = await readJsonBody(c, annotationInputSchema);
      const now = clock();
      const outcome = createAnnotation(db, c.get('user'), input, ensureTaxonomy(db, now), now);
      c.header('Location', `/api/annotations/${outcome.record.uuid}`);
      c.header('ETag', etagOf(outcome.record));
      return c.json(toAnnotationJson(outcome.record), outcome.created ? 201 : 200);
    })
    .get('/', (c) => {
      const { source } = readQuery(c, listQuerySchema);
      const user = c.get('user');
      const records = db.annotations.listBySource(normaliseSource(source), user);
      const page: AnnotationPage = {
        '@context': RESPONSE_CONTEXT,
        type: 'AnnotationPage',
        startIndex: 0,
        items: records.map(toAnnotationJson),
      };
      return c.json(page, 200);
    })
    .get('/:id', (c) => {
      const record = getVisibleAnnotation(db, c.req.param('id'), c.get('user'));
      c.header('ETag', etagOf(record));
      return c.json(toAnnotationJson(record), 200);
    });
}
