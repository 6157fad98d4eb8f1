import { parentPort } from 'node:worker_threads';
import { makeDigestFile } from './digest-file';
import type { DigestJob, DigestJobResult } from './worker-protocol';

// The digest worker: builds and renders one digest per message, off the server's event loop.
// Jobs arrive one after another; each answer carries the job's id.
const port = parentPort;
if (!port) throw new Error('worker-thread draait alleen als worker thread.');

port.on('message', (job: DigestJob) => {
  makeDigestFile(job.input, job.format).then(
    (file) => {
      // Hand the Word file's memory over instead of copying it, when it owns all of that memory.
      const body = file.body;
      const transfer = typeof body !== 'string' && body.byteOffset === 0 && body.byteLength === body.buffer.byteLength && body.buffer instanceof ArrayBuffer ? [body.buffer] : [];
      port.postMessage({ id: job.id, file } satisfies DigestJobResult, transfer);
    },
    (error: unknown) => port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies DigestJobResult),
  );
});
