import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const FIREFOX_BUILD = path.resolve(import.meta.dirname, '../../../.output/firefox-mv2');
const CANDIDATES = [process.env['FIREFOX_PATH'], '/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Debian's Firefox (ESR), or the one `FIREFOX_PATH` names; `null` when this machine has none. */
export function findFirefox(): string | null {
  return CANDIDATES.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate))) ?? null;
}

/** Firefox with the built Firefox extension installed as a temporary add-on. */
export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://UUID`: fixed for this run, so the test can open the extension's own pages. */
  origin: string;
  /** Opens one of the extension's pages (`options.html`, `viewer.html?file=…`) in a new tab. */
  openExtensionPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts Firefox over WebDriver BiDi (puppeteer-core) and installs `.output/firefox-mv2`. Firefox
 * gives every add-on a random internal UUID; a preference fixes it for the add-on's id, so the
 * extension's pages have a known address. Opening them needs `--remote-allow-system-access`,
 * without which BiDi refuses to navigate to `moz-extension:` pages at all.
 */
export async function launchFirefoxWithExtension(executablePath: string): Promise<FirefoxWithExtension> {
  const manifest = JSON.parse(readFileSync(path.join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const addonId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // A headless browser cannot answer the permission prompt; with this off, Firefox grants an
      // optional permission the add-on asks for (after a user gesture) as if the user had agreed.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    const installed = await browser.installExtension(FIREFOX_BUILD);
    if (installed !== addonId) throw new Error(`Firefox installed ${installed}, expected ${addonId}`);
  } catch (error) {
    // No browser left behind when setting up fails: nothing else holds a reference to it.
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${uuid}`;
  return {
    browser,
    origin,
    async openExtensionPage(file) {
      const page = await browser.newPage();
      // The navigation into the add-on's process is not reported back over BiDi, so `goto` never
      // sees its load event: start it, then wait for the page itself to be there.
      void page.goto(`${origin}/${file}`, { timeout: 0 }).catch(() => undefined);
      await waitFor(() => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false), `${file} did not open`);
      return page;
    },
    close: () => browser.close(),
  };
}

/** Polls `check` until it is true, or fails with `message` after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, message: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out: ${message}`);
}

/** Firefox without any add-on, over WebDriver BiDi: the reader in the browser as a council laptop's Firefox shows it. */
export function launchPlainFirefox(executablePath: string): Promise<Browser> {
  return puppeteer.launch({ browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: { 'intl.accept_languages': 'nl-NL, nl' } });
}

/**
 * Clicks the button in Kantlijn's UI (its open shadow root) that matches `selector` and whose text
 * is `text`, inside the element of `within` when given; false when there is none yet. The click is
 * the element's own, sent in the page: over BiDi a pointer click can land before a re-render moves it.
 */
export function clickInUi(page: Page, selector: string, text: string, within?: string): Promise<boolean> {
  return page.evaluate(
    (wanted, label, scope) => {
      const root = document.querySelector('kantlijn-annotator')?.shadowRoot;
      const container = scope ? root?.querySelector(scope) : root;
      const button = [...(container?.querySelectorAll<HTMLElement>(wanted) ?? [])].find((element) => element.textContent?.trim() === label);
      button?.click();
      return Boolean(button);
    },
    selector,
    text,
    within ?? '',
  );
}
