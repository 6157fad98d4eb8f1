import type { Digest } from '../model/digest-model';
import { isoDay } from '../texts/format-date';
import { renderCsv } from './csv/render-csv';
import { renderDocx } from './docx/render-docx';
import { renderHtml } from './html/render-html';
import { renderJson } from './json/render-json';
import { renderMarkdown } from './markdown/render-markdown';
import { slugify } from '../texts/slug';

/** The formats a digest can be downloaded in. */
export const DIGEST_FORMATS = ['md', 'html', 'csv', 'json', 'docx'] as const;
export type DigestFormat = (typeof DIGEST_FORMATS)[number];

/** A rendered digest, ready to send as a download. */
export interface RenderedDigest {
  body: string | Buffer;
  contentType: string;
  extension: string;
}

const CONTENT_TYPES: Record<DigestFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  // The media type the W3C Web Annotation Protocol uses for annotation JSON-LD.
  json: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Renders a digest in one format. Async only because the Word document is zipped asynchronously. */
export async function renderDigest(digest: Digest, format: DigestFormat): Promise<RenderedDigest> {
  const contentType = CONTENT_TYPES[format];
  switch (format) {
    case 'md':
      return { body: renderMarkdown(digest), contentType, extension: 'md' };
    case 'html':
      return { body: renderHtml(digest), contentType, extension: 'html' };
    case 'csv':
      return { body: renderCsv(digest), contentType, extension: 'csv' };
    case 'json':
      return { body: renderJson(digest), contentType, extension: 'json' };
    case 'docx':
      return { body: await renderDocx(digest), contentType, extension: 'docx' };
  }
}

/** What the digest covers, as a slug: the round's title, or the period's dates. */
function scopeSlug(digest: Digest): string {
  if (digest.round) return slugify(digest.round.title) || slugify(digest.round.id) || 'ronde';
  const { from, to } = digest.period;
  if (from && to) return `${isoDay(from)}-tot-${isoDay(to)}`;
  if (from) return `vanaf-${isoDay(from)}`;
  if (to) return `tot-${isoDay(to)}`;
  return 'alle-opmerkingen';
}

/**
 * "kantlijn-digest-voorjaarsronde-2025-2025-04-02.docx": ASCII only, so it is safe in a
 * Content-Disposition header and on every file system. A pseudonymised digest says so in its
 * name, so that nobody publishes the named version by mistake.
 */
export function digestFileName(digest: Digest, format: DigestFormat): string {
  const marker = digest.pseudonymised ? '-gepseudonimiseerd' : '';
  return `kantlijn-digest-${scopeSlug(digest)}-${isoDay(digest.generatedAt)}${marker}.${format}`;
}
