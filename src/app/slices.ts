/**
 * Long work in slices: one request's batch (10,000 names, transactions or subjects) gives the event loop
 * back every few milliseconds, so a server answers others (its health check first) while it works.
 * The work and its result are exactly those of a plain loop; only the waiting is shared.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';

/** How long one slice may run before the event loop gets a turn. */
export const SLICE_MS = 10;

export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T, i: number) => R, sliceMs = SLICE_MS): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let start = performance.now();
  for (let i = 0; i < items.length; i++) {
    out[i] = fn(items[i]!, i);
    if (performance.now() - start >= sliceMs) {
      await yieldToLoop();
      start = performance.now();
    }
  }
  return out;
}

/**
 * The same turn-giving for a loop that is not a map over an array (a walk of pages read one after another):
 * `due()` once per item, and when it says so, `await rest()`.
 */
export function sliceTimer(sliceMs = SLICE_MS): { due(): boolean; rest(): Promise<void> } {
  let start = performance.now();
  return {
    due: () => performance.now() - start >= sliceMs,
    rest: async () => {
      await yieldToLoop();
      start = performance.now();
    },
  };
}
