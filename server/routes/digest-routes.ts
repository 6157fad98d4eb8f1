import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { sendDigestDownload } from '../http/digest-download';
import { requireRole } from '../http/require-role';
import { readJsonBody, readQuery } from '../http/validate';
import { digestQuerySchema, makeDigestDownload } from '../services/digest-service';
import { replaceScrubNames, scrubNamesInputSchema } from '../services/scrub-names-service';
import type { ServiceContext } from '../services/service-context';

/**
 * `GET /api/digest?format=…` (secretariat): the joint feedback digest as a download.
 * `GET|PUT /api/digest/scrub-names` (secretariat): the further names a pseudonymised digest
 * replaces by "[naam]", as `{ names: string[] }`.
 */
export function createDigestRoutes(context: ServiceContext) {
  return new Hono<AppEnv>()
    .use('*', requireRole('secretariat'))
    .get('/scrub-names', (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json({ names: context.db.scrubNames.all() }, 200);
    })
    .put('/scrub-names', async (c) => {
      const { names } = await readJsonBody(c, scrubNamesInputSchema);
      return c.json({ names: replaceScrubNames(context, c.get('user').id, names, 'api') }, 200);
    })
    .get('/', async (c) => {
      const query = readQuery(c, digestQuerySchema);
      const file = await makeDigestDownload(context, query);
      return sendDigestDownload(c, context, { file, query, actorId: c.get('user').id, channel: 'api' });
    });
}
