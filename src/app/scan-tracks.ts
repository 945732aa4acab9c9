/**
 * The "scan a track file" use case: read AIS positions (a window of them), find events, and give each
 * the decision its kind can show in law on its date (event-law.ts: encounters the ship-to-ship transfer
 * decision, port calls of designated vessels the port-entry ban, sightings of listed vessels the flag
 * State's and freeze duties); gaps, identity tricks and unknown kinds stay evidence only.
 */
import { loadLaw, type Law } from '../law/index.ts';
import type { DesignatedVessels } from '../ships/designated-vessels.ts';
import type { ShipEvent } from '../ships/event.ts';
import { judgeEvents } from './ships/judge-events.ts';
import { storeEvents } from './ships/store-events.ts';
import { openHeldVesselList } from './held-vessels.ts';
import { parseDbTarget } from '../store/db-target.ts';
import { openDatabase } from '../store/open-database.ts';
import { isInterdictError } from '../errors/index.ts';
import { loadPorts } from '../ships/ports.ts';
import { forEachLineBytes } from '../ships/read-lines.ts';
import { Scan, type ScanStats } from '../ships/scan.ts';
import { checkScanOptions, type ScanOptions } from '../ships/scan-options.ts';

export interface ScanTracksRequest {
  file: string;
  options: ScanOptions;
  /** Where the 1718 vessels list was imported (as --db); see openHeldVesselList: held to the log as `check` holds it. */
  db?: string;
  /** A list already in hand (tests, the service); wins over `db`. */
  designated?: DesignatedVessels;
  law?: Law;
  /** Store the events in `db` too (each once: CONTRACT §5a `--save`). */
  save?: boolean;
}

export interface ScanTracksResult {
  events: ShipEvent[];
  stats: ScanStats;
  /** The 1718 list version screened against, or undefined when none was imported. */
  vesselList?: string;
  /** With `save`: how many events were stored now (the rest were stored before). */
  saved?: number;
}

export async function scanTracks(req: ScanTracksRequest): Promise<ScanTracksResult> {
  checkScanOptions(req.options);
  // With --save, a database that does not exist yet holds no list; it is created after the scan, to
  // hold the events (bad input stores nothing, not even an empty file).
  const designated = req.designated ?? (await openHeldVesselList(req.db).catch((e: unknown) => {
    if (req.save && isInterdictError(e) && e.code === 'STORE_NOT_FOUND') return undefined;
    throw e;
  }));
  const law = req.law ?? loadLaw();
  const scan = new Scan(req.options, designated ? { ports: loadPorts(), designated } : { ports: loadPorts() });
  await forEachLineBytes(req.file, (b, from, to) => scan.pushBytes(b, from, to));
  const { events, stats } = scan.finish();
  // Each event by what it is (event-law.ts): only some kinds can show anything in law.
  const judged = judgeEvents(events, law, designated);
  const out = judged.map((j) => j.event);
  const result: ScanTracksResult = designated ? { events: out, stats, vesselList: designated.version } : { events: out, stats };
  if (req.save && stats.positions > 0) {
    const driver = await openDatabase(parseDbTarget(req.db), { access: 'write' });
    try {
      result.saved = (await storeEvents(driver, judged)).length;
    } finally {
      await driver.close();
    }
  }
  return result;
}
