/**
 * `ais worker`: take windows off the queue and run `find-events` on each, until the queue is empty
 * (`exitWhenIdle`) or forever. Any number of these, on any number of machines, against one PostgreSQL:
 * graphile-worker hands each job to one worker at a time (SKIP LOCKED), retries a failed one with
 * back-off, and a job whose worker died is taken again once its lock expires.
 */
import graphileWorker, { type TaskList } from 'graphile-worker';
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
  const url = queueDatabase(req.db);
  const driver = await openDatabase({ kind: 'postgres', url }, { access: 'write' });
  const summary: WorkerSummary = { windows: 0, positions: 0, events: 0, stored: 0 };
  try {
    await migrateShips(driver);
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
    // One job at a time per process: a window's scan is CPU-bound; more processes use more cores.
    const options = { connectionString: url, taskList, concurrency: 1, logger: queueLogger, pollInterval: 500 };
    if (req.exitWhenIdle) await graphileWorker.runOnce(options);
    else await (await graphileWorker.run(options)).promise;
  } finally {
    await driver.close();
  }
  return summary;
}
