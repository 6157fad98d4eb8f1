import { performance } from 'node:perf_hooks';
import { buildDigest } from '../../server/services/digest/model/build-digest';
import { makeDigestFile } from '../../server/services/digest/worker/digest-file';
import { createDigestWorkerPool } from '../../server/services/digest/worker/worker-pool';
import { DIGEST_FORMATS, renderDigest } from '../../server/services/digest/render/render-digest';
import { DEFAULT_TAXONOMY } from '../../shared/taxonomy/default-taxonomy';
import { largeDigestInput } from '../fixtures/large-round';
import type { BenchSection } from './bench-types';
import { median } from './statistics';

const ANNOTATIONS = 10_000;

/** Timed runs per step, after one warm-up run: the median is reported. */
const RUNS = 3;


function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

/**
 * How long `work` takes, and the longest the event loop went without running a 5 ms timer meanwhile:
 * what every other request to the server would wait at most.
 */
async function stallDuring(work: () => Promise<unknown>): Promise<{ ms: number; longestStallMs: number }> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  clearInterval(timer);
  longest = Math.max(longest, performance.now() - last);
  return { ms, longestStallMs: longest };
}

/** The digest for a large round: building it, each format, and a Word download on and off the event loop. */
export async function runDigestBench(): Promise<BenchSection> {
  const input = largeDigestInput(ANNOTATIONS);
  const records = input.annotations;
  buildDigest(input);
  const builds = [0, 1, 2].map(() => time(() => buildDigest(input)));
  const digest = builds[0]![0];
  const buildMs = median(builds.map(([, ms]) => ms));
  const rows: (string | number)[][] = [['build (grouping, matrix, sections)', records.length, buildMs.toFixed(0), '—', '—']];
  let docxTotal = buildMs;
  for (const format of DIGEST_FORMATS) {
    let rendered = await renderDigest(digest, format);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      rendered = await renderDigest(digest, format);
      times.push(performance.now() - start);
    }
    const ms = median(times);
    if (format === 'docx') docxTotal += ms;
    rows.push([`render ${format}`, records.length, ms.toFixed(0), `${(Buffer.byteLength(rendered.body) / 1024 / 1024).toFixed(1)} MiB`, '—']);
  }

  const inThread = await stallDuring(() => makeDigestFile(input, 'docx'));
  rows.push(['Word download, on the server thread (build + render)', records.length, inThread.ms.toFixed(0), '—', inThread.longestStallMs.toFixed(0)]);
  const pool = createDigestWorkerPool();
  try {
    // The first job also starts the worker; the second shows the steady state.
    const first = await stallDuring(() => pool.render(input, 'docx'));
    const second = await stallDuring(() => pool.render(input, 'docx'));
    rows.push(['Word download, on the digest worker (first, worker starts)', records.length, first.ms.toFixed(0), '—', first.longestStallMs.toFixed(0)]);
    rows.push(['Word download, on the digest worker (next)', records.length, second.ms.toFixed(0), '—', second.longestStallMs.toFixed(0)]);
  } finally {
    await pool.close();
  }

  return {
    title: 'Digest: 10,000 annotations of one round',
    columns: ['Step', 'Annotations', 'ms', 'Size', 'Longest event-loop stall ms'],
    rows,
    notes: [
      `10,000 annotations (9,000 remarks, 1,000 replies) over 40 documents, linked to all ${DEFAULT_TAXONOMY.terms.length} terms; median of ${RUNS} runs after a warm-up run of each step.`,
      `Target: 10,000 annotations to DOCX in under 3 s — build + DOCX took ${(docxTotal / 1000).toFixed(2)} s: ${docxTotal < 3000 ? 'met' : 'NOT met'}.`,
      'The server makes digests of 500 annotations or more on its digest worker. "Longest event-loop stall" is the longest gap between runs of a 5 ms timer on the server thread meanwhile: how long any other request would have waited. On the worker, the server thread only gathers the input and copies it across.',
    ],
  };
}
