import { z } from 'zod';
import { assertImportSize, emptyItem, ImportFileError, type ImportFile, type ImportItem } from './import-item';
import { instantOf, lostPassageNote, readSelectors } from './import-values';

/**
 * One annotation of the Hypothesis client's JSON export (the same shape its API's search returns
 * under `rows`). Only what Kantlijn uses is checked; the rest passes through untouched.
 */
const hypothesisAnnotationSchema = z.looseObject({
  id: z.string().min(1).max(200),
  uri: z.string().max(2048).optional(),
  text: z.string().default(''),
  tags: z.array(z.string()).default([]),
  target: z.array(z.looseObject({ source: z.string().max(2048).optional(), selector: z.array(z.unknown()).optional() })).default([]),
  document: z.looseObject({ title: z.union([z.string(), z.array(z.string())]).optional(), link: z.array(z.looseObject({ href: z.string() })).optional() }).optional(),
  user: z.string().max(300).optional(),
  user_info: z.looseObject({ display_name: z.string().nullable().optional() }).nullable().optional(),
  created: z.string().optional(),
  updated: z.string().optional(),
  references: z.array(z.string()).optional(),
  group: z.string().optional(),
  permissions: z.looseObject({ read: z.array(z.string()).optional() }).optional(),
  links: z.looseObject({ html: z.string().optional() }).optional(),
});
type HypothesisRaw = z.infer<typeof hypothesisAnnotationSchema>;

/** The annotations of a Hypothesis file: its export (`annotations`), a search answer (`rows`), or a bare list. */
function annotationsOf(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value as unknown[];
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.annotations)) return object.annotations as unknown[];
    if (Array.isArray(object.rows)) return object.rows as unknown[];
  }
  return null;
}

/** True when `value` looks like a Hypothesis export: annotations with `uri` or `user` like `acct:…`. */
export function looksLikeHypothesis(value: unknown): boolean {
  const first = annotationsOf(value)?.[0];
  if (first === null || typeof first !== 'object') return false;
  const object = first as Record<string, unknown>;
  return object.type === undefined && (typeof object.uri === 'string' || (typeof object.user === 'string' && object.user.startsWith('acct:')));
}

/** The server a Hypothesis account lives on (`acct:name@hypothes.is` → `hypothes.is`). */
function authorityOf(user: string | undefined): string {
  const match = /^acct:[^@]+@([a-z0-9.-]+)$/i.exec(user ?? '');
  return match?.[1]?.toLowerCase() ?? 'hypothes.is';
}

/** The IRI of a Hypothesis annotation, as its server links to it. */
function hypothesisIri(authority: string, id: string): string {
  return `https://${authority}/a/${encodeURIComponent(id)}`;
}

/**
 * Who may read it there, in Kantlijn's terms: public → the round, one person → private, a group →
 * the organisation. Without `permissions`, an annotation in a group other than the public one
 * (`__world__`) stays within the organisation: what was for a group is never made public by omission.
 */
function visibilityOf(raw: HypothesisRaw): ImportItem['visibility'] {
  const read = raw.permissions?.read;
  if (!read) return raw.group !== undefined && raw.group !== '__world__' ? 'organisation' : undefined;
  if (read.includes('group:__world__')) return 'round';
  if (read.every((who) => who.startsWith('acct:'))) return 'private';
  return 'organisation';
}

/** The web address of the annotated document: the target's, or (for a PDF named by fingerprint) one of its links. */
function sourceOf(raw: HypothesisRaw): string | null {
  const source = raw.target[0]?.source ?? raw.uri ?? null;
  if (source === null || /^https?:/i.test(source)) return source;
  return raw.document?.link?.map((link) => link.href).find((href) => /^https?:/i.test(href)) ?? source;
}

function readItem(value: unknown, position: number): ImportItem {
  const parsed = hypothesisAnnotationSchema.safeParse(value);
  if (!parsed.success) {
    const item = emptyItem(position, `hypothesis-item-${position}`, null);
    item.problem = 'Deze annotatie mist velden die een Hypothesis-export heeft (id, target of tags in de verwachte vorm).';
    return item;
  }
  const raw = parsed.data;
  const authority = authorityOf(raw.user);
  const foreignId = hypothesisIri(authority, raw.id);
  const item = emptyItem(position, foreignId, foreignId);
  item.remark = raw.text.trim();
  item.tags = [...new Set(raw.tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
  const parent = raw.references?.at(-1);
  if (parent) item.repliesTo = hypothesisIri(authority, parent);
  else {
    item.source = sourceOf(raw);
    const { selectors, lost, unknown } = readSelectors(raw.target[0]?.selector);
    item.selectors = selectors;
    item.passageLost = lost;
    if (lost) item.dropped.push(lostPassageNote(unknown));
  }
  const titles = raw.document?.title;
  const title = Array.isArray(titles) ? titles[0] : titles;
  item.documentTitle = title?.trim() || null;
  item.visibility = visibilityOf(raw);
  const name = raw.user_info?.display_name ?? /^acct:([^@]+)@/.exec(raw.user ?? '')?.[1];
  if (raw.user) item.creator = { id: raw.user, type: 'Person', ...(name ? { name } : {}) };
  item.generator = { id: `https://${authority}/`, type: 'Software', name: 'Hypothesis' };
  item.created = instantOf(raw.created);
  if (raw.group && raw.group !== '__world__') item.dropped.push(`de Hypothesis-groep ${raw.group}`);
  if (!item.source && !item.repliesTo) item.problem = 'Deze annotatie zegt niet op welk document ze staat (uri of target.source).';
  return item;
}

/** Reads the JSON export of the Hypothesis client (or a list of its API's annotations). */
export function readHypothesisFile(value: unknown): ImportFile {
  const annotations = annotationsOf(value);
  if (!annotations) throw new ImportFileError('Dit lijkt geen Hypothesis-export: er staat geen lijst met annotaties in.');
  assertImportSize(annotations.length);
  return { format: 'hypothesis', items: annotations.map((entry, index) => readItem(entry, index + 1)), warnings: [] };
}
