import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { addUserWithCli, startServerProcess } from '../helpers/server-process';
import { EXTENSION_DIR, launchWithExtension, storeSettings } from '../e2e/support/browser';
import { startStaticServer } from '../e2e/support/static-server';
import type { BenchSection } from './bench-types';
import { highlightLayerRows } from './highlight-layer-bench';

const HIGHLIGHTS = 500;

/** A long report page of our own: 500 numbered paragraphs, each with one sentence to annotate. */
function reportPage(): string {
  const paragraphs = Array.from(
    { length: HIGHLIGHTS },
    (_, i) =>
      `<p>Paragraaf ${i + 1}. De uitvoering van actie ${(i % 12) + 1} is in deze periode verder gebracht. <em>Bevinding ${i + 1}: de samenwerking met de lokale teams verloopt beter dan vorig jaar.</em> Wij blijven dit volgen in de volgende rapportage.</p>`,
  );
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Lang rapport</title></head><body><h1>Voortgangsrapportage (lang)</h1>${paragraphs.join('\n')}</body></html>`;
}

/** Time from navigation until all 500 highlights are in the page, and the content script's size. */
export async function runExtensionBench(): Promise<BenchSection> {
  const work = mkdtempSync(path.join(tmpdir(), 'kantlijn-ext-bench-'));
  const site = path.join(work, 'site');
  mkdirSync(site);
  writeFileSync(path.join(site, 'lang.html'), reportPage());
  const dataDir = path.join(work, 'data');
  const token = addUserWithCli(dataDir, { role: 'councillor', name: 'Bench', org: 'Gemeente Woerden' });
  const server = await startServerProcess(dataDir);
  const pages = await startStaticServer(site);
  const url = `${pages.url}/lang.html`;
  const browser = await launchWithExtension();
  try {
    for (let i = 0; i < HIGHLIGHTS; i++) {
      const response = await fetch(`${server.url}/api/annotations`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          type: 'Annotation',
          motivation: 'commenting',
          body: { type: 'TextualBody', value: `Opmerking ${i + 1}` },
          target: { source: url, selector: [{ type: 'TextQuoteSelector', exact: `Bevinding ${i + 1}: de samenwerking met de lokale teams verloopt beter dan vorig jaar.` }] },
        }),
      });
      if (response.status !== 201) throw new Error(`seeding failed: ${response.status}`);
    }
    await storeSettings(browser.worker, { serverUrl: server.url, token });
    const page = await browser.context.newPage();
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = Date.now();
      await page.goto(url);
      await page.waitForFunction((count) => new Set([...document.querySelectorAll('[data-annotation-id]')].map((mark) => mark.getAttribute('data-annotation-id'))).size >= count, HIGHLIGHTS, { timeout: 60_000, polling: 20 });
      times.push(Date.now() - started);
    }
    await page.close();
    const layerRows = await highlightLayerRows(browser.context);
    const script = readFileSync(path.join(EXTENSION_DIR, 'content-scripts/annotator.js'));
    const median = [...times].sort((a, b) => a - b)[1]!;
    return {
      title: 'Extension: highlights on web pages (Chromium)',
      columns: ['Measure', 'Value'],
      rows: [
        ['500 highlights placed after navigation (median of 3 loads)', `${median} ms`],
        ['all three loads', times.map((time) => `${time} ms`).join(', ')],
        ...layerRows,
        ['content script (annotator.js), as loaded', `${(script.length / 1024).toFixed(0)} KiB`],
        ['content script, gzip', `${(gzipSync(script).length / 1024).toFixed(0)} KiB`],
      ],
      notes: [
        'First two rows: the built extension; time includes loading the page, fetching the 500 annotations through the background, anchoring and highlighting them; the page has 500 paragraphs of its own. Target < 150 ms.',
        'The next rows run the web-page integration (extension/annotator/html-integration.ts, bundled as it is for the content script) in a plain page, timed there with performance.now(): an update is one showAnnotations call with 501 or 500 annotations (target < 5 ms); it leaves out the sidebar re-rendering its list.',
        'Long page: 500 annotations (quote selectors only, so each is searched for in 2 MB) on a page of 2,500 paragraphs; the longest task counts from the first call on, not the page\'s own parsing (target: no task over 50 ms).',
      ],
    };
  } finally {
    await browser.close();
    await pages.close();
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
