import type { W3cAnnotation } from '../../shared/schemas/annotation';
import { CONTAINER_PATH } from '../../shared/w3c/iris';
import type { AnnotationQuery } from '../db/annotations-repository';
import type { User } from '../db/users-repository';
import { RESPONSE_CONTEXT, toAnnotationJson } from './annotation-view';
import { pageOf, type CachedPage } from './page-cache';
import type { ServiceContext } from './service-context';

/** The opaque cursor of the older keyset paging: where the previous page ended. */
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

/** Which list is asked for, and where its pages live. */
export interface ListView {
  /** The server's public origin: every IRI in the answer starts with it. */
  base: string;
  /** `/api/annotations/` (the container) or `/api/annotations` (the older list path). */
  path: string;
  /** The filters of the query string as sent (paging parameters left out). */
  filters: URLSearchParams;
  /** Annotations per page. */
  size: number;
  /** True when the page size was asked for, so the page IRIs carry it on. */
  sizeAsked: boolean;
  /** Items as IRIs only (Prefer: PreferContainedIRIs) instead of full descriptions. */
  iris: boolean;
}

/** How the container answers, from the client's `Prefer` (W3C Protocol §4.2). */
export type ContainerPreference = 'descriptions' | 'iris' | 'minimal';

const LDP = 'http://www.w3.org/ns/ldp#';
const OA = 'http://www.w3.org/ns/oa#';

/**
 * Reads `Prefer: return=representation; include="…"`. `PreferMinimalContainer` wins (no page
 * embedded), then `PreferContainedIRIs`; `PreferContainedDescriptions` is also the default.
 * `applied` says whether a preference was recognised, for `Preference-Applied`.
 */
export function containerPreference(prefer: string | undefined): { preference: ContainerPreference; applied: boolean } {
  const include = /include\s*=\s*"([^"]*)"/i.exec(prefer ?? '')?.[1]?.split(/\s+/) ?? [];
  if (include.includes(`${LDP}PreferMinimalContainer`)) return { preference: 'minimal', applied: true };
  if (include.includes(`${OA}PreferContainedIRIs`)) return { preference: 'iris', applied: true };
  return { preference: 'descriptions', applied: include.includes(`${OA}PreferContainedDescriptions`) };
}

/** The IRI of a list with these extra parameters, on `path`. */
function listIri(view: ListView, path: string, extra: Record<string, string>): string {
  const params = new URLSearchParams(view.filters);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const search = params.toString();
  return `${view.base}${path}${search ? `?${search}` : ''}`;
}

/** The IRI of the collection a list belongs to: the container with the same filters. */
export function collectionIri(view: ListView): string {
  return listIri(view, CONTAINER_PATH, {});
}

/** The IRI of the page starting at `start`, on the path the list was read from. */
function pageIri(view: ListView, start: number): string {
  return listIri(view, view.path, {
    start: String(start),
    ...(view.sizeAsked ? { limit: String(view.size) } : {}),
    ...(view.iris ? { iris: '1' } : {}),
  });
}

/** A W3C AnnotationPage as served. */
interface PageJson {
  '@context'?: unknown;
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: number;
  items: (W3cAnnotation | string)[];
  next?: string;
  prev?: string;
}

/** One page of what `user` may see of `query`, from `start`, as JSON. */
function buildPage(context: ServiceContext, user: User, query: AnnotationQuery, view: ListView, start: number, withContext: boolean): PageJson {
  const records = context.db.annotations.list({ ...query, offset: start, limit: view.size + 1 }, user);
  const items = records.slice(0, view.size);
  return {
    ...(withContext ? { '@context': RESPONSE_CONTEXT } : {}),
    id: pageIri(view, start),
    type: 'AnnotationPage',
    partOf: collectionIri(view),
    startIndex: start,
    items: items.map((record) => (view.iris ? `${view.base}${CONTAINER_PATH}${record.uuid}` : toAnnotationJson(record, user, view.base))),
    ...(records.length > view.size ? { next: pageIri(view, start + view.size) } : {}),
    ...(start > 0 ? { prev: pageIri(view, Math.max(0, start - view.size)) } : {}),
  };
}

/** The cache key of one rendered list: reader, address and form. */
function cacheKey(user: User, view: ListView, what: string): string {
  return `${user.id}\n${view.base}${view.path}\n${view.filters.toString()}\n${view.size}|${view.sizeAsked}|${view.iris}\n${what}`;
}

/**
 * Renders through the page cache when the list is of one document (at all its URLs), which is kept
 * per reader until something at one of those URLs changes; other lists are rendered each time.
 */
function cached(context: ServiceContext, query: AnnotationQuery, key: string, render: () => unknown): CachedPage {
  const home = query.sources?.[0];
  const hit = home ? context.pages?.get(home, key) : undefined;
  if (hit) return hit;
  const json = JSON.stringify(render());
  return home && query.sources && context.pages ? context.pages.set(query.sources, key, json) : pageOf(json);
}

/**
 * The position in the list just after an older keyset cursor, so a client still holding one gets
 * a page with a true `startIndex` (and `prev`) from there.
 */
export function startAfterCursor(context: ServiceContext, user: User, query: AnnotationQuery, after: { created: string; seq: number }): number {
  const { limit: _limit, ...filters } = query;
  void _limit;
  return context.db.annotations.count({ ...filters, upTo: after }, user);
}

/** One page of the annotations `user` may see (a W3C AnnotationPage), with its ETag. */
export function annotationPage(context: ServiceContext, user: User, query: AnnotationQuery, view: ListView, start: number): CachedPage {
  return cached(context, query, cacheKey(user, view, `page ${start}`), () => buildPage(context, user, query, view, start, true));
}

/**
 * The container as a W3C AnnotationCollection (and LDP Basic Container) of what `user` may see of
 * `query`: its `total`, the IRIs of its `first` and `last` pages, and (unless the client asked for a
 * minimal container) the first page embedded, with full descriptions or with IRIs only.
 */
export function annotationCollection(context: ServiceContext, user: User, query: AnnotationQuery, view: ListView, preference: ContainerPreference): CachedPage {
  return cached(context, query, cacheKey(user, view, `collection ${preference}`), () => {
    const { limit: _limit, ...filters } = query;
    void _limit;
    const total = context.db.annotations.count(filters, user);
    const lastStart = total === 0 ? 0 : Math.floor((total - 1) / view.size) * view.size;
    const pages = { ...view, iris: preference === 'iris' };
    return {
      '@context': RESPONSE_CONTEXT,
      id: collectionIri(view),
      type: ['BasicContainer', 'AnnotationCollection'],
      label: 'Kantlijn-annotaties',
      total,
      first: preference === 'minimal' ? pageIri(pages, 0) : buildPage(context, user, query, pages, 0, false),
      last: pageIri(pages, lastStart),
    };
  });
}
