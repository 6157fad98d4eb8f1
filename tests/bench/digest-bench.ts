import { performance } from 'node:perf_hooks';
import type { AnnotationRecord } from '../../server/db/annotation-row';
import { buildDigest } from '../../server/services/digest/build-digest';
import { DIGEST_FORMATS, renderDigest } from '../../server/services/digest/render-digest';
import { DEFAULT_TAXONOMY } from '../../shared/taxonomy/default-taxonomy';
import type { BenchSection } from './bench-types';

const ANNOTATIONS = 10_000;
const ROLES = ['councillor', 'partner', 'secretariat', 'respondent'] as const;
const KINDS = ['question', 'concern', 'suggestion', 'appreciation', 'dilemma', null] as const;

/** A deterministic round's worth of remarks: 10,000 over 40 documents, every tenth a reply. */
function makeRecords(): AnnotationRecord[] {
  const terms = DEFAULT_TAXONOMY.terms.map((term) => term.id);
  const records: AnnotationRecord[] = [];
  for (let i = 0; i < ANNOTATIONS; i++) {
    const uuid = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const role = ROLES[i % ROLES.length]!;
    const parent = i % 10 === 9 ? records[i - 1 - (i % 7)] : undefined;
    const source = `https://www.svmn.nl/rapport-${i % 40}.html`;
    const at = new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString();
    records.push({
      seq: i + 1,
      uuid,
      id: `urn:uuid:${uuid}`,
      source: parent?.source ?? source,
      parentUuid: parent?.uuid ?? null,
      roundId: 'round-1',
      motivation: parent ? 'replying' : 'commenting',
      kind: parent ? null : KINDS[i % KINDS.length]!,
      visibility: 'round',
      audienceOrganisation: 'Gemeente Woerden',
      body: [
        { type: 'TextualBody', value: `Opmerking ${i}: hoe draagt deze actie bij aan het doel, en wanneer is zij geslaagd? Graag een toelichting in de volgende rapportage.` },
        ...(parent ? [] : [{ type: 'SpecificResource' as const, purpose: 'classifying' as const, source: terms[i % terms.length]! }]),
      ],
      target: parent ? parent.id : { source, selector: [{ type: 'TextQuoteSelector', exact: `De uitvoering van actie ${i % 12} ligt op schema, maar de effecten zijn nog niet zichtbaar.`, prefix: 'In deze periode is gewerkt aan de veranderagenda. ', suffix: ' Wij rapporteren daarover in het voorjaar.' }] },
      termIds: parent ? [] : [terms[i % terms.length]!],
      version: 1,
      created: at,
      modified: at,
      deletedAt: null,
      hidden: null,
      author: { id: `user-${i % 60}`, name: `Deelnemer ${i % 60}`, role, organisation: `Organisatie ${i % 12}`, deleted: false },
      response: null,
    });
  }
  return records;
}

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

/** The digest for a large round: building it, then each format, timed on one run after a warm-up. */
export async function runDigestBench(): Promise<BenchSection> {
  const records = makeRecords();
  const input = {
    title: 'Benchmark',
    round: null,
    period: { from: null, to: null },
    generatedAt: '2026-11-23T12:00:00.000Z',
    taxonomy: DEFAULT_TAXONOMY,
    annotations: records,
    responses: new Map(),
    anchorStates: new Map(),
    pseudonymise: false,
  };
  buildDigest(input);
  const [digest, buildMs] = time(() => buildDigest(input));
  const rows: (string | number)[][] = [['build (grouping, matrix, sections)', records.length, buildMs.toFixed(0), '—']];
  let docxTotal = buildMs;
  for (const format of DIGEST_FORMATS) {
    const start = performance.now();
    const rendered = await renderDigest(digest, format);
    const ms = performance.now() - start;
    if (format === 'docx') docxTotal += ms;
    rows.push([`render ${format}`, records.length, ms.toFixed(0), `${(Buffer.byteLength(rendered.body) / 1024 / 1024).toFixed(1)} MiB`]);
  }
  return {
    title: 'Digest: 10,000 annotations of one round',
    columns: ['Step', 'Annotations', 'ms', 'Size'],
    rows,
    notes: [
      `10,000 annotations (9,000 remarks, 1,000 replies) over 40 documents, linked to all ${DEFAULT_TAXONOMY.terms.length} terms; one run after a warm-up build.`,
      `Target: 10,000 annotations to DOCX in under 3 s — build + DOCX took ${(docxTotal / 1000).toFixed(2)} s: ${docxTotal < 3000 ? 'met' : 'NOT met'}.`,
    ],
  };
}
