/**
 * The lists loaded last in this process, by content hash and source: a second load of the same file
 * (the bundled list read by two parts of one command, a server answering many requests) costs a read
 * and a hash (a few ms) instead of a parse. Bounded so old releases do not pile up.
 */
import { createHash } from 'node:crypto';
import type { UnList } from './model.ts';

const MAX = 4;
const recent = new Map<string, UnList>();

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function recallList(sha256: string, source: string): UnList | undefined {
  return recent.get(`${sha256}\u0000${source}`);
}

/** Remember a list. INVARIANT: only complete, frozen lists are remembered. */
export function rememberList(list: UnList): UnList {
  recent.set(`${list.version.sha256}\u0000${list.source}`, list);
  if (recent.size > MAX) recent.delete(recent.keys().next().value!);
  return list;
}

/** Freeze an object and everything it holds. */
export function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}
