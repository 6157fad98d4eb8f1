import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../http/app-env';
import { ApiFailure } from '../http/api-failure';
import { requireRole } from '../http/require-role';
import { readJsonBody, readQuery } from '../http/validate';
import type { ServiceContext } from '../services/service-context';
import { currentTaxonomy, importTaxonomy, taxonomyImportSchema } from '../services/taxonomy-service';

const versionQuerySchema = z.object({ version: z.coerce.number().int().positive().optional() });

/** `/api/taxonomy`: the current (or an earlier) vocabulary; the secretariat imports new versions. */
export function createTaxonomyRoutes(context: ServiceContext) {
  return new Hono<AppEnv>()
    .get('/', (c) => {
      const { version } = readQuery(c, versionQuerySchema);
      if (version === undefined) return c.json(currentTaxonomy(context), 200);
      const taxonomy = context.db.taxonomy.byVersion(version);
      if (!taxonomy) throw new ApiFailure(404, 'not_found', `Taxonomieversie ${version} bestaat niet.`);
      return c.json(taxonomy, 200);
    })
    .post('/', requireRole('secretariat'), async (c) => {
      const input = await readJsonBody(c, taxonomyImportSchema);
      return c.json(importTaxonomy(context, c.get('user').id, input), 201);
    });
}
