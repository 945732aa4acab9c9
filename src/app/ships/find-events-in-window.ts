/**
 * The `find-events` task: one window's events from the stored positions — read back in the order they
 * were read (with the overlap and the days' static reports), scanned, judged in law, stored once each.
 * Shared by every worker on every machine; a window run twice (a retry after a killed worker, a window
 * queued again) stores nothing twice.
 */
import { InterdictError } from '../../errors/index.ts';
import type { Law } from '../../law/index.ts';
import type { StoredEvent } from '../../ships/event-store.ts';
import { readWindow } from '../../ships/position-store.ts';
import type { PortIndex } from '../../ships/ports.ts';
import { Scan } from '../../ships/scan.ts';
import { checkScanOptions, DEFAULT_SCAN_OPTIONS, type ScanOptions, type ScanThreshold } from '../../ships/scan-options.ts';
import { loadHeldVesselList } from '../held-vessels.ts';
import type { SqlDriver } from '../../store/sql-driver.ts';
import type { WindowJob } from './job-queue.ts';
import { judgeEvents } from './judge-events.ts';
import { storeEvents } from './store-events.ts';

export interface WindowResult {
  positions: number;
  events: number;
  stored: StoredEvent[];
}

/** A job's payload as the queue hands it over (JSON written by `ais enqueue`), checked before use. */
export function windowJobOf(payload: unknown): WindowJob {
  const p = payload as Partial<WindowJob> | null;
  if (!p || typeof p.from !== 'number' || typeof p.to !== 'number' || !(p.to > p.from)) throw new InterdictError('SHIPS_BAD_INPUT', `a find-events job needs a window {from, to} (ms), not ${JSON.stringify(payload)?.slice(0, 80)}`, { field: 'payload' });
  // The options within the bounds every caller gets (a job queued by another program is refused, not run unbounded).
  const given = (typeof p.options === 'object' && p.options !== null ? p.options : {}) as Partial<Record<ScanThreshold, unknown>>;
  checkScanOptions(given, 'options');
  const options: Omit<ScanOptions, 'from' | 'to'> = { ...DEFAULT_SCAN_OPTIONS };
  for (const k of Object.keys(DEFAULT_SCAN_OPTIONS) as ScanThreshold[]) {
    const v = given[k];
    if (typeof v === 'number') options[k] = v;
  }
  return { from: p.from, to: p.to, options };
}

export async function findEventsInWindow(driver: SqlDriver, job: WindowJob, ctx: { law: Law; ports: PortIndex }): Promise<WindowResult> {
  const designated = await loadHeldVesselList(driver);
  const scan = new Scan({ ...job.options, from: job.from, to: job.to }, designated ? { ports: ctx.ports, designated } : { ports: ctx.ports });
  const positions = await readWindow(driver, scan.range, scan.sink);
  const { events } = scan.finish();
  const stored = await storeEvents(driver, judgeEvents(events, ctx.law, designated));
  return { positions, events: events.length, stored };
}
