// Windows as jobs: `ais enqueue` + two `ais worker` processes in parallel on one PostgreSQL give
// exactly the events of one `ais scan` pass, each stored once; enqueuing again, running again and
// `ais scan --save` store nothing twice; a worker killed mid-window has its window run again by the
// others. Needs INTERDICT_TEST_PG_URL (a server where it may create and drop databases:
// graphile-worker keeps its queue in its own schema of the database); skipped without it.
import { pgAdmin } from './support/pg-admin.ts';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { dayCsv } from '../bench/support/ais-day.ts';
import { projectRoot, scratch } from './support/cli-harness.ts';
import { dayPlan, feedPlan, feedStatics, mergedFeed } from './support/merged-feed.ts';

const baseUrl = process.env.INTERDICT_TEST_PG_URL;

/** Inputs with events of every kind the data can show: CSV across midnight and window edges, a merged NMEA feed. */
function inputs(): Record<string, string> {
  const identity = [
    'mmsi,timestamp,lat,lon,sog,imo,name,flag',
    '351000001,2019-03-01T05:00:00Z,20,150,10,9000001,ALPHA,',
    '351000001,2019-03-01T15:30:00Z,20.1,150,10,9000001,ALPHA,',
    '351000001,2019-03-02T00:30:00Z,20.2,150,10,9000001,ALPHA,',
    '412000002,2019-03-01T11:00:00Z,21,151,10,9562233,BETA,PA',
    '413000003,2019-03-01T13:00:00Z,22,152,10,9562233,GAMMA,',
    '636000004,2019-03-01T17:55:00Z,23,153,10,,,',
    '636000004,2019-03-01T18:05:00Z,25,155,10,,,',
  ];
  return { 'day.csv': [...dayCsv(dayPlan)].join('\n'), 'feed.nmea': mergedFeed(feedPlan, feedStatics([0, 1, 4, 7])).nmea.join('\n'), 'identity.csv': identity.join('\n') };
}

