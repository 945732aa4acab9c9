/**
 * Events from what vessels say about themselves, one per vessel (or IMO number) and UTC day: an IMO
 * number whose check digit fails, a flag the MMSI's MID contradicts, one IMO number on two MMSIs, and a
 * vessel on the 1718 list. Per day, so any window that sees the whole day gives the same event.
 */
import type { DesignatedVessels } from './designated-vessels.ts';
import { isValidShipImo } from '../geo/imo.ts';
import { flagOfMmsi } from './mid-flags.ts';
import type { DayFacts } from './track-store.ts';

export interface FactEvent {
  kind: 'identity' | 'designated';
  mmsis: number[];
  start: number;
  end: number;
  lat: number;
  lon: number;
  evidence: Record<string, unknown>;
}

export function dailyFactEvents(days: Iterable<DayFacts>, designated: DesignatedVessels | undefined): FactEvent[] {
  const out: FactEvent[] = [];
  const byImoDay = new Map<string, { imo: string; f: DayFacts; t: number }[]>();
  for (const f of days) {
    if (!Number.isFinite(f.first)) continue; // static reports only, no position that day
    const at = { lat: f.lat, lon: f.lon, end: f.last };
    for (const [imo, t] of f.imos) {
      if (!isValidShipImo(imo)) out.push({ kind: 'identity', mmsis: [f.mmsi], start: t, ...at, evidence: { check: 'invalid-imo', imo, reason: 'the check digit fails' } });
      const k = `${imo}|${f.day}`;
      byImoDay.set(k, [...(byImoDay.get(k) ?? []), { imo, f, t }]);
    }
    for (const [imo, t] of f.badImos) out.push({ kind: 'identity', mmsis: [f.mmsi], start: t, ...at, evidence: { check: 'invalid-imo', imo, reason: 'not seven digits' } });
    const mid = flagOfMmsi(f.mmsi);
    for (const [flag, t] of f.flags) {
      if (mid !== undefined && flag !== mid) out.push({ kind: 'identity', mmsis: [f.mmsi], start: t, ...at, evidence: { check: 'flag-contradicts-mid', flag, midFlag: mid, mid: Math.floor(f.mmsi / 1000000) } });
    }
    if (designated) {
      const hits = new Map<string, { t: number; by: string; seen: string }>();
      const note = (imo: string, t: number, by: string, seen: string) => {
        const h = hits.get(imo);
        if (!h || t < h.t) hits.set(imo, { t, by, seen });
      };
      for (const m of designated.match({ mmsi: f.mmsi })) note(m.vessel.imo, f.first, m.by, String(f.mmsi));
      for (const [imo, t] of f.imos) for (const m of designated.match({ imo })) note(m.vessel.imo, t, m.by, imo);
      for (const [name, t] of f.names) for (const m of designated.match({ name })) note(m.vessel.imo, t, m.by, name);
      const day = new Date(f.day).toISOString().slice(0, 10);
      for (const [imo, h] of hits) {
        const v = designated.vessels.find((x) => x.imo === imo)!;
        if (v.designated > day) continue; // not yet on the list that day
        out.push({ kind: 'designated', mmsis: [f.mmsi], start: h.t, ...at, evidence: { listed: { name: v.name, imo: v.imo, designated: v.designated, legalBases: v.legalBases }, matchedBy: h.by, seen: h.seen, listVersion: designated.version } });
      }
    }
  }
  for (const list of byImoDay.values()) {
    const mmsis = [...new Set(list.map((x) => x.f.mmsi))].sort((a, b) => a - b);
    if (mmsis.length < 2) continue;
    const times = list.map((x) => x.t).sort((a, b) => a - b);
    const first = list.reduce((a, b) => (b.t < a.t ? b : a));
    out.push({
      kind: 'identity', mmsis, start: times[1]!, end: Math.max(...list.map((x) => x.f.last)), lat: first.f.lat, lon: first.f.lon,
      evidence: { check: 'imo-on-two-mmsis', imo: list[0]!.imo },
    });
  }
  return out;
}
