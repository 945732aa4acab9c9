/** Great-circle distance (haversine on the mean Earth radius): the one distance every ships rule uses. */
export const EARTH_RADIUS_M = 6371008.8;
export const METRES_PER_NM = 1852;
const RAD = Math.PI / 180;

export function distanceM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Knots implied by covering `metres` in `seconds` (Infinity for a jump in no time). */
export function knots(metres: number, seconds: number): number {
  if (seconds <= 0) return metres > 0 ? Infinity : 0;
  return metres / METRES_PER_NM / (seconds / 3600);
}

/** A longitude difference taken the short way round, in [-180, 180]: tracks cross the antimeridian. */
export function lonDelta(from: number, to: number): number {
  let d = to - from;
  if (d > 180) d -= 360;
  else if (d < -180) d += 360;
  return d;
}

/** A longitude brought back into [-180, 180]. */
export function normalLon(lon: number): number {
  return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
}

/** The mean of longitudes near one another, across the antimeridian too (unwrapped around the first). */
export function meanLon(lons: ArrayLike<number>): number {
  if (lons.length === 0) return NaN;
  const ref = lons[0]!;
  let s = 0;
  for (let i = 0; i < lons.length; i++) s += lonDelta(ref, lons[i]!);
  return normalLon(ref + s / lons.length);
}
