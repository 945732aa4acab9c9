/**
 * Decisions as NDJSON bytes, written straight into large Buffers. The engine shares its reason and
 * obligation objects, so their encoded bytes are cached (per writer, so per call) and copied; a decision
 * is then a few short copies plus its id and date. Output equals `JSON.stringify(decision) + "\n"` byte
 * for byte (tested). Kept because it measured about 4x faster than stringify + join (docs/law-and-check.md).
 * Full chunks go to `onChunk` as they fill (bounded memory); `flush()` hands over the last one.
 */
import type { Decision, Obligation, Reason } from '../decision.ts';

const CHUNK = 8 << 20;
const OPEN_ID = Buffer.from('{"id":');
const OPEN = Buffer.from('{');
const MID = Buffer.from('],"obligations":[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from('"}\n');
const HEAD: Record<string, Buffer> = {};
for (const o of ['prohibited', 'review', 'conditional', 'permitted']) {
  HEAD[`id${o}`] = Buffer.from(`,"outcome":"${o}","reasons":[`);
  HEAD[o] = Buffer.from(`"outcome":"${o}","reasons":[`);
}

/** True when `s` can be written between quotes as is (printable ASCII, no quote or backslash). */
function plain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 34 || c === 92 || c > 0x7e) return false;
  }
  return true;
}

/**
 * What the receiver of a chunk did with it: `kept` the buffer (the writer starts a new one), or `copied`
 * its bytes out before returning (the writer fills the same buffer again: fresh memory costs page faults;
 * bench:check went from 1.65x to 1.51x the bare parse, docs/app-and-package.md).
 */
export type ChunkFate = 'kept' | 'copied';

export class NdjsonDecisionWriter {
  constructor(private readonly onChunk: (bytes: Buffer) => ChunkFate) {}

  private buf = Buffer.allocUnsafe(CHUNK);
  private pos = 0;
  private readonly fragments = new Map<object, Buffer>();
  private tails = new Map<string, Buffer>();
  count = 0;

  private room(n: number): void {
    if (this.pos + n > this.buf.length) this.handOver(n);
  }

  private handOver(need: number): void {
    const fate = this.pos > 0 ? this.onChunk(this.buf.subarray(0, this.pos)) : 'copied';
    // Only an explicit `copied` frees the buffer: anything else (a plain-JS receiver returning nothing)
    // is taken as kept, so a held chunk is never overwritten.
    if (fate !== 'copied' || this.buf.length < need) this.buf = Buffer.allocUnsafe(Math.max(CHUNK, need));
    this.pos = 0;
  }

  private bytes(b: Buffer): void {
    this.room(b.length);
    const buf = this.buf;
    let p = this.pos;
    // Short copies are cheaper as a loop; longer ones use TypedArray#set (a builtin memcpy).
    if (b.length < 16) {
      for (let i = 0; i < b.length; i++) buf[p++] = b[i]!;
      this.pos = p;
    } else {
      buf.set(b, p);
      this.pos = p + b.length;
    }
  }

  private ascii(s: string): void {
    this.room(s.length);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) buf[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  private jsonString(s: string): void {
    if (plain(s)) {
      this.room(s.length + 2);
      this.buf[this.pos++] = 34;
      this.ascii(s);
      this.buf[this.pos++] = 34;
    } else {
      this.bytes(Buffer.from(JSON.stringify(s)));
    }
  }

  private fragment(o: Reason | Obligation): Buffer {
    let b = this.fragments.get(o);
    if (!b) {
      b = Buffer.from(JSON.stringify(o));
      // Only the engine's shared (frozen) objects repeat; dynamic ones (ledger figures) are not kept.
      if (Object.isFrozen(o) && this.fragments.size < 200_000) this.fragments.set(o, b);
    }
    return b;
  }

  private list(items: readonly (Reason | Obligation)[]): void {
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.bytes(COMMA);
      this.bytes(this.fragment(items[i]!));
    }
  }

  // The common decisions (no reason, or one shared reason, and no duty) have their whole middle
  // (outcome .. "evaluatedFor":") cached as one buffer, for the law version first seen.
  private version: string | undefined;
  private middleNone: Buffer | undefined;
  private readonly middleOne = new Map<object, Buffer>();

  private middle(d: Decision): Buffer | undefined {
    if (d.obligations.length !== 0 || d.reasons.length > 1) return undefined;
    if (this.version === undefined) this.version = d.lawVersion;
    if (d.lawVersion !== this.version) return undefined;
    const r = d.reasons[0];
    if (r === undefined) return (this.middleNone ??= Buffer.from(`,"outcome":"${d.outcome}","reasons":[],"obligations":[],"lawVersion":${JSON.stringify(d.lawVersion)},"evaluatedFor":"`));
    if (!Object.isFrozen(r)) return undefined;
    let b = this.middleOne.get(r);
    if (!b) {
      b = Buffer.from(`,"outcome":"${d.outcome}","reasons":[${JSON.stringify(r)}],"obligations":[],"lawVersion":${JSON.stringify(d.lawVersion)},"evaluatedFor":"`);
      if (this.middleOne.size < 100_000) this.middleOne.set(r, b);
    }
    return b;
  }

  add(d: Decision): void {
    if (d.errors !== undefined) {
      // Rare (an evaluation error): written as JSON.stringify would, errors after obligations.
      this.bytes(Buffer.from(`${JSON.stringify(d)}\n`));
      this.count++;
      return;
    }
    const id = d.id;
    const mid = id !== undefined ? this.middle(d) : undefined;
    const date = d.evaluatedFor;
    if (mid && id!.length < 256 && plain(id!) && date.length === 10 && plain(date)) {
      // Fast path: one bounds check, then straight copies into the buffer.
      this.room(id!.length + mid.length + 21);
      const buf = this.buf;
      let p = this.pos;
      for (let i = 0; i < 6; i++) buf[p++] = OPEN_ID[i]!;
      buf[p++] = 34;
      for (let i = 0; i < id!.length; i++) buf[p++] = id!.charCodeAt(i);
      buf[p++] = 34;
      buf.set(mid, p);
      p += mid.length;
      for (let i = 0; i < 10; i++) buf[p++] = date.charCodeAt(i);
      buf[p++] = 34;
      buf[p++] = 125;
      buf[p++] = 10;
      this.pos = p;
      this.count++;
      return;
    }
    if (mid) {
      this.bytes(OPEN_ID);
      this.jsonString(id!);
      this.bytes(mid);
      this.date(date);
      return;
    }
    if (d.id !== undefined) {
      this.bytes(OPEN_ID);
      this.jsonString(d.id);
      this.bytes(HEAD[`id${d.outcome}`]!);
    } else {
      this.bytes(OPEN);
      this.bytes(HEAD[d.outcome]!);
    }
    this.list(d.reasons);
    this.bytes(MID);
    this.list(d.obligations);
    let tail = this.tails.get(d.lawVersion);
    if (!tail) {
      tail = Buffer.from(`],"lawVersion":${JSON.stringify(d.lawVersion)},"evaluatedFor":"`);
      this.tails.set(d.lawVersion, tail);
    }
    this.bytes(tail);
    this.date(d.evaluatedFor);
  }

  private date(s: string): void {
    if (plain(s)) this.ascii(s);
    else this.bytes(Buffer.from(JSON.stringify(s).slice(1, -1)));
    this.bytes(CLOSE);
    this.count++;
  }

  /** Hand over what is left in the current chunk. */
  flush(): void {
    this.handOver(0);
  }
}
