/**
 * `ais watch`: NMEA lines over TCP — connecting to a receiver or aggregator (reconnecting with
 * back-off) or listening for any number of senders — cut into windows by the data's time
 * (ships/stream-windows.ts); each window's events judged in law and handed out as it closes, and with a
 * database, positions and events stored there. A bad line is counted, never fatal. The socket is read
 * one chunk at a time and not read further while a batch is being written: a slow database slows the
 * sender (TCP back-pressure) instead of filling memory.
 */
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { InterdictError } from '../../errors/index.ts';
import { loadLaw } from '../../law/index.ts';
import type { ShipEvent } from '../../ships/event.ts';
import type { DesignatedVessels } from '../../ships/designated-vessels.ts';
import { loadHeldVesselList } from '../held-vessels.ts';
import { beginInput, migrateShips, PositionWriter } from '../../ships/position-store.ts';
import { loadPorts } from '../../ships/ports.ts';
import { PositionReader, type PositionRow, type PositionSink, type StaticRow } from '../../ships/read-positions.ts';
import type { ScannedEvent } from '../../ships/scan.ts';
import { checkScanOptions, checkWindowMs, checkLatenessMs, type ScanOptions } from '../../ships/scan-options.ts';
import { StreamWindows } from '../../ships/stream-windows.ts';
import { parseDbTarget } from '../../store/db-target.ts';
import { openDatabase } from '../../store/open-database.ts';
import type { SqlDriver } from '../../store/sql-driver.ts';
import { judgeEvents } from './judge-events.ts';
import { storeEvents } from './store-events.ts';
import { tryListen } from '../try-listen.ts';

export interface HostPort {
  host: string;
  port: number;
}

export interface WatchRequest {
  connect?: HostPort;
  listen?: HostPort;
  db?: string;
  /** End when the (first) connection closes, after flushing every open window. */
  once: boolean;
  options: ScanOptions;
  windowMs: number;
  latenessMs: number;
  onEvents: (events: ShipEvent[]) => void;
  onStatus?: (message: string) => void;
  /** Aborted: stop reading, flush every open window, resolve. */
  signal?: AbortSignal;
  /** Called once listening (with the port bound: 0 asks for any). */
  onListening?: (address: HostPort) => void;
}

export interface WatchSummary {
  lines: number;
  badLines: number;
  positions: number;
  late: number;
  windows: number;
  events: number;
  stored: number;
  connections: number;
}

const MAX_LINE = 65536;

/** `HOST:PORT` (a bracketed IPv6 address, or a name), refused plainly. */
export function parseHostPort(v: string, field: string): HostPort {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+)):(\d{1,5})$/.exec(v.trim());
  const port = m ? Number(m[3]) : NaN;
  if (!m || !(port >= 0 && port <= 65535)) throw new InterdictError('SHIPS_BAD_FLAG', `--${field} must be HOST:PORT (e.g. 127.0.0.1:10110), not "${v.slice(0, 60)}"`, { field });
  return { host: m[1] ?? m[2]!, port };
}

class Tee implements PositionSink {
  constructor(private readonly sinks: PositionSink[]) {}
  position(p: PositionRow): void {
    for (const s of this.sinks) s.position(p);
  }
  static(s: StaticRow): void {
    for (const k of this.sinks) k.static(s);
  }
}

