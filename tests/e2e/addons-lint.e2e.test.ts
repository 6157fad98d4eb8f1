import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/browser';

const FIREFOX_DIR = path.join(path.dirname(EXTENSION_DIR), 'firefox-mv2');
const LINTER = path.resolve('node_modules/.bin/addons-linter');

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

/**
 * What Mozilla's linter reports about code Kantlijn bundles but did not write, by exact code and file.
 * react-dom (content script and the chunk the options page shares): it assigns innerHTML only for
 * `dangerouslySetInnerHTML`, which Kantlijn never uses, and once a constant `<script></script>`.
 * pdf.js (viewer chunk and its worker): it tests once whether `new Function` is allowed, for faster
 * font drawing, and falls back when the CSP forbids it, as the extension's does; and it imports its
 * worker and decoders by a computed address inside the extension.
 */
const THIRD_PARTY: { code: string; file: RegExp; count: number }[] = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^content-scripts\/annotator\.js$/, count: 2 },
  // The shared chunk is named after whichever module Rollup puts first; what it holds is checked below.
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/(?!viewer-)[\w-]+\.js$/, count: 2 },
  { code: 'DANGEROUS_EVAL', file: /^chunks\/viewer-[\w-]+\.js$/, count: 1 },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/viewer-[\w-]+\.js$/, count: 1 },
  { code: 'DANGEROUS_EVAL', file: /^assets\/pdf\.worker\.min-[\w-]+\.mjs$/, count: 2 },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^assets\/pdf\.worker\.min-[\w-]+\.mjs$/, count: 1 },
];

function isThirdParty(message: LintMessage): boolean {
  return THIRD_PARTY.some((known) => known.code === message.code && known.file.test(message.file ?? ''));
}

describe('the Firefox package, as addons.mozilla.org checks it', () => {
  it('has no errors and no warnings but the listed ones from bundled libraries', async () => {
    // The linter exits non-zero when it finds errors; the JSON on stdout is what counts.
    const { stdout } = await promisify(execFile)(LINTER, ['--output', 'json', FIREFOX_DIR]).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors).toEqual([]);
    expect(report.warnings.filter((warning) => !isThirdParty(warning))).toEqual([]);
    // Exact counts, so a new innerHTML or eval in the same files is noticed too.
    for (const known of THIRD_PARTY) {
      const found = report.warnings.filter((warning) => warning.code === known.code && known.file.test(warning.file ?? ''));
      expect(found.length, `${known.code} in ${String(known.file)}`).toBe(known.count);
    }
    // A warning allowed in a shared chunk is react-dom's only if that chunk is react-dom's.
    for (const warning of report.warnings.filter((item) => /^chunks\/(?!viewer-)/.test(item.file ?? ''))) {
      expect(readFileSync(path.join(FIREFOX_DIR, warning.file ?? ''), 'utf8'), warning.file).toContain('react.dev/errors');
    }
  });
});
