// The published defaults of `ais scan`'s thresholds and their bounds (the one set of limits): light, so the
// command can show them in its help and check its flags before loading anything.
export { DEFAULT_SCAN_OPTIONS, scanThresholdInBounds, scanThresholdRule, type ScanOptions, type ScanThreshold } from '../ships/scan-options.ts';
