/**
 * Signed checkpoints of the audit chain: `{seq, hash, at, keyId, signature}`, one JSON line each,
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

export interface Checkpoint {
  seq: number;
  hash: string;
  at: string;
  keyId: string;
  /** Ed25519 over the signed text (base64). */
  signature: string;
}

// The domain string keeps a checkpoint signature from meaning anything else signed with the same key.
function signedText(c: Omit<Checkpoint, 'signature'>): Buffer {
  return Buffer.from(`interdict-audit-checkpoint-v1\n${canonicalize({ seq: c.seq, hash: c.hash, at: c.at, keyId: c.keyId })}`);
}

export function signCheckpoint(key: SigningKey, point: ChainPoint, at = new Date().toISOString()): Checkpoint {
  const c = { seq: point.seq, hash: point.hash, at, keyId: key.keyId };
  return { ...c, signature: sign(null, signedText(c), key.privateKey).toString('base64') };
}

/**
 * Verify the chain (from `from`, an entry already verified, else the start) and sign its head. A broken
 * chain is never signed: the problem is thrown (exit 2 on the command line).
 */
export async function takeCheckpoint(db: SqlExec, key: SigningKey, from?: ChainPoint): Promise<Checkpoint> {
  const v = await verifyChain(db, undefined, from);
  if (!v.ok || v.head === undefined) {
    throw Object.assign(new InterdictError('AUDIT_STORE', `the audit log does not verify, so it is not signed: entry ${v.firstBad}: ${v.problem}`), { verify: v });
  }
  return signCheckpoint(key, v.head);
}

export function appendCheckpoint(file: string, c: Checkpoint): void {
  // One write of one short line with O_APPEND: lines from several processes never interleave.
  appendFileSync(file, `${JSON.stringify(c)}\n`);
}

export function readCheckpoints(file: string): Checkpoint[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InterdictError('CLI_IO', `cannot read the checkpoint file ${file}: ${(e as Error).message}`, { file });
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
      || typeof c.keyId !== 'string' || typeof c.signature !== 'string') {
      bad('not a checkpoint ({seq, hash, at, keyId, signature})');
    }
    out.push({ seq: c.seq, hash: c.hash, at: c.at, keyId: c.keyId, signature: c.signature });
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
    let valid = false;
    try {
      valid = verify(null, signedText(c), key, Buffer.from(c.signature, 'base64'));
    } catch {
      valid = false;
    }
    if (!valid) return { seq: c.seq, problem: `${which}: the signature does not verify (the checkpoint was altered)` };
    if (c.seq > entries) return { seq: entries + 1, problem: `${which}: the log ends at entry ${entries}, before the signed entry (entries were removed)` };
    if (c.seq > 0 && hashAt.get(c.seq) !== c.hash) return { seq: c.seq, problem: `${which}: entry ${c.seq} is not the entry that was signed (the chain was rewritten)` };
  }
  return undefined;
}
