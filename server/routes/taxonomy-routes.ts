import { Hono } from 'hono';
import { z } from 'zod';
import { termKeyOf } from '../../shared/w3c/iris';
import type { AppEnv } from '../http/app-env';
import { ApiFailure } from '../http/api-failure';
import { publicOrigin } from '../http/public-origin';
import { requireRole } from '../http/require-role';
import { readJsonBody, readQuery } from '../http/validate';
import { negotiatedType } from '../http/w3c-headers';
import type { ServiceContext } from '../services/service-context';
import { currentTaxonomy, importTaxonomy, taxonomyImportSchema } from '../services/taxonomy-service';
import { toTaxonomyJson, toTermDocument } from '../services/taxonomy-view';

const versionQuerySchema = z.object({ version: z.coerce.number().int().positive().optional() });

/**
 * `/api/taxonomy`: the current (or an earlier) vocabulary with every term named by its IRI; each
 * term answers at that IRI as JSON-LD; the secretariat imports new versions.
 */
export function createTaxonomyRoutes(context: ServiceContext, publicUrl?: string) {
  return new Hono<AppEnv>()
    .get('/', (c) => {
      const { version } = readQuery(c, versionQuerySchema);
      const base = publicOrigin(c, publicUrl);
      if (version === undefined) return c.json(toTaxonomyJson(currentTaxonomy(context), base), 200);
      const taxonomy = context.db.taxonomy.byVersion(version);
      if (!taxonomy) throw new ApiFailure(404, 'not_found', `Taxonomieversie ${version} bestaat niet.`);
      return c.json(toTaxonomyJson(taxonomy, base), 200);
    })
    .get('/terms/:id', (c) => {
      const id = termKeyOf(c.req.param('id'));
      const term = currentTaxonomy(context).terms.find((candidate) => candidate.id === id);
      if (!term) throw new ApiFailure(404, 'not_found', `De term ${id} bestaat niet; zie /api/taxonomy voor de termen.`);
      c.header('Vary', 'Accept', { append: true });
      return c.body(JSON.stringify(toTermDocument(term, publicOrigin(c, publicUrl))), 200, { 'Content-Type': negotiatedType(c) });
    })
    .post('/', requireRole('secretariat'), async (c) => {
      const input = await readJsonBody(c, taxonomyImportSchema);
      return c.json(toTaxonomyJson(importTaxonomy(context, c.get('user').id, input), publicOrigin(c, publicUrl)), 201);
    });
}
