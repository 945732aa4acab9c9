/**
 * What an `ais scan` event can show in law, by what it is (REGIME §6): a table keyed by event kind.
 *  - encounter: a ship-to-ship transfer — check's vessel-transfer decision (2375 para 11 with a
 *    DPRK-flagged vessel; a designated vessel's own measures);
 *  - port-call of a designated vessel with a port-entry ban: the port State's duty to deny it entry
 *    (2371 para 6, 2375 para 6), for that State;
 *  - designated (a listed vessel sighted): the flag State's duty to de-register it and the freeze;
 *  - ais-gap, identity, and every kind this table does not know (new detectors add kinds): evidence
 *    only, never a decision.
 * A designation counts only from its date: nothing before it is attributed to it.
 */
import { evaluate } from '../check/evaluate.ts';
import type { CheckContext } from '../check/context.ts';
import type { Reason } from '../check/decision.ts';
import type { Transaction, Vessel } from '../check/transaction.ts';
import type { Law, Measure } from '../law/index.ts';
import type { DesignatedVessel, DesignatedVessels } from '../ships/designated-vessels.ts';
import type { EventDecision, EventReason, EventVessel, ShipEvent } from '../ships/event.ts';

export interface EventLawContext {
  law: Law;
  check: CheckContext;
  designated: DesignatedVessels | undefined;
}

type Rule = (e: ShipEvent, ctx: EventLawContext) => EventDecision | undefined;

/** The listed vessel an event's vessel is, designated on or before `day` (a look-alike IMO is not enough). */
function listedOn(v: EventVessel, day: string, list: DesignatedVessels | undefined): DesignatedVessel | undefined {
  if (!list) return undefined;
  const q = { mmsi: v.mmsi, ...(v.imo !== undefined ? { imo: v.imo } : {}), ...(v.name !== undefined ? { name: v.name } : {}) };
  return list.match(q).find((m) => m.by !== 'imo-near-miss' && m.vessel.designated <= day)?.vessel;
}

function decision(basis: EventDecision['basis'], reasons: EventReason[], e: ShipEvent, ctx: EventLawContext): EventDecision {
  const worst = reasons.some((r) => r.effect === 'prohibits') ? 'prohibited' : reasons.some((r) => r.effect === 'requires-review') ? 'review' : reasons.some((r) => r.effect === 'conditions') ? 'conditional' : 'permitted';
  return { basis, outcome: worst, reasons, obligations: [], lawVersion: ctx.law.version, evaluatedFor: e.start.slice(0, 10) };
}

function reasonOf(m: Measure, effect: EventReason['effect'], summary: string, field?: string): EventReason {
  const r: EventReason = { measure: m.id, resolution: m.resolution, paragraph: m.paragraph, effect, summary, confidence: m.confidence };
  if (field !== undefined) r.field = field;
  return r;
}

/** A measure in force on `day`, if the law has it. */
function inForce(law: Law, id: string, day: string): Measure | undefined {
  const m = law.byId[id];
  return m && m.effective <= day && (m.lastDay === undefined || m.lastDay >= day) ? m : undefined;
}

/** An encounter is what 2375 para 11 is about: check's decision of a ship-to-ship transfer on its date. */
const encounter: Rule = (e, ctx) => {
  const day = e.start.slice(0, 10);
  if (!e.vessels.some((v) => v.flag === 'KP' || listedOn(v, day, ctx.designated))) return undefined;
  const tx: Transaction = {
    type: 'vessel-transfer',
    date: day,
    vessels: e.vessels.map((v) => {
      const x: Vessel = {};
      if (v.name !== undefined) x.name = v.name;
      // A transaction names vessels by IMO number and name, not MMSI: a vessel that broadcasts a listed
      // MMSI and no IMO number is screened as the listed ship that MMSI identifies; where the list gives
      // that MMSI to several, as the one designated first (on or before the day, if any is): fail closed.
      const byMmsi = v.imo === undefined ? ctx.designated?.match({ mmsi: v.mmsi }).filter((m) => m.by === 'mmsi').sort((a, b) => a.vessel.designated.localeCompare(b.vessel.designated))[0] : undefined;
      if (v.imo !== undefined) x.imo = v.imo;
      else if (byMmsi) x.imo = byMmsi.vessel.imo;
      if (v.flag !== 'unknown') x.flag = v.flag;
      return x;
    }),
  };
  const d = evaluate(tx, ctx.law, ctx.check);
  return { basis: 'ship-to-ship-transfer', outcome: d.outcome, reasons: d.reasons as Reason[], obligations: d.obligations, lawVersion: d.lawVersion, evaluatedFor: d.evaluatedFor };
};

