/**
 * One line per event for a person at a terminal: when, where, which vessels, what it means in law.
 * Every string from the input is sanitized: AIS names can hold control characters.
 */
import type { AisMessage } from './decode-ais.ts';
import type { EventVessel, ShipEvent } from './event.ts';
import { sanitize } from './sanitize.ts';

const when = (s: string) => s.replace('T', ' ').replace(/:00Z$/, 'Z');

function place(lat: number, lon: number): string {
  return `${Math.abs(lat).toFixed(3)}${lat >= 0 ? 'N' : 'S'} ${Math.abs(lon).toFixed(3)}${lon >= 0 ? 'E' : 'W'}`;
}

function vessel(v: EventVessel): string {
  const name = v.name !== undefined ? ` "${sanitize(v.name)}"` : '';
  const imo = v.imo !== undefined ? ` IMO ${sanitize(v.imo)}` : '';
  return `${v.mmsi}${name}${imo} (${v.flag}${v.flagSource === 'mid' ? ' by MID' : ''})`;
}

function what(e: ShipEvent): string {
  const ev = e.evidence;
  switch (e.kind) {
    case 'encounter':
      return `side by side ${e.durationHours} h (closest ${String(ev.minDistanceM)} m, median ${(ev.medianKnots as number[]).join('/')} kn, ${ev.nearestPortKm === null ? 'no port within 200 km' : `${String(ev.nearestPortKm)} km from a port`})`;
    case 'ais-gap':
      return `dark ${String(ev.gapHours)} h, reappeared ${String(ev.distanceKm)} km away (${String(ev.impliedKnots)} kn implied)`;
    case 'loitering':
      return `loitering ${e.durationHours} h at ${String(ev.medianKnots)} kn median, ${ev.shoreNm === null ? 'over 200' : String(ev.shoreNm)} nm from shore`;
    case 'port-call':
      return `in ${sanitize(String(ev.port))} (DPRK) for ${e.durationHours} h`;
    case 'designated': {
      const l = ev.listed as { name: string; imo: string; designated: string };
      return `on the 1718 list as ${sanitize(l.name)} (IMO ${l.imo}, designated ${l.designated}; matched by ${String(ev.matchedBy)})`;
    }
    case 'identity':
      return identity(ev);
    default:
      // A kind a newer detector adds: its evidence, as data, until this line learns to say it in words.
      return sanitize(JSON.stringify(ev));
  }
}

function identity(ev: Record<string, unknown>): string {
  switch (ev.check) {
    case 'invalid-imo':
      return `IMO number ${sanitize(String(ev.imo))} is invalid (${String(ev.reason)})`;
    case 'flag-contradicts-mid':
      return `flag ${String(ev.flag)} contradicts the MMSI's MID ${String(ev.mid)} (${String(ev.midFlag)})`;
    case 'imo-on-two-mmsis':
      return `IMO ${sanitize(String(ev.imo))} broadcast by two MMSIs`;
    case 'impossible-speed':
      return ev.fastestKnots === 'instant'
        ? `one MMSI at two places ${String(ev.farthestKm)} km apart at the same instant: spoofed or shared`
        : `one MMSI moving at ${String(ev.fastestKnots)} kn over ${String(ev.farthestKm)} km: spoofed, or two ships sharing it`;
    default:
      return 'identity inconsistency';
  }
}

const BASIS: Record<string, string> = {
  'ship-to-ship-transfer': 'ship-to-ship transfer',
  'port-entry': 'port-entry ban',
  'flag-state-and-freeze': 'flag State and freeze duties',
};

function law(e: ShipEvent): string {
  const d = e.decision;
  if (!d) return 'evidence only, no decision';
  const cites = [...new Set(d.reasons.map((r) => `${r.resolution} para ${r.paragraph}`))];
  return `${d.outcome.toUpperCase()}${cites.length > 0 ? ` (${cites.join('; ')})` : ''}, as ${BASIS[d.basis] ?? d.basis}`;
}

export function describeEvent(e: ShipEvent): string {
  return `${when(e.start)} ${place(e.lat, e.lon)} ${e.kind}: ${e.vessels.map(vessel).join(' + ')} — ${what(e)} — ${law(e)}`;
}

/** One decoded AIS message for a person: type, MMSI, then whatever it holds. */
export function describeMessage(m: AisMessage & { received?: string; source?: string }): string {
  const parts = [`type ${m.type}${m.part ? m.part : ''}`, `MMSI ${m.mmsi}`];
  if (m.received !== undefined) parts.push(`received ${when(m.received)}${m.source !== undefined ? ` by ${sanitize(m.source)}` : ''}`);
  if (m.type === 4 || m.type === 11) parts.push('base station');
  if (m.type === 21) parts.push(`aid to navigation${m.aidType !== undefined ? ` (type ${m.aidType}${m.virtual ? ', virtual' : ''})` : ''}`);
  if (m.type === 9) parts.push(`SAR aircraft${m.altitude !== undefined ? ` at ${m.altitude} m` : ''}`);
  if (m.utc !== undefined) parts.push(`clock ${when(m.utc)}`);
  if (m.lat !== undefined && m.lon !== undefined) parts.push(place(m.lat, m.lon));
  if (m.sog !== undefined) parts.push(`${m.sog} kn`);
  if (m.cog !== undefined) parts.push(`course ${m.cog}`);
  if (m.heading !== undefined) parts.push(`heading ${m.heading}`);
  if (m.imo !== undefined) parts.push(`IMO ${m.imo}`);
  if (m.name !== undefined) parts.push(`"${sanitize(m.name)}"`);
  if (m.callsign !== undefined) parts.push(`call sign ${sanitize(m.callsign)}`);
  if (m.shipType !== undefined) parts.push(`ship type ${m.shipType}`);
  return parts.join('  ');
}
