/**
 * NMEA 0183 AIS sentences (`!AIVDM`, `!AIVDO`): checksum checked, multi-part messages joined. Anything
 * else on a line (GPS sentences, comments, tag blocks before the `!`) is passed over; a bad checksum or a
 * fragment out of order is dropped and counted, never fatal.
 */
export interface AisPayload {
  payload: string;
  fillBits: number;
  channel: string;
}

export interface SentenceCounts {
  sentences: number;
  badChecksum: number;
  badFragment: number;
}

function checksumOk(body: string, hex: string): boolean {
  let x = 0;
  for (let i = 0; i < body.length; i++) x ^= body.charCodeAt(i);
  return x === Number.parseInt(hex, 16);
}

const SENTENCE = /[!$]AIVD[MO],([^*]*)\*([0-9A-Fa-f]{2})/;

interface Pending {
  total: number;
  next: number;
  parts: string[];
  channel: string;
}

/** Feed lines one at a time; complete messages come back. One assembler per input stream. */
export class NmeaAssembler {
  readonly counts: SentenceCounts = { sentences: 0, badChecksum: 0, badFragment: 0 };
  private readonly pending = new Map<string, Pending>();

  /** Returns the joined payload when `line` completes a message, else undefined. */
  push(line: string): AisPayload | undefined {
    const m = SENTENCE.exec(line);
    if (!m) return undefined;
    this.counts.sentences++;
    const start = m.index + 1;
    const body = line.slice(start, start + 6 + m[1]!.length);
    if (!checksumOk(body, m[2]!)) {
      this.counts.badChecksum++;
      return undefined;
    }
    const f = m[1]!.split(',');
    if (f.length < 6) return this.bad();
    const total = Number(f[0]);
    const num = Number(f[1]);
    const seq = f[2]!;
    const channel = f[3]!;
    const payload = f[4]!;
    const fill = Number(f[5] || '0');
    if (!Number.isInteger(total) || !Number.isInteger(num) || total < 1 || num < 1 || num > total || !(fill >= 0 && fill <= 5)) return this.bad();
    if (total === 1) return { payload, fillBits: fill, channel };
    // Per radio channel, as gpsd assembles them: two messages with one sequence id on A and B do not mix.
    const key = `${channel}|${seq}|${total}`;
    let p = this.pending.get(key);
    if (num === 1) {
      if (p) this.counts.badFragment += p.parts.length; // an unfinished message superseded
      p = { total, next: 2, parts: [payload], channel };
      this.pending.set(key, p);
      return undefined;
    }
    if (!p || p.next !== num) {
      if (p) this.pending.delete(key);
      this.counts.badFragment += 1 + (p ? p.parts.length : 0);
      return undefined;
    }
    p.parts.push(payload);
    p.next++;
    if (num < total) return undefined;
    this.pending.delete(key);
    return { payload: p.parts.join(''), fillBits: fill, channel: p.channel };
  }

  /** Fragments still waiting at the end of the input are incomplete messages. */
  finish(): void {
    for (const p of this.pending.values()) this.counts.badFragment += p.parts.length;
    this.pending.clear();
  }

  private bad(): undefined {
    this.counts.badFragment++;
    return undefined;
  }
}
