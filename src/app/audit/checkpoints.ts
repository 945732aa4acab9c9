/**
 * Signed checkpoints of the audit chain: `{seq, hash, at, keyId, macFrom, signature}`, one JSON line each,
 * appended to a file kept away from the database (another machine, write-once storage). A checkpoint
 * says "on `at`, entry `seq` of the chain had this hash", signed with Ed25519 by a key the database
 * never holds. Whoever rewrites an entry and recomputes every later hash (and the head) makes a chain
 * that verifies on its own, but no longer holds the signed hash at the checkpoint's seq.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { sign, verify, type KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import { InterdictError } from '../../errors/index.ts';
import type { SqlExec } from '../../store/index.ts';
import { keyIdOfPublic, type SigningKey } from './audit-key.ts';
import { verifyChain, type ChainPoint } from './audit-log.ts';
import { whyUnreadable } from '../../io/input-source.ts';

export interface Checkpoint {
  seq: number;
  hash: string;
  at: string;
  keyId: string;
  /**
   * The seq from which every entry carries a MAC (signed, version 2): verify demands a valid MAC of every
   * entry from there on, so MACs taken away later are found. Absent in checkpoints written before it.
   */
  macFrom?: number;
  /** Ed25519 over the signed text (base64). */
  signature: string;
}

// The domain string keeps a checkpoint signature from meaning anything else signed with the same key.
function signedText(c: Omit<Checkpoint, 'signature'>): Buffer {
  if (c.macFrom === undefined) return Buffer.from(`interdict-audit-checkpoint-v1\n${canonicalize({ seq: c.seq, hash: c.hash, at: c.at, keyId: c.keyId })}`);
  return Buffer.from(`interdict-audit-checkpoint-v2\n${canonicalize({ seq: c.seq, hash: c.hash, at: c.at, keyId: c.keyId, macFrom: c.macFrom })}`);
}

export function signCheckpoint(key: SigningKey, point: ChainPoint, at = new Date().toISOString()): Checkpoint {
  const c = { seq: point.seq, hash: point.hash, at, keyId: key.keyId, ...(point.macFrom !== undefined && { macFrom: point.macFrom }) };
  return { ...c, signature: sign(null, signedText(c), key.privateKey).toString('base64') };
}

function signatureHolds(c: Checkpoint, key: KeyObject): boolean {
  try {
    return verify(null, signedText(c), key, Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
}

/**
 * The first seq from which a validly signed checkpoint says every entry carries a MAC (undefined: none
 * says). Only checkpoints whose signature holds count; the others are reported by checkCheckpoints.
 */
export function signedMacFrom(cps: readonly Checkpoint[], keys: readonly KeyObject[]): { seq: number; why: string } | undefined {
  const byId = new Map(keys.map((k) => [keyIdOfPublic(k), k]));
  let out: { seq: number; why: string } | undefined;
  for (const [i, c] of cps.entries()) {
    if (c.macFrom === undefined || (out !== undefined && out.seq <= c.macFrom)) continue;
    const key = byId.get(c.keyId);
    if (key === undefined || !signatureHolds(c, key)) continue;
    out = { seq: c.macFrom, why: `checkpoint ${i + 1} (entry ${c.seq}, signed ${c.at}) says every entry from ${c.macFrom} on carries a MAC` };
  }
  return out;
}

/**
 * Verify the chain (from `from`, an entry already verified, else the start) and sign its head. A broken
 * chain is never signed: the problem is thrown (exit 2 on the command line).
 */
export async function takeCheckpoint(db: SqlExec, key: SigningKey, from?: ChainPoint, earlier: readonly Checkpoint[] = []): Promise<Checkpoint> {
  // MACs are checked too: a chain whose MACs were taken away, or with an entry added directly, is not
  // signed; nor one that lacks MACs where an earlier checkpoint (of the file appended to) said they begin.
  const macFrom = signedMacFrom(earlier, [key.publicKey]);
  const v = await verifyChain(db, undefined, from, { macs: true, ...(macFrom && { macFrom }) });
  if (!v.ok || v.head === undefined) {
    throw Object.assign(new InterdictError('AUDIT_STORE', `the audit log does not verify, so it is not signed: entry ${v.firstBad}: ${v.problem}`), { verify: v });
  }
  return signCheckpoint(key, v.head);
}

export function appendCheckpoint(file: string, c: Checkpoint): void {
  // One write of one short line with O_APPEND: lines from several processes never interleave.
  try {
    appendFileSync(file, `${JSON.stringify(c)}\n`);
  } catch (e) {
    throw new InterdictError('CLI_IO', `cannot write the checkpoint file "${file}": ${whyUnreadable(e)}`, { file });
  }
}

export function readCheckpoints(file: string): Checkpoint[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InterdictError('CLI_IO', `cannot read the checkpoint file "${file}": ${whyUnreadable(e)}`, { file });
  }
  const out: Checkpoint[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const bad = (why: string): never => {
      throw new InterdictError('AUDIT_CHECKPOINT', `${file} line ${i + 1}: ${why}`, { file, record: i + 1 });
    };
    let c: Checkpoint;
    try {
      c = JSON.parse(line) as Checkpoint;
    } catch {
      return bad('not a JSON object');
    }
    if (typeof c !== 'object' || c === null || !Number.isSafeInteger(c.seq) || c.seq < 0 || typeof c.hash !== 'string' || typeof c.at !== 'string'
      || typeof c.keyId !== 'string' || typeof c.signature !== 'string' || (c.macFrom !== undefined && (!Number.isSafeInteger(c.macFrom) || c.macFrom < 1))) {
      bad('not a checkpoint ({seq, hash, at, keyId, macFrom?, signature})');
    }
    out.push({ seq: c.seq, hash: c.hash, at: c.at, keyId: c.keyId, ...(c.macFrom !== undefined && { macFrom: c.macFrom }), signature: c.signature });
  });
  return out;
}

export interface CheckpointProblem {
  seq: number;
  problem: string;
}

/**
 * Every checkpoint, in file order: signed by one of `keys`, the signature valid, and the chain (whose
 * hashes at the checkpoints' seqs are `hashAt`, `entries` long) holds the signed hash at that seq.
 */
export function checkCheckpoints(cps: readonly Checkpoint[], keys: readonly KeyObject[], hashAt: ReadonlyMap<number, string>, entries: number): CheckpointProblem | undefined {
  const byId = new Map(keys.map((k) => [keyIdOfPublic(k), k]));
  for (const [i, c] of cps.entries()) {
    const which = `checkpoint ${i + 1} (entry ${c.seq}, signed ${c.at})`;
    const key = byId.get(c.keyId);
    if (key === undefined) return { seq: c.seq, problem: `${which} was signed by key ${c.keyId}, which is not one of the keys given` };
    if (!signatureHolds(c, key)) return { seq: c.seq, problem: `${which}: the signature does not verify (the checkpoint was altered)` };
    if (c.seq > entries) return { seq: entries + 1, problem: `${which}: the log ends at entry ${entries}, before the signed entry (entries were removed)` };
    if (c.seq > 0 && hashAt.get(c.seq) !== c.hash) return { seq: c.seq, problem: `${which}: entry ${c.seq} is not the entry that was signed (the chain was rewritten)` };
  }
  return undefined;
}
