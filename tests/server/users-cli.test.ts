import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { openDatabase } from '../../server/db/database';
import { runCli } from '../helpers/run-cli';
import { createTempDir } from '../helpers/temp-dir';

const runUsersCli = (dataDir: string, args: string[]) => runCli('users.ts', dataDir, args);

let temp: ReturnType<typeof createTempDir> | undefined;
afterEach(() => temp?.remove());

describe('npm run users -- add', { timeout: 30_000 }, () => {
  it('creates a user whose token, printed alone on the last line, signs in; only its hash is stored', async () => {
    temp = createTempDir();
    const result = runUsersCli(temp.dir, ['add', '--role', 'partner', '--name', 'Eva Smit', '--org', 'Raad voor de Kinderbescherming']);
    expect(result.status).toBe(0);
    const token = result.stdout.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^kl_[A-Za-z0-9_-]{43}$/);

    const db = openDatabase(temp.dir);
    try {
      const me = await createApp({ db, rateLimitPerMinute: 0 }).request('/api/me', { headers: { Authorization: `Bearer ${token}` } });
      expect(await me.json()).toMatchObject({ name: 'Eva Smit', role: 'partner', organisation: 'Raad voor de Kinderbescherming' });
    } finally {
      db.close();
    }
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(path.join(temp.dir, 'kantlijn.sqlite'));
    const wal = (() => {
      try {
        return readFileSync(path.join(temp.dir, 'kantlijn.sqlite-wal'));
      } catch {
        return Buffer.alloc(0);
      }
    })();
    expect(Buffer.concat([bytes, wal]).includes(Buffer.from(token))).toBe(false);
  });

  it('stores an optional e-mail address for notifications; mail stays off until the person chooses it', async () => {
    temp = createTempDir();
    const result = runUsersCli(temp.dir, ['add', '--role', 'councillor', '--name', 'Anna', '--org', 'Gemeente Woerden', '--email', 'anna@woerden.example']);
    expect(result.status).toBe(0);
    const token = result.stdout.trim().split('\n').at(-1)!;
    const db = openDatabase(temp.dir);
    try {
      const settings = await createApp({ db, rateLimitPerMinute: 0 }).request('/api/me/notification-settings', { headers: { Authorization: `Bearer ${token}` } });
      expect(await settings.json()).toEqual({ email: 'anna@woerden.example', mail: 'off', available: false });
    } finally {
      db.close();
    }
  });

  it.each([
    ['an e-mail address that is none', ['add', '--role', 'councillor', '--name', 'X', '--org', 'Y', '--email', 'geen-adres']],
    ['an unknown role', ['add', '--role', 'mayor', '--name', 'X', '--org', 'Y']],
    ['a missing name', ['add', '--role', 'councillor', '--org', 'Y']],
    ['an unknown command', ['remove', '--role', 'councillor', '--name', 'X', '--org', 'Y']],
    ['an unknown option', ['add', '--role', 'councillor', '--name', 'X', '--org', 'Y', '--admin']],
  ])('refuses %s with a usage message and exit code 2', (_name, args) => {
    temp = createTempDir();
    const result = runUsersCli(temp.dir, args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Gebruik: npm run users');
  });
});
