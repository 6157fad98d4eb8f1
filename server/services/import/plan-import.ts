import { annotationInputSchema, DEFAULT_VISIBILITY, MAX_REMARK_LENGTH, W3C_ANNOTATION_CONTEXT, type AnnotationInput, type Body, type Visibility } from '../../../shared/schemas/annotation';
import { documentInputSchema } from '../../../shared/schemas/document';
import { annotationUuid, termKeyOf } from '../../../shared/w3c/iris';
import { normaliseSource } from '../../../shared/urls/normalise-source';
import type { User } from '../../db/users-repository';
import { ApiFailure } from '../../http/api-failure';
import { isVisibleTo } from '../annotation-access';
import { documentAddresses, registeredDocumentAt } from '../document-addresses';
import { nameBasedUuid } from '../name-based-uuid';
import { replyParent } from '../annotations-service';
import { assertRoundOpen } from '../rounds-service';
import type { ServiceContext } from '../service-context';
import { currentTaxonomy } from '../taxonomy-service';
import type { ImportFile, ImportItem } from './import-item';

/** What the import will create of one item. */
export interface PlannedAnnotation {
  position: number;
  label: string;
  uuid: string;
  origin: string;
  input: AnnotationInput;
  isReply: boolean;
  /** What of the item is left out, in words. */
  dropped: string[];
}

/** An item the import leaves alone, and why (Dutch). */
export interface SkippedItem {
  position: number;
  label: string;
  reason: string;
}

/** A document the file's annotations are on, and what Kantlijn knows of it. */
export interface PlannedDocument {
  url: string;
  title: string | null;
  /** `listed`: on the reading list already; `register`: the import puts it there; `unlisted`: neither. */
  status: 'listed' | 'register' | 'unlisted';
  annotations: number;
}

/** A passage that cannot be found again, and why. */
export interface LostPassage {
  position: number;
  label: string;
  reason: string;
}

/** The dry run's answer: everything the import would do, nothing done. */
export interface ImportPlan {
  format: ImportFile['format'];
  round: { id: string; title: string } | null;
  create: PlannedAnnotation[];
  skipped: SkippedItem[];
  documents: PlannedDocument[];
  /** Passages the file points at in a way Kantlijn cannot search for. */
  lostPassages: LostPassage[];
  /** Passages with a quote, checked only when someone opens the document (the server keeps no document text). */
  passagesToCheck: number;
  warnings: string[];
}

/** What to import with: the round the new annotations go into (by default the round open now). */
export interface ImportOptions {
  roundId?: string;
}

/** Throws 403 unless `importer` is of the secretariat: an import writes on behalf of other people's words. */
function assertMayImport(importer: User): void {
  if (importer.role !== 'secretariat') throw new ApiFailure(403, 'forbidden', 'Alleen het secretariaat mag annotaties importeren.');
}

/** How many people a visibility reaches, narrowest first. */
const REACH: Record<Visibility, number> = { private: 0, organisation: 1, round: 2 };

/** The reason an item met before is skipped: what makes a second import create nothing twice. */
const ALREADY_IMPORTED = 'Al geïmporteerd.';

const shorten = (text: string, max = 70) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** How the report names an item: its quote, else its remark, else where it is. */
function itemLabel(item: ImportItem): string {
  const quote = item.selectors.find((selector) => selector.type === 'TextQuoteSelector');
  if (quote) return `“${shorten(quote.exact)}”`;
  if (item.remark) return shorten(item.remark);
  if (item.tags.length > 0) return item.tags.join(', ');
  return item.source ?? item.repliesTo ?? `annotatie ${item.position}`;
}

/** The round new annotations go into: the one asked for, which must be open, else the round open now. */
function importRound(context: ServiceContext, options: ImportOptions, at: string): ImportPlan['round'] {
  if (options.roundId === undefined) {
    const open = context.db.rounds.openAt(at);
    return open ? { id: open.id, title: open.title } : null;
  }
  const round = context.db.rounds.findById(options.roundId);
  if (!round) throw new ApiFailure(400, 'unknown_round', `De ronde ${options.roundId} bestaat niet. Kies een ronde uit de lijst van rondes.`);
  assertRoundOpen(round, at);
  return { id: round.id, title: round.title };
}

