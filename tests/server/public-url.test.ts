import { request } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../server/config';
import { isLoopbackHost, publicUrlWarning } from '../../server/http/public-origin';
import { startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';

/** POSTs JSON over real HTTP with a Host header of our choosing (fetch may not set Host). */
function postWithHost(url: string, host: string, token: string, body: unknown): Promise<{ status: number; json: { link?: string } }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const payload = JSON.stringify(body);
    const call = request(
      { hostname: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { Host: host, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) as { link?: string } }));
      },
    );
    call.on('error', reject);
    call.end(payload);
  });
}

let running: ServerProcess | null = null;
const temps: Array<{ remove(): void }> = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await running?.stop();
  running = null;
  for (const temp of temps.splice(0)) temp.remove();
});

describe('PUBLIC_URL', () => {
  it('is read as an origin, and refused with its name when it is not an http(s) address of a server', () => {
    expect(loadConfig({}).PUBLIC_URL).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: 'https://Kantlijn.Gemeente.nl/' }).PUBLIC_URL).toBe('https://kantlijn.gemeente.nl');
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((message: string) => void errors.push(message));
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    for (const wrong of ['kantlijn.gemeente.nl', 'ftp://kantlijn.gemeente.nl', 'https://kantlijn.gemeente.nl/kantlijn']) {
      errors.length = 0;
      expect(() => loadConfig({ PUBLIC_URL: wrong }), wrong).toThrow('exit 2');
      expect(errors.join('\n')).toContain('PUBLIC_URL');
    }
  });

  it('warns only when it is missing and the server listens beyond this machine', () => {
    expect(['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.5'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.1.10'].some(isLoopbackHost)).toBe(false);
    expect(publicUrlWarning({ HOST: '127.0.0.1' })).toBeNull();
    expect(publicUrlWarning({ HOST: '0.0.0.0', PUBLIC_URL: 'https://kantlijn.gemeente.nl' })).toBeNull();
    const warning = publicUrlWarning({ HOST: '0.0.0.0' });
    expect(warning).toContain('PUBLIC_URL');
    expect(warning).not.toContain('\n');
  });

  it('makes the real server’s invitation links, whatever Host a client sends', async () => {
    const temp = createTempDir();
    temps.push(temp);
    running = await startServerProcess(temp.dir, { PUBLIC_URL: 'https://kantlijn.gemeente.nl' });
    const answer = await postWithHost(`${running.url}/api/invites`, 'evil.example', running.firstSecretariatToken!, { role: 'councillor', organisation: 'Gemeente Woerden' });
    expect(answer.status).toBe(201);
    expect(answer.json.link).toMatch(/^https:\/\/kantlijn\.gemeente\.nl\/uitnodiging\/[A-Za-z0-9_-]{22}$/);
    expect(running.output()).not.toContain('Let op: PUBLIC_URL');
  });
});
