import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { median } from './statistics';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The web-page integration as one classic script (IIFE), built in memory. */
async function integrationScript(): Promise<string> {
  const output = (await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: path.join(ROOT, 'tests/bench/highlight-layer-entry.ts'), formats: ['iife'], name: 'kantlijnBenchBundle', fileName: () => 'bench.js' },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunk = (Array.isArray(output) ? output[0]! : output).output.find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the integration bundle was not built');
  return chunk.code;
}

/**
 * A report page of our own with about `characters` characters of text: paragraphs of ~400
 * characters, each with one numbered finding to annotate (`Bevinding N: …`).
 */
export function longReport(characters: number): string {
  const filler = 'De uitvoering van de acties uit de veranderagenda is in deze periode verder gebracht, in overleg met de gemeenten, de jeugdhulp en de lokale teams. ';
  const paragraphs: string[] = [];
  for (let length = 0, i = 1; length < characters; i++) {
    const text = [`Paragraaf ${i}. ${filler}`, `Bevinding ${i}: de samenwerking met de lokale teams verloopt beter dan vorig jaar.`, ` ${filler}`];
    paragraphs.push(`<p>${text[0]}<em>${text[1]}</em>${text[2]}</p>`);
    length += text.join('').length;
  }
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Lang rapport</title></head><body><h1>Lang rapport</h1>${paragraphs.join('\n')}</body></html>`;
}

/** Opens a page without the extension's content script (it runs on http://127.0.0.1 only) holding `html` and the integration. */
async function pageWith(context: BrowserContext, html: string, script: string): Promise<Page> {
  const page = await context.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  await page.addScriptTag({ content: script });
  return page;
}

/** What the bundled script puts in the page (see highlight-layer-entry.ts). */
interface InPage {
  kantlijnBench: {
    measureUpdates(count: number): Promise<{ characters: number; first: number; add: number[]; edit: number[]; remove: number[] }>;
    measureLongPage(count: number): Promise<{ characters: number; total: number; longest: number; longTasks: number }>;
  };
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

/** Runs one of the in-page measurements on a fresh page of about `characters` characters. */
async function measureInPage<T>(context: BrowserContext, script: string, characters: number, measure: (bench: InPage['kantlijnBench']) => Promise<T>): Promise<T> {
  const page = await pageWith(context, longReport(characters), script);
  try {
    return await page.evaluate(`(${measure.toString()})(globalThis.kantlijnBench)`);
  } finally {
    await page.close();
  }
}

/** The rows of the in-page measurements of the web-page highlight layer. */
export async function highlightLayerRows(context: BrowserContext): Promise<(string | number)[][]> {
  const script = await integrationScript();
  // Per-update cost with 500 annotations shown on a 400,000-character page; 500 on a page of 2 MB.
  const updates = await measureInPage(context, script, 400_000, (bench) => bench.measureUpdates(500));
  const long = await measureInPage(context, script, 2_000_000, (bench) => bench.measureLongPage(500));
  const chars = (value: number) => value.toLocaleString('en-GB');
  return [
    [`500 annotations anchored and drawn on a ${chars(updates.characters)}-character page (integration in the page)`, ms(updates.first)],
    ['one update with those 500 shown: add one (median / slowest of 21)', `${ms(median(updates.add))} / ${ms(Math.max(...updates.add))}`],
    ['same: edit that one so it moves (median / slowest)', `${ms(median(updates.edit))} / ${ms(Math.max(...updates.edit))}`],
    ['same: delete it (median / slowest)', `${ms(median(updates.remove))} / ${ms(Math.max(...updates.remove))}`],
    [`500 annotations on a ${chars(long.characters)}-character page: until all are shown`, ms(long.total)],
    ['same: longest task meanwhile (PerformanceObserver "longtask"; 0 = none over 50 ms)', `${ms(long.longest)} (${long.longTasks} long tasks)`],
  ];
}
