import { z } from 'zod';
import { feedbackKindSchema, isAbsoluteIri, visibilitySchema } from '../../../shared/schemas/annotation';
import { documentFingerprintSchema } from '../../../shared/schemas/document-fingerprint';
import { annotationUuid } from '../../../shared/w3c/iris';
import { assertImportSize, emptyItem, ImportFileError, type ImportFile, type ImportItem } from './import-item';
import { htmlToText, instantOf, lostPassageNote, readSelectors } from './import-values';
import { itemOrigin } from './item-origin';

const typesSchema = z.union([z.string(), z.array(z.string())]).optional();
const hasType = (type: z.infer<typeof typesSchema>, name: string) => (Array.isArray(type) ? type : [type]).some((t) => t === name || t === `oa:${name}`);

/** A W3C annotation as far as the import needs to know: the rest is read field by field. */
const w3cAnnotationSchema = z.looseObject({
  type: typesSchema,
  id: z.string().max(2048).optional(),
  motivation: z.union([z.string(), z.array(z.string())]).optional(),
  body: z.unknown().optional(),
  bodyValue: z.string().optional(),
  target: z.unknown().optional(),
});
type W3cRaw = z.infer<typeof w3cAnnotationSchema>;

const pageSchema = z.looseObject({ type: typesSchema, items: z.array(z.unknown()), next: z.unknown().optional() });
const collectionSchema = z.looseObject({ type: typesSchema, total: z.number().optional(), first: z.unknown().optional() });

/** True when `value` looks like W3C JSON (an annotation, a page, a collection, or a list of annotations). */
export function looksLikeW3c(value: unknown): boolean {
  const first: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (first === null || typeof first !== 'object') return false;
  const type = (first as Record<string, unknown>).type;
  return ['Annotation', 'AnnotationPage', 'AnnotationCollection'].some((name) => hasType(type as z.infer<typeof typesSchema>, name));
}

/** The annotations of a W3C file: one, a list, an AnnotationPage, or a collection with its first page in it. */
function annotationsOf(value: unknown, warnings: string[]): unknown[] {
  if (Array.isArray(value)) return value;
  const collection = collectionSchema.safeParse(value);
  if (collection.success && hasType(collection.data.type, 'AnnotationCollection')) {
    const first = pageSchema.safeParse(collection.data.first);
    if (!first.success) {
      throw new ImportFileError('Dit is een AnnotationCollection zonder de annotaties zelf: de eerste pagina staat er alleen als adres in. Haal de pagina’s op (met Prefer: PreferContainedDescriptions) en importeer die.');
    }
    if (first.data.next !== undefined || (collection.data.total !== undefined && collection.data.total > first.data.items.length)) {
      warnings.push(`Het bestand bevat alleen de eerste pagina van de verzameling (${first.data.items.length} van ${collection.data.total ?? 'meer'} annotaties). Importeer de volgende pagina’s los.`);
    }
    return first.data.items;
  }
  const page = pageSchema.safeParse(value);
  if (page.success && hasType(page.data.type, 'AnnotationPage')) {
    if (page.data.next !== undefined) warnings.push('Het bestand is één pagina van een grotere verzameling; importeer de volgende pagina’s los.');
    return page.data.items;
  }
  return [value];
}

const record = (value: unknown): Record<string, unknown> | null => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null);
const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const purposes = (body: Record<string, unknown>): string[] => list(body.purpose).filter((p): p is string => typeof p === 'string');

/** Bodies as a flat list: a Choice gives its first option, a Composite, List or Independents set each member. */
function flatBodies(raw: unknown, item: ImportItem): unknown[] {
  return list(raw).flatMap((body) => {
    const object = record(body);
    const type = object?.type;
    if (object && (type === 'Choice' || type === 'oa:Choice')) {
      const options = list(object.items);
      if (options.length > 1) item.dropped.push(`${options.length - 1} andere keuze(s) van een Choice-body`);
      return flatBodies(options[0], item);
    }
    if (object && typeof type === 'string' && ['Composite', 'List', 'Independents'].includes(type)) return flatBodies(object.items, item);
    return [body];
  });
}

