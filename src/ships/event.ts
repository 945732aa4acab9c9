/** What `ais scan` reports (CONTRACT §5). */
import type { FlagSource } from './mid-flags.ts';

/**
 * A citation an event carries: the shape of a `check` reason (CONTRACT §1), declared here so ships does
 * not import check (the app layer, which computes the decisions, joins the two).
 */
export interface EventReason {
  measure: string;
  resolution: number;
  paragraph: string;
  effect: 'prohibits' | 'conditions' | 'permits' | 'requires-review';
  summary: string;
  confidence: string;
  field?: string;
}

/** A duty a decision creates, as `check` states it. */
export interface EventObligation {
  kind: string;
  due: string;
  resolution: number;
  paragraph: string;
}

export type EventKind = 'encounter' | 'ais-gap' | 'identity' | 'port-call' | 'designated' | 'loitering';

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
  reasons: EventReason[];
  /** The `check` decision of a vessel-transfer on the event's date, when a DPRK-flagged or designated vessel is involved. */
  check?: { outcome: 'prohibited' | 'conditional' | 'permitted' | 'review'; obligations: EventObligation[]; lawVersion: string; evaluatedFor: string };
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
