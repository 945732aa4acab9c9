/**
 * Decode NMEA text line by line: the one loop `ais decode` and `ais scan` (NMEA input) share. A class B
 * vessel sends its name (type 24 part A) and its call sign and type (part B) separately: part B comes
 * out with the name of the part A the same MMSI sent last, as gpsd joins them.
 */
import { readAis, type AisMessage } from './decode-ais.ts';
import { NmeaAssembler, type SentenceCounts } from './nmea-sentences.ts';

export interface DecodeCounts extends SentenceCounts {
  messages: number;
  /** Complete, well-formed messages of a type we do not decode. */
  undecoded: number;
  /** Complete messages whose payload is malformed (a length its type does not have, a bad character, no AIS type): errors of the feed. */
  malformed: number;
  /** The first of them (at most MAX_NAMED_ERRORS): the line that completed the message, and why. */
  malformedLines: { line: number; why: string }[];
}

/** Malformed payloads named by line in the counts (the rest are only counted). */
export const MAX_NAMED_ERRORS = 10;

/** One decoded message with what the feed said about its reception. */
export interface DecodedAis {
  message: AisMessage;
  /** Receive time from the tag block (`c:`) or the USCG trailer, ms since 1970. */
  time?: number;
  source?: string;
  /** A tag block failed its checksum: the time and source are unknown. */
  untrusted: boolean;
  talker: string;
  /** Sent as `VDO`: the receiver's own ship. */
  own: boolean;
}

// Part A names waiting for their part B (bounded: a feed can hold millions of class B vessels).
const MAX_NAMES = 1024;

export class AisDecoder {
  private readonly assembler = new NmeaAssembler();
  private readonly names = new Map<number, string | undefined>();
  private messages = 0;
  private undecoded = 0;
  private malformed = 0;
  private readonly malformedLines: { line: number; why: string }[] = [];
  /** The number of the line last pushed (the caller's, or one more than the last). */
  private line = 0;

  /** The next decoded message, with its reception, when `line` (the input's line `lineNo`) completes one. */
  next(line: string, lineNo = this.line + 1): DecodedAis | undefined {
    this.line = lineNo;
    const p = this.assembler.push(line);
    if (!p) return undefined;
    const m = readAis(p.payload, p.fillBits);
    if (m === 'other') {
      this.undecoded++;
      return undefined;
    }
    if ('malformed' in m) {
      this.malformed++;
      if (this.malformedLines.length < MAX_NAMED_ERRORS) this.malformedLines.push({ line: this.line, why: m.malformed });
      return undefined;
    }
    this.messages++;
    if (m.type === 24) this.join24(m);
    const d: DecodedAis = { message: m, untrusted: p.untrusted === true, talker: p.talker, own: p.own };
    if (p.time !== undefined) d.time = p.time;
    if (p.source !== undefined) d.source = p.source;
    return d;
  }

  /** The decoded message alone. */
  push(line: string): AisMessage | undefined {
    return this.next(line)?.message;
  }

  finish(): DecodeCounts {
    this.assembler.finish();
    return { ...this.assembler.counts, messages: this.messages, undecoded: this.undecoded, malformed: this.malformed, malformedLines: [...this.malformedLines] };
  }

  private join24(m: AisMessage): void {
    if (m.part === 'A') {
      this.names.delete(m.mmsi);
      this.names.set(m.mmsi, m.name);
      if (this.names.size > MAX_NAMES) this.names.delete(this.names.keys().next().value!);
      return;
    }
    if (!this.names.has(m.mmsi)) return;
    const name = this.names.get(m.mmsi);
    // Used once, as gpsd does: a repeated part B does not borrow an old name.
    this.names.delete(m.mmsi);
    if (name !== undefined) m.name = name;
  }
}

export function decodeNmeaText(text: string): { messages: AisMessage[]; counts: DecodeCounts } {
  const d = new AisDecoder();
  const messages: AisMessage[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = d.push(line);
    if (m) messages.push(m);
  }
  return { messages, counts: d.finish() };
}