/** Reads the bodies into remark, labels and term links; what Kantlijn cannot show is noted as dropped. */
function readBodies(raw: W3cRaw, item: ImportItem): void {
  const remarks: string[] = [];
  const bodies = flatBodies(raw.body, item);
  if (raw.bodyValue !== undefined) bodies.push({ type: 'TextualBody', value: raw.bodyValue });
  for (const body of bodies) {
    const object = record(body);
    if (typeof body === 'string' || (object && typeof object.value !== 'string' && object.type !== 'SpecificResource')) {
      const where = typeof body === 'string' ? body : typeof object?.id === 'string' ? object.id : 'een body zonder tekst';
      item.dropped.push(`een verwijzing naar ${where} (Kantlijn bewaart alleen tekst, labels en termen)`);
      continue;
    }
    if (!object) continue;
    if (object.type === 'SpecificResource') {
      const source = object.source;
      if (purposes(object).includes('classifying') && typeof source === 'string') item.terms.push(source);
      else item.dropped.push(`een body die naar ${typeof source === 'string' ? source : 'iets anders'} verwijst`);
      continue;
    }
    const value = String(object.value);
    const text = object.format === 'text/html' ? htmlToText(value) : value;
    if (purposes(object).some((p) => p === 'tagging' || p === 'classifying')) item.tags.push(text.trim());
    else remarks.push(text);
  }
  item.remark = remarks.map((text) => text.trim()).filter((text) => text !== '').join('\n\n');
  item.tags = [...new Set(item.tags.filter((tag) => tag !== ''))];
}

/** Reads the target: a document (with selectors) or, by its id, another annotation. */
function readTarget(raw: W3cRaw, item: ImportItem, idsInFile: ReadonlySet<string>): void {
  const targets = list(raw.target);
  if (targets.length === 0) {
    item.problem = 'Deze annotatie heeft geen doel (target).';
    return;
  }
  if (targets.length > 1) item.dropped.push(`${targets.length - 1} ander(e) doel(en): Kantlijn houdt één doel per annotatie`);
  const target = targets[0];
  const object = record(target);
  const source = typeof target === 'string' ? target : typeof object?.source === 'string' ? object.source : typeof object?.id === 'string' ? object.id : null;
  if (source === null) {
    item.problem = 'Het doel van deze annotatie heeft geen adres (source of id).';
    return;
  }
  const motivations = list(raw.motivation);
  if (idsInFile.has(source) || annotationUuid(source) !== null || motivations.includes('replying') || motivations.includes('oa:replying')) {
    item.repliesTo = source;
    return;
  }
  item.source = source;
  if (object && typeof object.source === 'string') {
    const { selectors, lost, unknown } = readSelectors(object.selector);
    item.selectors = selectors;
    item.passageLost = lost;
    if (lost) item.dropped.push(lostPassageNote(unknown));
    const fingerprint = documentFingerprintSchema.safeParse(object.fingerprint);
    if (fingerprint.success) item.fingerprint = fingerprint.data;
  }
}

/** The provenance of an item: an earlier import's provenance as it was, else creator, generator and created. */
function readProvenance(raw: Record<string, unknown>, item: ImportItem): void {
  const earlier = record(raw.provenance);
  const from = earlier ?? raw;
  if (from.creator !== undefined) item.creator = from.creator;
  if (from.generator !== undefined) item.generator = from.generator;
  item.created = instantOf(from.created);
}

function readItem(value: unknown, position: number, idsInFile: ReadonlySet<string>): ImportItem {
  const parsed = w3cAnnotationSchema.safeParse(value);
  const raw = parsed.success ? parsed.data : null;
  const foreignId = raw?.id && isAbsoluteIri(raw.id) ? raw.id : null;
  const item = emptyItem(position, itemOrigin(foreignId, value), foreignId);
  if (!raw || !hasType(raw.type, 'Annotation')) {
    item.problem = 'Dit is geen W3C-annotatie (type Annotation ontbreekt).';
    return item;
  }
  readBodies(raw, item);
  readTarget(raw, item, idsInFile);
  const motivations = list(raw.motivation);
  if (motivations.includes('questioning') || motivations.includes('oa:questioning')) item.motivation = 'questioning';
  const kind = feedbackKindSchema.safeParse(raw.kind);
  if (kind.success) item.kind = kind.data;
  const visibility = visibilitySchema.safeParse(raw.visibility);
  if (visibility.success) item.visibility = visibility.data;
  if (typeof raw.canonical === 'string' && isAbsoluteIri(raw.canonical)) item.canonical = raw.canonical;
  item.via = list(raw.via).filter((via): via is string => typeof via === 'string' && isAbsoluteIri(via));
  readProvenance(raw, item);
  return item;
}

/** Reads W3C Web Annotation JSON (a single annotation, a list, an AnnotationPage or an AnnotationCollection). */
export function readW3cFile(value: unknown): ImportFile {
  const warnings: string[] = [];
  const annotations = annotationsOf(value, warnings);
  assertImportSize(annotations.length);
  const idsInFile = new Set(annotations.flatMap((entry) => {
    const id = record(entry)?.id;
    return typeof id === 'string' ? [id] : [];
  }));
  return { format: 'w3c', items: annotations.map((entry, index) => readItem(entry, index + 1, idsInFile)), warnings };
}
