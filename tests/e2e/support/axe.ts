import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One axe-core finding, as the tests report it. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  targets: string[];
}

/**
 * Runs axe-core on the page (it enters open shadow roots, where Kantlijn's UI lives) and returns
 * every violation, so a test can assert on the serious and critical ones and on named rules.
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }> };
    const axe = (window as unknown as { axe: { run(context: Document): Promise<Result> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => JSON.stringify(node.target)) }));
  });
}

/** The serious and critical violations, one line each. */
export function seriousOnes(findings: readonly AxeFinding[]): string[] {
  return findings.filter((finding) => finding.impact === 'serious' || finding.impact === 'critical').map((finding) => `${finding.id}: ${finding.targets.join(', ')}`);
}
