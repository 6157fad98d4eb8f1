import { readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';

/**
 * The manifest a store receives: the unpacked build's manifest without `key`. The key only pins the
 * id of an unpacked or self-hosted install; the Chrome Web Store and Edge Add-ons assign their own id
 * and refuse an upload that carries one. Everything else stays exactly as built.
 */
export function storeManifest(manifest: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const copy = { ...manifest };
  delete copy.key;
  return copy;
}

/** Rewrites `manifest.json` inside the zip at `zipPath` to its store form (see storeManifest). */
export async function stripKeyFromZip(zipPath: string): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(zipPath));
  const entry = zip.file('manifest.json');
  if (!entry) throw new Error(`${zipPath} has no manifest.json`);
  const manifest = JSON.parse(await entry.async('string')) as Record<string, unknown>;
  if (!('key' in manifest)) return;
  zip.file('manifest.json', JSON.stringify(storeManifest(manifest)));
  await writeFile(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
}
