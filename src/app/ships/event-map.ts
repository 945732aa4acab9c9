/**
 * The map of an event, drawn on the server as SVG (no tile server, works offline, within the pages'
 * CSP): Natural Earth's land (1:50m, public domain, from the world-atlas package) projected with d3-geo
 * (Mercator centred on the event, so a track across 180° stays whole), the ports of the World Port
 * Index in view, each vessel's track around the event, and the event's place.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { ShipEvent } from '../../ships/event.ts';
import type { PortIndex } from '../../ships/ports.ts';

export interface TrackPoint {
  t: number;
  lat: number;
  lon: number;
}

export interface VesselTrack {
  mmsi: number;
  label: string;
  points: TrackPoint[];
}

let land: FeatureCollection<Polygon | MultiPolygon> | undefined;

function landShapes(): FeatureCollection<Polygon | MultiPolygon> {
  if (land) return land;
  const file = createRequire(import.meta.url).resolve('world-atlas/land-50m.json');
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  const f = feature(topo, topo.objects.land!) as unknown as FeatureCollection<Polygon | MultiPolygon> | { type: 'Feature'; geometry: Geometry };
  land = f.type === 'FeatureCollection' ? f : ({ type: 'FeatureCollection', features: [f] } as FeatureCollection<Polygon | MultiPolygon>);
  return land;
}

const COLOURS = ['#b3261e', '#1d4ed8', '#047857', '#7c3aed'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (x: number) => Math.round(x * 10) / 10;

/** Longitude `lon` brought within 180° of `centre` (a track across the antimeridian stays continuous). */
const near = (lon: number, centre: number) => lon + 360 * Math.round((centre - lon) / 360);

export function eventMapSvg(e: ShipEvent, tracks: readonly VesselTrack[], ports: PortIndex, size = { width: 720, height: 440 }): string {
  const { width, height } = size;
  const lons = [e.lon, ...tracks.flatMap((t) => t.points.map((p) => near(p.lon, e.lon)))];
  const lats = [e.lat, ...tracks.flatMap((t) => t.points.map((p) => p.lat))];
  // At least two degrees either side (a slow encounter's tracks fit in a kilometre: the coast and ports
  // around them say where it is); a fifth more than the tracks.
  const padLon = Math.max(2, (Math.max(...lons) - Math.min(...lons)) * 0.2);
  const padLat = Math.max(1.5, (Math.max(...lats) - Math.min(...lats)) * 0.2);
  const west = Math.min(...lons) - padLon;
  const east = Math.max(...lons) + padLon;
  const south = Math.max(-80, Math.min(...lats) - padLat);
  const north = Math.min(80, Math.max(...lats) + padLat);
  const projection = geoMercator().rotate([-e.lon, 0]);
  projection.fitExtent([[8, 8], [width - 8, height - 8]], {
    type: 'Feature', properties: {},
    geometry: { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] },
  });
  projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const landD = landShapes().features.map((f) => path(f) ?? '').join('');
  const at = (lon: number, lat: number) => projection([lon, lat]) ?? [NaN, NaN];
  const inView = ([x, y]: [number, number]) => x >= 0 && x <= width && y >= 0 && y <= height;
  const portMarks = ports.ports
    .map((p) => ({ p, xy: at(p.lon, p.lat) as [number, number] }))
    .filter(({ xy }) => inView(xy))
    .slice(0, 40)
    .map(({ p, xy }) => `<g class="port"><circle cx="${r1(xy[0])}" cy="${r1(xy[1])}" r="3" fill="#334155"/><text x="${r1(xy[0] + 5)}" y="${r1(xy[1] - 4)}" font-size="11" fill="#334155">${esc(p.name)}</text></g>`)
    .join('');
  const trackMarks = tracks.map((t, i) => {
    const colour = COLOURS[i % COLOURS.length]!;
    const pts = t.points.map((p) => at(near(p.lon, e.lon), p.lat)).filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)).map(([x, y]) => `${r1(x)},${r1(y)}`);
    if (pts.length === 0) return '';
    const last = pts[pts.length - 1]!.split(',');
    return `<g class="track" data-mmsi="${esc(String(t.mmsi))}"><title>${esc(t.label)}</title><polyline points="${pts.join(' ')}" fill="none" stroke="${colour}" stroke-width="2" stroke-linejoin="round"/><circle cx="${last[0]}" cy="${last[1]}" r="3.5" fill="${colour}"/></g>`;
  }).join('');
  const [ex, ey] = at(e.lon, e.lat);
  const legend = tracks.map((t, i) => `<g transform="translate(12 ${18 + i * 16})"><rect width="12" height="4" y="-4" fill="${COLOURS[i % COLOURS.length]}"/><text x="18" font-size="12" fill="#0f172a">${esc(t.label)}</text></g>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="event-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="map-title">`
    + `<title id="map-title">${esc(`Map: ${e.kind} at ${e.lat}, ${e.lon}, ${e.start} to ${e.end}; ${tracks.length} vessel track${tracks.length === 1 ? '' : 's'}`)}</title>`
    + `<rect width="${width}" height="${height}" fill="#dbeafe"/>`
    + `<path class="land" d="${landD}" fill="#f5f5dc" stroke="#78716c" stroke-width="0.6"/>`
    + portMarks + trackMarks
    + `<g class="event-place"><circle cx="${r1(ex)}" cy="${r1(ey)}" r="9" fill="none" stroke="#b91c1c" stroke-width="2.5"/><circle cx="${r1(ex)}" cy="${r1(ey)}" r="2" fill="#b91c1c"/></g>`
    + legend + '</svg>';
}
