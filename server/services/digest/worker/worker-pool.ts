import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { makeDigestFile, type DigestFile } from './digest-file';
import type { DigestInput } from '../model/digest-input';
import type { DigestJob, DigestJobResult } from './worker-protocol';
import type { DigestFormat } from '../render/render-digest';

/**
 * Digests with fewer annotations than this are made on the calling thread: a Word file of that
 * size takes up to about 130 ms there, about what starting the worker costs.
 */
export const DEFAULT_WORKER_FROM = 500;

/** Makes digest downloads; large ones on a worker thread. */
export interface DigestWorkerPool {
  render(input: DigestInput, format: DigestFormat): Promise<DigestFile>;
  /** Jobs sent to the worker so far, whether they succeeded or not (for tests and the bench). */
  workerJobs(): number;
  /** Stops the worker, if one runs; jobs still waiting are refused. */
  close(): Promise<void>;
}

const WORKER_URL = new URL(`./worker-thread${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

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

/** A worker thread and the jobs it still owes an answer. */
interface RunningWorker {
  thread: Worker;
  pending: Map<number, { resolve: (file: DigestFile) => void; reject: (error: Error) => void }>;
}

function failAll(running: RunningWorker, error: Error): void {
  for (const job of running.pending.values()) job.reject(error);
  running.pending.clear();
}

/** A Buffer crosses the thread as a plain Uint8Array; make it a Buffer again without copying. */
const asBuffer = (body: string | Uint8Array): string | Buffer =>
  typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);

/**
 * A Word digest of ten thousand annotations takes seconds to build and write. On the server's own
 * thread that would stall every other request (list reads, live updates) for as long, so large
 * digests go to one worker thread, started when first needed and reused; jobs queue there in order.
 * Small digests are made on the calling thread, where they cost less than starting the worker.
 */
export function createDigestWorkerPool(options: { workerFrom?: number } = {}): DigestWorkerPool {
  const workerFrom = options.workerFrom ?? DEFAULT_WORKER_FROM;
  let current: RunningWorker | null = null;
  let nextId = 1;
  let jobsOnWorker = 0;

  const ensureWorker = (): RunningWorker => {
    if (current) return current;
    const running: RunningWorker = { thread: startWorker(), pending: new Map() };
    // Each worker answers only its own jobs: one that stops fails those, never its successor's.
    const lost = (error: Error) => {
      if (current === running) current = null;
      failAll(running, error);
    };
    running.thread.on('message', (result: DigestJobResult) => {
      const job = running.pending.get(result.id);
      if (!job) return;
      running.pending.delete(result.id);
      if ('error' in result) job.reject(new Error(`Het overzicht kon niet worden gemaakt: ${result.error}`));
      else job.resolve({ ...result.file, body: asBuffer(result.file.body) });
      if (running.pending.size === 0) running.thread.unref();
    });
    running.thread.on('error', (error) => lost(new Error(`De overzichtsworker is gestopt: ${error.message}`)));
    running.thread.on('exit', (code) => lost(new Error(`De overzichtsworker is gestopt (code ${code}).`)));
    current = running;
    return running;
  };

  return {
    render(input, format) {
      if (input.annotations.length < workerFrom) return makeDigestFile(input, format);
      const running = ensureWorker();
      const id = nextId++;
      jobsOnWorker += 1;
      return new Promise<DigestFile>((resolve, reject) => {
        running.pending.set(id, { resolve, reject });
        // Held while a job is out, so a script that awaits a digest is not ended under it.
        running.thread.ref();
        try {
          running.thread.postMessage({ id, input, format } satisfies DigestJob);
        } catch (error) {
          running.pending.delete(id);
          if (running.pending.size === 0) running.thread.unref();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
    workerJobs: () => jobsOnWorker,
    async close() {
      const running = current;
      current = null;
      if (!running) return;
      failAll(running, new Error('De server stopt; het overzicht is niet gemaakt.'));
      await running.thread.terminate();
    },
  };
}
