import { InterdictError } from '../errors/index.ts';
import { AIS_WINDOW_MS, SCAN_OPTION_BOUNDS, WATCH_LATENESS_MS } from '../io/limits.ts';

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

/** The thresholds of a scan, each a number with bounds (`SCAN_OPTION_BOUNDS`, the one set of limits). */
export type ScanThreshold = Exclude<keyof ScanOptions, 'from' | 'to'>;

const BOUNDS: Record<ScanThreshold, { min: number; max: number; zero: boolean }> = SCAN_OPTION_BOUNDS;

/** Whether `n` is a value `key` may take (finite, within its bounds, above 0 unless 0 is allowed). */
export function scanThresholdInBounds(key: ScanThreshold, n: number): boolean {
  const { min, max, zero } = BOUNDS[key];
  return Number.isFinite(n) && (n > 0 || zero) && n >= min && n <= max;
}

/** What `key` must be, as a message says it: "a number above 0, from 1 to 60". */
export function scanThresholdRule(key: ScanThreshold): string {
  const { min, max, zero } = BOUNDS[key];
  return `a number ${zero ? '' : 'above 0, '}from ${min} to ${max}`;
}

/** Refuse a window length outside AIS_WINDOW_MS (a queued file's windows, a watched feed's): every use
 *  case that cuts positions into windows checks it, so a negative or zero length never loops forever. */
export function checkWindowMs(ms: number, field = 'window'): void {
  if (!Number.isInteger(ms) || ms < AIS_WINDOW_MS.min || ms > AIS_WINDOW_MS.max) {
    throw new InterdictError('SHIPS_BAD_INPUT', `${field} must be from 1 minute to 31 days (${AIS_WINDOW_MS.min} to ${AIS_WINDOW_MS.max} ms), not ${String(ms).slice(0, 40)}`, { field });
  }
}

/** Refuse a watched feed's lateness outside WATCH_LATENESS_MS. */
export function checkLatenessMs(ms: number, field = 'lateness'): void {
  if (!Number.isFinite(ms) || ms < 0 || ms > WATCH_LATENESS_MS.max) {
    throw new InterdictError('SHIPS_BAD_INPUT', `${field} must be from 0 to ${WATCH_LATENESS_MS.max / 60_000} minutes, not ${String(ms / 60_000).slice(0, 40)}`, { field });
  }
}

/**
 * Refuse options a caller built outside the bounds (a queued window's options, a service's request):
 * every use case that scans checks them, so no caller gets an unbounded scan. `label` names the field.
 */
export function checkScanOptions(options: Partial<Record<ScanThreshold, unknown>>, label = 'options'): void {
  for (const key of Object.keys(BOUNDS) as ScanThreshold[]) {
    const v = options[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !scanThresholdInBounds(key, v)) {
      throw new InterdictError('SHIPS_BAD_INPUT', `${label}.${key} must be ${scanThresholdRule(key)}, not ${JSON.stringify(v)?.slice(0, 40)}`, { field: `${label}.${key}` });
    }
  }
}
