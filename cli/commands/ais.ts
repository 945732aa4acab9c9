// `interdict ais decode FILE|-` and `interdict ais scan FILE|-` (CONTRACT §5): parse flags, call, print.
import type { Command } from 'commander';
import { DEFAULT_SCAN_OPTIONS, EVENT_KINDS, parseUtcTime, scanThresholdInBounds, scanThresholdRule, UTC_TIME_RULE, type ScanOptions, type ScanThreshold } from '../../src/app/scan-defaults.ts';
import { AIS_WINDOW_MS, WATCH_LATENESS_MS, WATCH_WINDOW_MS, WORKER_STALE_SECONDS } from '../../src/app/limits.ts';
import { InterdictError } from '../../src/errors/index.ts';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { afterCommit, Output, writeCommitted, writeResult } from '../support/output.ts';
import { resolveFormat, runAction } from '../support/run-action.ts';
import { forTerminal } from '../support/sanitize.ts';

// flag -> option key; every threshold is a flag with its published default.
const THRESHOLDS: [string, ScanThreshold, string][] = [
  ['--step-minutes', 'stepMinutes', 'resampling step'],
  ['--interpolate-hours', 'interpolateHours', 'interpolate across gaps up to this long'],
  ['--encounter-metres', 'encounterMetres', 'encounter: vessels within this distance'],
  ['--encounter-hours', 'encounterHours', 'encounter: for at least this long'],
  ['--encounter-max-knots', 'encounterMaxKnots', 'encounter: both median speeds under this'],
  ['--port-exclusion-km', 'portExclusionKm', 'encounter: at least this far from any port'],
  ['--merge-hours', 'mergeHours', 'encounters of one pair less than this apart are one'],
  ['--gap-hours', 'gapHours', 'ais-gap: no position for at least this long'],
  ['--gap-shore-nm', 'gapShoreNm', 'ais-gap: only gaps starting at least this far from shore, nm (0: every gap)'],
  ['--loitering-max-knots', 'loiteringMaxKnots', 'loitering: one vessel under this speed'],
  ['--loitering-hours', 'loiteringHours', 'loitering: for at least this long'],
  ['--loitering-shore-nm', 'loiteringShoreNm', 'loitering: at least this far from shore, nm (0: anywhere)'],
  ['--max-knots', 'maxKnots', 'identity: one MMSI faster than this is two ships'],
  ['--min-jump-km', 'minJumpKm', 'identity: ignore jumps shorter than this (GPS noise)'],
  ['--port-call-km', 'portCallKm', 'port-call: within this distance of a DPRK port'],
  ['--overlap-hours', 'overlapHours', ''], // said by each command: what the overlap does differs (OVERLAP_HELP)
];

/** `--overlap-hours` in each command's words: scan has --from/--to, enqueue and watch cut windows of their own. */
const OVERLAP_HELP = {
  scan: 'with --from/--to: positions read this far either side of the window',
  enqueue: 'positions each window reads either side of itself, so the windows\' events are one scan\'s',
  watch: 'positions each window reads either side of itself; a window closes when the feed\'s newest time, less the lateness, passes its end plus this',
} as const;

/** The thresholds as options of `cmd`, each with its default. */
function thresholdOptions(cmd: Command, overlap: keyof typeof OVERLAP_HELP): void {
  for (const [flag, key, what] of THRESHOLDS) cmd.option(`${flag} <n>`, `${key === 'overlapHours' ? OVERLAP_HELP[overlap] : what} (default ${DEFAULT_SCAN_OPTIONS[key] as number})`);
}

/** Where the malformed payloads were (the first few lines, and why the first one is malformed). */
function malformedAt(c: { malformed: number; malformedLines: { line: number; why: string }[] }): string {
  const [first] = c.malformedLines;
  if (!first) return '';
  const more = c.malformed > c.malformedLines.length ? ', …' : '';
  const at = c.malformedLines.length === 1 && more === '' ? '' : `lines ${c.malformedLines.map((m) => m.line).join(', ')}${more}; `;
  return ` (${at}line ${first.line}: ${first.why})`;
}

