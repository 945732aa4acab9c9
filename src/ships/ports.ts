/**
 * The World Port Index (data/ports/wpi-ports.csv): every port, for "far from any port", and the DPRK's
 * ten, for port calls. A grid of one-degree cells makes "nearest port" a look at a few cells.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';
import { distanceM } from './geo.ts';

export interface Port {
  iso3: string;
  name: string;
  lat: number;
  lon: number;
}

export interface PortIndex {
  ports: readonly Port[];
  dprk: readonly Port[];
  /** The nearest port within `maxM` metres, else undefined. */
  nearest(lat: number, lon: number, maxM: number): { port: Port; distanceM: number } | undefined;
}

let cached: PortIndex | undefined;

export function loadPorts(): PortIndex {
  if (cached) return cached;
  const ports: Port[] = [];
  const text = readFileSync(path.join(PROJECT_ROOT, 'data', 'ports', 'wpi-ports.csv'), 'utf8');
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(',');
    if (f.length < 5) continue;
    const lat = Number(f[3]);
    const lon = Number(f[4]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    ports.push({ iso3: f[0]!, name: f[2] ? `${f[1]} ${f[2]}` : f[1]!, lat, lon });
  }
  cached = makeIndex(ports);
  return cached;
}

export function makeIndex(ports: Port[]): PortIndex {
  const cells = new Map<number, Port[]>();
  const key = (la: number, lo: number) => (la + 90) * 400 + (((lo + 180) % 360) + 360) % 360;
  for (const p of ports) {
    const k = key(Math.floor(p.lat), Math.floor(p.lon));
    let c = cells.get(k);
    if (!c) cells.set(k, (c = []));
    c.push(p);
  }
  return {
    ports,
    dprk: ports.filter((p) => p.iso3 === 'PRK'),
    nearest(lat, lon, maxM) {
      // Search radius in cells: enough degrees of longitude at this latitude to cover maxM.
      const dLat = Math.ceil(maxM / 111000) + 0;
      const dLon = Math.min(180, Math.ceil(maxM / (111000 * Math.max(0.01, Math.cos((Math.min(89, Math.abs(lat) + dLat) * Math.PI) / 180)))));
      const la0 = Math.floor(lat);
      const lo0 = Math.floor(lon);
      let best: { port: Port; distanceM: number } | undefined;
      for (let a = la0 - dLat; a <= la0 + dLat; a++) {
        for (let o = lo0 - dLon; o <= lo0 + dLon; o++) {
          for (const p of cells.get(key(a, o)) ?? []) {
            const d = distanceM(lat, lon, p.lat, p.lon);
            if (d <= maxM && (!best || d < best.distanceM)) best = { port: p, distanceM: d };
          }
        }
      }
      return best;
    },
  };
}
