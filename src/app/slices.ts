/**
 * Long work in slices: one request's batch (10,000 names, transactions or subjects) gives the event loop
 * back every few milliseconds, so a server answers others (its health check first) while it works.
 * The work and its result are exactly those of a plain loop; only the waiting is shared.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';

/** How long one slice may run before the event loop gets a turn. */
export const SLICE_MS = 10;

export interface SliceOptions {
  sliceMs?: number;
  /** The most work the whole map may take (its slices summed, not the waits between them); past it `over(i)`, the item reached, is thrown. */
  budget?: { workMs: number; over: (i: number) => Error; charge?: (ms: number) => void };
}

/** `items` an array, or an iterable whose items are made as the map reaches them (their making counts as work). */
export async function mapInSlices<T, R>(items: readonly T[] | Iterable<T>, fn: (item: T, i: number) => R, opts: SliceOptions = {}): Promise<R[]> {
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  const array = Array.isArray(items) ? (items as readonly T[]) : undefined;
  const out: R[] = array === undefined ? [] : new Array<R>(array.length);
  const iterator = array === undefined ? (items as Iterable<T>)[Symbol.iterator]() : undefined;
  const charge = opts.budget?.charge;
  let start = performance.now();
  let worked = 0;
  // The next item, or `done`; an array's by index (no iterator made for the common case).
  const done = Symbol('done');
  let at = 0;
  const next = (): T | typeof done => {
    if (array !== undefined) return at < array.length ? array[at]! : done;
    const r = iterator!.next();
    return r.done === true ? done : r.value;
  };
  try {
    for (let item = next(); item !== done; ) {
      const i = at++;
      out[i] = fn(item, i);
      item = next();
      const now = performance.now();
      if (opts.budget !== undefined && item !== done && worked + (now - start) >= opts.budget.workMs) throw opts.budget.over(i + 1);
      if (now - start >= sliceMs) {
        worked += now - start;
        // Each slice is counted as it ends (a credential's work per minute: work-meter.ts), a stopped batch's too.
        charge?.(now - start);
        await yieldToLoop();
        start = performance.now();
      }
    }
  } finally {
    charge?.(performance.now() - start);
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
