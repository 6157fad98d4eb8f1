import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe-core finding, as the tests report it. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  targets: string[];
}

/**
 * Runs axe-core on the page (it enters open shadow roots, where Kantlijn's UI lives) and returns
 * every violation, so a test can assert on the serious and critical ones and on named rules.
 * axe is evaluated through the debugging protocol, which an extension page's CSP (no inline
 * scripts) does not stop, so the page is checked exactly as the reader gets it.
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
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

/** Runs axe-core on the page and returns its serious and critical violations as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  return seriousOnes(await axeViolations(page));
}

/** How many CSS pixels the page can be scrolled sideways (0 when it fits the window's width). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
