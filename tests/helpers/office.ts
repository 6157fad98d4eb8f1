import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

const SOFFICE = [process.env['SOFFICE_PATH'], '/usr/bin/soffice', '/usr/bin/libreoffice'];

/** LibreOffice (Debian's `libreoffice-writer-nogui`), or the one `SOFFICE_PATH` names; null when absent. */
export function findSoffice(): string | null {
  return SOFFICE.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate))) ?? null;
}

/** Whether poppler's `pdftotext` and `pdfinfo` (Debian's `poppler-utils`) are there. */
export function hasPoppler(): boolean {
  return existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');
}

/**
 * Converts a Word file to PDF with LibreOffice, as a Word user's word processor lays it out. A
 * profile folder of its own keeps this conversion apart from any other LibreOffice running.
 */
export async function wordToPdf(soffice: string, docx: Buffer, dir: string, name = 'digest'): Promise<string> {
  const input = path.join(dir, `${name}.docx`);
  writeFileSync(input, docx);
  const profile = pathToFileURL(path.join(dir, `profile-${name}`)).href;
  await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], { timeout: 110_000 });
  const output = path.join(dir, `${name}.pdf`);
  if (!existsSync(output)) throw new Error(`LibreOffice maakte geen PDF van ${input}`);
  return output;
}

/** The PDF's pages as text, laid out as on the page (`pdftotext -layout`), one string per page. */
export async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages = stdout.split('\f');
  // pdftotext ends the last page with a form feed too.
  return pages.at(-1)?.trim() === '' ? pages.slice(0, -1) : pages;
}

/** Width and height of one page, in points. */
export async function pdfPageSize(pdf: string, page: number): Promise<{ width: number; height: number }> {
  const { stdout } = await run('pdfinfo', ['-f', String(page), '-l', String(page), pdf]);
  const match = /Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)/.exec(stdout);
  if (!match) throw new Error(`geen paginagrootte in: ${stdout}`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** The PDF file's bytes, for a check that it is one. */
export const pdfBytes = (pdf: string): Buffer => readFileSync(pdf);
