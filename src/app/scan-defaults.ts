// The published defaults of `ais scan`'s thresholds: light, so the command can show them in its help.
export { DEFAULT_SCAN_OPTIONS, type ScanOptions } from '../ships/scan-options.ts';
