import { spawnSync } from 'node:child_process';
import type { BenchRunner } from './bench-types';
import { renderSection } from './markdown-table';

/**
 * Bench areas by name, in print order. Add new sections here. Each is imported only when it runs:
 * pdf.js's legacy build, for one, installs polyfills (a slower JSON.stringify among them) that
 * would distort every other section's figures.
 */
const SECTIONS: Record<string, () => Promise<BenchRunner>> = {
  anchoring: async () => (await import('./anchoring-bench')).runAnchoringBench,
  pdf: async () => (await import('./pdf-bench')).runPdfBench,
  digest: async () => (await import('./digest-bench')).runDigestBench,
  load: async () => (await import('./load-bench')).runLoadBench,
  search: async () => (await import('./search-bench')).runSearchBench,
  extension: async () => (await import('./extension-bench')).runExtensionBench,
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !Object.hasOwn(SECTIONS, name));
if (unknown.length > 0) {
  console.error(`Unknown bench section: ${unknown.join(', ')}. Known: ${Object.keys(SECTIONS).join(', ')}.`);
  process.exit(2);
}

if (asked.length === 1) {
  const runSection = await SECTIONS[asked[0]!]!();
  console.log(`${renderSection(await runSection())}\n`);
} else {
  // Each section runs in a Node process of its own, so the heap one section leaves behind (the
  // anchoring corpus, a parsed PDF) cannot slow the next one through garbage collection.
  let failed = false;
  for (const name of asked.length > 0 ? asked : Object.keys(SECTIONS)) {
    const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, name], { stdio: 'inherit' });
    if (child.status !== 0) {
      console.error(`Bench section "${name}" failed (exit ${child.status ?? child.signal}).`);
      failed = true;
    }
  }
  if (failed) process.exit(1);
}
