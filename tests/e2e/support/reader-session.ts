import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildTextPdf } from '../../fixtures/pdf/text-pdf';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../../helpers/server-process';
import { createTempDir } from '../../helpers/temp-dir';
import { startStaticServer } from './static-server';

/** A fresh invitation's link (`…/uitnodiging/CODE`), made by the secretariat through the API. */
export async function invitationLink(serverUrl: string, secretariatToken: string, organisation = 'Gemeente Woerden', role = 'councillor'): Promise<string> {
  const response = await fetch(`${serverUrl}/api/invites`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secretariatToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ role, organisation }),
  });
  if (response.status !== 201) throw new Error(`making an invitation failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { link: string }).link;
}

/** The reader's address for a document, as the contract names it. */
export function readerUrl(serverUrl: string, documentUrl: string): string {
  return `${serverUrl}/lezen?url=${encodeURIComponent(documentUrl)}`;
}

/**
 * Signs `name` in for the reader as a person would: a new invitation opened in the browser, the
 * field Naam filled and the button Lezen in de browser chosen (tapped on a touch screen), until the
 * reader's start page is there.
 */
export async function signInThroughInvitation(page: Page, serverUrl: string, secretariatToken: string, name: string, options: { organisation?: string; tap?: boolean } = {}): Promise<void> {
  await page.goto(await invitationLink(serverUrl, secretariatToken, options.organisation));
  await page.getByLabel('Naam').fill(name);
  const button = page.getByRole('button', { name: 'Lezen in de browser' });
  await (options.tap ? button.tap() : button.click());
  await page.waitForURL(/\/lezen$/);
}

/** Opens `documentUrl` (web page or PDF) in the reader and waits until Kantlijn's UI is on it. */
export async function openInReader(page: Page, serverUrl: string, documentUrl: string): Promise<void> {
  await page.goto(readerUrl(serverUrl, documentUrl));
  await page.locator('kantlijn-annotator').waitFor({ state: 'attached', timeout: 30_000 });
}

/** A sentence of the hand-made PDF report (`rapport.pdf`), on one line of its first page. */
export const PDF_SENTENCE = 'Doel 2 is blijvend bouwen aan de samenwerking met de gemeenten in de regio.';
/** Another line of that page. */
export const PDF_OTHER_SENTENCE = 'De regio deelt elk kwartaal wat werkt en wat niet.';

/** The reader's world: a server that may fetch from loopback, a secretariat, and the reports on a site. */
export interface ReaderSetup {
  server: ServerProcess;
  secretariat: string;
  /** The site's address: the demo reports (`voortgangsrapportage-demo.html`) and `rapport.pdf`. */
  siteUrl: string;
  /** The site's folder, where a test may put more reports. */
  siteDir: string;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Starts the real server with `READER_HOSTS=127.0.0.1` (the reports are served on loopback, which
 * the reader refuses unless the host is listed), adds a secretariat, and serves the demo reports
 * and a hand-made PDF report on a static site.
 */
export async function startReaderSetup(prefix: string, serverEnv: Record<string, string> = {}): Promise<ReaderSetup> {
  const temp = createTempDir(prefix);
  const siteDir = path.join(temp.dir, 'site');
  cpSync(path.resolve(import.meta.dirname, '../../../server/demo/reports'), siteDir, { recursive: true });
  writeFileSync(path.join(siteDir, 'rapport.pdf'), buildTextPdf([['Voortgangsrapportage veranderagenda', PDF_SENTENCE, PDF_OTHER_SENTENCE], ['Bijlage: cijfers per gemeente.']], 'reader-e2e'));
  const server = await startServerProcess(temp.dir, { READER_HOSTS: '127.0.0.1', ...serverEnv });
  const secretariat = addUserWithCli(temp.dir, { role: 'secretariat', name: 'Sanne Bakker', org: 'Secretariaat' });
  const site = await startStaticServer(siteDir);
  return {
    server,
    secretariat,
    siteUrl: site.url,
    siteDir,
    dataDir: temp.dir,
    async close() {
      await site.close();
      await server.stop();
      temp.remove();
    },
  };
}
