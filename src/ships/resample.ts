/**
 * Resample a track onto a fixed grid (multiples of the step since the epoch, so every window and every
 * machine uses the same instants). A grid instant between two positions at most `maxGapMs` apart is
 * interpolated linearly (across 180 degrees the short way round); farther apart, the vessel is simply not there. Speed: the reported speeds,
 * interpolated; where one is missing, the speed implied by the two positions.
 */
import { distanceM, knots, lonDelta, normalLon } from './geo.ts';
import type { Track } from './track-store.ts';

export interface Resampled {
  /** Grid index (instant = k * step). */
  k: Int32Array;
  lat: Float64Array;
  lon: Float64Array;
  sog: Float64Array;
}

export function resample(tr: Track, stepMs: number, maxGapMs: number): Resampled {
  const { t, lat, lon, sog } = tr;
  const n = t.length;
  const ks: number[] = [];
  const las: number[] = [];
  const los: number[] = [];
  const sgs: number[] = [];
  if (n === 0) return { k: new Int32Array(0), lat: new Float64Array(0), lon: new Float64Array(0), sog: new Float64Array(0) };
  let i = 0;
  for (let k = Math.ceil(t[0]! / stepMs); k * stepMs <= t[n - 1]!; k++) {
    const g = k * stepMs;
    while (i + 1 < n && t[i + 1]! <= g) i++;
    if (t[i] === g) {
      ks.push(k);
      las.push(lat[i]!);
      los.push(lon[i]!);
      sgs.push(Number.isNaN(sog[i]!) ? impliedAt(tr, i) : sog[i]!);
      continue;
    }
    const j = i + 1;
    const dt = t[j]! - t[i]!;
    if (dt > maxGapMs) {
      // Jump to the grid instant at or after the next position.
      k = Math.ceil(t[j]! / stepMs) - 1;
      continue;
    }
    const f = (g - t[i]!) / dt;
    ks.push(k);
    las.push(lat[i]! + f * (lat[j]! - lat[i]!));
    // Across the antimeridian the short way round: 179.9 to -179.9 passes 180, not 0.
    los.push(normalLon(lon[i]! + f * lonDelta(lon[i]!, lon[j]!)));
    const a = sog[i]!;
    const b = sog[j]!;
    sgs.push(Number.isNaN(a) || Number.isNaN(b) ? knots(distanceM(lat[i]!, lon[i]!, lat[j]!, lon[j]!), dt / 1000) : a + f * (b - a));
  }
  return { k: Int32Array.from(ks), lat: Float64Array.from(las), lon: Float64Array.from(los), sog: Float64Array.from(sgs) };
}

/** The speed position i implies with its neighbours (knots), where the feed gave none. */
export function impliedAt(tr: Track, i: number): number {
  const a = i > 0 ? i - 1 : i;
  const b = i + 1 < tr.t.length ? i + 1 : i;
  if (a === b) return 0;
  return knots(distanceM(tr.lat[a]!, tr.lon[a]!, tr.lat[b]!, tr.lon[b]!), (tr.t[b]! - tr.t[a]!) / 1000);
}
