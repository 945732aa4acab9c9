/** Start `interdict serve` as a real process on a free port; read its address (and first-start key). */
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledCli } from '../support/compiled-cli.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ServerProcess {
  url: string;
  adminKey?: string;
  child: ChildProcess;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

let sharedConfig: string | undefined;

/**
 * The servers one test file starts share a config folder of their own (the deployment's session secret
 * and audit key), never the user's; it is removed when the file's process ends.
 */
// One deployment's audit MAC secret for this test process, its servers and its CLI runs (the config
// folders differ; the secret must not).
process.env.INTERDICT_AUDIT_MAC_KEY ??= randomBytes(32).toString('base64url');

export function testConfigDir(): string {
  if (sharedConfig === undefined) {
    const dir = mkdtempSync(path.join(tmpdir(), 'interdict-config-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    sharedConfig = dir;
  }
  return sharedConfig;
}

export async function startServerProcess(env: NodeJS.ProcessEnv, args: string[] = [], timeoutMs = 60_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [compiledCli(), 'serve', '--port', '0', '--log-level', 'warn', ...args], {
    cwd: projectRoot, env: { ...process.env, INTERDICT_CONFIG_DIR: process.env.INTERDICT_CONFIG_DIR ?? testConfigDir(), ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms: ${err}`)), timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m && /\n/.test(out.slice(m.index))) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    void exited.then((code) => reject(new Error(`server exited with ${code}: ${err}`)));
  });
  // The key lines follow the address in the same write; a loaded machine may still hand them over in a
  // second chunk: give them a moment, and once the first-start line is there, wait for its key line.
  await new Promise((r) => setTimeout(r, 50));
  if (/First start/.test(out) && !/^\s+ik_\S+$/m.test(out)) {
    await new Promise<void>((resolve) => {
      const more = (): void => {
        if (!/^\s+ik_\S+$/m.test(out)) return;
        child.stdout!.off('data', more);
        resolve();
      };
      child.stdout!.on('data', more);
      more();
    });
  }
  const key = /^\s+(ik_\S+)$/m.exec(out)?.[1];
  return {
    url, child, ...(key && { adminKey: key }),
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
