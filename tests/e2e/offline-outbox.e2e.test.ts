import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationPageSchema } from '../../shared/schemas/annotation';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './support/browser';
import { annotate } from './support/page-actions';
import { startStaticServer } from './support/static-server';
import { annotationAlias } from '../../shared/w3c/read-annotation';

const FIRST = 'De cliëntambassadeurs hebben in deze periode zes bijeenkomsten met jongeren georganiseerd';
const SECOND = 'Drie werkgroepen leverden hun eindresultaten op.';

let temp: ReturnType<typeof createTempDir>;
let site: Awaited<ReturnType<typeof startStaticServer>>;
let token: string;
const running: { server?: ServerProcess; browser?: ExtensionBrowser } = {};

beforeAll(async () => {
  temp = createTempDir('kantlijn-offline-');
  token = addUserWithCli(temp.dir, { role: 'councillor', name: 'Anna de Vries', org: 'Gemeente Woerden' });
  site = await startStaticServer(path.resolve(import.meta.dirname, '../../server/demo/reports'));
});
afterAll(async () => {
  await running.browser?.close();
  await running.server?.stop();
  await site?.close();
  temp?.remove();
});

async function listOnServer(server: ServerProcess, source: string) {
  const response = await fetch(`${server.url}/api/annotations?source=${encodeURIComponent(source)}`, { headers: { Authorization: `Bearer ${token}` } });
  return annotationPageSchema.parse(await response.json()).items;
}

describe('offline: the outbox', () => {
  it('keeps two annotations made while the server is down across a browser restart and sends each once', async () => {
    const reportUrl = `${site.url}/voortgangsrapportage-demo.html`;
    // Learn a port, then stop the server: the extension keeps pointing at it.
    const first = await startServerProcess(temp.dir);
    const port = new URL(first.url).port;
    await first.stop();

    const browser = await launchWithExtension();
    running.browser = browser;
    await storeSettings(browser.worker, { serverUrl: first.url, token });
    const page = await browser.context.newPage();
    await page.goto(reportUrl);
    await page.locator('kantlijn-annotator').waitFor({ state: 'attached' });
    await annotate(page, FIRST, 'Hoeveel jongeren waren er?');
    await expect.poll(() => page.locator('[data-annotation-id]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await annotate(page, SECOND, 'Welke lessen precies?');
    // The page's status line, not the live region that announces what was saved.
    await expect.poll(() => page.getByRole('status').filter({ hasText: '2 opmerkingen wachten' }).count(), { timeout: 15_000 }).toBe(1);

    // Restart the browser with the same profile: the outbox must still be there.
    await browser.close();
    const restarted = await launchWithExtension(browser.userDataDir);
    running.browser = restarted;
    const stored = await restarted.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await api.storage.local.get('outbox')).outbox as { id: string }[];
    });
    expect(stored).toHaveLength(2);

    running.server = await startServerProcess(temp.dir, { PORT: port });
    const again = await restarted.context.newPage();
    await again.goto(reportUrl);
    await expect.poll(async () => (await listOnServer(running.server!, reportUrl)).length, { timeout: 30_000 }).toBe(2);
    await again.reload();
    await expect.poll(() => again.locator('[data-annotation-id]').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);

    const items = await listOnServer(running.server, reportUrl);
    // The server names them by IRI; the outbox by the client's urn:uuid: the same UUIDs.
    expect(items.map((item) => annotationAlias(item.id)).sort()).toEqual(stored.map((entry) => entry.id).sort());
    const remarks = items.map((item) => item.body.find((body) => body.type === 'TextualBody')?.value).sort();
    expect(remarks).toEqual(['Hoeveel jongeren waren er?', 'Welke lessen precies?']);
  });
});
