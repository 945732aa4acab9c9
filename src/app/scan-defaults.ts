// The published defaults of `ais scan`'s thresholds and their bounds (the one set of limits): light, so the
// command can show them in its help and check its flags before loading anything.
export { DEFAULT_SCAN_OPTIONS, scanThresholdInBounds, scanThresholdRule, type ScanOptions, type ScanThreshold } from '../ships/scan-options.ts';
// The kinds of event and the one reading of a UTC time, for the flags (light: a list and a parser).
export { EVENT_KINDS } from '../ships/event.ts';
export { parseUtcTime, UTC_TIME_PATTERN, UTC_TIME_RULE } from '../ships/utc-time.ts';
