import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs a TypeScript entry point of the project with Node and tsx, as `npm run` does. */
function tsxArgs(entry: string, args: string[] = []): string[] {
  return ['--import', 'tsx', path.join(ROOT, entry), ...args];
}

/** The real Kantlijn server in a child process. */
export interface ServerProcess {
  url: string;
  firstSecretariatToken: string | null;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Sends `signal` and resolves with the exit code once the process ended (null: killed by a signal). */
  exitOn(signal: NodeJS.Signals): Promise<number | null>;
}

/** Starts `server/main.ts` on a free loopback port with `dataDir`, and waits until it listens. */
export function startServerProcess(dataDir: string, extraEnv: Record<string, string> = {}, user?: { uid: number; gid: number }): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, tsxArgs('server/main.ts'), {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, RATE_LIMIT: '0', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(user ?? {}),
  });
  let output = '';
  const exitOn = (signal: NodeJS.Signals) =>
    new Promise<number | null>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode);
      child.once('exit', (code) => done(code));
      child.kill(signal);
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start in time:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /draait op (http:\/\/\S+)/.exec(output)?.[1];
      // The start-up message ends with how to stop; everything before it (the token) is then there.
      if (!url || !output.includes('Stoppen: Ctrl+C.')) return;
      clearTimeout(timer);
      const tokenLine = /getoond:\s*\n\s*(kl_\S+)/.exec(output);
      resolve({
        url,
        firstSecretariatToken: tokenLine?.[1] ?? null,
        output: () => output,
        stop: async (signal = 'SIGTERM') => {
          await exitOn(signal);
        },
        exitOn,
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code}:\n${output}`));
    });
  });
}

/** Runs a CLI entry point (e.g. `server/cli/backup.ts`) with `DATA_DIR`, returning its exit code and output. */
export function runCli(entry: string, dataDir: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, tsxArgs(entry, args), { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `npm run users -- add …` against `dataDir` and returns the token it prints on its last line. */
export function addUserWithCli(dataDir: string, user: { role: string; name: string; org: string }): string {
  const result = runCli('server/cli/users.ts', dataDir, ['add', '--role', user.role, '--name', user.name, '--org', user.org]);
  if (result.status !== 0) throw new Error(`users CLI failed (${result.status}): ${result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  return lines[lines.length - 1]!.trim();
}
