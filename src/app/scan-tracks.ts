/**
 * The "scan a track file" use case: read AIS positions (a window of them), find events, and give every
 * event that involves a DPRK-flagged or designated vessel the `check` decision of a vessel-transfer on
 * its date, with the law in force then. Other events carry no decision.
 */
import { evaluate } from '../check/evaluate.ts';
import type { CheckContext } from '../check/context.ts';
import type { Transaction, Vessel } from '../check/transaction.ts';
import { loadLaw, type Law } from '../law/index.ts';
import type { DesignatedVessels } from '../ships/designated-vessels.ts';
import type { ShipEvent } from '../ships/event.ts';
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
  const ctx: CheckContext = designated ? { screenVessel: vesselScreener(designated) } : {};
  const out = events.map(({ event, concern }) => (concern ? withDecision(event, law, ctx, designated) : event));
  return designated ? { events: out, stats, vesselList: designated.version } : { events: out, stats };
}

function withDecision(e: ShipEvent, law: Law, ctx: CheckContext, designated: DesignatedVessels | undefined): ShipEvent {
  const tx: Transaction = {
    type: 'vessel-transfer',
    date: e.start.slice(0, 10),
    vessels: e.vessels.map((v) => {
      const x: Vessel = {};
      if (v.name !== undefined) x.name = v.name;
      // A transaction names vessels by IMO number and name, not MMSI: a vessel that broadcasts a listed
      // MMSI and no IMO number is screened as the listed ship that MMSI identifies.
      const byMmsi = v.imo === undefined ? designated?.match({ mmsi: v.mmsi }).find((m) => m.by === 'mmsi') : undefined;
      if (v.imo !== undefined) x.imo = v.imo;
      else if (byMmsi) x.imo = byMmsi.vessel.imo;
      if (v.flag !== 'unknown') x.flag = v.flag;
      return x;
    }),
  };
  const d = evaluate(tx, law, ctx);
  return { ...e, reasons: d.reasons, check: { outcome: d.outcome, obligations: d.obligations, lawVersion: d.lawVersion, evaluatedFor: d.evaluatedFor } };
}
