import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs one of the `server/cli` commands as npm would (through tsx), on the database in `dataDir`. */
export function runCli(command: string, dataDir: string, args: readonly string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/cli', command), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
  });
}
