import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../http/app-env';
import { requireRole } from '../http/require-role';
import { readQuery } from '../http/validate';
import type { ServiceContext } from '../services/service-context';

const auditQuerySchema = z.object({
  before: z.coerce.number().int().positive().default(Number.MAX_SAFE_INTEGER),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** `/api/audit` (secretariat): the audit log, newest first, paged by sequence number. */
export function createAuditRoutes(context: ServiceContext) {
  return new Hono<AppEnv>().use('*', requireRole('secretariat')).get('/', (c) => {
    const { before, limit } = readQuery(c, auditQuerySchema);
    // One more than asked tells whether another page follows, so the last page has no `next`.
    const fetched = context.db.audit.page(before, limit + 1);
    const items = fetched.slice(0, limit);
    const last = items.at(-1);
    return c.json({ items, ...(fetched.length > limit && last ? { next: `/api/audit?before=${last.seq}&limit=${limit}` } : {}) }, 200);
  });
}
