/**
 * `audit verify`: the chain (every hash recomputed, the head), then every signed checkpoint against it,
 * then the tables against the log. The first failure is the answer, named.
 */
import type { KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { SqlExec } from '../../store/index.ts';
import { crossCheck, LogState } from './audit-crosscheck.ts';
import { verifyChain, type AuditEntry, type VerifyResult } from './audit-log.ts';
import { checkCheckpoints, readCheckpoints, signedMacFrom, type Checkpoint } from './checkpoints.ts';
import type { Service } from '../service/service-context.ts';

export interface VerifyOptions {
  checkpoints?: readonly Checkpoint[];
  /** The public keys checkpoints may be signed with. */
  keys?: readonly KeyObject[];
  /** The operator named the file (`audit verify --checkpoints FILE`): one holding no checkpoint vouches for nothing. */
  required?: boolean;
}

/**
 * The tables are read after the chain, in other statements: a change committed in between (an account
 * added, an alert confirmed) looks like a disagreement. A real one stays; so a disagreement is looked at
 * again, twice, before it is reported.
 */
export async function verifyAudit(db: SqlExec, opts: VerifyOptions = {}): Promise<VerifyResult> {
  let r = await verifyOnce(db, opts);
  for (let attempt = 1; attempt < 3 && !r.ok && r.firstBad === undefined; attempt++) r = await verifyOnce(db, opts);
  return r;
}

/**
 * The service's verify (GET /v1/audit/verify, the audit page): against the deployment's checkpoint file as
 * well when the server keeps one, so a chain rewritten whole (which verifies on its own) is not called intact
 * by the very server that logs it fails its checkpoints.
 */
export async function verifyServiceAudit(svc: Pick<Service, 'driver' | 'checkpoints'>): Promise<VerifyResult> {
  const cp = svc.checkpoints;
  // The server's file may not be written yet (its first checkpoint comes as it starts): then none to check.
  return verifyAudit(svc.driver, cp === undefined ? {} : checkpointOptions(cp.file, cp.keys, false));
}

/**
 * What verify checks a checkpoint file with: its checkpoints and the keys they may be signed with. A file
 * the operator named must be there (`mustExist`: `audit verify --checkpoints`); the server's own may not be yet.
 */
export function checkpointOptions(file: string, keys: readonly KeyObject[], mustExist: boolean): VerifyOptions {
  return { checkpoints: mustExist || existsSync(file) ? readCheckpoints(file) : [], keys, ...(mustExist && { required: true }) };
}

async function verifyOnce(db: SqlExec, opts: VerifyOptions): Promise<VerifyResult> {
  const log = new LogState();
  const wanted = new Set((opts.checkpoints ?? []).map((c) => c.seq));
  const hashAt = new Map<number, string>();
  const chain = await verifyChain(db, (e: AuditEntry) => {
    log.visit(e);
    if (wanted.has(e.seq)) hashAt.set(e.seq, e.hash);
  }, undefined, { macs: true, ...(opts.checkpoints !== undefined && { macFrom: signedMacFrom(opts.checkpoints, opts.keys ?? []) }) });
  const counted = opts.checkpoints !== undefined ? { checkpoints: opts.checkpoints.length } : {};
  const { head: _head, ...result } = chain;
  if (!chain.ok) return { ...result, ...counted };
  if (opts.checkpoints !== undefined) {
    // An empty (or emptied) file the operator named proves nothing: not "intact, 0 checkpoints" (review 17, R17-13).
    if (opts.required === true && opts.checkpoints.length === 0 && chain.entries > 0) {
      return { ok: false, entries: chain.entries, firstBad: 1, problem: 'the checkpoint file holds no checkpoint, so nothing vouches for the chain (a file emptied or the wrong file): give the deployment\'s checkpoint file', ...counted };
    }
    const bad = checkCheckpoints(opts.checkpoints, opts.keys ?? [], hashAt, chain.entries);
    if (bad !== undefined) return { ok: false, entries: chain.entries, firstBad: bad.seq, problem: bad.problem, ...counted };
  }
  let problem: string | undefined;
  try {
    problem = await crossCheck(db, log);
  } catch (e) {
    problem = `the tables cannot be compared with the log: ${e instanceof Error ? e.message : String(e)}`;
  }
  if (problem !== undefined) return { ok: false, entries: chain.entries, problem, ...counted };
  return { ok: true, entries: chain.entries, ...counted };
}
