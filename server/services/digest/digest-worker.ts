import { parentPort } from 'node:worker_threads';
import { makeDigestFile } from './digest-job';
import type { DigestJob, DigestJobResult } from './digest-worker-protocol';

// The digest worker: builds and renders one digest per message, off the server's event loop.
// Jobs arrive one after another; each answer carries the job's id.
const port = parentPort;
if (!port) throw new Error('digest-worker draait alleen als worker thread.');

port.on('message', (job: DigestJob) => {
  makeDigestFile(job.input, job.format).then(
    (file) => port.postMessage({ id: job.id, file } satisfies DigestJobResult),
    (error: unknown) => port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies DigestJobResult),
  );
});