const camel = (flag: string) => flag.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function positive(v: string | undefined, flag: string, key: ScanThreshold): number | undefined {
  if (v === undefined) return undefined;
  // Decimal notation only (Number would read "0x1E" as 30).
  const n = /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
  if (!scanThresholdInBounds(key, n)) throw new InterdictError('SHIPS_BAD_FLAG', `${flag} must be ${scanThresholdRule(key)}, not "${v.slice(0, 40)}"`, { field: flag.slice(2) });
  return n;
}

function time(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const t = parseUtcTime(v);
  if (t === undefined) throw new InterdictError('SHIPS_BAD_FLAG', `${flag} must be ${UTC_TIME_RULE}, not "${v}"`, { field: flag.slice(2) });
  return t;
}

export function scanOptionsFrom(o: Record<string, string | undefined>): ScanOptions {
  const opts: ScanOptions = { ...DEFAULT_SCAN_OPTIONS };
  for (const [flag, key] of THRESHOLDS) {
    const n = positive(o[camel(flag)], flag, key);
    if (n !== undefined) (opts[key] as number) = n;
  }
  const from = time(o.from, '--from');
  const to = time(o.to, '--to');
  if (from !== undefined) opts.from = from;
  if (to !== undefined) opts.to = to;
  return opts;
}

