import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { openDatabase } from '../../server/db/database';
import type { AnnotationRecord } from '../../server/db/annotation-row';
import { bootstrap } from '../../server/services/bootstrap';
import { createUserWithToken } from '../../server/services/users-service';
import type { BenchSection } from './bench-types';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOCUMENTS = 500;
const PER_DOCUMENT = 200;
const PAGE = 100;
const DURATION_S = 8;

/** Fills a database with 100,000 annotations over 500 documents, straight through the repository. */
export function seed(dataDir: string): { token: string; source: string } {
  const db = openDatabase(dataDir);
  bootstrap(db, new Date());
  const { user, token } = createUserWithToken(db, { name: 'Bench', role: 'councillor', organisation: 'Gemeente Woerden' }, new Date());
  const author = { ...user, deleted: false };
  db.transaction(() => {
    for (let document = 0; document < DOCUMENTS; document++) {
      const source = `https://www.svmn.nl/rapport-${document}.html`;
      for (let n = 0; n < PER_DOCUMENT; n++) {
        const uuid = randomUUID();
        const at = new Date(Date.UTC(2026, 0, 1) + (document * PER_DOCUMENT + n) * 1000).toISOString();
        const record: AnnotationRecord = {
          seq: 0, uuid, id: `urn:uuid:${uuid}`, source, parentUuid: null, roundId: null,
          motivation: 'commenting', kind: 'question', visibility: 'round', audienceOrganisation: author.organisation,
          body: [{ type: 'TextualBody', value: `Vraag ${n} bij dit rapport: hoe wordt dit gemeten en wanneer is het doel bereikt?` }, { type: 'SpecificResource', purpose: 'classifying', source: 'goal-2' }],
          target: { source, selector: [{ type: 'TextQuoteSelector', exact: `Passage ${n} uit de voortgangsrapportage over de veranderagenda.`, prefix: 'In deze periode ', suffix: ' Daarna volgt' }, { type: 'TextPositionSelector', start: n * 100, end: n * 100 + 60 }] },
          termIds: ['goal-2'], version: 1, created: at, modified: at, deletedAt: null, hidden: null, author, response: null,
        };
        db.annotations.insert(record);
      }
    }
  });
  db.close();
  return { token, source: 'https://www.svmn.nl/rapport-250.html' };
}

function startProcess(args: string[], env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = ready.exec(output)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ ...options, duration: DURATION_S }, (error, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)));
  });
}

/** GET of one document's annotations, POST of new ones, and a bare route with the same bytes. */
export async function runLoadBench(): Promise<BenchSection> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kantlijn-load-'));
  const { token, source } = seed(dataDir);
  const server = await startProcess(['server/main.ts'], { PORT: '0', DATA_DIR: dataDir, RATE_LIMIT: '0' }, /draait op (http:\/\/\S+)/);
  const listPath = `/api/annotations?source=${encodeURIComponent(source)}&limit=${PAGE}`;
  const headers = { Authorization: `Bearer ${token}` };
  try {
    const sample = await (await fetch(`${server.url}${listPath}`, { headers })).text();
    const bare = await startProcess(['tests/bench/bare-server.ts'], { BODY: sample }, /listening on (http:\/\/\S+)/);
    try {
      const rows: (string | number)[][] = [];
      const results: Record<string, autocannon.Result> = {};
      for (const connections of [20, 50]) {
        const kantlijn = await run({ url: `${server.url}${listPath}`, connections, headers });
        const plain = await run({ url: `${bare.url}/`, connections });
        results[`get${connections}`] = kantlijn;
        results[`bare${connections}`] = plain;
        rows.push([`GET ${PAGE} of ${PER_DOCUMENT} annotations`, connections, kantlijn.latency.p50, kantlijn.latency.p99, Math.round(kantlijn.requests.average), Math.round(plain.requests.average), (kantlijn.requests.average / plain.requests.average).toFixed(2), kantlijn.non2xx]);
      }
      // The same reads with the page cache off: what a read costs when its page must be rendered.
      const uncachedServer = await startProcess(['server/main.ts'], { PORT: '0', DATA_DIR: dataDir, RATE_LIMIT: '0', PAGE_CACHE_MB: '0' }, /draait op (http:\/\/\S+)/);
      try {
        const uncached = await run({ url: `${uncachedServer.url}${listPath}`, connections: 20, headers });
        const plain = results['bare20']!;
        rows.push([`GET ${PAGE} of ${PER_DOCUMENT}, page cache off`, 20, uncached.latency.p50, uncached.latency.p99, Math.round(uncached.requests.average), Math.round(plain.requests.average), (uncached.requests.average / plain.requests.average).toFixed(2), uncached.non2xx]);
      } finally {
        uncachedServer.child.kill();
      }
      const body = JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', motivation: 'commenting', body: { type: 'TextualBody', value: 'Belastingtest' }, target: { source, selector: [{ type: 'TextQuoteSelector', exact: 'Passage' }] } });
      const posted = await run({ url: `${server.url}/api/annotations`, method: 'POST', connections: 20, headers: { ...headers, 'Content-Type': 'application/json' }, body });
      rows.push(['POST new annotation', 20, posted.latency.p50, posted.latency.p99, Math.round(posted.requests.average), '—', '—', posted.non2xx]);
      const get20 = results['get20']!;
      return {
        title: 'HTTP load: 100,000 annotations over 500 documents (server on loopback, autocannon)',
        columns: ['Request', 'Connections', 'p50 ms', 'p99 ms', 'Kantlijn req/s', 'Bare route req/s', 'Ratio', 'Non-2xx'],
        rows,
        notes: [
          `${DURATION_S} s per row; the server and the load generator share the machine's 2 cores. The bare route is a Hono app on @hono/node-server returning the same ${Buffer.byteLength(sample).toLocaleString('en')} bytes, kept encoded as Kantlijn keeps its cached pages.`,
          'Kantlijn keeps each rendered page per reader and document until something on that document changes (PAGE_CACHE_MB); the "page cache off" row renders every read from the database, as the first read after a change does.',
          `Target p99 < 25 ms at 20 connections: ${get20.latency.p99} ms — ${get20.latency.p99 < 25 ? 'met' : 'NOT met'}. Target ratio ≥ 0.5: ${rows[0]![6]} — ${Number(rows[0]![6]) >= 0.5 ? 'met' : 'NOT met'}.`,
        ],
      };
    } finally {
      bare.child.kill();
    }
  } finally {
    server.child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
