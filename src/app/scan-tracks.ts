/**
 * The "scan a track file" use case: read AIS positions (a window of them), find events, and give each
 * the decision its kind can show in law on its date (event-law.ts: encounters the ship-to-ship transfer
 * decision, port calls of designated vessels the port-entry ban, sightings of listed vessels the flag
 * State's and freeze duties); gaps, identity tricks and unknown kinds stay evidence only.
 */
import type { CheckContext } from '../check/context.ts';
import { loadLaw, type Law } from '../law/index.ts';
import type { DesignatedVessels } from '../ships/designated-vessels.ts';
import type { ShipEvent } from '../ships/event.ts';
import { withEventLaw } from './event-law.ts';
import { openVesselList } from '../ships/open-vessel-list.ts';
import { loadPorts } from '../ships/ports.ts';
import { forEachLineBytes } from '../ships/read-lines.ts';
import { Scan, type ScanStats } from '../ships/scan.ts';
import type { ScanOptions } from '../ships/scan-options.ts';
import { vesselScreener } from './vessel-screener.ts';

export interface ScanTracksRequest {
  file: string;
  options: ScanOptions;
  /** Where the 1718 vessels list was imported (as --db); see openVesselList. */
  db?: string;
  /** A list already in hand (tests, the service); wins over `db`. */
  designated?: DesignatedVessels;
  law?: Law;
}

export interface ScanTracksResult {
  events: ShipEvent[];
  stats: ScanStats;
  /** The 1718 list version screened against, or undefined when none was imported. */
  vesselList?: string;
}

export async function scanTracks(req: ScanTracksRequest): Promise<ScanTracksResult> {
  const designated = req.designated ?? (await openVesselList(req.db));
  const law = req.law ?? loadLaw();
  const scan = new Scan(req.options, designated ? { ports: loadPorts(), designated } : { ports: loadPorts() });
  await forEachLineBytes(req.file, (b, from, to) => scan.pushBytes(b, from, to));
  const { events, stats } = scan.finish();
  const check: CheckContext = designated ? { screenVessel: vesselScreener(designated) } : {};
  // Each event by what it is (event-law.ts): only some kinds can show anything in law.
  const out = events.map(({ event }) => withEventLaw(event, { law, check, designated }));
  return designated ? { events: out, stats, vesselList: designated.version } : { events: out, stats };
}
