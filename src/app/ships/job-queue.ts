/**
 * The job queue the windows go on: graphile-worker (docs/ships.md, "Windows as jobs", says why) in the
 * same PostgreSQL database as the positions and events, in its own schema. One task, `find-events`,
 * whose payload is one window; a window's job key makes queuing it again replace the waiting job, never
 * add a second.
 */
// graphile-worker is CommonJS: its named exports are read off the module object.
import graphileWorker from 'graphile-worker';
import type { ScanOptions } from '../../ships/scan-options.ts';

export const FIND_EVENTS = 'find-events';

export interface WindowJob {
  /** The window [from, to), ms since 1970. */
  from: number;
  to: number;
  /** The thresholds the window is scanned with (`ais enqueue`'s flags). */
  options: Omit<ScanOptions, 'from' | 'to'>;
}

export const windowJobKey = (j: Pick<WindowJob, 'from' | 'to'>) => `${FIND_EVENTS}:${j.from}:${j.to}`;

/** graphile-worker's messages go to stderr (stdout is the command's output), warnings and errors only. */
export const queueLogger = new graphileWorker.Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') process.stderr.write(`job queue: ${message}\n`);
});