function cliAsync(env: NodeJS.ProcessEnv, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { cwd: projectRoot, env });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('ais enqueue + ais worker on PostgreSQL', { skip: baseUrl ? false : 'INTERDICT_TEST_PG_URL is not set' }, () => {
  const s = scratch('ais-queue');
  const created: string[] = [];
  const admin = (sql: string) => pgAdmin(baseUrl!, sql);
  const freshDb = async (tag: string) => {
    const name = `interdict_ais_queue_${tag}_${process.pid}_${Date.now()}`;
    await admin(`CREATE DATABASE ${name}`);
    created.push(name);
    const u = new URL(baseUrl!);
    u.pathname = `/${name}`;
    return u.toString();
  };
  const files: Record<string, string> = {};

  before(() => {
    for (const [name, body] of Object.entries(inputs())) files[name] = s.write(name, body);
  });
  after(async () => {
    for (const name of created) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  for (const [name, window] of [['day.csv', '1h'], ['feed.nmea', '3h'], ['identity.csv', '30m']] as const) {
    it(`${name} in ${window} windows, two workers at once: the same events as one scan, each once`, async () => {
      const scan = s.cli(['ais', 'scan', files[name]!, '--format', 'json']);
      assert.ok(scan.code === 2 || scan.code === 3, scan.stderr); // events found (2: a DPRK vessel in one)
      const expected = scan.stdout.trim().split('\n').filter(Boolean);
      assert.ok(expected.length >= 3, `the input shows events (${expected.length})`);
      const db = await freshDb(name.replace(/\W/g, '_'));
      const q = s.cli(['ais', 'enqueue', files[name]!, '--db', db, '--window', window, '--format', 'json']);
      assert.equal(q.code, 0, q.stderr);
      const queued = JSON.parse(q.stdout) as { windows: number; positions: number; alreadyStored: boolean };
      assert.ok(queued.windows >= 2, q.stdout);
      assert.equal(queued.alreadyStored, false);
      const workers = await Promise.all([0, 1].map(() => cliAsync(s.env, ['ais', 'worker', '--db', db, '--exit-when-idle'])));
      for (const w of workers) assert.equal(w.code, 0, w.stderr);
      const ran = workers.map((w) => Number(/ais worker: (\d+) windows/.exec(w.stderr)?.[1]));
      assert.equal(ran[0]! + ran[1]!, queued.windows, 'every window ran once');
      const stored = s.cli(['ais', 'events', '--db', db, '--format', 'json']);
      assert.equal(stored.code, 0, stored.stderr);
      assert.deepEqual(stored.stdout.trim().split('\n'), expected);

      // The same file again: nothing stored twice; its windows run again and store nothing new.
      const again = s.cli(['ais', 'enqueue', files[name]!, '--db', db, '--window', window, '--format', 'json']);
      assert.equal(again.code, 0, again.stderr);
      assert.equal((JSON.parse(again.stdout) as { alreadyStored: boolean }).alreadyStored, true);
      const rerun = await cliAsync(s.env, ['ais', 'worker', '--db', db, '--exit-when-idle']);
      assert.match(rerun.stderr, new RegExp(`${queued.windows} windows, \\d+ positions read, ${expected.length} events, 0 stored now`));
      const saved = s.cli(['ais', 'scan', files[name]!, '--db', db, '--save', '--format', 'json']);
      assert.match(saved.stderr, new RegExp(`0 events stored now, ${expected.length} stored before`));
      assert.deepEqual(s.cli(['ais', 'events', '--db', db, '--format', 'json']).stdout.trim().split('\n'), expected);

      // Filters: by kind, by start time.
      const kind = JSON.parse(expected[0]!).kind as string;
      const byKind = s.cli(['ais', 'events', '--db', db, '--kind', kind, '--format', 'json']).stdout.trim().split('\n');
      assert.deepEqual(byKind, expected.filter((l) => JSON.parse(l).kind === kind));
      const cut = (JSON.parse(expected[Math.floor(expected.length / 2)]!) as { start: string }).start;
      const later = s.cli(['ais', 'events', '--db', db, '--from', cut, '--format', 'json']).stdout.trim().split('\n');
      assert.deepEqual(later, expected.filter((l) => (JSON.parse(l) as { start: string }).start >= cut));
    });
  }

  it('a worker killed mid-window: its window is run again by the others, the events the same', async () => {
    const expected = s.cli(['ais', 'scan', files['day.csv']!, '--format', 'json']).stdout.trim().split('\n');
    const db = await freshDb('killed');
    const q = s.cli(['ais', 'enqueue', files['day.csv']!, '--db', db, '--window', '1h', '--format', 'json']);
    assert.equal(q.code, 0, q.stderr);
    const c = new pg.Client({ connectionString: db });
    await c.connect();
    const locked = async () => Number((await c.query('SELECT count(*) AS n FROM graphile_worker.jobs WHERE locked_at IS NOT NULL')).rows[0].n);
    try {
      const a = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'ais', 'worker', '--db', db], { cwd: projectRoot, env: s.env, stdio: 'ignore' });
      const exited = new Promise((r) => a.on('close', r));
      // Wait until it holds a window (a condition, not a delay), then kill it without a chance to clean up.
      while ((await locked()) === 0) await new Promise((r) => setTimeout(r, 25));
      a.kill('SIGKILL');
      await exited;
      assert.equal(await locked(), 1, 'the dead worker still holds its window');
      // The worker was seen (its heartbeat stored) before it could lock a window: a worker killed between
      // the lock and its task's start is taken for dead like any other.
      const holders = async (before: number) => Number((await c.query('SELECT count(*) AS n FROM graphile_worker.jobs j JOIN ais_workers w ON w.worker_id = j.locked_by WHERE w.seen_at < $1', [before])).rows[0].n);
      assert.equal(await holders(Number.MAX_SAFE_INTEGER), 1, 'the window is held by a worker that was seen');
      // Wait until the dead worker was last seen more than a second ago (a condition, not a delay): the
      // next workers (--stale-after 1) take it for dead before they look for a window.
      while ((await holders(Date.now() - 1000)) === 0) await new Promise((r) => setTimeout(r, 25));
      const left = async () => Number((await c.query('SELECT count(*) AS n FROM graphile_worker.jobs')).rows[0].n);
      const rest = await Promise.all([0, 1].map(() => cliAsync(s.env, ['ais', 'worker', '--db', db, '--exit-when-idle', '--stale-after', '1'])));
      for (const w of rest) assert.equal(w.code, 0, w.stderr);
      assert.equal(await left(), 0, 'no window left, none locked');
    } finally {
      await c.end();
    }
    assert.deepEqual(s.cli(['ais', 'events', '--db', db, '--format', 'json']).stdout.trim().split('\n'), expected);
  });

  it('refuses what the queue cannot take: a SQLite --db, a bad --window', () => {
    const lite = s.cli(['ais', 'enqueue', files['day.csv']!, '--db', s.write('x.sqlite', ''), '--format', 'json']);
    assert.equal(lite.code, 1);
    assert.match(lite.stderr, /postgres:\/\//);
    const win = s.cli(['ais', 'enqueue', files['day.csv']!, '--db', baseUrl!, '--window', '90s', '--format', 'json']);
    assert.equal(win.code, 1);
    assert.match(win.stderr, /--window/);
  });
});
