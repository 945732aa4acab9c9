/**
 * The ledger commands run as a user scripts them, for the ledger CLI tests: a scratch folder with a
 * SQLite file (removed after the file's tests) and `ledger …` run in a child process with no database
 * URL in its environment, so `--db` decides.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { projectRoot } from './cli-harness.ts';

export interface LedgerRun { code: number; stdout: string; stderr: string }

/** A scratch folder (`dir`) and a database path in it (`db`, not yet written). */
export function ledgerScratch(prefix: string): { dir: string; db: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return { dir, db: path.join(dir, 'ledger.sqlite') };
}

/** `node <entry…> ledger <args…>`; `entry` is the compiled CLI or `--import tsx cli/main.ts`. */
export function runLedger(entry: readonly string[], args: readonly string[]): Promise<LedgerRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...entry, 'ledger', ...args], { cwd: projectRoot, env: { ...process.env, INTERDICT_DATABASE_URL: '' } }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