export function registerAis(program: Command): void {
  const ais = program.command('ais').description('AIS: decode NMEA, scan tracks for ship-to-ship transfers, loitering, going dark, identity tricks, DPRK port calls');
  ais
    .command('decode')
    .description('Decode NMEA !xxVDM/!xxVDO sentences of any talker, with tag blocks: one NDJSON object per message (types 1-5, 9, 11, 18, 19, 21, 24, 27)')
    .argument('<file>', 'NMEA file, or - for stdin')
    .option('--format <format>', 'json (NDJSON) or human (human on a terminal)')
    .action(
      runAction(async (file: string, o: { format?: string }): Promise<ExitCode> => {
        const format = resolveFormat(o.format);
        const { AisDecoder, describeMessage, forEachFileLine, notUtf8Message } = await import('../../src/app/ais-entry.ts');
        const d = new AisDecoder();
        const output = new Output();
        let out: string[] = [];
        // A line that is no UTF-8 text (UTF-16's NULs, Latin-1's replacement characters): said as every reader says it
        // when no sentence is found (hostile new user: a UTF-16 capture was "no NMEA sentence").
        let notText: { line: number; text: string } | undefined;
        await forEachFileLine(file, (l, n) => {
          if (notText === undefined && (l.includes('\u0000') || l.includes('\uFFFD'))) notText = { line: n, text: l };
          const x = d.next(l, n);
          if (!x) return;
          // The receive time and source a tag block gave ride along (not when its checksum failed).
          const m = { ...x.message, ...(x.time !== undefined ? { received: new Date(x.time).toISOString().replace('.000Z', 'Z') } : {}), ...(x.source !== undefined ? { source: x.source } : {}) };
          out.push(format === 'json' ? JSON.stringify(m) : forTerminal(describeMessage(m)));
          if (out.length >= 4096) {
            void output.write(`${out.join('\n')}\n`);
            out = [];
          }
        });
        if (out.length > 0) await output.write(`${out.join('\n')}\n`);
        await output.finish();
        const c = d.finish();
        // No sentence at all is the wrong file (a CSV of positions, an empty file), not a quiet capture: say so,
        // as `ais scan` does, rather than exit 0 with nothing.
        if (c.sentences === 0 && notText !== undefined) {
          throw new InterdictError('SHIPS_BAD_INPUT', notUtf8Message(`the AIS input ${file === '-' ? 'standard input' : file}`, Buffer.from(notText.text, 'latin1'), notText.line, file), { file, record: `line ${notText.line}` });
        }
        if (c.sentences === 0) throw new InterdictError('SHIPS_BAD_INPUT', `${file === '-' ? 'standard input' : file} holds no NMEA sentence (!xxVDM or !xxVDO); positions as CSV or NDJSON are read by "ais scan"`, { file });
        process.stderr.write(`ais decode: ${c.messages} messages from ${c.sentences} sentences; skipped ${c.badChecksum} bad checksums, ${c.badFragment} bad or incomplete fragments, ${c.malformed} malformed payloads${malformedAt(c)}, ${c.undecoded} messages of other types; ${c.badTagBlock} tag blocks failed their checksum (their time left out)\n`);
        return EXIT.ok;
      }),
    );
  const scan = ais
    .command('scan')
    .description('Scan AIS positions (CSV, NDJSON or NMEA) for encounters, loitering, AIS gaps, identity tricks, DPRK port calls and designated vessels')
    .argument('<file>', 'positions file, or - for stdin')
    .option('--format <format>', 'json or human (human on a terminal)')
    .option('--db <file>', 'database holding the imported 1718 vessels list (SQLite file or postgres:// URL)')
    .option('--save', 'store the events in --db too (each once; CONTRACT §5a)')
    .option('--from <time>', 'window start (UTC): report events starting at or after it')
    .option('--to <time>', 'window end (UTC, exclusive)');
  thresholdOptions(scan, 'scan');
  scan.action(
    runAction(async (file: string, o: Record<string, string | undefined>): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const options = scanOptionsFrom(o);
      const { describeEvent, scanTracks } = await import('../../src/app/ais-entry.ts');
      const r = await scanTracks({ file, options, ...(o.db !== undefined ? { db: o.db } : {}), ...(o.save ? { save: true } : {}) });
      if (r.stats.positions === 0) {
        // "Nothing found" must mean nothing was there, not that nothing could be read.
        const untimed = r.stats.nmea?.untimed ?? 0;
        throw new InterdictError('SHIPS_BAD_INPUT', `no usable position in ${file}${untimed > 0 ? `: ${untimed} positions carry no time (NMEA needs a tag block, a USCG time or $GPRMC fixes)` : ''}`, { file });
      }
      const lines = r.events.map((e) => (format === 'json' ? JSON.stringify(e) : forTerminal(describeEvent(e))));
      if (format === 'human') {
        const list = r.vesselList ? `screened against ${r.vesselList}` : 'NOT screened against the 1718 vessels list (none imported)';
        const noFix = r.stats.noFix > 0 ? ` (${r.stats.noFix} at 0 N 0 E dropped: no fix)` : '';
        lines.push(`${r.events.length} events; ${r.stats.positions} positions${noFix}, ${r.stats.vessels} vessels; designated vessels ${list}`);
      }
      const output = new Output();
      if (lines.length > 0) await output.write(`${lines.join('\n')}\n`);
      // With --save the events are stored: output that cannot be written is exit 4 (1 when nothing new was stored).
      if (r.saved !== undefined) {
        const code = await afterCommit(output, `the scan (${r.saved} new events)`, r.saved > 0, 'see them with "interdict ais events"; a scan saved again stores nothing twice');
        if (code !== undefined) return code;
      } else await output.finish();
      if (r.saved !== undefined) process.stderr.write(`ais scan: ${r.saved} events stored now, ${r.events.length - r.saved} stored before\n`);
      if (r.stats.nmea) {
        const c = r.stats.nmea;
        process.stderr.write(`ais scan: ${c.sentences} sentences; skipped ${c.badChecksum} bad checksums, ${c.badFragment} bad fragments, ${c.malformed} malformed payloads${malformedAt(c)}, ${c.badTagBlock} bad tag blocks, ${c.untimed} positions without a time (no tag block), ${c.notVessels} base station, aid-to-navigation and aircraft reports (not tracks)\n`);
      }
      if (r.events.some((e) => e.kind === 'designated' || e.check?.outcome === 'prohibited')) return EXIT.prohibited;
      return r.events.length > 0 ? EXIT.review : EXIT.ok;
    }),
  );
  registerQueue(ais);
  registerWatch(ais);
}

const WINDOW = /^(\d+)(m|h|d)$/;
const UNIT_MS = { m: 60000, h: 3600000, d: 86400000 } as const;

/** `--window 1h`: minutes, hours or days (the bounds are the use case's: AIS_WINDOW_MS). */
export function windowMs(v: string | undefined): number {
  const m = WINDOW.exec((v ?? '1h').trim());
  const ms = m ? Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS] : NaN;
  if (!(ms >= AIS_WINDOW_MS.min && ms <= AIS_WINDOW_MS.max)) throw new InterdictError('SHIPS_BAD_FLAG', `--window must be minutes, hours or days such as 30m, 1h or 1d (1m to 31d), not "${String(v).slice(0, 40)}"`, { field: 'window' });
  return ms;
}

