/**
 * `ais worker`: take windows off the queue and run `find-events` on each, until the queue is empty
 * (`exitWhenIdle`) or forever. Any number of these, on any number of machines, against one PostgreSQL:
 * graphile-worker hands each job to one worker at a time (SKIP LOCKED), retries a failed one with
 * back-off, and a job whose worker died is taken again once its lock expires.
 */
import { randomBytes } from 'node:crypto';
import graphileWorker, { type TaskList } from 'graphile-worker';
import { InterdictError } from '../../errors/index.ts';
import { WORKER_STALE_SECONDS } from '../../io/limits.ts';
import { loadLaw } from '../../law/index.ts';
import { migrateShips } from '../../ships/position-store.ts';
import { loadPorts } from '../../ships/ports.ts';
import { openDatabase } from '../../store/open-database.ts';
import { queueDatabase } from './enqueue-windows.ts';
import { findEventsInWindow, windowJobOf, type WindowResult } from './find-events-in-window.ts';
import { FIND_EVENTS, queueLogger } from './job-queue.ts';

export interface WorkerRequest {
  db: string;
  exitWhenIdle: boolean;
  /** A worker not seen for this long (s) is taken for dead and its windows unlocked (default 120). */
  staleSeconds?: number;
  /** Called after each window (the CLI reports progress on stderr). */
  onWindow?: (from: number, to: number, r: WindowResult) => void;
}

export interface WorkerSummary {
  windows: number;
  positions: number;
  events: number;
  stored: number;
}

export async function runWorkers(req: WorkerRequest): Promise<WorkerSummary> {
  // A worker taken for dead at once (0, negative) would have every window run again while it runs.
  const { min, max } = WORKER_STALE_SECONDS;
  const stale = req.staleSeconds ?? WORKER_STALE_SECONDS.default;
  if (!Number.isInteger(stale) || stale < min || stale > max) {
    throw new InterdictError('SHIPS_BAD_INPUT', `staleSeconds must be a whole number of seconds from ${min} to ${max}, not ${String(stale).slice(0, 40)}`, { field: 'stale-after' });
  }
  const url = queueDatabase(req.db);
  const driver = await openDatabase({ kind: 'postgres', url }, { access: 'write' });
  const summary: WorkerSummary = { windows: 0, positions: 0, events: 0, stored: 0 };
  const utils = await graphileWorker.makeWorkerUtils({ connectionString: url, logger: queueLogger });
  const staleMs = stale * 1000;
  // This process's one worker id, chosen here and seen (beat) before graphile-worker may lock a job for
  // it: an id first seen in the task would leave a window locked by a worker killed between the lock and
  // the task's start, never taken for dead (it was never seen), its window never run again.
  const workerId = `worker-${randomBytes(9).toString('hex')}`;

  // Heartbeat: this process's worker is seen now; workers not seen for staleMs are dead, and
  // graphile-worker would keep their windows locked for 4 hours: unlock them for us and the others.
  const beat = async () => {
    const now = Date.now();
    await driver.run('INSERT INTO ais_workers (worker_id, seen_at) VALUES (?, ?) ON CONFLICT (worker_id) DO UPDATE SET seen_at = excluded.seen_at', [workerId, now]);
    const dead = (await driver.all<{ worker_id: string }>('SELECT worker_id FROM ais_workers WHERE seen_at < ?', [now - staleMs])).map((r) => r.worker_id).filter((id) => id !== workerId);
    if (dead.length === 0) return;
    await utils.forceUnlockWorkers(dead);
    await driver.run(`DELETE FROM ais_workers WHERE worker_id IN (${dead.map(() => '?').join(', ')})`, dead);
  };
  let timer: NodeJS.Timeout | undefined;
  try {
    await migrateShips(driver);
    await utils.migrate();
    const law = loadLaw();
    const ports = loadPorts();
    const taskList: TaskList = {
      [FIND_EVENTS]: async (payload) => {
        const job = windowJobOf(payload);
        const r = await findEventsInWindow(driver, job, { law, ports });
        summary.windows++;
        summary.positions += r.positions;
        summary.events += r.events;
        summary.stored += r.stored.length;
        req.onWindow?.(job.from, job.to, r);
      },
    };
    await beat();
    // Four beats within the stale time (a quarter of a second at the least): a live worker is never
    // taken for dead by a beat that came late, even with the shortest --stale-after.
    timer = setInterval(() => void beat().catch(() => undefined), Math.max(250, Math.min(10000, staleMs / 4)));
    // One job at a time per process: a window's scan is CPU-bound; more processes use more cores.
    const options = { connectionString: url, taskList, concurrency: 1 as const, workerId, logger: queueLogger, pollInterval: 500 };
    if (req.exitWhenIdle) await graphileWorker.runOnce(options);
    else await (await graphileWorker.run(options)).promise;
  } finally {
    clearInterval(timer);
    // A worker that ends cleanly holds nothing: forget it.
    await driver.run('DELETE FROM ais_workers WHERE worker_id = ?', [workerId]).catch(() => undefined);
    await utils.release();
    await driver.close();
  }
  return summary;
}
