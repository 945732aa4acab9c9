/** Decode NMEA text line by line: the one loop `ais decode` and `ais scan` (NMEA input) share. */
import { decodeAis, type AisMessage } from './decode-ais.ts';
import { NmeaAssembler, type SentenceCounts } from './nmea-sentences.ts';

export interface DecodeCounts extends SentenceCounts {
  messages: number;
  /** Complete messages of a type we do not decode (or too short for theirs). */
  undecoded: number;
}

export class AisDecoder {
  private readonly assembler = new NmeaAssembler();
  private messages = 0;
  private undecoded = 0;

  push(line: string): AisMessage | undefined {
    const p = this.assembler.push(line);
    if (!p) return undefined;
    const m = decodeAis(p.payload, p.fillBits);
    if (m) this.messages++;
    else this.undecoded++;
    return m;
  }

  finish(): DecodeCounts {
    this.assembler.finish();
    return { ...this.assembler.counts, messages: this.messages, undecoded: this.undecoded };
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
