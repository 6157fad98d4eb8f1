import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the server serves the reader's files from (server/routes/reader-paths.ts). */
const BASE = '/lezen/bestanden/';

// Kantlijn's reader in the browser: the extension's own UI and annotator, bundled with the reader's
// host instead of the extension's, as two scripts (web-page copies, PDFs) the server serves itself.
// Built by `npm run build` next to the extension; the server reads the manifest to find the files.
export default defineConfig({
  root,
  base: BASE,
  publicDir: false,
  // React's automatic JSX, as tsconfig.json sets it; ASCII output as for the extension.
  esbuild: { jsx: 'automatic', charset: 'ascii' },
  logLevel: 'warn',
  build: {
    outDir: path.join(root, '.output/reader'),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      input: {
        'html-reader': path.join(root, 'extension/reader/html-reader.ts'),
        'pdf-reader': path.join(root, 'extension/reader/pdf-reader.ts'),
      },
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
});
