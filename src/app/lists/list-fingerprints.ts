import { createHash } from 'node:crypto';
import { recordFingerprint } from '../../screening/list-diff.ts';
import type { UnList } from '../../screening/un-list/index.ts';

/** A fingerprint of each record (by reference) that changes exactly when the record is amended. */
export function fingerprintsOf(list: UnList): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of list.records) out.set(r.ref, createHash('sha256').update(recordFingerprint(r)).digest('hex').slice(0, 32));
  return out;
}
