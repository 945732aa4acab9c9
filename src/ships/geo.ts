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
