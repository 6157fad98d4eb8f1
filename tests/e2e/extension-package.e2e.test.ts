import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { UNPACKED_EXTENSION_ID } from '../../server/http/extension-cors';
import { EXTENSION_DIR } from './support/browser';

const FIREFOX_DIR = path.join(path.dirname(EXTENSION_DIR), 'firefox-mv2');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

describe('the built extension package', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('asks only for the permissions the README explains, and no host access by default', () => {
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'activeTab', 'scripting']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    const scripts = manifest.content_scripts as { matches: string[] }[];
    expect(scripts.flatMap((script) => script.matches)).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('carries the public key that gives it the id the server allows by default', () => {
    expect(typeof manifest.key).toBe('string');
    const hex = createHash('sha256').update(Buffer.from(String(manifest.key), 'base64')).digest('hex').slice(0, 32);
    expect([...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('')).toBe(UNPACKED_EXTENSION_ID);
  });

  it('keeps the browser’s strict default CSP and loads no code from elsewhere', () => {
    // No content_security_policy means MV3's default: scripts from the extension itself only, no eval.
    expect(manifest.content_security_policy).toBeUndefined();
    for (const file of filesUnder(EXTENSION_DIR).filter((name) => /\.(html|js|mjs|css)$/.test(name))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, file).not.toMatch(/@import\s+url\(["']?https?:/i);
      expect(text, file).not.toMatch(/importScripts\(\s*["']https?:/);
      expect(text, file).not.toMatch(/(cdn\.jsdelivr|unpkg\.com|cdnjs\.cloudflare|fonts\.googleapis)/);
    }
  });

  it('is valid UTF-8 everywhere Chrome requires it', () => {
    for (const file of filesUnder(EXTENSION_DIR).filter((name) => /\.(js|mjs|json|html|css)$/.test(name))) {
      const bytes = readFileSync(file);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), file).not.toThrow();
    }
  });

  it('has a Firefox build with the same permissions in MV2 form, plus the API of a server on loopback', () => {
    const firefox = JSON.parse(readFileSync(path.join(FIREFOX_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(firefox.manifest_version).toBe(2);
    // Firefox extensions get no CORS from the server: they reach it through host permission, which
    // for a loopback server comes with install (where the content script runs anyway).
    expect(firefox.permissions).toEqual(['storage', 'alarms', 'activeTab', 'scripting', 'http://127.0.0.1/api/*', 'http://localhost/api/*']);
    expect(firefox.key).toBeUndefined();
    expect(firefox.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    // A fixed add-on id: Firefox files settings and the outbox under it, so they survive updates.
    expect(firefox.browser_specific_settings).toMatchObject({ gecko: { id: expect.stringMatching(/^\{[0-9a-f-]{36}\}$/) } });
  });

  it('declares in Firefox what it sends off the device, from the versions that show that consent', () => {
    const firefox = JSON.parse(readFileSync(path.join(FIREFOX_DIR, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: Record<string, unknown>; gecko_android: Record<string, unknown> } };
    const { gecko, gecko_android: android } = firefox.browser_specific_settings;
    expect(gecko.data_collection_permissions).toEqual({ required: ['personallyIdentifyingInfo', 'personalCommunications', 'websiteContent', 'browsingActivity'] });
    expect(gecko.strict_min_version).toBe('140.0');
    expect(android.strict_min_version).toBe('142.0');
  });

  for (const [browser, dir] of [['Chrome', EXTENSION_DIR], ['Firefox', FIREFOX_DIR]] as const) {
    it(`carries real PNG icons of the listed sizes in the ${browser} build, for the add-on list and the toolbar`, () => {
      const built = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      const icons = built.icons as Record<string, string>;
      expect(Object.keys(icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
      const action = (built.action ?? built.browser_action) as { default_icon: Record<string, string> };
      expect(Object.keys(action.default_icon)).toEqual(expect.arrayContaining(['16', '32']));
      for (const [size, file] of [...Object.entries(icons), ...Object.entries(action.default_icon)]) {
        expect(pngSize(readFileSync(path.join(dir, file))), file).toEqual({ width: Number(size), height: Number(size) });
      }
    });
  }
});

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
