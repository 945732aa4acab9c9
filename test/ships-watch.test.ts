// ais watch: a live feed over TCP gives the events `ais scan` gives for the same lines — connecting to a
// server that replays a capture, and listening for a sender — and windows close by the data's time.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { before, describe, it } from 'node:test';
import { dayCsv, type DayPlan } from '../bench/support/ais-day.ts';
import { loadPorts } from '../src/ships/ports.ts';
import { PositionReader } from '../src/ships/read-positions.ts';
import { DEFAULT_SCAN_OPTIONS } from '../src/ships/scan-options.ts';
import { StreamWindows } from '../src/ships/stream-windows.ts';
import { projectRoot, scratch } from './support/cli-harness.ts';
import { feedPlan, feedStatics, mergedFeed, scanLines, T0 } from './support/merged-feed.ts';

const feed = mergedFeed(feedPlan, feedStatics([0, 1, 4])).nmea;

/** Run `interdict` and let the test talk to it while it runs. */
function start(env: NodeJS.ProcessEnv, args: string[]) {
  const p = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { cwd: projectRoot, env });
  let stdout = '';
  let stderr = '';
  p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => p.on('close', (code) => resolve({ code, stdout, stderr })));
  const waitFor = async (re: RegExp): Promise<RegExpExecArray> => {
    for (;;) {
      const m = re.exec(stderr);
      if (m) return m;
      if (p.exitCode !== null) throw new Error(`exited: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { done, waitFor };
}

/** Write lines in small uneven pieces (a line cut across writes), then close. */
async function send(socket: net.Socket, lines: string[]): Promise<void> {
  const text = `${lines.join('\r\n')}\r\n`;
  for (let i = 0; i < text.length; i += 997) {
    if (!socket.write(text.slice(i, i + 997))) await new Promise((r) => socket.once('drain', r));
  }
  await new Promise<void>((r) => socket.end(r));
}

describe('ais watch', () => {
  const s = scratch('ais-watch');
  let expected: string[] = [];
  let file = '';

  before(() => {
    file = s.write('feed.nmea', `${feed.join('\n')}\n`);
    const scan = s.cli(['ais', 'scan', file, '--format', 'json']);
    expected = scan.stdout.trim().split('\n');
    assert.ok(expected.length >= 3, scan.stderr);
  });

  it('--connect --once: a server replaying the capture gives the same events as ais scan, stored once with --db', async () => {
    const server = net.createServer((socket) => void send(socket, feed));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as net.AddressInfo).port;
    const db = `${s.dir}/watch.sqlite`;
    const w = start(s.env, ['ais', 'watch', '--connect', `127.0.0.1:${port}`, '--once', '--db', db, '--format', 'json']);
    const r = await w.done;
    server.close();
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), expected);
    assert.match(r.stderr, new RegExp(`1 connections, ${feed.length} lines \\(0 bad\\).*${expected.length} events, ${expected.length} stored now`));
    const stored = s.cli(['ais', 'events', '--db', db, '--format', 'json']);
    assert.deepEqual(stored.stdout.trim().split('\n'), expected);
  });

  it('--listen --once: a sender connecting to it gives the same events', async () => {
    const w = start(s.env, ['ais', 'watch', '--listen', '127.0.0.1:0', '--once', '--format', 'json']);
    const m = await w.waitFor(/listening on [^\s]+:(\d+)/);
    const socket = net.connect({ host: '127.0.0.1', port: Number(m[1]) });
    await new Promise((r) => socket.once('connect', r));
    await send(socket, feed);
    const r = await w.done;
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), expected);
  });

  it('refuses a bad address and a refused connection plainly (exit 1)', () => {
    const bad = s.cli(['ais', 'watch', '--connect', 'nowhere', '--once', '--format', 'json']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /HOST:PORT/);
    const both = s.cli(['ais', 'watch', '--connect', '127.0.0.1:1', '--listen', '127.0.0.1:2', '--format', 'json']);
    assert.equal(both.code, 1);
    const refused = s.cli(['ais', 'watch', '--connect', '127.0.0.1:1', '--once', '--format', 'json']);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /cannot connect/);
  });
});

describe('windows closed by the data\'s time', () => {
  it('events come out while the feed runs, and all of them are those of one pass', () => {
    const plan: DayPlan = {
      seed: 11, vessels: 30, stepSec: 240, start: T0, hours: 60,
      encounters: [{ a: 0, b: 1, startH: 22.5, hours: 3.5 }, { a: 2, b: 3, startH: 5, hours: 3 }, { a: 9, b: 10, startH: 40, hours: 3 }],
      gaps: [{ v: 5, startH: 10, hours: 13 }],
    };
    const lines = [...dayCsv(plan)];
    const whole = scanLines(lines).events.map((e) => e.event);
    const w = new StreamWindows({ ...DEFAULT_SCAN_OPTIONS }, () => ({ ports: loadPorts() }), 3600000, 600000);
    const reader = new PositionReader(w);
    const live: unknown[] = [];
    let heldMax = 0;
    for (const l of lines) {
      reader.push(l);
      live.push(...w.closeReady().map((e) => e.event));
      heldMax = Math.max(heldMax, w.heldCount);
    }
    const beforeEnd = live.length;
    live.push(...w.flush().map((e) => e.event));
    assert.deepEqual(live, whole);
    assert.ok(beforeEnd >= 2, `events out before the feed ended: ${beforeEnd}`);
    // What no open window needs is dropped: fewer held at once than the feed's 60 hours.
    assert.ok(heldMax < lines.length * 0.9, `${heldMax} of ${lines.length}`);
  });
});
