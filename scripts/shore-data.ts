/**
 * `npm run shore-data`: derive `data/shore/land-10m.bin.gz` (the coastline `ais scan` measures against)
 * from the `world-atlas` package's `land-10m.json` (Natural Earth 1:10m land, public domain), through
 * topojson-client. The points are world-atlas's own quantised coordinates, unchanged. `--check` only
 * compares: it exits 1 if the committed file is not what the package gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { decodeShore, encodeShore, type ShoreRings } from '../src/ships/shore-data.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHORE_FILE = path.join(root, 'data', 'shore', 'land-10m.bin.gz');

/** world-atlas's land at a resolution (10m, 50m, 110m) as rings of its quantised integer coordinates. */
export function deriveShore(resolution: '10m' | '50m' | '110m' = '10m'): ShoreRings {
  const require = createRequire(import.meta.url);
  const file = require.resolve(`world-atlas/land-${resolution}.json`);
  const version = (JSON.parse(readFileSync(path.join(path.dirname(file), 'package.json'), 'utf8')) as { version: string }).version;
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ land: GeometryCollection }>;
  const { scale, translate } = topo.transform!;
  const land = feature(topo, topo.objects.land);
  const rings: [number, number][][] = [];
  for (const f of land.features) {
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const p of polys) for (const r of p) rings.push(r as [number, number][]);
  }
  const points = rings.reduce((n, r) => n + r.length, 0);
  const x = new Int32Array(points);
  const y = new Int32Array(points);
  let i = 0;
  for (const r of rings) {
    for (const [lon, lat] of r) {
      x[i] = Math.round((lon - translate[0]) / scale[0]);
      y[i] = Math.round((lat - translate[1]) / scale[1]);
      i++;
    }
  }
  return {
    header: { source: `world-atlas ${version} land-${resolution}.json (Natural Earth 4.1.0, 1:${resolution} land)`, scale: [scale[0], scale[1]], translate: [translate[0], translate[1]], rings: rings.length, points },
    ringLength: Int32Array.from(rings.map((r) => r.length)),
    x, y,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const derived = deriveShore();
  if (process.argv.includes('--check')) {
    const have = decodeShore(readFileSync(SHORE_FILE));
    const same = JSON.stringify(have.header) === JSON.stringify(derived.header) && Buffer.from(have.x.buffer).equals(Buffer.from(derived.x.buffer)) && Buffer.from(have.y.buffer).equals(Buffer.from(derived.y.buffer));
    process.stdout.write(same ? 'data/shore/land-10m.bin.gz is what world-atlas gives\n' : 'data/shore/land-10m.bin.gz differs from world-atlas: run npm run shore-data\n');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(SHORE_FILE, encodeShore(derived));
  process.stdout.write(`wrote ${SHORE_FILE}: ${derived.header.rings} rings, ${derived.header.points} points\n`);
}
