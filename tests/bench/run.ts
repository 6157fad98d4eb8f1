import { runAnchoringBench } from './anchoring-bench';
import { runDigestBench } from './digest-bench';
import { runExtensionBench } from './extension-bench';
import { runLoadBench } from './load-bench';
import { runPdfBench } from './pdf-bench';
import type { BenchRunner } from './bench-types';
import { renderSection } from './markdown-table';

/** Bench areas, in print order. Add new sections here. */
const SECTIONS: BenchRunner[] = [runAnchoringBench, runPdfBench, runDigestBench, runLoadBench, runExtensionBench];

for (const runSection of SECTIONS) {
  const section = await runSection();
  console.log(`${renderSection(section)}\n`);
}
