/**
 * `ais enqueue`: store a file's positions in PostgreSQL (partitioned by day) and put its windows on the
 * job queue. Windows are [k·w, (k+1)·w) on an absolute grid covering every time the input holds; each is
 * scanned with the overlap (`overlapHours`) that makes the windows' events partition one pass's. The
 * same content enqueued again stores nothing twice (its digest is kept) and queues the same windows,
 * which replace the ones still waiting.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import graphileWorker from 'graphile-worker';
import { InterdictError } from '../../errors/index.ts';
import { beginInput, inputRange, migrateShips, PositionWriter } from '../../ships/position-store.ts';
import { PositionReader } from '../../ships/read-positions.ts';
import { forEachLineBytes } from '../../ships/read-lines.ts';
import { checkScanOptions, checkWindowMs, type ScanOptions } from '../../ships/scan-options.ts';
import { parseDbTarget } from '../../store/db-target.ts';
import { openDatabase } from '../../store/open-database.ts';
import { FIND_EVENTS, queueLogger, windowJobKey, type WindowJob } from './job-queue.ts';
import { whyUnreadable } from '../../io/input-source.ts';

export interface EnqueueRequest {
  file: string;
  db: string;
  windowMs: number;
  options: ScanOptions;
}

export interface EnqueueResult {
  windows: number;
  /** Positions stored now (0 when this content was stored before). */
  positions: number;
  alreadyStored: boolean;
  from?: string;
  to?: string;
}

/** A PostgreSQL URL from --db (the queue needs PostgreSQL), refused plainly otherwise. */
export function queueDatabase(db: string | undefined): string {
  const target = parseDbTarget(db);
  if (target.kind !== 'postgres') throw new InterdictError('SHIPS_BAD_FLAG', '--db must be a postgres:// URL: the job queue and the stored positions live in PostgreSQL', { field: 'db' });
  return target.url;
}

async function digestOf(file: string): Promise<string> {
  if (file === '-') return `stdin-${randomUUID()}`; // read once: cannot be recognised again
  const h = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  } catch (e) {
    throw new InterdictError('SHIPS_BAD_INPUT', `cannot read "${file}": ${whyUnreadable(e)}`, { file });
  }
  return h.digest('hex');
}

export async function enqueueWindows(req: EnqueueRequest): Promise<EnqueueResult> {
  checkScanOptions(req.options);
  checkWindowMs(req.windowMs);
  const url = queueDatabase(req.db);
  const digest = await digestOf(req.file);
  const driver = await openDatabase({ kind: 'postgres', url }, { access: 'write' });
  let first: number | null;
  let last: number | null;
  let positions = 0;
  let alreadyStored = false;
  try {
    await migrateShips(driver);
    const id = await beginInput(driver, digest, req.file === '-' ? 'stdin' : req.file);
    if (id === undefined) {
      alreadyStored = true;
      const r = await inputRange(driver, digest);
      first = r?.first ?? null;
      last = r?.last ?? null;
    } else {
      const writer = new PositionWriter(driver, id);
      const reader = new PositionReader(writer);
      try {
        await forEachLineBytes(req.file, (b, from, to) => {
          reader.pushBytes(b, from, to);
          if (writer.full) return writer.write();
        });
        await writer.flush();
      } catch (e) {
        // Nothing half-stored stays recognised as stored: the input and its rows go.
        await driver.run('DELETE FROM ais_positions WHERE input_id = ?', [id]).catch(() => undefined);
        await driver.run('DELETE FROM ais_statics WHERE input_id = ?', [id]).catch(() => undefined);
        await driver.run('DELETE FROM ais_inputs WHERE id = ?', [id]).catch(() => undefined);
        throw e;
      }
      positions = writer.positions;
      first = Number.isFinite(writer.first) ? writer.first : null;
      last = Number.isFinite(writer.last) ? writer.last : null;
    }
  } finally {
    await driver.close();
  }
  if (first === null || last === null) throw new InterdictError('SHIPS_BAD_INPUT', `no usable position in ${req.file}`, { file: req.file });
  const { from: _f, to: _t, ...options } = req.options;
  const jobs: WindowJob[] = [];
  for (let w = Math.floor(first / req.windowMs) * req.windowMs; w <= last; w += req.windowMs) jobs.push({ from: w, to: w + req.windowMs, options });
  const utils = await graphileWorker.makeWorkerUtils({ connectionString: url, logger: queueLogger });
  try {
    await utils.migrate();
    for (const j of jobs) await utils.addJob(FIND_EVENTS, j, { jobKey: windowJobKey(j), maxAttempts: 5 });
  } finally {
    await utils.release();
  }
  const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');
  return { windows: jobs.length, positions, alreadyStored, from: iso(jobs[0]!.from), to: iso(jobs[jobs.length - 1]!.to) };
}
