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

/** Every kind of event `ais scan` reports, listed once (the CLI's --kind, the API's kind, the page's filter). */
export const EVENT_KINDS = ['encounter', 'loitering', 'ais-gap', 'identity', 'port-call', 'designated'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export function isEventKind(k: string): k is EventKind {
  return (EVENT_KINDS as readonly string[]).includes(k);
}

/**
 * What an event shows in law, kept apart from its `evidence`: the measures it engages, judged on the
 * event's date. `basis` says which kind of rule: a ship-to-ship transfer (2375 para 11 and the
 * vessels' designations), a port State's duty to deny entry (2371 para 6, 2375 para 6), or the flag
 * State's and freeze duties a designated vessel's sighting engages. Events of other kinds have none.
 */
export interface EventDecision {
  basis: 'ship-to-ship-transfer' | 'port-entry' | 'flag-state-and-freeze';
  outcome: 'prohibited' | 'conditional' | 'permitted' | 'review';
  reasons: EventReason[];
  obligations: EventObligation[];
  lawVersion: string;
  evaluatedFor: string;
}

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
  /** What was observed: distances, durations, the listed entry matched. Never a legal conclusion. */
  evidence: Record<string, unknown>;
  /** The decision's reasons (empty for an event that is evidence only): kept for CONTRACT §5. */
  reasons: EventReason[];
  /** The decision's outcome, duties, law version and date (CONTRACT §5), when the event engages a measure. */
  check?: { outcome: 'prohibited' | 'conditional' | 'permitted' | 'review'; obligations: EventObligation[]; lawVersion: string; evaluatedFor: string };
  /** What the event shows in law, when its kind can show anything (see EventDecision). */
  decision?: EventDecision;
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
