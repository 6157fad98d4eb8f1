import { writeFileSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/schemas/api-error';
import { addUserWithCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { sampleAnnotation } from '../helpers/test-app';

const SOURCE = 'https://www.example.nl/rapporten/vol.html';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('when the disk cannot take more', { timeout: 120_000 }, () => {
  it('refuses writes with 507 and a clear message once the database is full, keeping what was stored intact', async () => {
    const temp = createTempDir();
    cleanups.push(temp.remove);
    const token = addUserWithCli(temp.dir, { role: 'councillor', name: 'Anna', org: 'Gemeente Woerden' });
    const server: ServerProcess = await startServerProcess(temp.dir, { DB_MAX_MB: '1' });
    cleanups.push(() => server.stop());
    const acknowledged: string[] = [];
    let refusal: Response | null = null;
    for (let i = 0; i < 400 && !refusal; i++) {
      const response = await fetch(`${server.url}/api/annotations`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(sampleAnnotation(SOURCE, { body: [{ type: 'TextualBody', value: `${i} ${'x'.repeat(9000)}` }] })),
      });
      if (response.status === 201) acknowledged.push(((await response.json()) as { id: string }).id.replace(/^.*[/:]/, ''));
      else refusal = response;
    }
    expect(refusal?.status).toBe(507);
    expect(apiErrorSchema.parse(await refusal!.json()).error).toMatchObject({ code: 'storage_full' });
    expect(acknowledged.length).toBeGreaterThan(10);

    const listed = await fetch(`${server.url}/api/annotations?source=${encodeURIComponent(SOURCE)}&limit=200`, { headers: { Authorization: `Bearer ${token}` } });
    expect(listed.status).toBe(200);
    await server.stop();
    const db = new BetterSqlite3(path.join(temp.dir, 'kantlijn.sqlite'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set((db.prepare('SELECT uuid FROM annotations').all() as { uuid: string }[]).map((row) => row.uuid));
    db.close();
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });

  // A folder below a regular file cannot be made or written by anyone, root included (ENOTDIR), so
  // this needs neither another user (who might not be able to read the checkout) nor a chmod that
  // root ignores; the server runs as whoever runs the tests, from wherever the checkout lives.
  it.each([
    ['lies below a regular file', (file: string) => path.join(file, 'data')],
    ['is itself a regular file', (file: string) => file],
  ])('stops with a clear message when DATA_DIR cannot be written because it %s', async (_case, dataDirFor) => {
    const temp = createTempDir();
    cleanups.push(temp.remove);
    const file = path.join(temp.dir, 'not-a-folder');
    writeFileSync(file, 'a file where a folder should be\n');
    const failure = await startServerProcess(dataDirFor(file)).then(
      () => null,
      (error: unknown) => String(error),
    );
    expect(failure).toContain('Kantlijn kan de database in');
    expect(failure).toContain('schrijfbaar');
    expect(failure).toMatch(/exited with 1\b/);
  });
});
