/**
 * An AIS encoder for test tracks: messages as ITU-R M.1371 bit fields, armoured into payloads and
 * written as NMEA sentences from any talker, split into parts, with NMEA 4.10 tag blocks (`c:`, `s:`,
 * `g:`) and correct checksums. Independent of the decoder except for the armouring alphabet, so a
 * round trip through the decoder tests both.
 */

type Field = [value: number, bits: number];

/** Fields (signed values as two's complement) -> 6-bit armoured payload and its fill bits. */
export function armour(fields: Field[]): { payload: string; fill: number } {
  let bits = '';
  for (const [v, n] of fields) bits += BigInt.asUintN(n, BigInt(Math.round(v))).toString(2).padStart(n, '0');
  const fill = (6 - (bits.length % 6)) % 6;
  bits += '0'.repeat(fill);
  let s = '';
  for (let i = 0; i < bits.length; i += 6) {
    const v = parseInt(bits.slice(i, i + 6), 2);
    s += String.fromCharCode(v < 40 ? v + 48 : v + 56);
  }
  return { payload: s, fill };
}

/** 6-bit text, padded with '@'. */
function text(s: string, chars: number): Field[] {
  return [...s.padEnd(chars, '@').slice(0, chars)].map((c) => {
    const code = c.charCodeAt(0);
    return [code >= 64 ? code - 64 : code, 6];
  });
}

const deg = (x: number) => Math.round(x * 600000);

/** Type 1 (class A position), 168 bits. `sog` NaN: not available. */
export function positionA(mmsi: number, lat: number, lon: number, sog: number, cog = 360): Field[] {
  return [[1, 6], [0, 2], [mmsi, 30], [0, 4], [-128, 8], [Number.isNaN(sog) ? 1023 : Math.round(sog * 10), 10], [0, 1], [deg(lon), 28], [deg(lat), 27], [Math.round(cog * 10), 12], [511, 9], [0, 6], [0, 2], [0, 3], [0, 1], [0, 19]];
}

/** Type 18 (class B position), 168 bits. */
export function positionB(mmsi: number, lat: number, lon: number, sog: number, cog = 360): Field[] {
  return [[18, 6], [0, 2], [mmsi, 30], [0, 8], [Number.isNaN(sog) ? 1023 : Math.round(sog * 10), 10], [0, 1], [deg(lon), 28], [deg(lat), 27], [Math.round(cog * 10), 12], [511, 9], [0, 6], [0, 2], [1, 1], [0, 1], [0, 1], [0, 1], [0, 1], [0, 1], [0, 1], [0, 20]];
}

/** Type 5 (class A static and voyage data), 424 bits: two sentences. */
export function voyage(mmsi: number, imo: number, callsign: string, name: string, shipType = 80): Field[] {
  return [[5, 6], [0, 2], [mmsi, 30], [0, 2], [imo, 30], ...text(callsign, 7), ...text(name, 20), [shipType, 8], [0, 9], [0, 9], [0, 6], [0, 6], [1, 4], [0, 20], [0, 8], ...text('', 20), [0, 1], [0, 1]];
}

/** Type 24 part A (class B name), 168 bits. */
export function static24A(mmsi: number, name: string): Field[] {
  return [[24, 6], [0, 2], [mmsi, 30], [0, 2], ...text(name, 20), [0, 8]];
}

/** Type 24 part B (class B type and call sign), 168 bits. */
export function static24B(mmsi: number, shipType: number, callsign: string): Field[] {
  return [[24, 6], [0, 2], [mmsi, 30], [1, 2], [shipType, 8], ...text('', 7), ...text(callsign, 7), [0, 9], [0, 9], [0, 6], [0, 6], [0, 6]];
}

/** Type 4 (base station report), 168 bits. */
export function baseStation(mmsi: number, lat: number, lon: number, t: number): Field[] {
  const d = new Date(t);
  return [[4, 6], [0, 2], [mmsi, 30], [d.getUTCFullYear(), 14], [d.getUTCMonth() + 1, 4], [d.getUTCDate(), 5], [d.getUTCHours(), 5], [d.getUTCMinutes(), 6], [d.getUTCSeconds(), 6], [1, 1], [deg(lon), 28], [deg(lat), 27], [7, 4], [0, 10], [0, 1], [0, 19]];
}

export function checksum(body: string): string {
  let x = 0;
  for (const c of body) x ^= c.charCodeAt(0);
  return x.toString(16).toUpperCase().padStart(2, '0');
}

export interface SentenceOptions {
  talker?: string;
  /** `VDO`: the receiver's own ship. */
  own?: boolean;
  channel?: string;
  /** Sequence id for multi-part messages (0-9). */
  seq?: number;
  /** Payload characters per sentence (real transmitters split at about 60). */
  maxChars?: number;
  /** Tag block on every part: receive time in ms (written as whole seconds unless `ms`), source. */
  time?: number;
  ms?: boolean;
  source?: string;
  /** Write the tag block as a `g:` group: the first part carries `c:` and `s:`, the others only `g:`. */
  group?: string;
}

/** One message as its NMEA sentences (one per part). */
export function sentences(fields: Field[], o: SentenceOptions = {}): string[] {
  const { payload, fill } = armour(fields);
  const max = o.maxChars ?? 60;
  const parts: string[] = [];
  for (let i = 0; i < payload.length; i += max) parts.push(payload.slice(i, i + max));
  const talker = o.talker ?? 'AI';
  return parts.map((p, i) => {
    const body = `${talker}${o.own ? 'VDO' : 'VDM'},${parts.length},${i + 1},${parts.length > 1 ? (o.seq ?? 0) : ''},${o.channel ?? 'A'},${p},${i === parts.length - 1 ? fill : 0}`;
    const line = `!${body}*${checksum(body)}`;
    const tag: string[] = [];
    if (o.group !== undefined) tag.push(`g:${i + 1}-${parts.length}-${o.group}`);
    if (o.group === undefined || i === 0) {
      if (o.source !== undefined) tag.push(`s:${o.source}`);
      if (o.time !== undefined) tag.push(`c:${o.ms ? o.time : Math.floor(o.time / 1000)}`);
    }
    if (tag.length === 0) return line;
    const t = tag.join(',');
    return `\\${t}*${checksum(t)}\\${line}`;
  });
}
