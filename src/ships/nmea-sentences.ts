/**
 * NMEA 0183 AIS sentences from any talker (`!AIVDM`, `!BSVDM`, `!ABVDM`, `!SAVDO` ...): checksum
 * checked, tag blocks and USCG trailers read (receive time, source), multi-part messages joined. Parts
 * are joined per source (tag block `s:`), talker, radio channel, sequence id and part count, so messages
 * interleaved on one channel, or from several receivers or talkers in one merged feed, do not mix; parts
 * may arrive in any order. (gpsd keeps one message in progress per channel, so it never mixes either.)
 * Anything else on a line is passed over; a bad checksum or a fragment that never completes is dropped
 * and counted, never fatal. Memory is bounded: at most `MAX_PENDING` unfinished messages are held.
 */
import { hexByte, readTagBlocks, readTrailer, xorChecksum, type LineMeta } from './tag-block.ts';

export interface AisPayload {
  payload: string;
  fillBits: number;
  channel: string;
  /** The talker: AI (mobile station), BS (base station), AB, AN, SA ... */
  talker: string;
  /** `VDO`: the receiver's own ship. */
  own: boolean;
  /** Receive time (ms since 1970) from a tag block's `c:` or a USCG trailer. */
  time?: number;
  source?: string;
  /** A tag block on (one part of) the message failed its checksum: its time and source are unknown. */
  untrusted?: true;
}

export interface SentenceCounts {
  sentences: number;
  badChecksum: number;
  badFragment: number;
  /** Tag blocks whose checksum or shape is wrong (their sentence is still decoded, but not timed). */
  badTagBlock: number;
}

interface Pending {
  /** Talker, channel, sequence id and part count. */
  seq: string;
  parts: (string | undefined)[];
  got: number;
  fill: number;
  channel: string;
  talker: string;
  own: boolean;
  time: number | undefined;
  source: string | undefined;
  untrusted: boolean;
}

const SENTENCE = /[!$]([A-Z]{2})VD([MO]),/;
export const MAX_PENDING = 1024;
const MAX_GROUPS = 1024;

// gpsd's reading of the channel field: empty or 1 is A, 2 is B.
function channelOf(c: string): string {
  return c === '' || c === '1' ? 'A' : c === '2' ? 'B' : c;
}

/** Feed lines one at a time; complete messages come back. One assembler per input stream. */
export class NmeaAssembler {
  readonly counts: SentenceCounts = { sentences: 0, badChecksum: 0, badFragment: 0, badTagBlock: 0 };
  private readonly pending = new Map<string, Pending>();
  /** Talker, channel, sequence id and part count -> the key of the message last begun with them. */
  private readonly lastBySeq = new Map<string, string>();
  /** Tag-block groups: the first sentence of a group gives the source and time of the rest. */
  private readonly groups = new Map<string, { source: string | undefined; time: number | undefined }>();

  /** Returns the joined payload when `line` completes a message, else undefined. */
  push(line: string): AisPayload | undefined {
    const m = SENTENCE.exec(line);
    if (!m) return undefined;
    this.counts.sentences++;
    const start = m.index;
    const star = line.indexOf('*', start);
    if (star < 0 || hexByte(line, star + 1) !== xorChecksum(line, start + 1, star)) {
      this.counts.badChecksum++;
      return undefined;
    }
    const f = line.slice(start + 1, star).split(',');
    if (f.length < 6) return this.bad();
    const meta: LineMeta = {};
    if (start > 0) readTagBlocks(line, start, meta);
    readTrailer(line, star + 3, meta);
    if (meta.bad) this.counts.badTagBlock++;
    else if (meta.group) this.joinGroup(meta);
    const total = Number(f[1]);
    const num = Number(f[2]);
    const payload = f[5]!;
    const fill = f[6] === undefined || f[6] === '' ? 0 : Number(f[6]);
    if (!Number.isInteger(total) || !Number.isInteger(num) || total < 1 || total > 9 || num < 1 || num > total || !(Number.isInteger(fill) && fill >= 0 && fill <= 5)) return this.bad();
    const talker = m[1]!;
    const own = m[2] === 'O';
    const channel = channelOf(f[4]!);
    const time = meta.bad ? undefined : meta.time;
    const source = meta.bad ? undefined : meta.source;
    if (total === 1) return out(payload, fill, channel, talker, own, time, source, meta.bad === true);
    // A part from another talker (a second receiver's !ABVDM beside an !AIVDM) is another message.
    const seq = `${talker}|${own ? 'O' : 'M'}|${channel}|${f[3]}|${total}`;
    let key = `${source ?? ''}|${seq}`;
    let p = this.pending.get(key);
    if (!p) {
      // A feed that tags only some parts (the first, say): a part with no source joins the message
      // waiting on its talker, channel and sequence id, and a tagged part one that no source claimed;
      // a part tagged with another source never joins.
      const other = this.lastBySeq.get(seq);
      const q = other === undefined ? undefined : this.pending.get(other);
      if (q && q.parts[num - 1] === undefined && (source === undefined || q.source === undefined)) {
        key = other!;
        p = q;
        p.source ??= source;
      }
    }
    if (p && p.parts[num - 1] !== undefined) {
      // The same part again: the sequence id was reused before the older message completed.
      this.counts.badFragment += p.got;
      this.drop(key, seq);
      p = undefined;
    }
    if (!p) {
      p = { seq, parts: new Array<string | undefined>(total).fill(undefined), got: 0, fill: 0, channel, talker, own, time, source, untrusted: false };
      this.pending.set(key, p);
      this.lastBySeq.set(seq, key);
      if (this.pending.size > MAX_PENDING) this.evictOldest();
    }
    p.parts[num - 1] = payload;
    p.got++;
    if (num === total) p.fill = fill;
    p.time ??= time;
    if (meta.bad) p.untrusted = true;
    if (p.got < total) return undefined;
    this.drop(key, seq);
    return out(p.parts.join(''), p.fill, p.channel, p.talker, p.own, p.time, p.source, p.untrusted);
  }

  /** Fragments still waiting at the end of the input are incomplete messages. */
  finish(): void {
    for (const p of this.pending.values()) this.counts.badFragment += p.got;
    this.pending.clear();
    this.lastBySeq.clear();
    this.groups.clear();
  }

  private drop(key: string, seq: string): void {
    this.pending.delete(key);
    if (this.lastBySeq.get(seq) === key) this.lastBySeq.delete(seq);
  }

  private joinGroup(meta: LineMeta): void {
    const g = meta.group!;
    if (g.n === 1) {
      this.groups.set(g.id, { source: meta.source, time: meta.time });
      if (this.groups.size > MAX_GROUPS) this.groups.delete(this.groups.keys().next().value!);
      return;
    }
    const first = this.groups.get(g.id);
    if (first) {
      meta.source ??= first.source;
      meta.time ??= first.time;
    }
    if (g.n === g.total) this.groups.delete(g.id);
  }

  private evictOldest(): void {
    const [key, p] = this.pending.entries().next().value!;
    this.counts.badFragment += p.got;
    this.drop(key, p.seq);
  }

  private bad(): undefined {
    this.counts.badFragment++;
    return undefined;
  }
}

function out(payload: string, fillBits: number, channel: string, talker: string, own: boolean, time: number | undefined, source: string | undefined, untrusted: boolean): AisPayload {
  const p: AisPayload = { payload, fillBits, channel, talker, own };
  if (time !== undefined) p.time = time;
  if (source !== undefined) p.source = source;
  if (untrusted) p.untrusted = true;
  return p;
}
