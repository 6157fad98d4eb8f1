import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { requireRole } from '../http/require-role';
import { readQuery } from '../http/validate';
import { digestFileName, renderDigest } from '../services/digest/render-digest';
import { digestQuerySchema, makeDigest } from '../services/digest-service';
import type { ServiceContext } from '../services/service-context';

/** `GET /api/digest?format=…` (secretariat): the joint feedback digest as a download. */
export function createDigestRoutes(context: ServiceContext) {
  return new Hono<AppEnv>().use('*', requireRole('secretariat')).get('/', async (c) => {
    const query = readQuery(c, digestQuerySchema);
    const digest = makeDigest(context, query);
    const rendered = await renderDigest(digest, query.format);
    const name = digestFileName(digest, query.format);
    context.db.audit.record({
      at: context.now().toISOString(),
      actorId: c.get('user').id,
      action: 'digest.download',
      subject: query.round ?? 'all',
      detail: { format: query.format, pseudonymise: query.pseudonymise },
    });
    c.header('Content-Type', rendered.contentType);
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    c.header('Cache-Control', 'no-store');
    return c.body(typeof rendered.body === 'string' ? rendered.body : new Uint8Array(rendered.body), 200);
  });
}
