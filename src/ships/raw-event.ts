/** An event as the track rules find it, before the scan names its vessels (scan.ts). */
export interface RawEvent {
  kind: 'ais-gap' | 'identity' | 'port-call' | 'loitering';
  mmsi: number;
  start: number;
  end: number;
  lat: number;
  lon: number;
  evidence: Record<string, unknown>;
}

export const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** Evidence distances to the shore are measured out to this far; beyond it they read null. */
export const SHORE_EVIDENCE_NM = 200;