/** What became of an item: the annotation it is (or already was), and why it was skipped, if it was. */
interface Fate {
  uuid: string | null;
  skipped: string | null;
}
const skip = (reason: string, uuid: string | null = null): Fate => ({ uuid, skipped: reason });

/**
 * The dry run: what importing `file` as `importer` would create, what it skips and why, which
 * documents the annotations are on, and which passages cannot be found. Reads only; `applyImport`
 * runs the same plan inside its transaction.
 */
export function planImport(context: ServiceContext, importer: User, file: ImportFile, options: ImportOptions = {}): ImportPlan {
  assertMayImport(importer);
  const at = context.now().toISOString();
  const round = importRound(context, options, at);
  const { annotations, importOrigins } = context.db;
  const via = importOrigins.viaIndex();
  const offeredTerms = new Set(currentTaxonomy(context).terms.filter((term) => !term.retired).map((term) => term.id));
  // The first item with an id: a later copy is skipped as a duplicate, and replies thread onto the first.
  const byForeignId = new Map<string, ImportItem>();
  for (const item of file.items) if (item.foreignId && !byForeignId.has(item.foreignId)) byForeignId.set(item.foreignId, item);
  const fates = new Map<ImportItem, Fate>();
  const firstWithOrigin = new Map<string, number>();
  const plan: ImportPlan = { format: file.format, round, create: [], skipped: [], documents: [], lostPassages: [], passagesToCheck: 0, warnings: [...file.warnings] };
  const documents = new Map<string, PlannedDocument>();
  /** Who will see each annotation this import makes, for the replies to it. */
  const plannedVisibility = new Map<string, Visibility>();

  /** An annotation this server already has for a foreign or Kantlijn reference, if any. */
  const knownAnnotation = (reference: string): string | null =>
    importOrigins.find(reference) ?? via.get(reference) ?? (annotationUuid(reference) && annotations.findByUuid(annotationUuid(reference)!) ? annotationUuid(reference) : null);

  const parentOf = (reference: string): Fate => {
    const inFile = byForeignId.get(reference);
    const fate = inFile ? fates.get(inFile) : undefined;
    if (inFile && fate && !fate.uuid) return skip(`Reageert op nr. ${inFile.position}, dat niet wordt geïmporteerd.`);
    const known = fate?.uuid ?? knownAnnotation(reference);
    const parent = known ? annotations.findByUuid(known) : null;
    // Made by this import: it does not exist yet, and is the importer's own.
    if (known && !parent && fate?.uuid) return { uuid: known, skipped: null };
    // One the importer may not see reads as one that is not there: an import tells nothing of others' private remarks.
    if (!parent || !isVisibleTo(parent, importer)) return skip('Reageert op een opmerking die niet in dit bestand staat en niet eerder is geïmporteerd. Importeer het bestand met die opmerking eerst.');
    if (parent.deletedAt) return skip('De opmerking waarop dit reageert is in Kantlijn verwijderd.');
    // Whatever else the rule for replies asks (the round open), as creating the reply will ask it.
    try {
      replyParent(context, importer, parent.uuid, at);
    } catch (error) {
      if (error instanceof ApiFailure) return skip(`Op de opmerking waarop dit reageert kan niet gereageerd worden: ${error.message}`);
      throw error;
    }
    return { uuid: parent.uuid, skipped: null };
  };

  const bodiesOf = (item: ImportItem, dropped: string[]): Body[] => {
    const terms = [...new Set(item.terms.map(termKeyOf))];
    const known = terms.filter((term) => offeredTerms.has(term));
    for (const term of terms.filter((term) => !offeredTerms.has(term))) dropped.push(`de koppeling aan ${term}, een term die Kantlijn niet kent`);
    return [
      ...(item.remark ? [{ type: 'TextualBody' as const, value: item.remark, format: 'text/plain' as const }] : []),
      ...item.tags.map((tag) => ({ type: 'TextualBody' as const, purpose: 'tagging' as const, value: tag })),
      ...known.map((term) => ({ type: 'SpecificResource' as const, purpose: 'classifying' as const, source: term })),
    ];
  };

  const inputOf = (item: ImportItem, uuid: string, parentUuid: string | null, dropped: string[]): Record<string, unknown> => {
    const viaList = [...new Set([...item.via, ...(item.foreignId ? [item.foreignId] : [])])].slice(0, 20);
    const target = parentUuid
      ? `urn:uuid:${parentUuid}`
      : { source: item.source, ...(item.selectors.length > 0 ? { selector: item.selectors } : {}), ...(item.fingerprint ? { fingerprint: item.fingerprint } : {}) };
    return {
      '@context': W3C_ANNOTATION_CONTEXT,
      type: 'Annotation',
      id: `urn:uuid:${uuid}`,
      ...(parentUuid ? { motivation: 'replying' } : item.motivation ? { motivation: item.motivation } : {}),
      body: bodiesOf(item, dropped),
      target,
      ...(item.kind ? { kind: item.kind } : {}),
      ...(!parentUuid && item.visibility ? { visibility: item.visibility } : {}),
      ...(!parentUuid && round ? { round: round.id } : {}),
      ...(item.canonical ? { canonical: item.canonical } : {}),
      ...(viaList.length > 0 ? { via: viaList } : {}),
      ...(item.creator !== undefined ? { creator: item.creator } : {}),
      ...(item.generator !== undefined ? { generator: item.generator } : {}),
      ...(item.created ? { created: item.created } : {}),
    };
  };

  /** The input checked as any client's would be; provenance that does not fit is left out rather than the item. */
  const checkedInput = (raw: Record<string, unknown>, dropped: string[]): AnnotationInput | string => {
    let parsed = annotationInputSchema.safeParse(raw);
    const optional = ['creator', 'generator', 'canonical', 'via', 'created'];
    if (!parsed.success && parsed.error.issues.every((issue) => optional.includes(String(issue.path[0])))) {
      const left = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
      for (const key of left) delete raw[key];
      dropped.push(`${left.join(', ')} (niet in een vorm die Kantlijn kan bewaren)`);
      parsed = annotationInputSchema.safeParse(raw);
    }
    if (parsed.success) return parsed.data;
    return `Past niet in Kantlijn: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'annotatie'}: ${issue.message}`).join('; ')}.`;
  };

  /** Sources the import could put on the reading list (a title that fits), once one annotation there is for the round. */
  const registrable = new Set<string>();
  const countDocument = (item: ImportItem, source: string, forTheRound: boolean) => {
    let known = documents.get(source);
    if (!known) {
      const documentId = registeredDocumentAt(context, documentAddresses(context, source, item.fingerprint));
      const registered = documentId ? context.db.documents.findById(documentId) : null;
      const title = registered?.title ?? item.documentTitle;
      if (!registered && title !== null && documentInputSchema.safeParse({ title, urls: [source] }).success) registrable.add(source);
      known = { url: source, title, status: registered ? 'listed' : 'unlisted', annotations: 0 };
      documents.set(source, known);
    }
    known.annotations += 1;
    // The reading list is everyone's: a document whose imported remarks are all private or for one
    // organisation would show its title and address to all readers.
    if (forTheRound && registrable.has(source)) known.status = 'register';
  };

  const decide = (item: ImportItem): Fate => {
    if (item.problem) return skip(item.problem);
    if (item.remark.length > MAX_REMARK_LENGTH) return skip(`De tekst is langer dan ${MAX_REMARK_LENGTH.toLocaleString('nl-NL')} tekens, het meeste dat Kantlijn bij één opmerking bewaart.`);
    const earlierInFile = firstWithOrigin.get(item.origin);
    if (earlierInFile !== undefined) return skip(`Staat al eerder in dit bestand (nr. ${earlierInFile}).`);
    firstWithOrigin.set(item.origin, item.position);
    const earlier = importOrigins.find(item.origin);
    if (earlier) return skip(ALREADY_IMPORTED, annotations.findByUuid(earlier) ? earlier : null);
    // An annotation with this id that the importer may not see (someone's private note) does not
    // count: the import neither tells of it nor leaves the item out because of it.
    const seen = (uuid: string | null | undefined): uuid is string => {
      const record = uuid ? annotations.findByUuid(uuid) : null;
      return record !== null && isVisibleTo(record, importer);
    };
    const sameId = item.foreignId ? via.get(item.foreignId) : undefined;
    if (seen(sameId)) return skip(ALREADY_IMPORTED, sameId);
    const ownUuid = item.foreignId ? annotationUuid(item.foreignId) : null;
    if (seen(ownUuid)) return skip('Staat al in Kantlijn (dezelfde annotatie).', ownUuid);
    const uuid = nameBasedUuid(`kantlijn-import\n${item.origin}`);
    if (annotations.findByUuid(uuid)) return skip(ALREADY_IMPORTED, uuid);

    // A target that names an annotation imported before is a reply to it.
    const repliesTo = item.repliesTo ?? (item.source && knownAnnotation(item.source) ? item.source : null);
    let parentUuid: string | null = null;
    let visibility = item.visibility ?? DEFAULT_VISIBILITY;
    if (repliesTo) {
      const parent = parentOf(repliesTo);
      if (!parent.uuid) return parent;
      parentUuid = parent.uuid;
      if (!item.remark) return skip('Een reactie zonder tekst.');
      // A reply is seen by all who see what it answers: one meant for fewer people would be shown to more.
      const parentVisibility = plannedVisibility.get(parentUuid) ?? annotations.findByUuid(parentUuid)?.visibility ?? DEFAULT_VISIBILITY;
      if (item.visibility && REACH[item.visibility] < REACH[parentVisibility]) {
        return skip('Deze reactie was voor minder mensen dan de opmerking waarop ze reageert. In Kantlijn ziet iedereen die de opmerking ziet ook de reacties, dus ze wordt niet geïmporteerd.');
      }
      visibility = parentVisibility;
    } else if (!item.remark && item.tags.length === 0 && item.terms.length === 0 && item.selectors.length === 0) {
      return skip('Bevat niets om over te nemen: geen tekst, geen labels en geen passage.');
    }
    const dropped = [...item.dropped];
    const input = checkedInput(inputOf(item, uuid, parentUuid, dropped), dropped);
    if (typeof input === 'string') return skip(input);
    const label = itemLabel(item);
    plan.create.push({ position: item.position, label, uuid, origin: item.origin, input, isReply: parentUuid !== null, dropped });
    plannedVisibility.set(uuid, visibility);
    if (!parentUuid && typeof input.target !== 'string') {
      countDocument(item, normaliseSource(input.target.source), visibility === 'round');
      if (item.passageLost) plan.lostPassages.push({ position: item.position, label, reason: 'Het bestand wijst de passage alleen aan op een manier die Kantlijn niet kan zoeken (zonder citaat); de opmerking komt bij het hele document.' });
      else if (item.selectors.some((selector) => selector.type === 'TextQuoteSelector')) plan.passagesToCheck += 1;
    }
    return { uuid, skipped: null };
  };

  // Parents before their replies, each item once: follow an item's parents up to one already
  // decided (or none), then decide back down. A chain that comes back on itself is a loop of replies.
  const parentItemOf = (item: ImportItem): ImportItem | undefined => {
    const parent = item.repliesTo ? byForeignId.get(item.repliesTo) : undefined;
    return parent === item ? undefined : parent;
  };
  for (const start of file.items) {
    const chain: ImportItem[] = [];
    const onChain = new Set<ImportItem>();
    let item: ImportItem | undefined = start;
    while (item && !fates.has(item) && !onChain.has(item)) {
      chain.push(item);
      onChain.add(item);
      item = parentItemOf(item);
    }
    const looped = item !== undefined && onChain.has(item);
    for (const next of chain.reverse()) fates.set(next, looped ? skip('Deze reacties reageren in een kring op elkaar.') : decide(next));
  }
  for (const item of file.items) {
    const fate = fates.get(item);
    if (fate?.skipped) plan.skipped.push({ position: item.position, label: itemLabel(item), reason: fate.skipped });
  }
  plan.skipped.sort((a, b) => a.position - b.position);
  plan.documents = [...documents.values()];
  return plan;
}
