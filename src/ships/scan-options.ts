/** Every threshold of `ais scan`, with the published defaults (REGIME §6, CONTRACT §5). */
export interface ScanOptions {
  /** Resampling step, minutes. */
  stepMinutes: number;
  /** Interpolate across a gap up to this long, hours. */
  interpolateHours: number;
  encounterMetres: number;
  encounterHours: number;
  encounterMaxKnots: number;
  /** An encounter this close to any port is not one (ships lie close in port lawfully), km. */
  portExclusionKm: number;
  /** Encounters of the same pair less than this apart are one, hours. */
  mergeHours: number;
  gapHours: number;
  /** A gap counts only when it starts at least this far from shore, nm (nearer, a receiver's reach explains it); 0: every gap. */
  gapShoreNm: number;
  /** Loitering: one vessel under this speed ... */
  loiteringMaxKnots: number;
  /** ... for at least this long, hours ... */
  loiteringHours: number;
  /** ... at least this far from shore, nm (0: anywhere). */
  loiteringShoreNm: number;
  /** Faster than this between two positions of one MMSI: two ships share it. */
  maxKnots: number;
  /** A jump shorter than this is GPS noise, not a second ship, km. */
  minJumpKm: number;
  portCallKm: number;
  /** Window: events starting in [from, to) (ms since epoch); positions read with `overlapHours` either side. */
  from?: number;
  to?: number;
  overlapHours: number;
}

export const DEFAULT_SCAN_OPTIONS: Readonly<ScanOptions> = Object.freeze({
  stepMinutes: 10,
  interpolateHours: 1,
  encounterMetres: 500,
  encounterHours: 2,
  encounterMaxKnots: 2,
  portExclusionKm: 10,
  mergeHours: 4,
  gapHours: 12,
  gapShoreNm: 50,
  loiteringMaxKnots: 2,
  loiteringHours: 4,
  loiteringShoreNm: 20,
  maxKnots: 50,
  minJumpKm: 5,
  portCallKm: 3,
  overlapHours: 24,
});
