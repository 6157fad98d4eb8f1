import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { seedDemo } from '../demo/demo-data';
import { createEventBus } from '../services/event-bus';
import { startServer } from '../start-server';

const REPORTS = path.resolve(import.meta.dirname, '../demo/reports');
const EXTENSION = path.resolve('.output/chrome-mv3');
const BROWSERS = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Serves the demo reports on a free loopback port (the annotator runs there by itself). */
async function serveReports(): Promise<string> {
  const server = createServer((request, response) => {
    const name = path.basename(new URL(request.url ?? '/', 'http://localhost').pathname) || 'voortgangsrapportage-demo.html';
    readFile(path.join(REPORTS, name)).then(
      (content) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(content),
      () => response.writeHead(404).end('Niet gevonden'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * `npm run demo`: a server on a fresh database with a demo round, one person per role and a few
 * remarks, the demo report on loopback, and — when a display and Chromium are there — Chromium with
 * the built extension, signed in as the councillor, on the report.
 */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kantlijn-demo-'));
  const server = await startServer({ PORT: Number(process.env['PORT'] ?? 0), HOST: '127.0.0.1', DATA_DIR: dataDir, dataDir, RATE_LIMIT: 0 }, createEventBus());
  const reports = await serveReports();
  const reportUrl = `${reports}/voortgangsrapportage-demo.html`;
  const people = seedDemo(server.db, server.context, reportUrl);
  console.log(`Kantlijn-demo: server ${server.url}, database ${dataDir}`);
  console.log(`Demorapport: ${reportUrl}`);
  console.log(`Dashboard: ${server.url}/dashboard (token secretariaat hieronder)`);
  for (const [role, token] of Object.entries(people)) console.log(`  ${role.padEnd(12)} ${token}`);

  const browserPath = BROWSERS.find((candidate) => candidate && existsSync(candidate));
  if (!process.env['DISPLAY'] || !browserPath || !existsSync(EXTENSION)) {
    console.log('Geen scherm of Chromium gevonden: laad de extensie zelf (zie README) en vul server-URL en een token in.');
    return;
  }
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'kantlijn-demo-browser-')), {
    executablePath: browserPath,
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (settings) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ settings });
  }, { serverUrl: server.url, token: people.councillor });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(reportUrl);
  console.log('Chromium is geopend als raadslid Anna de Vries. Sluit het venster of druk Ctrl+C om te stoppen.');
  context.on('close', () => process.exit(0));
}

void main();
