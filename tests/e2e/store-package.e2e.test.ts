import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { storeManifest, stripKeyFromZip } from '../../extension/packaging/store-manifest';
import { EXTENSION_DIR } from './support/browser';

/** Zips the built Chrome extension as `wxt zip` does, with `manifest` in place of the built one. */
async function zipBuild(manifest: Record<string, unknown>): Promise<string> {
  const zip = new JSZip();
  const add = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) add(file);
      else zip.file(path.relative(EXTENSION_DIR, file).replaceAll('\\', '/'), readFileSync(file));
    }
  };
  add(EXTENSION_DIR);
  zip.file('manifest.json', JSON.stringify(manifest));
  const zipPath = path.join(mkdtempSync(path.join(tmpdir(), 'kantlijn-store-')), 'chrome.zip');
  writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer' }));
  return zipPath;
}

async function manifestIn(zipPath: string): Promise<Record<string, unknown>> {
  const entry = (await JSZip.loadAsync(readFileSync(zipPath))).file('manifest.json');
  if (!entry) throw new Error('the zip has no manifest.json');
  return JSON.parse(await entry.async('string')) as Record<string, unknown>;
}

describe('the Chrome Web Store package', () => {
  const unpacked = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('carries no manifest key, and otherwise exactly the unpacked manifest', async () => {
    // With a key added whether or not this build has one, so the test shows the key really goes.
    const zipPath = await zipBuild({ ...unpacked, key: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' });
    expect(await manifestIn(zipPath)).toHaveProperty('key');
    await stripKeyFromZip(zipPath);
    const store = await manifestIn(zipPath);
    expect(store).not.toHaveProperty('key');
    expect(store).toEqual(storeManifest(unpacked));
    const files = Object.keys((await JSZip.loadAsync(readFileSync(zipPath))).files);
    expect(files).toEqual(expect.arrayContaining(['icon/16.png', 'icon/128.png', 'background.js']));
  });

  it('leaves a manifest without key byte for byte as it was', async () => {
    const zipPath = await zipBuild(storeManifest(unpacked));
    const before = readFileSync(zipPath);
    await stripKeyFromZip(zipPath);
    expect(readFileSync(zipPath).equals(before)).toBe(true);
  });
});