/** A designated vessel entering a port: the port State must deny it entry (2371 para 6, 2375 para 6). */
const portCall: Rule = (e, ctx) => {
  const day = e.start.slice(0, 10);
  const port = String(e.evidence.port ?? 'a port');
  const state = String(e.evidence.country ?? 'the port State');
  const reasons: EventReason[] = [];
  e.vessels.forEach((v, i) => {
    const listed = listedOn(v, day, ctx.designated);
    if (!listed || !listed.legalBases.includes('port-entry-ban')) return;
    const who = `${listed.name} (IMO ${listed.imo}), designated by the 1718 Committee on ${listed.designated} with a port-entry ban,`;
    for (const [id, save] of [['unscr-2371-6', ''], ['unscr-2375-6', ', save in an emergency, on return to its port of origin or with Committee approval']] as const) {
      const m = inForce(ctx.law, id, day);
      if (m) reasons.push(reasonOf(m, 'prohibits', `${who} entered ${port} (${state}) on ${day}: the port State (${state}) must deny it entry${save} (${m.resolution} para ${m.paragraph}).`, `vessels[${i}]`));
    }
  });
  return reasons.length > 0 ? decision('port-entry', reasons, e, ctx) : undefined;
};

/** What a listed vessel's designation asks of States when it is sighted: each basis but the port ban. */
const SIGHTING: Record<string, { id: string; what: (flag: string) => string }[]> = {
  deflag: [{ id: 'unscr-2321-12a', what: (flag) => `its flag State${flag !== 'unknown' ? ` (${flag}, as broadcast)` : ''} must de-register it, and no State may register it` }],
  'vessel-asset-freeze': [{ id: 'unscr-2321-12d', what: () => 'the vessel itself is frozen property: States freeze it and allow no dealings with it' }],
  'asset-freeze': [{ id: 'unscr-1718-8d', what: () => 'it is an economic resource of a designated owner: States freeze it and allow no dealings with it' }],
};

/** A listed vessel sighted: the flag State's and the freeze duties it engages, to act on (review), not an act prohibited. */
const sighting: Rule = (e, ctx) => {
  const day = e.start.slice(0, 10);
  const listed = e.evidence.listed as { name: string; imo: string; designated: string; legalBases: string[] } | undefined;
  if (!listed || listed.designated > day) return undefined;
  const at = 'vessels[0]';
  if (e.evidence.matchedBy === 'imo-near-miss') {
    const m = inForce(ctx.law, 'unscr-2321-12a', day) ?? inForce(ctx.law, 'unscr-2371-6', day);
    return m ? decision('flag-state-and-freeze', [reasonOf(m, 'requires-review', `The vessel broadcasts an IMO number one look-alike digit from ${listed.name} (IMO ${listed.imo}), designated on ${listed.designated}; a repainted number is a known evasion: establish which ship this is.`, at)], e, ctx) : undefined;
  }
  const flag = e.vessels[0]?.flag ?? 'unknown';
  const reasons: EventReason[] = [];
  for (const basis of listed.legalBases) {
    for (const duty of SIGHTING[basis] ?? []) {
      const m = inForce(ctx.law, duty.id, day);
      if (m) reasons.push(reasonOf(m, 'requires-review', `${listed.name} (IMO ${listed.imo}), designated by the 1718 Committee on ${listed.designated}, was seen on ${day}: ${duty.what(flag)} (${m.resolution} para ${m.paragraph}). A sighting is no act to prohibit: notify and act on these duties.`, at));
    }
  }
  return reasons.length > 0 ? decision('flag-state-and-freeze', reasons, e, ctx) : undefined;
};

/** The table: an event kind not in it (ais-gap, identity, loitering, ...) is evidence only. */
export const EVENT_LAW: Readonly<Record<string, Rule>> = {
  encounter,
  'port-call': portCall,
  designated: sighting,
};

/** The event with its decision (and the contract's `reasons` and `check` mirroring it), or as evidence only. */
export function withEventLaw(e: ShipEvent, ctx: EventLawContext): ShipEvent {
  const rule = Object.hasOwn(EVENT_LAW, e.kind) ? EVENT_LAW[e.kind] : undefined;
  const d = rule?.(e, ctx);
  if (!d) return { ...e, reasons: [] };
  return { ...e, reasons: d.reasons, check: { outcome: d.outcome, obligations: d.obligations, lawVersion: d.lawVersion, evaluatedFor: d.evaluatedFor }, decision: d };
}
