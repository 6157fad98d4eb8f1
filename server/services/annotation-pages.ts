import type { AnnotationPage } from '../../shared/schemas/annotation';
import type { AnnotationQuery } from '../db/annotations-repository';
import type { User } from '../db/users-repository';
import { RESPONSE_CONTEXT, toAnnotationJson } from './annotation-view';
import { pageOf, type CachedPage } from './page-cache';
import type { ServiceContext } from './service-context';

/** The opaque cursor of the next page: where the previous one ended. */
export function encodeCursor(after: { created: string; seq: number }): string {
  return Buffer.from(`${after.created}|${after.seq}`, 'utf8').toString('base64url');
}

/** Reads a cursor; `null` when it is not one of ours. */
export function decodeCursor(cursor: string): { created: string; seq: number } | null {
  const [created, seqText, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const seq = Number(seqText);
  if (!created || !Number.isSafeInteger(seq) || seq < 0 || rest.length > 0 || Number.isNaN(Date.parse(created))) return null;
  return { created, seq };
}

/**
 * One page of the annotations `user` may see, as a W3C AnnotationPage in JSON with its ETag.
 * `query.limit` is one more than the page size, to know whether a `next` page follows. Lists of
 * one document (at all its URLs, with or without further filters) are cached per reader and query
 * string until something at one of those URLs changes; lists of no document are rendered each time.
 */
export function annotationPage(context: ServiceContext, user: User, query: AnnotationQuery, self: URL): CachedPage {
  const cacheKey = `${user.id}\n${self.search}`;
  const home = query.sources?.[0];
  const cached = home ? context.pages?.get(home, cacheKey) : undefined;
  if (cached) return cached;
  const size = query.limit - 1;
  const records = context.db.annotations.list(query, user);
  const items = records.slice(0, size);
  const last = items.at(-1);
  const page: AnnotationPage = {
    '@context': RESPONSE_CONTEXT,
    id: `${self.pathname}${self.search}`,
    type: 'AnnotationPage',
    startIndex: 0,
    items: items.map((record) => toAnnotationJson(record, user)),
  };
  if (records.length > size && last) {
    const next = new URL(self);
    next.searchParams.set('cursor', encodeCursor({ created: last.created, seq: last.seq }));
    page.next = `${next.pathname}${next.search}`;
  }
  const json = JSON.stringify(page);
  return home && query.sources && context.pages ? context.pages.set(query.sources, cacheKey, json) : pageOf(json);
}
