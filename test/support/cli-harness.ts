// Shared by the CLI tests: run `interdict` as a user runs it (a child process of the compiled program,
// test/support/compiled-cli.ts), in a scratch folder that is removed after the file's tests, with the
// parsed-list cache and the default ledger kept out of the user's home.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compiledCli } from './compiled-cli.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export { unListSnapshot } from './un-list-fixtures.ts';
export { compiledBuild, compiledCli } from './compiled-cli.ts';

/** `interdict` as a shell command line (node and the compiled entry, quoted), for tests that pipe. */
export const cliCommand = (): string => `${JSON.stringify(process.execPath)} ${JSON.stringify(compiledCli())}`;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Scratch {
  dir: string;
  /** The environment the CLI runs in (for tests that start it through a shell). */
  env: NodeJS.ProcessEnv;
  /** Write a file in the scratch folder and return its path. */
  write(name: string, body: string | Buffer): string;
  /** Run `interdict ...args` (optionally with stdin) from the project root. */
  cli(args: string[], input?: string): CliRun;
}

export function scratch(prefix: string, extraEnv: NodeJS.ProcessEnv = {}): Scratch {
  const dir = mkdtempSync(path.join(tmpdir(), `interdict-${prefix}-`));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const env: NodeJS.ProcessEnv = { ...process.env, INTERDICT_CACHE_DIR: path.join(dir, 'cache'), XDG_DATA_HOME: path.join(dir, 'data'), INTERDICT_CONFIG_DIR: path.join(dir, 'config'), ...extraEnv };
  delete env.INTERDICT_DATABASE_URL;
  Object.assign(env, extraEnv);
  return {
    dir,
    env,
    write(name, body) {
      const file = path.join(dir, name);
      writeFileSync(file, body);
      return file;
    },
    cli(args, input) {
      const r = spawnSync(process.execPath, [compiledCli(), ...args], { cwd: projectRoot, env, input, encoding: 'utf8', maxBuffer: 1 << 30 });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
  };
}

/**
 * A CLI error as one line, whichever form it was written in (JSON under --format json, text otherwise):
 * `CODE: [file, ][record R, ][field "F": ]message`, so a test can match where and what.
 */
export function errorLine(stderr: string): string {
  const text = stderr.trim();
  if (!text.startsWith('{')) return text;
  const { error: e } = JSON.parse(text) as { error: { code: string; message: string; file?: string; record?: string | number; field?: string } };
  const where = [e.file, e.record !== undefined ? `record ${e.record}` : undefined, e.field !== undefined ? `field "${e.field}"` : undefined].filter(Boolean);
  return `${e.code}: ${where.length > 0 ? `${where.join(', ')}: ` : ''}${e.message}`;
}