export async function watchFeed(req: WatchRequest): Promise<WatchSummary> {
  checkScanOptions(req.options);
  checkWindowMs(req.windowMs);
  checkLatenessMs(req.latenessMs);
  if (!req.connect === !req.listen) throw new InterdictError('SHIPS_BAD_FLAG', 'give one of --connect HOST:PORT or --listen HOST:PORT', { field: 'connect' });
  const law = loadLaw();
  const ports = loadPorts();
  let designated: DesignatedVessels | undefined;
  const windows = new StreamWindows(req.options, () => (designated ? { ports, designated } : { ports }), req.windowMs, req.latenessMs);
  let driver: SqlDriver | undefined;
  let writer: PositionWriter | undefined;
  const sum: WatchSummary = { lines: 0, badLines: 0, positions: 0, late: 0, windows: 0, events: 0, stored: 0, connections: 0 };
  // The feed is reached before the database is opened, so a watch refused at once (a busy --listen address, a
  // --connect --once sender that is not there) makes no database: the address tried, the one connection made.
  if (req.listen !== undefined) {
    const busy = await tryListen(req.listen.host, req.listen.port);
    if (busy !== undefined) throw listenError(req.listen, busy);
  }
  let first = req.connect !== undefined && req.once === true ? await connect(req.connect.host, req.connect.port).catch((e: Error) => {
    throw new InterdictError('SHIPS_BAD_INPUT', `cannot connect to ${req.connect!.host}:${req.connect!.port}: ${e.message}`, { field: 'connect' });
  }) : undefined;
  try {
    if (req.db !== undefined) {
      // The database is created if need be (it will hold the feed); the 1718 list is read from it.
      driver = await openDatabase(parseDbTarget(req.db), { access: 'write' });
      await migrateShips(driver);
      designated = await loadHeldVesselList(driver);
      const where = req.connect ?? req.listen!;
      const id = await beginInput(driver, `watch-${randomUUID()}`, `tcp ${req.connect ? 'from' : 'on'} ${where.host}:${where.port}`);
      writer = new PositionWriter(driver, id!);
    }
    const sink: PositionSink = writer ? new Tee([windows, writer]) : windows;

    const emit = async (found: ScannedEvent[]) => {
      if (found.length === 0) return;
      const judged = judgeEvents(found, law, designated);
      if (driver) sum.stored += (await storeEvents(driver, judged)).length;
      sum.events += judged.length;
      req.onEvents(judged.map((j) => j.event));
    };

    /** Read one connection to its end, a chunk at a time (the socket waits while we write). */
    const readSocket = async (socket: net.Socket) => {
      sum.connections++;
      const reader = new PositionReader(sink);
      let carry = '';
      const line = (l: string) => {
        sum.lines++;
        try {
          reader.push(l);
        } catch {
          sum.badLines++; // a malformed row of a CSV or NDJSON feed: counted, the feed goes on
        }
      };
      for await (const chunk of socket) {
        const text = carry + (chunk as Buffer).toString('utf8');
        const parts = text.split('\n');
        carry = parts.pop()!;
        if (carry.length > MAX_LINE) {
          sum.badLines++;
          carry = '';
        }
        for (const l of parts) line(l);
        await emit(windows.closeReady());
        if (writer?.full) await writer.write();
        if (req.signal?.aborted) break;
      }
      if (carry !== '') line(carry);
    };

    if (req.connect) {
      const { host, port } = req.connect;
      for (let attempt = 0; ; attempt++) {
        let socket: net.Socket;
        try {
          socket = first ?? (await connect(host, port));
          first = undefined;
        } catch (e) {
          if (req.once) throw new InterdictError('SHIPS_BAD_INPUT', `cannot connect to ${host}:${port}: ${(e as Error).message}`, { field: 'connect' });
          const wait = Math.min(30000, 1000 * 2 ** Math.min(attempt, 5));
          req.onStatus?.(`cannot connect to ${host}:${port} (${(e as Error).message}); trying again in ${wait / 1000} s`);
          await sleep(wait, undefined, req.signal ? { signal: req.signal } : {}).catch(() => undefined);
          if (req.signal?.aborted) break;
          continue;
        }
        attempt = -1;
        const stop = () => socket.destroy();
        req.signal?.addEventListener('abort', stop, { once: true });
        try {
          await readSocket(socket);
        } catch (e) {
          req.onStatus?.(`connection to ${host}:${port} lost: ${(e as Error).message}`);
        } finally {
          req.signal?.removeEventListener('abort', stop);
        }
        if (req.once || req.signal?.aborted) break;
        req.onStatus?.(`connection to ${host}:${port} closed; reconnecting`);
        await sleep(1000, undefined, req.signal ? { signal: req.signal } : {}).catch(() => undefined);
        if (req.signal?.aborted) break;
      }
    } else {
      const { host, port } = req.listen!;
      const sockets = new Set<net.Socket>();
      let chain: Promise<void> = Promise.resolve();
      await new Promise<void>((resolve, reject) => {
        const server = net.createServer((socket) => {
          sockets.add(socket);
          // Connections are read side by side; each its own reader (its own multi-part messages and clock).
          const done = readSocket(socket).catch((e: unknown) => req.onStatus?.(`a sender's connection failed: ${(e as Error).message}`)).finally(() => {
            sockets.delete(socket);
            if (req.once) server.close(() => resolve());
          });
          chain = chain.then(() => done);
        });
        server.on('error', (e) => reject(listenError({ host, port }, e)));
        server.listen(port, host, () => {
          const a = server.address() as net.AddressInfo;
          req.onListening?.({ host: a.address, port: a.port });
        });
        req.signal?.addEventListener('abort', () => {
          for (const s of sockets) s.destroy();
          server.close(() => resolve());
        }, { once: true });
      });
      await chain;
    }
    await emit(windows.flush());
    if (writer) await writer.flush();
  } finally {
    first?.destroy(); // the connection made before a database that could not be opened
    await driver?.close();
  }
  Object.assign(sum, { positions: windows.counts.positions, late: windows.counts.late, windows: windows.counts.windows });
  return sum;
}

function listenError(at: { host: string; port: number }, e: Error): InterdictError {
  return new InterdictError('SHIPS_BAD_FLAG', `cannot listen on ${at.host}:${at.port}: ${e.message}`, { field: 'listen' });
}

function connect(host: string, port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host, port });
    s.once('connect', () => {
      s.off('error', reject);
      resolve(s);
    });
    s.once('error', reject);
  });
}
