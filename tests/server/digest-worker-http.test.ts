import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WORKER_FROM } from '../../server/services/digest/worker/worker-pool';
import { startHttpTestServer, type HttpTestServer } from '../helpers/http-server';
import { sampleAnnotation } from '../helpers/test-app';

const REPORT = 'https://www.svmn.nl/voortgangsrapportage.html';
/** Enough annotations for the server to send the digest to its worker. */
const ANNOTATIONS = DEFAULT_WORKER_FROM + 100;

let server: HttpTestServer;
let secretariat: string;

beforeAll(async () => {
  server = await startHttpTestServer();
  secretariat = server.addUser({ name: 'Sanne Jansen', role: 'secretariat', organisation: 'Secretariaat' });
  const councillor = server.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
  for (let batch = 0; batch < ANNOTATIONS; batch += 50) {
    const statuses = await Promise.all(
      Array.from({ length: 50 }, async (_, n) => {
        const body = sampleAnnotation(REPORT, { body: [{ type: 'TextualBody', value: `Vraag ${batch + n}: wanneer is dit doel bereikt?` }, { type: 'SpecificResource', purpose: 'classifying', source: 'goal-2' }] });
        return (await server.fetch('/api/annotations', { method: 'POST', token: councillor, json: body })).status;
      }),
    );
    expect(statuses.every((status) => status === 201)).toBe(true);
  }
}, 60_000);
afterAll(() => server.close());

describe('a large digest over HTTP', () => {
  it('is made on the digest worker and arrives whole, while the server keeps answering', async () => {
    const digest = server.fetch('/api/digest?format=docx', { token: secretariat }).then(async (response) => ({ response, body: Buffer.from(await response.arrayBuffer()) }));
    const health = server.fetch('/api/health');
    const [made, answered] = await Promise.all([digest, health]);

    expect(made.response.status).toBe(200);
    expect(made.response.headers.get('Content-Disposition')).toMatch(/attachment; filename="kantlijn-digest-alle-opmerkingen-\d{4}-\d{2}-\d{2}\.docx"/);
    const document = await (await JSZip.loadAsync(made.body)).file('word/document.xml')!.async('string');
    expect(document).toContain(`Vraag ${ANNOTATIONS - 1}: wanneer is dit doel bereikt?`);
    expect(server.server.context.digests?.workerJobs()).toBe(1);

    // That the event loop stays free meanwhile is shown in the renderer's own tests and the bench.
    expect(answered.status).toBe(200);
  });

  it('records the download in the audit log like any other', async () => {
    const response = await server.fetch('/api/audit', { token: secretariat });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('digest.download');
    expect(text).toContain('"format":"docx"');
  });
});