function registerWatch(ais: Command): void {
  const watch = ais
    .command('watch')
    .description('Watch a live AIS feed (NMEA over TCP): events out as NDJSON as their windows close by the data\'s time; with --db, positions and events stored')
    .option('--connect <host:port>', 'connect to a receiver or aggregator (reconnects with back-off)')
    .option('--listen <host:port>', 'listen for senders (any number at once)')
    .option('--db <url>', 'store positions and events here (SQLite file or postgres:// URL); the 1718 list is read from it')
    .option('--once', 'end when the connection closes: flush every open window, print the last events, exit 0')
    .option('--lateness-minutes <n>', `how far behind the newest time a report may arrive and still be scanned (default ${WATCH_LATENESS_MS.default / 60_000})`)
    .option('--format <format>', 'json (NDJSON) or human (human on a terminal)');
  thresholdOptions(watch, 'watch');
  watch.action(
    runAction(async (o: Record<string, string | boolean | undefined>): Promise<ExitCode> => {
      const format = resolveFormat(o.format as string | undefined);
      const str = o as Record<string, string | undefined>;
      const options = scanOptionsFrom({ ...str, from: undefined, to: undefined });
      const lateness = o.latenessMinutes === undefined ? WATCH_LATENESS_MS.default / 60_000 : Number(o.latenessMinutes);
      if (!/^\d+(\.\d+)?$/.test(String(o.latenessMinutes ?? '0')) || lateness * 60_000 > WATCH_LATENESS_MS.max) throw new InterdictError('SHIPS_BAD_FLAG', `--lateness-minutes must be a number from 0 to ${WATCH_LATENESS_MS.max / 60_000}, not "${String(o.latenessMinutes).slice(0, 40)}"`, { field: 'lateness-minutes' });
      const { watchFeed, parseHostPort, describeEvent } = await import('../../src/app/ais-entry.ts');
      if ((o.connect === undefined) === (o.listen === undefined)) throw new InterdictError('SHIPS_BAD_FLAG', 'give one of --connect HOST:PORT or --listen HOST:PORT', { field: 'connect' });
      const output = new Output();
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const s = await watchFeed({
          ...(o.connect !== undefined ? { connect: parseHostPort(String(o.connect), 'connect') } : { listen: parseHostPort(String(o.listen), 'listen') }),
          ...(o.db !== undefined ? { db: String(o.db) } : {}),
          once: o.once === true, options, windowMs: WATCH_WINDOW_MS, latenessMs: lateness * 60_000, signal: stop.signal,
          onEvents: (events) => void output.write(`${events.map((e) => (format === 'json' ? JSON.stringify(e) : forTerminal(describeEvent(e)))).join('\n')}\n`),
          onStatus: (m) => process.stderr.write(`ais watch: ${m}\n`),
          onListening: (a) => process.stderr.write(`ais watch: listening on ${a.host}:${a.port}\n`),
        });
        process.stderr.write(`ais watch: ${s.connections} connections, ${s.lines} lines (${s.badLines} bad), ${s.positions} positions (${s.late} late), ${s.windows} windows, ${s.events} events${o.db !== undefined ? `, ${s.stored} stored now` : ''}\n`);
        // With --db the feed is stored: events that could not be written are exit 4, not lost silently.
        if (o.db !== undefined) return (await afterCommit(output, `the feed (${s.positions} positions, ${s.stored} events)`, s.positions > 0 || s.stored > 0, 'see the events with "interdict ais events"')) ?? EXIT.ok;
        await output.finish();
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
      return EXIT.ok;
    }),
  );
}

