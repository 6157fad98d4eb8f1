import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { READER_ASSETS_PATH } from '../routes/reader-paths';

/** Where `npm run build` puts the reader's scripts (extension/reader/vite.config.ts). */
export const DEFAULT_READER_BUILD_DIR = fileURLToPath(new URL('../../.output/reader', import.meta.url));
/** pdf.js's decoders and standard fonts, served to the reader's PDF viewer as the extension ships them. */
const PDFJS_DIR = fileURLToPath(new URL('../../node_modules/pdfjs-dist', import.meta.url));

/** The built reader: the script (and styles) of each kind of page, as URLs under `READER_ASSETS_PATH`. */
export interface ReaderBuild {
  html: { script: string };
  pdf: { script: string; styles: string[] };
  /** Folder URLs for pdf.js (ending in `/`). */
  pdfjs: { wasmUrl: string; standardFontDataUrl: string };
}

interface ManifestEntry {
  file: string;
  css?: string[];
}

/** Reads the build's manifest; null when the reader has not been built (then `/lezen` says so). */
export function loadReaderBuild(dir: string = DEFAULT_READER_BUILD_DIR): ReaderBuild | null {
  const manifestFile = path.join(dir, '.vite/manifest.json');
  if (!existsSync(manifestFile)) return null;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestEntry>;
  const html = manifest['extension/reader/html-reader.ts'];
  const pdf = manifest['extension/reader/pdf-reader.ts'];
  if (!html || !pdf) return null;
  const url = (file: string) => `${READER_ASSETS_PATH}/${file}`;
  return {
    html: { script: url(html.file) },
    pdf: { script: url(pdf.file), styles: (pdf.css ?? []).map(url) },
    pdfjs: { wasmUrl: `${READER_ASSETS_PATH}/pdfjs/wasm/`, standardFontDataUrl: `${READER_ASSETS_PATH}/pdfjs/standard_fonts/` },
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The files of `dir` by name (read once): only these can be asked for, so no path leads elsewhere. */
function filesOf(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => [entry.name, path.join(dir, entry.name)]));
}

/**
 * `/lezen/bestanden/…`: the reader's own scripts and styles (names carry a content hash, so they
 * are cached for a year) and pdf.js's decoders and fonts. Nothing from a CDN.
 */
export function createReaderAssetRoutes(dir: string = DEFAULT_READER_BUILD_DIR) {
  const folders = {
    assets: { from: path.join(dir, 'assets'), maxAge: 31_536_000 },
    'pdfjs/wasm': { from: path.join(PDFJS_DIR, 'wasm'), maxAge: 86_400 },
    'pdfjs/standard_fonts': { from: path.join(PDFJS_DIR, 'standard_fonts'), maxAge: 86_400 },
  } as const;
  const app = new Hono();
  for (const [folder, { from, maxAge }] of Object.entries(folders)) {
    // Listed when first asked for, so a build finished after the server started is found.
    let files: Map<string, string> | null = null;
    app.get(`/${folder}/:name`, (c) => {
      files = files && files.size > 0 ? files : filesOf(from);
      const file = files.get(c.req.param('name'));
      if (!file) return c.text('Niet gevonden / Not found', 404);
      c.header('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
      c.header('Cache-Control', `public, max-age=${maxAge}${maxAge > 86_400 ? ', immutable' : ''}`);
      c.header('X-Content-Type-Options', 'nosniff');
      return c.body(readFileSync(file));
    });
  }
  return app;
}
