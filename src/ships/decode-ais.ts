/**
 * Decode one joined AIS payload into plain units (CONTRACT §5): degrees, knots, degrees true. A field the
 * message marks "not available" is left out. Vessel positions: types 1-3 (class A), 18 and 19 (class B),
 * 27 (long range); static and voyage data: 5 (class A), 24 parts A and B (class B). Kept apart from
 * vessels: base stations (4, 11: where they stand and the UTC they broadcast), aids to navigation (21)
 * and search-and-rescue aircraft (9). Other types give undefined (counted by the caller as not decoded).
 * Lengths are checked as gpsd checks them, so a truncated message is refused rather than read as zeros;
 * such a payload (or one with a character outside the armour, or no type AIS defines) is malformed, a
 * fault of the feed, and `readAis` says why: never counted as a message of another type.
 */
import { AisBits } from './ais-bits.ts';

export interface AisMessage {
  type: number;
  mmsi: number;
  lat?: number;
  lon?: number;
  sog?: number;
  cog?: number;
  heading?: number;
  imo?: number;
  name?: string;
  callsign?: string;
  shipType?: number;
  /** Type 24 only: which half of the static report (A: name; B: type and call sign). */
  part?: 'A' | 'B';
  /** Types 4 and 11: the UTC the base station broadcasts (ISO 8601). */
  utc?: string;
  /** Type 21: the kind of aid (IALA code) and whether it is virtual (no physical mark). */
  aidType?: number;
  virtual?: boolean;
  /** Type 9: altitude in metres. */
  altitude?: number;
}

export const DECODED_TYPES: ReadonlySet<number> = new Set([1, 2, 3, 4, 5, 9, 11, 18, 19, 21, 24, 27]);

/** Types whose position is a vessel's: the only ones that make tracks. */
export const VESSEL_POSITION_TYPES: ReadonlySet<number> = new Set([1, 2, 3, 18, 19, 27]);

// The shortest message of each type gpsd decodes (bits); type 24's halves and 21 are checked below.
const MIN_BITS: Record<number, number> = { 1: 163, 2: 163, 3: 163, 4: 168, 5: 420, 9: 168, 11: 168, 18: 168, 19: 312, 27: 96 };

// Positions are in 1/10000 minute (1/600000 degree); 181 / 91 degrees mean "not available".
function position(b: AisBits, msg: AisMessage, lonAt: number, latAt: number, lonBits: number, latBits: number, scale: number): void {
  const lon = b.int(lonAt, lonBits);
  const lat = b.int(latAt, latBits);
  if (lon !== 181 * scale && lat !== 91 * scale && Math.abs(lon) <= 180 * scale && Math.abs(lat) <= 90 * scale) {
    msg.lat = lat / scale;
    msg.lon = lon / scale;
  }
}

function speedCourseHeading(b: AisBits, msg: AisMessage, sogAt: number, cogAt: number, headingAt: number): void {
  const sog = b.uint(sogAt, 10);
  if (sog !== 1023) msg.sog = sog / 10;
  const cog = b.uint(cogAt, 12);
  if (cog < 3600) msg.cog = cog / 10;
  if (headingAt < 0) return;
  const heading = b.uint(headingAt, 9);
  if (heading < 360) msg.heading = heading;
}

function setText(msg: AisMessage, key: 'name' | 'callsign', value: string): void {
  if (value !== '') msg[key] = value;
}

function shipType(b: AisBits, msg: AisMessage, at: number): void {
  const st = b.uint(at, 8);
  if (st !== 0) msg.shipType = st;
}

/** Year 0, month 0, day 0, hour 24, minute or second 60: not available. */
function stationUtc(b: AisBits): string | undefined {
  const [y, mo, d, h, mi, s] = [b.uint(38, 14), b.uint(52, 4), b.uint(56, 5), b.uint(61, 5), b.uint(66, 6), b.uint(72, 6)];
  if (y === 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s)).toISOString().replace('.000Z', 'Z');
}

