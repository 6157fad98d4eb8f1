import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { annotationPageSchema } from '../../shared/schemas/annotation';
import { addUserWithCli, runCli, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTempDir } from '../helpers/temp-dir';
import { sampleAnnotation } from '../helpers/test-app';

const SOURCE = 'https://www.example.nl/rapporten/duurzaam.html';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Writes annotations from `workers` parallel loops until `stop()`; returns the ids the server acknowledged. */
function writeLoad(server: ServerProcess, token: string, workers: number) {
  const acknowledged: string[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      try {
        const response = await fetch(`${server.url}/api/annotations`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(sampleAnnotation(SOURCE)),
        });
        if (response.status === 201) acknowledged.push(((await response.json()) as { id: string }).id.replace(/^.*[/:]/, ''));
      } catch {
        return; // the server is gone
      }
    }
  });
  return {
    acknowledged,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function listAllIds(server: ServerProcess, token: string): Promise<string[]> {
  const ids: string[] = [];
  let next: string | undefined = `/api/annotations?source=${encodeURIComponent(SOURCE)}`;
  while (next) {
    const response: Response = await fetch(new URL(next, server.url), { headers: { Authorization: `Bearer ${token}` } });
    const page = annotationPageSchema.parse(await response.json());
    ids.push(...page.items.map((item) => item.id.replace(/^.*[/:]/, '')));
    next = page.next;
  }
  return ids;
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
}

// Real server processes under write load: allow for a busy machine.
describe('durability', { timeout: 90_000 }, () => {
  it('keeps every acknowledged annotation when the server is killed with SIGKILL during writes', async () => {
    const temp = createTempDir();
    cleanups.push(temp.remove);
    const token = addUserWithCli(temp.dir, { role: 'councillor', name: 'Anna', org: 'Gemeente Woerden' });
    const first = await startServerProcess(temp.dir);
    const load = writeLoad(first, token, 8);
    await waitFor(() => load.acknowledged.length >= 300, 30_000);
    await first.stop('SIGKILL');
    await load.stop();
    expect(load.acknowledged.length).toBeGreaterThanOrEqual(300);

    const second = await startServerProcess(temp.dir);
    cleanups.push(() => second.stop());
    const stored = new Set(await listAllIds(second, token));
    const lost = load.acknowledged.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);

    const db = new BetterSqlite3(path.join(temp.dir, 'kantlijn.sqlite'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('makes a consistent online backup during writes that restores into a working server', async () => {
    const temp = createTempDir();
    const restored = createTempDir();
    cleanups.push(temp.remove, restored.remove);
    const token = addUserWithCli(temp.dir, { role: 'councillor', name: 'Anna', org: 'Gemeente Woerden' });
    const server = await startServerProcess(temp.dir);
    cleanups.push(() => server.stop());
    const load = writeLoad(server, token, 4);
    await waitFor(() => load.acknowledged.length >= 100, 30_000);

    const backupFile = path.join(restored.dir, 'backup.sqlite');
    const result = runCli('server/cli/backup.ts', temp.dir, [backupFile]);
    await load.stop();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('integriteit ok');
    expect(runCli('server/cli/backup.ts', temp.dir, [backupFile]).status).toBe(2);

    const copy = new BetterSqlite3(backupFile, { readonly: true });
    const copied = (copy.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n;
    copy.close();
    expect(copied).toBeGreaterThanOrEqual(100);
    expect(copied).toBeLessThanOrEqual(load.acknowledged.length);

    // Restore as the README says: the copy becomes kantlijn.sqlite in an empty DATA_DIR.
    const restoreDir = path.join(restored.dir, 'data');
    mkdirSync(restoreDir);
    copyFileSync(backupFile, path.join(restoreDir, 'kantlijn.sqlite'));
    const again = await startServerProcess(restoreDir);
    cleanups.push(() => again.stop());
    expect(again.firstSecretariatToken).toBeNull();
    expect(await listAllIds(again, token)).toHaveLength(copied);
  });
});
