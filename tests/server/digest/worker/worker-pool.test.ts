import { afterEach, describe, expect, it } from 'vitest';
import { makeDigestFile } from '../../../../server/services/digest/worker/digest-file';
import { createDigestWorkerPool, type DigestWorkerPool } from '../../../../server/services/digest/worker/worker-pool';
import type { DigestInput } from '../../../../server/services/digest/model/digest-input';
import { largeDigestInput } from '../../../fixtures/large-round';
import { buildFixture } from '../support/digest-fixture';
import { docxParagraphs, docxPart } from '../support/digest-test-helpers';

let pool: DigestWorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

/** A pool that sends every digest to the worker, however small. */
const onWorker = () => (pool = createDigestWorkerPool({ workerFrom: 0 }));

describe('digest pool', () => {
  it('makes the same files on the worker as on the calling thread', async () => {
    const { input } = buildFixture();
    const worker = onWorker();
    for (const format of ['md', 'html', 'csv', 'json'] as const) {
      const [there, here] = await Promise.all([worker.render(input, format), makeDigestFile(input, format)]);
      expect(there).toEqual(here);
    }
    expect(worker.workerJobs()).toBe(4);
  });

  it('returns a Word file from the worker as a Buffer with the same paragraphs', async () => {
    const { input } = buildFixture();
    const there = await onWorker().render(input, 'docx');
    const here = await makeDigestFile(input, 'docx');
    expect(Buffer.isBuffer(there.body)).toBe(true);
    expect(there.fileName).toBe(here.fileName);
    const paragraphs = docxParagraphs(await docxPart(there.body as Buffer, 'word/document.xml'));
    expect(paragraphs.length).toBeGreaterThan(100);
    expect(paragraphs).toEqual(docxParagraphs(await docxPart(here.body as Buffer, 'word/document.xml')));
  });

  it('keeps small digests on the calling thread and sends large ones to the worker', async () => {
    pool = createDigestWorkerPool({ workerFrom: 100 });
    await pool.render(buildFixture().input, 'csv');
    expect(pool.workerJobs()).toBe(0);
    const input = largeDigestInput(150);
    const large = await pool.render(input, 'csv');
    expect(pool.workerJobs()).toBe(1);
    expect(large).toEqual(await makeDigestFile(input, 'csv'));
  });

  it('lets the event loop run while the worker writes a large Word digest', async () => {
    const input = largeDigestInput(2_000);
    const worker = onWorker();
    await worker.render(buildFixture().input, 'md'); // the worker is up before the clock starts
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    const file = await worker.render(input, 'docx');
    clearInterval(timer);
    expect(Buffer.isBuffer(file.body)).toBe(true);
    // On the calling thread the timer could not run at all until the document was done.
    expect(ticks).toBeGreaterThan(0);
  });

  it('refuses a job that fails with the reason, and goes on with the next one', async () => {
    const worker = onWorker();
    const broken = { ...buildFixture().input, taxonomy: null } as unknown as DigestInput;
    await expect(worker.render(broken, 'md')).rejects.toThrow(/Het overzicht kon niet worden gemaakt/);
    const file = await worker.render(buildFixture().input, 'md');
    expect(String(file.body)).toContain('Gezamenlijke feedback');
  });

  it('refuses jobs still waiting when it is closed, instead of leaving them hanging', async () => {
    const worker = onWorker();
    const refused = expect(worker.render(largeDigestInput(2_000), 'docx')).rejects.toThrow(/stopt|gestopt/);
    await worker.close();
    await refused;
  });

  it('does not let a stopping worker fail jobs already sent to the one after it', async () => {
    const worker = onWorker();
    const { input } = buildFixture();
    await worker.render(input, 'md');
    const closing = worker.close(); // the old worker's exit comes later, after the next job is sent
    const next = worker.render(input, 'md');
    await closing;
    expect(String((await next).body)).toContain('Gezamenlijke feedback');
  });

  it('refuses input that cannot be sent to the worker, at once and with the reason', async () => {
    const worker = onWorker();
    const unsendable = { ...buildFixture().input, title: () => 'geen tekst' } as unknown as DigestInput;
    await expect(worker.render(unsendable, 'md')).rejects.toThrow(/could not be cloned|clone/i);
    expect(String((await worker.render(buildFixture().input, 'md')).body)).toContain('Gezamenlijke feedback');
  });
});