function registerQueue(ais: Command): void {
  const enqueue = ais
    .command('enqueue')
    .description('Store a file of AIS positions in PostgreSQL and put its windows on the job queue there (run them with "ais worker")')
    .argument('<file>', 'positions file (CSV, NDJSON or NMEA), or - for stdin')
    .requiredOption('--db <url>', 'postgres:// URL of the database holding the queue, positions and events')
    .option('--window <span>', 'window length: 30m, 1h, 6h, 1d ... (default 1h)')
    .option('--format <format>', 'json or human (human on a terminal)');
  thresholdOptions(enqueue, 'enqueue');
  enqueue.action(
    runAction(async (file: string, o: Record<string, string | undefined>): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const win = windowMs(o.window);
      const options = scanOptionsFrom({ ...o, from: undefined, to: undefined });
      const { enqueueWindows } = await import('../../src/app/ais-queue-entry.ts');
      const r = await enqueueWindows({ file, db: o.db!, windowMs: win, options });
      const text = format === 'json' ? `${JSON.stringify(r)}\n` : `${r.windows} windows queued (${r.from} to ${r.to}); ${r.alreadyStored ? 'this input was stored before: no position stored again' : `${r.positions} positions stored`}\n`;
      return (await writeCommitted(text, format, `the input (${r.windows} windows queued)`, 'run them with "interdict ais worker"; enqueueing the same file again stores nothing twice')) ?? EXIT.ok;
    }),
  );
  ais
    .command('worker')
    .description('Run queued windows (find events, store each once) from the job queue in --db; any number of workers may run at once')
    .requiredOption('--db <url>', 'postgres:// URL of the database holding the queue')
    .option('--exit-when-idle', 'exit once no window is left to run')
    .option('--stale-after <seconds>', `a worker not seen for this long is dead: its windows are run again (${WORKER_STALE_SECONDS.min} to ${WORKER_STALE_SECONDS.max}; default ${WORKER_STALE_SECONDS.default})`)
    .action(
      runAction(async (o: { db: string; exitWhenIdle?: boolean; staleAfter?: string }): Promise<ExitCode> => {
        // The flag's spelling is the CLI's; its bounds (WORKER_STALE_SECONDS) the use case's.
        const stale = o.staleAfter === undefined ? WORKER_STALE_SECONDS.default : /^\d{1,9}$/.test(o.staleAfter) ? Number(o.staleAfter) : NaN;
        if (Number.isNaN(stale)) throw new InterdictError('SHIPS_BAD_FLAG', `--stale-after must be a whole number of seconds, not "${String(o.staleAfter).slice(0, 40)}"`, { field: 'stale-after' });
        const { runWorkers } = await import('../../src/app/ais-queue-entry.ts');
        const s = await runWorkers({
          db: o.db, exitWhenIdle: o.exitWhenIdle === true, staleSeconds: stale,
          onWindow: (from, to, r) => process.stderr.write(`ais worker: window ${new Date(from).toISOString()} to ${new Date(to).toISOString()}: ${r.positions} positions read, ${r.events} events, ${r.stored.length} stored now\n`),
        });
        process.stderr.write(`ais worker: ${s.windows} windows, ${s.positions} positions read, ${s.events} events, ${s.stored} stored now\n`);
        return EXIT.ok;
      }),
    );
  ais
    .command('events')
    .description('The stored events (from "ais worker", "ais scan --save", "ais watch --db"), each once, oldest first')
    .option('--db <url>', 'database (SQLite file or postgres:// URL)')
    .option('--from <time>', 'events starting at or after this time (UTC)')
    .option('--to <time>', 'events starting before this time (UTC)')
    .option('--kind <kind>', `only this kind: ${EVENT_KINDS.join(', ')}`)
    .option('--format <format>', 'json (NDJSON) or human (human on a terminal)')
    .action(
      runAction(async (o: Record<string, string | undefined>): Promise<ExitCode> => {
        const format = resolveFormat(o.format);
        const { listStoredEvents, describeEvent } = await import('../../src/app/ais-entry.ts');
        // The filter is checked by the events use case (the same rule as GET /v1/events), naming the flag.
        const events = await listStoredEvents(o.db, { ...(o.from !== undefined && { from: o.from }), ...(o.to !== undefined && { to: o.to }), ...(o.kind !== undefined && { kind: o.kind }) });
        const lines = events.map((e) => (format === 'json' ? JSON.stringify(e) : forTerminal(describeEvent(e))));
        if (lines.length > 0) await writeResult(`${lines.join('\n')}\n`, format);
        return EXIT.ok;
      }),
    );
}
