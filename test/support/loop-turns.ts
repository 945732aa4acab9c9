// How a test sees sliced work give the event loop its turns, without depending on how fast the machine is.
import { mock } from 'node:test';
import { SLICE_MS } from '../../src/app/slices.ts';

/** The event loop's turns while `work` runs: a setImmediate that re-arms itself runs once a turn. */
export async function turnsDuring<T>(work: () => Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let done = false;
  const tick = (): void => {
    if (done) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  try {
    const value = await work();
    return { value, turns };
  } finally {
    done = true;
  }
}

/** `work` with a clock on which every reading is a slice later: each item of sliced work ends its slice. */
export async function withSlowClock<T>(work: () => Promise<T>): Promise<T> {
  let t = performance.now();
  const now = mock.method(performance, 'now', () => (t += SLICE_MS));
  try {
    return await work();
  } finally {
    now.mock.restore();
  }
}
