/**
 * Positions and static reports from NMEA, for `ais scan`. A position's time is its receive time: the tag
 * block's `c:` (or a USCG trailer's time) where the line gives one, else the last time the stream gave
 * (an earlier tag block, the receiver's own `$--RMC` fix, or a Gatehouse `$PGHP` stamp), as a live
 * receiver's lines follow each other within seconds. Only vessel reports make tracks: base stations
 * (4, 11), aids to navigation (21) and SAR aircraft (9) are counted and kept apart. A message whose tag
 * block failed its checksum has no trusted time: it is counted and left out.
 */
import { VESSEL_POSITION_TYPES } from './decode-ais.ts';
import { AisDecoder, type DecodeCounts } from './decode-stream.ts';
import type { PositionSink, StaticRow } from './read-positions.ts';
import { sanitize } from './sanitize.ts';
import { hexByte, xorChecksum } from './tag-block.ts';

export interface NmeaCounts extends DecodeCounts {
  /** Vessel positions with no time at all (nothing in the stream gave one yet), or an untrusted tag block. */
  untimed: number;
  /** Reports of base stations, aids to navigation and SAR aircraft: not vessels, never tracks. */
  notVessels: number;
}

// $GPRMC,hhmmss.ss,A,...,ddmmyy,... (any talker): a valid fix's UTC time and date.
const RMC = /^\$[A-Z]{2}RMC,(\d{2})(\d{2})(\d{2})(?:\.\d+)?,A,[^,]*,[NS],[^,]*,[EW],[^,]*,[^,]*,(\d{2})(\d{2})(\d{2}),/;
// $PGHP,1,yyyy,m,d,h,m,s,ms,...: Gatehouse's time stamp for the sentences after it.
const PGHP = /^\$PGHP,1,(\d{4}),(\d{1,2}),(\d{1,2}),(\d{1,2}),(\d{1,2}),(\d{1,2}),(\d{1,3}),/;

/** A `$` sentence's own checksum: a clock from a corrupt line would misplace every position after it. */
function sentenceOk(l: string): boolean {
  const star = l.lastIndexOf('*');
  return star > 0 && hexByte(l, star + 1) === xorChecksum(l, 1, star);
}

/** The UTC a `$--RMC` or `$PGHP` line states, else undefined. */
export function clockLine(l: string): number | undefined {
  const rmc = RMC.exec(l);
  if (rmc && sentenceOk(l)) {
    const [, hh, mi, ss, dd, mo, yy] = rmc.map(Number) as number[];
    return Date.UTC(2000 + yy!, mo! - 1, dd!, hh!, mi!, ss!);
  }
  const gh = PGHP.exec(l);
  if (gh && sentenceOk(l)) {
    const [, y, mo, d, h, mi, s, ms] = gh.map(Number) as number[];
    return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!, ms!);
  }
  return undefined;
}

export class NmeaPositionReader {
  private readonly decoder = new AisDecoder();
  private clock: number | undefined;
  private untimed = 0;
  private notVessels = 0;

  constructor(private readonly sink: PositionSink) {}

  /** One line; `lineNo` is its number in the input (a malformed payload is counted under it). */
  push(l: string, lineNo?: number): void {
    if (l.charCodeAt(0) === 36 /* $ */) {
      const t = clockLine(l);
      if (t !== undefined) {
        this.clock = t;
        return;
      }
    }
    const d = this.decoder.next(l, lineNo);
    if (!d) return;
    const m = d.message;
    if (d.time !== undefined) this.clock = d.time;
    const t = d.untrusted ? undefined : d.time ?? this.clock;
    if (m.lat !== undefined && m.lon !== undefined) {
      if (!VESSEL_POSITION_TYPES.has(m.type)) this.notVessels++;
      else if (t === undefined) this.untimed++;
      else this.sink.position({ mmsi: m.mmsi, t, lat: m.lat, lon: m.lon, sog: m.sog ?? NaN });
    }
    if (m.type === 21 || (m.imo === undefined && m.name === undefined && m.callsign === undefined)) return;
    const s: StaticRow = { mmsi: m.mmsi };
    if (t !== undefined) s.t = t;
    if (m.imo !== undefined) {
      const imo = String(m.imo);
      if (/^\d{7}$/.test(imo)) s.imo = imo;
      else s.badImo = imo;
    }
    if (m.name) s.name = sanitize(m.name);
    if (m.callsign) s.callsign = sanitize(m.callsign);
    this.sink.static(s);
  }

  counts(): NmeaCounts {
    return { ...this.decoder.finish(), untimed: this.untimed, notVessels: this.notVessels };
  }
}