/** The message, or undefined for a type not decoded here or a malformed payload. */
export function decodeAis(payload: string, fillBits = 0): AisMessage | undefined {
  const r = readAis(payload, fillBits);
  return typeof r === 'object' && !('malformed' in r) ? r : undefined;
}

/** A payload read: the message; `'other'` for a well-formed message of a type not decoded here; else why it is malformed. */
export function readAis(payload: string, fillBits = 0): AisMessage | 'other' | { malformed: string } {
  if (payload.length === 0) return { malformed: 'the payload is empty' };
  if (!AisBits.isArmoured(payload)) return { malformed: 'the payload holds a character outside the 6-bit armour' };
  const b = new AisBits(payload, fillBits);
  const type = b.uint(0, 6);
  // ITU-R M.1371 defines types 1 to 27; every message has its type, repeat indicator and MMSI (38 bits).
  if (type < 1 || type > 27) return { malformed: `type ${type} is no AIS message type` };
  if (b.length < 38) return { malformed: `a message of type ${type} with ${b.length} bits (not even an MMSI)` };
  if (!DECODED_TYPES.has(type)) return 'other';
  const short = { malformed: `a message of type ${type} with ${b.length} bits, a length its type does not have` };
  if (b.length < (MIN_BITS[type] ?? 38)) return short;
  const msg: AisMessage = { type, mmsi: b.uint(8, 30) };
  switch (type) {
    case 1:
    case 2:
    case 3:
      position(b, msg, 61, 89, 28, 27, 600000);
      speedCourseHeading(b, msg, 50, 116, 128);
      break;
    case 18:
    case 19:
      position(b, msg, 57, 85, 28, 27, 600000);
      speedCourseHeading(b, msg, 46, 112, 124);
      if (type === 19) {
        setText(msg, 'name', b.text(143, 20));
        shipType(b, msg, 263);
      }
      break;
    case 27: {
      if (b.length !== 96 && b.length !== 168) return short;
      position(b, msg, 44, 62, 18, 17, 600);
      const sog = b.uint(79, 6);
      if (sog !== 63) msg.sog = sog;
      const cog = b.uint(85, 9);
      if (cog < 360) msg.cog = cog;
      break;
    }
    case 5: {
      const imo = b.uint(40, 30);
      if (imo !== 0) msg.imo = imo;
      setText(msg, 'callsign', b.text(70, 7));
      setText(msg, 'name', b.text(112, 20));
      shipType(b, msg, 232);
      break;
    }
    case 24: {
      const part = b.uint(38, 2);
      if (part === 0) {
        if (b.length < 160 || b.length > 168) return short;
        msg.part = 'A';
        setText(msg, 'name', b.text(40, 20));
      } else if (part === 1) {
        if (b.length < 168) return short;
        msg.part = 'B';
        shipType(b, msg, 40);
        setText(msg, 'callsign', b.text(90, 7));
      } else return { malformed: `a type 24 message whose part number is ${part} (0 or 1)` };
      break;
    }
    case 4:
    case 11: {
      position(b, msg, 79, 107, 28, 27, 600000);
      const utc = stationUtc(b);
      if (utc) msg.utc = utc;
      break;
    }
    case 9: {
      const alt = b.uint(38, 12);
      if (alt !== 4095) msg.altitude = alt;
      position(b, msg, 61, 89, 28, 27, 600000);
      // A SAR aircraft's speed is in whole knots.
      const sog = b.uint(50, 10);
      if (sog !== 1023) msg.sog = sog;
      const cog = b.uint(116, 12);
      if (cog < 3600) msg.cog = cog / 10;
      break;
    }
    case 21: {
      if (b.length < 272 || b.length > 368) return short;
      msg.aidType = b.uint(38, 5);
      let name = b.text(43, 20, false);
      // A 20-character name goes on in the extension after bit 272.
      if (name.length === 20 && b.length > 272) name += b.text(272, Math.floor((b.length - 272) / 6), false);
      setText(msg, 'name', name.trimEnd());
      position(b, msg, 164, 192, 28, 27, 600000);
      msg.virtual = b.uint(269, 1) === 1;
      break;
    }
  }
  return msg;
}
