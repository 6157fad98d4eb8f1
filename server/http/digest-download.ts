import type { Context } from 'hono';
import { responseBody, type DigestFile } from '../services/digest/worker/digest-file';
import type { DigestQuery } from '../services/digest-service';
import type { ServiceContext } from '../services/service-context';

/** Who asked for a digest download: through the API (bearer token) or the dashboard (session). */
export type DigestDownloadChannel = 'api' | 'dashboard';

/**
 * Sends a made digest as a file download and records it in the audit log: the one path by which
 * both the API (`GET /api/digest`) and the dashboard hand out a digest, so the two cannot drift.
 * The file holds remarks of many people: no cache may keep it (`no-store`), and it must never be
 * sniffed as a page (`nosniff`), whatever its format.
 */
export function sendDigestDownload(
  c: Context,
  context: ServiceContext,
  download: { file: DigestFile; query: DigestQuery; actorId: string; channel: DigestDownloadChannel },
): Response {
  const { file, query } = download;
  context.db.audit.record({
    at: context.now().toISOString(),
    actorId: download.actorId,
    action: 'digest.download',
    subject: query.round ?? 'all',
    detail: { format: query.format, pseudonymise: query.pseudonymise, ...(download.channel === 'dashboard' ? { via: 'dashboard' } : {}) },
  });
  c.header('Content-Type', file.contentType);
  c.header('Content-Disposition', `attachment; filename="${file.fileName}"`);
  c.header('Cache-Control', 'no-store');
  c.header('X-Content-Type-Options', 'nosniff');
  return c.body(responseBody(file), 200);
}
