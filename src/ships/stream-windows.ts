/**
 * A live feed cut into windows by the data's own time. Positions and static reports are held in the
 * order they arrive; a window [a, a+W) is scanned once the feed's time, less the lateness allowance, has
 * passed a+W plus the overlap (every position its events can need has then arrived), exactly as
 * `ais scan --from a --to a+W` scans a file. What no open window can need any more is dropped, so
 * memory follows the overlap, not the feed's length. A vessel's identity (its first IMO, name, call
 * sign and flag) is kept for the whole feed, as one pass over a file keeps it.
 */
import type { PositionRow, PositionSink, StaticRow } from './read-positions.ts';
import { Scan, type ScanContext, type ScannedEvent } from './scan.ts';
import type { ScanOptions } from './scan-options.ts';

const DAY = 86400000;
const FIELDS = ['imo', 'name', 'callsign', 'flag'] as const;

type Held = { p: PositionRow } | { s: StaticRow };

export interface StreamCounts {
  positions: number;
  /** Arrived after their window was scanned (later than the allowance): stored, not scanned. */
  late: number;
  windows: number;
}

export class StreamWindows implements PositionSink {
  private held: Held[] = [];
  private readonly timeless: StaticRow[] = [];
  /** The first value of each identity field per vessel over the whole feed, with its time. */
  private readonly first = new Map<number, Partial<Record<(typeof FIELDS)[number], { v: string; t: number }>>>();
  private minT = Infinity;
  private maxT = -Infinity;
  /** The start of the next window to scan (set at the first scan). */
  private next: number | undefined;
  readonly counts: StreamCounts = { positions: 0, late: 0, windows: 0 };

  constructor(
    private readonly o: ScanOptions,
    private readonly ctx: () => ScanContext,
    readonly windowMs: number,
    /** How far behind the newest time a report may arrive and still be scanned, ms. */
    readonly latenessMs: number,
  ) {}

  position(p: PositionRow): void {
    this.counts.positions++;
    this.seen(p.t);
    this.held.push({ p: { ...p } });
  }

  static(s: StaticRow): void {
    if (s.t === undefined) {
      this.timeless.push({ ...s });
      return;
    }
    this.seen(s.t);
    const f = this.first.get(s.mmsi) ?? {};
    this.first.set(s.mmsi, f);
    for (const k of FIELDS) {
      const v = s[k];
      if (v !== undefined && (f[k] === undefined || s.t < f[k]!.t)) f[k] = { v, t: s.t };
    }
    this.held.push({ s: { ...s } });
  }

  private seen(t: number): void {
    if (this.next !== undefined && t < this.next) this.counts.late++;
    if (t < this.minT) this.minT = t;
    if (t > this.maxT) this.maxT = t;
  }

  private get overlapMs(): number {
    return this.o.overlapHours * 3600000;
  }

  /** The events of every window the feed's time has closed (oldest first). */
  closeReady(): ScannedEvent[] {
    const out: ScannedEvent[] = [];
    if (!Number.isFinite(this.minT)) return out;
    this.next ??= Math.floor(this.minT / this.windowMs) * this.windowMs;
    while (this.next + this.windowMs + this.overlapMs <= this.maxT - this.latenessMs) out.push(...this.closeNext());
    return out;
  }

  /** The events of every window left (the feed ended). */
  flush(): ScannedEvent[] {
    const out: ScannedEvent[] = [];
    if (!Number.isFinite(this.minT)) return out;
    this.next ??= Math.floor(this.minT / this.windowMs) * this.windowMs;
    while (this.next <= this.maxT) out.push(...this.closeNext());
    return out;
  }

  /** How many reports are held (for back-pressure and the stderr summary). */
  get heldCount(): number {
    return this.held.length;
  }

  private closeNext(): ScannedEvent[] {
    const from = this.next!;
    const scan = new Scan({ ...this.o, from, to: from + this.windowMs }, this.ctx());
    const sink = scan.sink;
    for (const h of this.held) {
      if ('p' in h) sink.position(h.p);
      else sink.static(h.s);
    }
    for (const s of this.timeless) sink.static(s);
    // Identities first given by reports already dropped: strictly earlier than anything held.
    for (const [mmsi, f] of this.first) {
      for (const k of FIELDS) if (f[k] !== undefined) sink.static({ mmsi, t: f[k]!.t, [k]: f[k]!.v });
    }
    const { events } = scan.finish();
    this.counts.windows++;
    this.next = from + this.windowMs;
    // What the next window cannot need: before its overlap and before its first day.
    const keepFrom = Math.min(this.next - this.overlapMs, Math.floor(this.next / DAY) * DAY);
    this.held = this.held.filter((h) => ('p' in h ? h.p.t : h.s.t!) >= keepFrom);
    return events;
  }
}
