/** What `ais scan` reports (CONTRACT §5). */
import type { Obligation, Outcome, Reason } from '../check/decision.ts';
import type { FlagSource } from './mid-flags.ts';

export type EventKind = 'encounter' | 'ais-gap' | 'identity' | 'port-call' | 'designated';

export interface EventVessel {
  mmsi: number;
  imo?: string;
  name?: string;
  flag: string;
  flagSource: FlagSource;
}

export interface ShipEvent {
  kind: EventKind;
  vessels: EventVessel[];
  start: string;
  end: string;
  lat: number;
  lon: number;
  durationHours: number;
  evidence: Record<string, unknown>;
  reasons: Reason[];
  /** The `check` decision of a vessel-transfer on the event's date, when a DPRK-flagged or designated vessel is involved. */
  check?: { outcome: Outcome; obligations: Obligation[]; lawVersion: string; evaluatedFor: string };
}

/** Oldest first; ties broken so the order never depends on how the input was split. */
export function compareEvents(a: ShipEvent, b: ShipEvent): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  const ka = a.vessels.map((v) => v.mmsi).join(',');
  const kb = b.vessels.map((v) => v.mmsi).join(',');
  if (ka !== kb) return ka < kb ? -1 : 1;
  const ea = JSON.stringify(a.evidence);
  const eb = JSON.stringify(b.evidence);
  return ea < eb ? -1 : ea > eb ? 1 : 0;
}
