import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The built Chrome extension the tests load. */
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Debian's Chromium (or `CHROMIUM_PATH`); the tests never download a browser of their own. */
export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error('No Chromium found: install Debian’s chromium package or set CHROMIUM_PATH.');
  return found;
}

/** The flags every test's Chromium starts with: no sandbox in a container, nothing fetched in the background. */
const QUIET_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A headless Chromium without the extension, as a reader on a managed laptop has it. */
export function launchPlainChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: QUIET_ARGS });
}

/** A Chromium with the built extension loaded, and its background service worker. */
export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  userDataDir: string;
  close(): Promise<void>;
}

/**
 * Launches Chromium headless with the extension; `userDataDir` may be reused to simulate a restart,
 * and `extensionDir` names another copy of the built extension (see `extension-copy.ts`).
 */
export async function launchWithExtension(
  userDataDir = mkdtempSync(path.join(tmpdir(), 'kantlijn-chromium-')),
  extensionDir = EXTENSION_DIR,
): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`The extension is not built at ${extensionDir}: run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...QUIET_ARGS,
    ],
  });
  const worker = await backgroundWorker(context);
  return { context, worker, userDataDir, close: () => context.close() };
}

/**
 * The extension's service worker. It may have registered before we listen for it, or start only
 * later on a busy machine, so this looks and listens in turns until it is there.
 */
async function backgroundWorker(context: BrowserContext): Promise<Worker> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://'));
    if (worker) return worker;
    await context.waitForEvent('serviceworker', { timeout: 1_000 }).catch(() => undefined);
  }
  throw new Error('The extension’s background service worker did not start within 60 s.');
}

/** Stores the extension's settings exactly as the contract's test hook says. */
export async function storeSettings(worker: Worker, settings: { serverUrl: string; token: string; language?: 'nl' | 'en' }): Promise<void> {
  await worker.evaluate(async (value) => {
    const extensionApi = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
    await extensionApi.storage.local.set({ settings: value });
  }, settings);
}

/** The extension's id in this browser (the host of its pages). */
export function extensionId(browser: ExtensionBrowser): string {
  return new URL(browser.worker.url()).host;
}

/**
 * Opens the extension's options page in a new tab. The first load can race the extension's start,
 * so a failed navigation is waited out rather than thrown.
 */
export async function openOptionsPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${extensionId(browser)}/options.html`).catch(() => page.waitForLoadState());
  return page;
}
