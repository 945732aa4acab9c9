/**
 * Decode one joined AIS payload into plain units (CONTRACT §5): degrees, knots, degrees true. A field the
 * message marks "not available" is left out. Position reports: types 1-3 (class A), 18 and 19 (class B),
 * 27 (long range); static and voyage data: 5 (class A), 24 parts A and B (class B). Other types give
 * undefined (counted by the caller as not decoded).
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
}

export const DECODED_TYPES: ReadonlySet<number> = new Set([1, 2, 3, 5, 18, 19, 24, 27]);

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
  const heading = b.uint(headingAt, 9);
  if (heading < 360) msg.heading = heading;
}

function setText(msg: AisMessage, key: 'name' | 'callsign', value: string): void {
  if (value !== '') msg[key] = value;
}

export function decodeAis(payload: string, fillBits = 0): AisMessage | undefined {
  if (payload.length === 0 || !AisBits.isArmoured(payload)) return undefined;
  const b = new AisBits(payload, fillBits);
  const type = b.uint(0, 6);
  if (!DECODED_TYPES.has(type) || b.length < 38) return undefined;
  const msg: AisMessage = { type, mmsi: b.uint(8, 30) };
  switch (type) {
    case 1:
    case 2:
    case 3:
      if (b.length < 137) return undefined;
      position(b, msg, 61, 89, 28, 27, 600000);
      speedCourseHeading(b, msg, 50, 116, 128);
      break;
    case 18:
    case 19:
      if (b.length < 133) return undefined;
      position(b, msg, 57, 85, 28, 27, 600000);
      speedCourseHeading(b, msg, 46, 112, 124);
      if (type === 19) {
        setText(msg, 'name', b.text(143, 20));
        const st = b.uint(263, 8);
        if (st !== 0) msg.shipType = st;
      }
      break;
    case 27: {
      if (b.length < 94) return undefined;
      position(b, msg, 44, 62, 18, 17, 600);
      const sog = b.uint(79, 6);
      if (sog !== 63) msg.sog = sog;
      const cog = b.uint(85, 9);
      if (cog < 360) msg.cog = cog;
      break;
    }
    case 5: {
      if (b.length < 240) return undefined;
      const imo = b.uint(40, 30);
      if (imo !== 0) msg.imo = imo;
      setText(msg, 'callsign', b.text(70, 7));
      setText(msg, 'name', b.text(112, 20));
      const st = b.uint(232, 8);
      if (st !== 0) msg.shipType = st;
      break;
    }
    case 24: {
      const part = b.uint(38, 2);
      if (part === 0) {
        msg.part = 'A';
        setText(msg, 'name', b.text(40, 20));
      } else if (part === 1) {
        msg.part = 'B';
        const st = b.uint(40, 8);
        if (st !== 0) msg.shipType = st;
        setText(msg, 'callsign', b.text(90, 7));
      } else return undefined;
      break;
    }
  }
  return msg;
}
