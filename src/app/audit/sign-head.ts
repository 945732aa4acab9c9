/**
 * Sign the chain's head for a checkpoint file (`audit checkpoint --out`, `serve --checkpoints`), only when the
 * whole log verifies as `audit verify --checkpoints FILE` would verify it: the chain, every checkpoint already
 * in the file, the tables against the log. A broken chain is never signed, nor a head that contradicts a
 * checkpoint already signed (entries deleted by the database's owner and the head set back: security review
 * 19, LOW-2), nor a log the tables disagree with. Nothing is appended here.
 */
import { existsSync } from 'node:fs';
import { InterdictError } from '../../errors/index.ts';
import type { SqlExec } from '../../store/index.ts';
import type { SigningKey } from './audit-key.ts';
import type { ChainPoint } from './audit-log.ts';
import { readCheckpoints, takeCheckpoint, type Checkpoint } from './checkpoints.ts';
import { verifyAudit } from './verify-audit.ts';

/**
 * Verify the whole log against the file's checkpoints signed with this key (one signed with another key, before
 * a rotation, is for `audit verify` to check with that key), then sign the head: walked from `from` when given
 * (a point the caller verified; the entries after it are walked again for their hashes and MACs).
 */
export async function signHeadFor(db: SqlExec, key: SigningKey, file: string, from?: ChainPoint): Promise<Checkpoint> {
  const all = existsSync(file) ? readCheckpoints(file) : [];
  assertRotationOrder(all, key.keyId, file);
  const earlier = all.filter((c) => c.keyId === key.keyId);
  const v = await verifyAudit(db, { checkpoints: earlier, keys: [key.publicKey] });
  if (!v.ok) {
    const at = v.firstBad !== undefined ? `entry ${v.firstBad}: ` : '';
    throw Object.assign(new InterdictError('AUDIT_STORE', `the audit log does not verify, so it is not signed: ${at}${v.problem ?? 'it does not hold'}`), { verify: v });
  }
  return takeCheckpoint(db, key, from, earlier);
}

/**
 * Checkpoints of other keys are a rotation's past only while they come before this key's first one: after
 * it, a line signed with another key was not written by this deployment (a line added to the file), and
 * signing on below it would hide it until the next verify (security review 22, LOW). Refused, naming it.
 */
function assertRotationOrder(cps: readonly Checkpoint[], keyId: string, file: string): void {
  const first = cps.findIndex((c) => c.keyId === keyId);
  if (first < 0) return;
  const stray = cps.findIndex((c, i) => i > first && c.keyId !== keyId);
  if (stray < 0) return;
  const c = cps[stray]!;
  throw Object.assign(new InterdictError('AUDIT_CHECKPOINT', `${file}: checkpoint ${stray + 1} (entry ${c.seq}) is signed with key ${c.keyId}, after checkpoints of this key (${keyId}): not a rotation's past, so nothing is signed below it; check it with "audit verify --checkpoints ${file} --public-key FILE"`, { file, record: stray + 1 }), {
    verify: { ok: false, firstBad: c.seq, problem: `checkpoint ${stray + 1} is signed with another key (${c.keyId}) after this key's` },
  });
}
