/**
 * Expectations computed straight from the fixture's records (not through the digest code), and
 * readers for the rendered formats.
 */
import JSZip from 'jszip';
import type { Role } from '../../../../shared/schemas/roles';
import type { Taxonomy, Term } from '../../../../shared/schemas/taxonomy';
import type { AnnotationRecord } from '../../../../server/db/annotation-row';
import type { DigestInput } from '../../../../server/services/digest/model/digest-input';
import { USERS } from './digest-fixture';

const publishable = (record: AnnotationRecord): boolean => record.deletedAt === null && record.hidden === null;

/** Top-level annotations that may appear. */
export function publishedTopLevel(input: DigestInput): AnnotationRecord[] {
  return input.annotations.filter((record) => record.parentUuid === null && publishable(record));
}

/** Replies whose whole chain up to a published top-level annotation is published. */
export function publishedReplies(input: DigestInput): AnnotationRecord[] {
  const byUuid = new Map(input.annotations.map((record) => [record.uuid, record]));
  const reachable = (record: AnnotationRecord): boolean => {
    if (!publishable(record)) return false;
    if (record.parentUuid === null) return true;
    const parent = byUuid.get(record.parentUuid);
    return parent !== undefined && reachable(parent);
  };
  return input.annotations.filter((record) => record.parentUuid !== null && reachable(record));
}

/** The remark text of a record as the fixture wrote it. */
export function textOf(record: AnnotationRecord): string {
  return record.body.flatMap((body) => (body.type === 'TextualBody' ? [body.value] : [])).join('\n\n');
}

/** Terms the digest lists: current ones, and retired ones in use. */
export function expectedListedTerms(taxonomy: Taxonomy, input: DigestInput): Term[] {
  const used = new Set(publishedTopLevel(input).flatMap((record) => record.termIds));
  return taxonomy.terms.filter((term) => !term.retired || used.has(term.id));
}

/** Published top-level records linked to a term. */
export function recordsForTerm(input: DigestInput, termId: string): AnnotationRecord[] {
  return publishedTopLevel(input).filter((record) => record.termIds.includes(termId));
}

/** Counts per role of the records linked to a term. */
export function roleCounts(input: DigestInput, termId: string): Record<Role, number> {
  const counts: Record<Role, number> = { councillor: 0, partner: 0, secretariat: 0, respondent: 0 };
  for (const record of recordsForTerm(input, termId)) counts[record.author.role] += 1;
  return counts;
}

/** Every way a person's name could show: full name and each capitalised part, plus the user id. */
export function nameNeedles(): Array<{ needle: string; pattern: RegExp }> {
  return Object.values(USERS).flatMap((user) => {
    const parts = user.name.split(' ').filter((part) => /^\p{Lu}/u.test(part) && part.length >= 3);
    return [user.name, ...parts, user.id].map((needle) => ({
      needle,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'),
    }));
  });
}

/** The needles found in a text. */
export function leakedNames(text: string): string[] {
  return nameNeedles()
    .filter(({ pattern }) => pattern.test(text))
    .map(({ needle }) => needle);
}

/** Every XML part of a .docx, concatenated (for leak checks). */
export async function docxAllXml(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name)).sort();
  const parts = await Promise.all(names.map((name) => zip.file(name)?.async('string') ?? Promise.resolve('')));
  return parts.join('\n');
}

export async function docxPart(buffer: Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file(name);
  if (!file) throw new Error(`${name} ontbreekt`);
  return file.async('string');
}

const unescapeXml = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The paragraphs of word/document.xml, in order, with their style and plain text. */
export function docxParagraphs(documentXml: string): Array<{ style: string | null; text: string }> {
  return [...documentXml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>|<w:p\/>/g)].map((match) => {
    const inner = match[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1] ?? null;
    const text = [...inner.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:br\/>/g)]
      .map((run) => (run[0] === '<w:br/>' ? '\n' : unescapeXml(run[1] ?? '')))
      .join('');
    return { style, text };
  });
}

/**
 * Splits a flat list of (heading, content) items into sections: each heading of level
 * `maxLevel` or higher owns the text up to the next such heading.
 */
export function sectionsByHeading(
  items: ReadonlyArray<{ level: number | null; text: string }>,
  maxLevel: number,
): Map<string, string> {
  const sections = new Map<string, string>();
  let current: string | null = null;
  let buffer: string[] = [];
  const flush = (): void => {
    if (current !== null) sections.set(current, buffer.join('\n'));
  };
  for (const item of items) {
    if (item.level !== null && item.level <= maxLevel) {
      flush();
      current = item.text;
      buffer = [];
    } else {
      buffer.push(item.text);
    }
  }
  flush();
  return sections;
}

/** The section whose heading starts with `prefix`; fails loudly when there is none. */
export function sectionStartingWith(sections: ReadonlyMap<string, string>, prefix: string): string {
  const found = [...sections].find(([heading]) => heading.startsWith(prefix));
  if (!found) throw new Error(`geen sectie "${prefix}…"`);
  return found[1];
}

/** "Actie 1.2: " — how every format starts a term's heading. */
export function termHeadingPrefix(term: Pick<Term, 'kind' | 'code'>): string {
  const kind = term.kind === 'goal' ? 'Doel' : term.kind === 'action' ? 'Actie' : 'Aanbeveling';
  return `${kind} ${term.code}: `;
}
