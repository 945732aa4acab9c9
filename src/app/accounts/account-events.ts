/**
 * Who must hear that an account changed (its roles, a confirmed grant, a new key, a revocation): the
 * account use cases announce each change once it is committed, on the database handle they changed it
 * through, so no interface has to remember to. The HTTP server's key cache listens and forgets every key
 * at once, whether the change came from the API or the web pages. Other processes on the same database see
 * it within the cache's bound (http/auth.ts).
 */
import type { SqlDriver } from '../../store/index.ts';

const listeners = new WeakMap<SqlDriver, Set<() => void>>();

/** Call `listener` after every account change made through `driver`; returns the way to stop. */
export function onAccountChange(driver: SqlDriver, listener: () => void): () => void {
  let set = listeners.get(driver);
  if (set === undefined) {
    set = new Set();
    listeners.set(driver, set);
  }
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}

/** Told by the account use cases after a change is committed. */
export function announceAccountChange(driver: SqlDriver): void {
  for (const listener of listeners.get(driver) ?? []) listener();
}
