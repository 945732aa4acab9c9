/**
 * Loitering (REGIME §6): one vessel under `loiteringMaxKnots` for at least `loiteringHours`, at least
 * `loiteringShoreNm` from shore — waiting for a partner with its AIS off. A run is consecutive slow
 * reports (the reported speed, or the one the neighbours imply where none is given) that the vessel
 * could join slowly: less than `gapHours` apart and no faster than the same limit between them, so a
 * sparse satellite track of a drifting ship is one run and a ship that went dark and came back
 * elsewhere is two. Reports within the shore distance split a run. The shore is looked at only for runs
 * already long enough, and only until a coast is found within the distance.
 */
import { distanceM, knots, meanLon } from './geo.ts';
import { median } from './encounters.ts';
import type { PortIndex } from './ports.ts';
import { impliedAt } from './resample.ts';
import type { ScanOptions } from './scan-options.ts';
import type { Shore } from './shore.ts';
import { round, SHORE_EVIDENCE_NM, type RawEvent } from './raw-event.ts';
import type { Track } from './track-store.ts';

export function loiteringEvents(tr: Track, ports: PortIndex, shore: () => Shore, o: ScanOptions): RawEvent[] {
  const out: RawEvent[] = [];
  const { t, lat, lon, sog } = tr;
  const n = t.length;
  const maxKn = o.loiteringMaxKnots;
  const minMs = o.loiteringHours * 3600000;
  const gapMs = o.gapHours * 3600000;
  const speed = (i: number) => (Number.isNaN(sog[i]!) ? impliedAt(tr, i) : sog[i]!);
  let from = -1;
  for (let i = 0; i <= n; i++) {
    const slow = i < n && speed(i) < maxKn;
    const joins = slow && from >= 0 && t[i]! - t[i - 1]! < gapMs && knots(distanceM(lat[i - 1]!, lon[i - 1]!, lat[i]!, lon[i]!), (t[i]! - t[i - 1]!) / 1000) < maxKn;
    if (from >= 0 && !joins) {
      if (t[i - 1]! - t[from]! >= minMs) farFromShore(from, i - 1);
      from = -1;
    }
    if (slow && from < 0) from = i;
  }
  return out;

  /** Split [a, b] at reports within the shore distance; keep the parts still long enough. */
  function farFromShore(a: number, b: number): void {
    let s = -1;
    for (let i = a; i <= b + 1; i++) {
      const far = i <= b && !(o.loiteringShoreNm > 0 && shore().within(lat[i]!, lon[i]!, o.loiteringShoreNm));
      if (!far && s >= 0) {
        if (t[i - 1]! - t[s]! >= minMs) emit(s, i - 1);
        s = -1;
      }
      if (far && s < 0) s = i;
    }
  }

  function emit(a: number, b: number): void {
    const idx = Array.from({ length: b - a + 1 }, (_, k) => a + k);
    const la = idx.reduce((x, i) => x + lat[i]!, 0) / idx.length;
    const lo = meanLon(idx.map((i) => lon[i]!));
    const nearest = shore().distanceNm(la, lo, SHORE_EVIDENCE_NM);
    const port = ports.nearest(la, lo, 200000);
    out.push({
      kind: 'loitering', mmsi: tr.mmsi, start: t[a]!, end: t[b]!, lat: la, lon: lo,
      evidence: {
        medianKnots: round(median(idx.map(speed)), 2), positions: idx.length, maxKnots: maxKn,
        shoreNm: Number.isFinite(nearest) ? round(nearest) : null, nearestPortKm: port ? round(port.distanceM / 1000) : null,
      },
    });
  }
}
