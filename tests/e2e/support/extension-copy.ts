import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTempDir } from '../../helpers/temp-dir';
import { EXTENSION_DIR } from './browser';

/**
 * A copy of the built Chrome extension in a temporary folder with its manifest changed by
 * `change` and, optionally, `backgroundPrelude` run before the background script, for tests that
 * need a path the real build does not open (a web page that may message the extension). The
 * manifest's key stays, so the copy has the same extension id.
 */
export function extensionCopy(change: (manifest: Record<string, unknown>) => void, backgroundPrelude = ''): { dir: string; remove: () => void } {
  const temp = createTempDir('kantlijn-extension-');
  cpSync(EXTENSION_DIR, temp.dir, { recursive: true });
  const manifestPath = path.join(temp.dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  change(manifest);
  writeFileSync(manifestPath, JSON.stringify(manifest));
  if (backgroundPrelude) {
    const backgroundPath = path.join(temp.dir, 'background.js');
    writeFileSync(backgroundPath, `${backgroundPrelude}\n${readFileSync(backgroundPath, 'utf8')}`);
  }
  return temp;
}
