import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READER_COOKIE } from '../../../server/http/reader-session';
import { parseReaderHost, type ReaderHost } from '../../../server/reader/reader-hosts';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { createTempDir } from '../../helpers/temp-dir';
import { parsePage, textOf } from '../dashboard/parse-page';
import { startLoopbackSite, type LoopbackSite } from './loopback-site';

let listed: LoopbackSite;
let unlisted: LoopbackSite;
let app: TestApp;
let sessionCookie: string;
const build = createTempDir('kantlijn-reader-build-');

/** A stand-in for `npm run build`'s output: the manifest and the files it names. */
function writeBuild(dir: string): void {
  mkdirSync(path.join(dir, '.vite'), { recursive: true });
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'assets/html-reader-abc.js'), 'console.log("lezer")');
  writeFileSync(path.join(dir, 'assets/pdf-reader-def.js'), 'console.log("pdf")');
  writeFileSync(path.join(dir, 'assets/pdf-reader-def.css'), 'body{}');
  writeFileSync(
    path.join(dir, '.vite/manifest.json'),
    JSON.stringify({
      'extension/reader/html-reader.ts': { file: 'assets/html-reader-abc.js', isEntry: true },
      'extension/reader/pdf-reader.ts': { file: 'assets/pdf-reader-def.js', isEntry: true, css: ['assets/pdf-reader-def.css'] },
    }),
  );
}

beforeAll(async () => {
  listed = await startLoopbackSite('127.0.0.1');
  unlisted = await startLoopbackSite('127.0.0.2');
  writeBuild(build.dir);
  const hosts = [parseReaderHost('127.0.0.1')].filter((host): host is ReaderHost => host !== null);
  app = createTestApp({ reader: { hosts, buildDir: build.dir, resolve: () => Promise.resolve([]) } });
  const secretariat = app.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
  const invite = (await (await app.request('/api/invites', { method: 'POST', token: secretariat, json: { role: 'councillor', organisation: 'Gemeente Zeist' } })).json()) as { code: string };
  const signedIn = await app.request(`/uitnodiging/${invite.code}/lezen`, {
    method: 'POST',
    body: new URLSearchParams({ naam: 'Anna' }),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  const line = signedIn.headers.getSetCookie().find((entry) => entry.startsWith(`${READER_COOKIE}=`)) ?? '';
  sessionCookie = line.split(';')[0] ?? '';
});
afterAll(async () => {
  app.close();
  build.remove();
  await listed.close();
  await unlisted.close();
});

function read(url: string, signedIn = true) {
  return app.request(`/lezen?url=${encodeURIComponent(url)}`, { headers: signedIn ? { Cookie: sessionCookie } : {} });
}

describe('GET /lezen?url=', () => {
  it('asks someone who is not signed in to sign in through the invitation, fetching nothing', async () => {
    const before = listed.requests.length;
    const response = await read(`${listed.origin}/rapport.html`, false);
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('Lezen in de browser');
    expect(listed.requests.length).toBe(before);
  });

  it('shows a web page as a copy whose only script is Kantlijn’s, by nonce', async () => {
    const response = await read(`${listed.origin}/rapport.html`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|\*|https?:)/);
    expect(csp).toContain("form-action 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    const document = parsePage(await response.text());
    expect(textOf(document.body)).toContain('Voortgang van de veranderagenda.');
    const module = document.querySelector('script[type="module"]');
    expect(module?.getAttribute('nonce')).toBe(nonce);
    expect(module?.getAttribute('src')).toBe('/lezen/bestanden/assets/html-reader-abc.js');
    const config = JSON.parse(document.getElementById('kantlijn-lezer-config')?.textContent ?? '{}') as Record<string, unknown>;
    expect(config).toMatchObject({ source: `${listed.origin}/rapport.html`, kind: 'html', language: 'nl' });
    expect(typeof config.csrfToken).toBe('string');
    // Another response, another nonce.
    const again = (await read(`${listed.origin}/rapport.html`)).headers.get('Content-Security-Policy');
    expect(again).not.toBe(csp);
  });

  it('shows a PDF in the viewer page, whose file comes from this server through the same checks', async () => {
    const url = `${listed.origin}/rapport.pdf`;
    const page = await read(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toContain("worker-src 'self'");
    const document = parsePage(await page.text());
    const config = JSON.parse(document.getElementById('kantlijn-lezer-config')?.textContent ?? '{}') as { kind: string; pdfBytesUrl: string; source: string };
    expect(config.kind).toBe('pdf');
    expect(config.source).toBe(url);
    expect(document.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('/lezen/bestanden/assets/pdf-reader-def.css');
    const bytes = await app.request(config.pdfBytesUrl, { headers: { Cookie: sessionCookie } });
    expect(bytes.headers.get('Content-Type')).toBe('application/pdf');
    expect((await bytes.text()).startsWith('%PDF-')).toBe(true);
    expect((await app.request(config.pdfBytesUrl)).status).toBe(401);
    expect((await app.request(`/lezen/pdf?url=${encodeURIComponent(`${listed.origin}/rapport.html`)}`, { headers: { Cookie: sessionCookie } })).status).toBe(502);
  });

  it('answers a refused address with its page and never asks that site', async () => {
    const before = unlisted.requests.length;
    const response = await read(`${unlisted.origin}/rapport.html`);
    expect(response.status).toBe(403);
    const document = parsePage(await response.text());
    expect(textOf(document.querySelector('h1'))).toBe('Dit document staat niet op de leeslijst');
    expect(textOf(document.querySelector('h2'))).toBe('This document is not on the reading list');
    expect(unlisted.requests.length).toBe(before);
  });

  it('shows the start page without a url, and says so for an empty one', async () => {
    const start = parsePage(await (await app.request('/lezen', { headers: { Cookie: sessionCookie } })).text());
    expect(textOf(start.querySelector(`label[for="url"]`))).toBe('Adres van het rapport');
    expect((await app.request('/lezen?url=', { headers: { Cookie: sessionCookie } })).status).toBe(400);
  });
});

describe('/lezen/bestanden', () => {
  it('serves the built files with their types and nothing outside them', async () => {
    const script = await app.request('/lezen/bestanden/assets/html-reader-abc.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('Content-Type')).toContain('text/javascript');
    expect(script.headers.get('Cache-Control')).toContain('immutable');
    expect((await app.request('/lezen/bestanden/assets/..%2F.vite%2Fmanifest.json')).status).toBe(404);
    expect((await app.request('/lezen/bestanden/assets/bestaat-niet.js')).status).toBe(404);
    const wasm = await app.request('/lezen/bestanden/pdfjs/wasm/openjpeg.wasm');
    expect(wasm.headers.get('Content-Type')).toBe('application/wasm');
  });
});
