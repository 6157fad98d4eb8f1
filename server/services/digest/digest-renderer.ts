import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { makeDigestFile, type DigestFile } from './digest-job';
import type { DigestInput } from './digest-input';
import type { DigestJob, DigestJobResult } from './digest-worker-protocol';
import type { DigestFormat } from './render-digest';

/** Digests with fewer annotations than this are made on the calling thread (a few tens of ms). */
export const DEFAULT_WORKER_FROM = 500;

/** Makes digest downloads; large ones on a worker thread. */
export interface DigestRenderer {
  render(input: DigestInput, format: DigestFormat): Promise<DigestFile>;
  /** Digests made on the worker so far (for tests and the bench). */
  workerJobs(): number;
  /** Stops the worker, if one runs; jobs still waiting are refused. */
  close(): Promise<void>;
}

const WORKER_URL = new URL(`./digest-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * The ES module entry of tsx's API, read from its package exports: `require.resolve` would give the
 * CommonJS entry, whose `register()` cannot install the hooks in a worker.
 */
function tsxEsmApiUrl(): string {
  const manifestFile = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(path.join(path.dirname(manifestFile), manifest.exports['./esm/api']!.import.default)).href;
}

/**
 * Starts the worker. Run from TypeScript sources (`tsx`), the worker thread does not inherit the
 * loader's hooks in time for its first module, so a two-line bootstrap registers tsx in the thread
 * and then imports the worker module.
 */
function startWorker(): Worker {
  if (!WORKER_URL.pathname.endsWith('.ts')) return new Worker(WORKER_URL);
  const tsxApi = tsxEsmApiUrl();
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/**
 * A Word digest of ten thousand annotations takes seconds to build and write. On the server's own
 * thread that would stall every other request (list reads, live updates) for as long, so large
 * digests go to one worker thread, started when first needed and reused; jobs queue there in order.
 * Small digests are made on the calling thread, where they cost less than starting the worker.
 */
export function createDigestRenderer(options: { workerFrom?: number } = {}): DigestRenderer {
  const workerFrom = options.workerFrom ?? DEFAULT_WORKER_FROM;
  const pending = new Map<number, { resolve: (file: DigestFile) => void; reject: (error: Error) => void }>();
  let worker: Worker | null = null;
  let nextId = 1;
  let jobsOnWorker = 0;

  const failAll = (error: Error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const started = startWorker();
    started.on('message', (result: DigestJobResult) => {
      const job = pending.get(result.id);
      if (!job) return;
      pending.delete(result.id);
      if ('error' in result) job.reject(new Error(`Het overzicht kon niet worden gemaakt: ${result.error}`));
      // A Buffer crosses the thread as a plain Uint8Array; make it a Buffer again without copying.
      else job.resolve({ ...result.file, body: typeof result.file.body === 'string' ? result.file.body : Buffer.from(result.file.body.buffer, result.file.body.byteOffset, result.file.body.byteLength) });
      if (pending.size === 0) started.unref();
    });
    const lost = (error: Error) => {
      if (worker === started) worker = null;
      failAll(error);
    };
    started.on('error', (error) => lost(new Error(`De overzichtsworker is gestopt: ${error.message}`)));
    started.on('exit', (code) => lost(new Error(`De overzichtsworker is gestopt (code ${code}).`)));
    worker = started;
    return started;
  };

  return {
    render(input, format) {
      if (input.annotations.length < workerFrom) return makeDigestFile(input, format);
      const target = ensureWorker();
      const id = nextId++;
      jobsOnWorker += 1;
      return new Promise<DigestFile>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        // Held while a job is out, so a script that awaits a digest is not ended under it.
        target.ref();
        target.postMessage({ id, input, format } satisfies DigestJob);
      });
    },
    workerJobs: () => jobsOnWorker,
    async close() {
      const running = worker;
      worker = null;
      failAll(new Error('De server stopt; het overzicht is niet gemaakt.'));
      if (running) await running.terminate();
    },
  };
}
