// The CLI used as a hostile or careless user uses it: huge and piped input, odd database targets, control
// characters, closed pipes and full disks, read-only files, signals. Each test is a fault found that way,
// reproduced as it was found, and failed before its fix. Long names and the list cache are in the
// screening tests.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { cliCommand, compiledCli, errorLine, projectRoot, scratch } from './support/cli-harness.ts';
import { copyPackage } from './support/package-copy.ts';

const sandbox = scratch('hardening');
const { cli, write, dir } = sandbox;
const run = (...args: string[]) => cli(args);
const tx = (i: number) => ({ id: `t${i}`, type: 'goods', date: '2019-03-01', from: 'CN', to: 'FR', goods: [{ hs: '6203.42', description: 'trousers, men, cotton, in cartons of twelve' }] });
const ndjson = (n: number): string => Array.from({ length: n }, (_, i) => JSON.stringify(tx(i + 1))).join('\n') + '\n';
const cliCmd = cliCommand();
const sh = (cmd: string) => spawnSync('sh', ['-c', cmd], { cwd: projectRoot, env: sandbox.env, encoding: 'utf8', maxBuffer: 1 << 30 });
const refined = ['ledger', 'record', '--commodity', 'refined-petroleum', '--state', 'CN', '--date', '2018-03-01', '--reported', '2018-03-05'];

test('piped input far over 64 KB is read whole (stdin, and through a pipe from another program)', () => {
  const big = write('big.ndjson', ndjson(12_000)); // about 1.9 MB
  assert.ok(statSync(big).size > 1_000_000);
  const r = sh(`cat ${JSON.stringify(big)} | ${cliCmd} check - --format json`);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trimEnd().split('\n').length, 12_000);
  const gz = sh(`gzip -c ${JSON.stringify(big)} | gunzip -c | ${cliCmd} check - --format json | wc -l`);
  assert.equal(gz.stdout.trim(), '12000', gz.stderr);
});

test('an empty, in-memory, unknown-scheme or folderless database target is refused, never replaced', () => {
  for (const [args, env] of [
    [['--db', ''], {}],
    [['--db', ':memory:'], {}],
    [['--db', 'mysql://x@y/z'], {}],
    [['--db', path.join(dir, 'no', 'such', 'dir', 'x.db')], {}],
    [[], { INTERDICT_DATABASE_URL: '' }],
    [[], { INTERDICT_DATABASE_URL: 'sqlite::memory:' }],
  ] as [string[], Record<string, string>][]) {
    const s = scratch('target', env);
    const r = s.cli([...refined, '--barrels', '400000', '--ref', 'a', ...args, '--format', 'json']);
    assert.equal(r.code, 1, `${JSON.stringify(args)} ${JSON.stringify(env)}: ${r.stdout}`);
    assert.equal(r.stdout, '', 'nothing reported as recorded');
    assert.match(errorLine(r.stderr), /^STORE_TARGET: /);
    assert.equal(existsSync(path.join(s.dir, 'data')), false, 'no default ledger was created instead');
  }
  assert.equal(existsSync(path.join(dir, 'no')), false, 'no folders were created');
});

test('a barrels-per-tonne factor outside 6-12 is bad input, in record and in import', () => {
  const db = path.join(dir, 'factor.sqlite');
  for (const f of ['1e-300', '0.5', '100', 'NaN']) {
    const r = run(...refined, '--tonnes', '400000', '--factor', f, '--ref', `f${f}`, '--db', db, '--format', 'json');
    assert.equal(r.code, 1, f);
    assert.match(errorLine(r.stderr), /^LEDGER_BAD_INPUT: field "factor": factor must be between 6 and 12/);
  }
  const csv = write('f.csv', 'state,commodity,date,barrels,tonnes,ref,reported,factor\nCN,refined-petroleum,2018-03-01,,400000,x1,2018-03-05,1e-300\n');
  const imp = run('ledger', 'import', csv, '--db', db, '--format', 'json');
  assert.equal(imp.code, 1);
  assert.match(errorLine(imp.stderr), /field "factor"/);
  assert.equal(existsSync(db), false, 'nothing was stored');
  const lpg = run(...refined, '--tonnes', '100', '--factor', '11.6', '--ref', 'lpg', '--db', db, '--format', 'json');
  assert.equal(lpg.code, 0, 'LPG at 11.6 bbl/t is a real factor');
});

test('control characters from the input never reach the terminal: refused, naming the field and the character', () => {
  const evil = { ...tx(1), id: 'x\u001b[2K\r\u001b[1APERMITTED\u202e', from: 'KP', to: 'CN' };
  const r = run('check', write('evil.json', JSON.stringify(evil)), '--format', 'human');
  assert.equal(r.code, 1);
  // eslint-disable-next-line no-control-regex -- the control characters are what must not appear
  assert.doesNotMatch(r.stdout + r.stderr, /[\u001b\r\u202e]/);
  assert.match(r.stderr, /id holds the control character U\+001B at character 2/);
  const nl = run('check', write('nl.json', JSON.stringify({ ...evil, id: 'a\nt2: PERMITTED' })), '--format', 'human');
  assert.equal(nl.code, 1, 'an id is one line: it cannot forge a line of its own');
  assert.match(nl.stderr, /id holds the control character U\+000A at character 2 \(a line break\)/);
  assert.doesNotMatch(nl.stdout, /^t2: PERMITTED/m);
});

test('a closed pipe ends output quietly; an output failure after a commit says it was stored', () => {
  const big = write('pipe.ndjson', ndjson(50_000));
  const r = sh(`${cliCmd} check ${JSON.stringify(big)} --format json | head -1`);
  assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
  assert.doesNotMatch(r.stderr, /EPIPE|at .*\(|INTERNAL/);
  if (!existsSync('/dev/full')) return;
  const db = path.join(dir, 'full.sqlite');
  const full = sh(`${cliCmd} ${refined.join(' ')} --barrels 1000 --ref full1 --db ${JSON.stringify(db)} --format json > /dev/full`);
  assert.equal(full.status, 4, full.stderr);
  assert.match(full.stderr, /STORED /);
  const h = run('ledger', 'history', '--state', 'CN', '--ref', 'full1', '--db', db, '--format', 'json');
  assert.equal(h.code, 0, 'the record is there');
  assert.equal((JSON.parse(h.stdout) as unknown[]).length, 1);
});

test('deep nesting and huge values give a bounded, located error, no stack', () => {
  const deep = `{"id":"n","type":"goods","date":"2018-01-01","from":"CN","to":"KP","goods":[{"hs":${'['.repeat(5000)}1${']'.repeat(5000)}}]}`;
  const r = run('check', write('deep.json', deep), '--format', 'human');
  assert.equal(r.code, 1);
  assert.match(errorLine(r.stderr), /CHECK_BAD_INPUT: .*field "goods\[0\]\.hs": .*nested too deeply/);
  const huge = JSON.stringify({ ...tx(1), goods: [{ hs: 'x'.repeat(20_000_000) }] });
  const h = run('check', write('huge.json', huge), '--format', 'json');
  assert.equal(h.code, 1);
  assert.ok(h.stderr.length < 4000, `stderr is ${h.stderr.length} characters`);
  assert.match(h.stderr, /20,000,000 characters/);
});

test('a UTF-8 byte-order mark before NDJSON, a JSON object or an array is accepted', () => {
  for (const body of [ndjson(3), JSON.stringify(tx(1)), JSON.stringify([tx(1), tx(2)])]) {
    const r = run('check', write('bom.json', `\ufeff${body}`), '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
  }
  const piped = cli(['check', '-', '--format', 'json'], `\ufeff${ndjson(2)}`);
  assert.equal(piped.code, 0, piped.stderr);
});

test('a party name over the documented maximum is bad input in check, named, never matched for minutes', () => {
  const long = { ...tx(1), type: 'financial', parties: [{ name: 'KIM '.repeat(82_500) }] };
  const r = run('check', write('long.json', JSON.stringify(long)), '--format', 'json');
  assert.equal(r.code, 1);
  assert.match(errorLine(r.stderr), /^CHECK_BAD_INPUT: record 1, field "parties\[0\]\.name": .*330,000 characters long; at most 1,000/);
  const screen = run('screen', 'KIM '.repeat(25_000), '--format', 'json'); // an argument is at most 128 KiB
  assert.equal(screen.code, 1);
  assert.match(errorLine(screen.stderr), /^SCREEN_BAD_INPUT: field "name"/);
});

test('a FIFO is read once, as a stream, and does not hang', () => {
  const fifo = path.join(dir, 'in.fifo');
  spawnSync('mkfifo', [fifo]);
  const big = write('fifo-src.ndjson', ndjson(20_000));
  const r = sh(`cat ${JSON.stringify(big)} > ${JSON.stringify(fifo)} & ${cliCmd} check ${JSON.stringify(fifo)} --format json | wc -l`);
  assert.equal(r.stdout.trim(), '20000', r.stderr);
});

test('a read-only ledger can still be read; a write says it is read-only, with no stack', () => {
  // Root ignores permissions: the child runs as an ordinary user then, who may not be able to read this
  // clone (a clone under a private folder), so it runs a copy of the installed program in a folder of
  // its own, beside the ledger, both readable by that user.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const own = mkdtempSync(path.join(tmpdir(), 'interdict-ro-'));
  chmodSync(own, 0o755); // mkdtemp makes it private
  const entry = copyPackage(path.join(own, 'package'));
  const folder = path.join(own, 'ro');
  mkdirSync(folder);
  const db = path.join(folder, 'ledger.sqlite');
  assert.equal(run(...refined, '--barrels', '1000', '--ref', 'ro1', '--db', db, '--format', 'json').code, 0);
  chmodSync(db, 0o444);
  chmodSync(folder, 0o555);
  const env = { ...sandbox.env, INTERDICT_CACHE_DIR: path.join(own, 'ro-cache'), XDG_DATA_HOME: path.join(own, 'ro-data') };
  mkdirSync(env.INTERDICT_CACHE_DIR, { recursive: true, mode: 0o777 });
  chmodSync(env.INTERDICT_CACHE_DIR, 0o777);
  const runAs = (...args: string[]) => spawnSync(process.execPath, [entry, ...args], { cwd: own, env, encoding: 'utf8', ...asUser });
  try {
    const status = runAs('ledger', 'status', '--commodity', 'refined-petroleum', '--period', '2018', '--db', db, '--format', 'json');
    assert.equal(status.status, 0, status.stderr);
    assert.equal((JSON.parse(status.stdout) as { totalBarrels: number }).totalBarrels, 1000);
    const w = runAs(...refined, '--barrels', '5', '--ref', 'ro2', '--db', db, '--format', 'json');
    assert.equal(w.status, 1);
    assert.match(errorLine(w.stderr), /^STORE_READ_ONLY: /);
    assert.doesNotMatch(w.stderr, /SqliteError|at .*\(/);
  } finally {
    chmodSync(folder, 0o755);
    chmodSync(db, 0o644);
    rmSync(own, { recursive: true, force: true });
  }
});

test('check finds the ledger the ledger commands write by default, and ledger where names it', () => {
  const s = scratch('default-ledger');
  const where = s.cli(['ledger', 'where', '--format', 'json']);
  const w = JSON.parse(where.stdout) as { database: string; isDefault: boolean; exists: boolean };
  assert.equal(w.isDefault, true);
  assert.equal(w.exists, false);
  assert.ok(w.database.startsWith(path.join(s.dir, 'data')));
  assert.equal(s.cli([...refined, '--barrels', '100000', '--ref', 'd1', '--format', 'json']).code, 0);
  assert.equal((JSON.parse(s.cli(['ledger', 'where', '--format', 'json']).stdout) as { exists: boolean }).exists, true);
  const diesel = { id: 'd', type: 'goods', date: '2018-05-01', from: 'CN', to: 'KP', purpose: 'livelihood', goods: [{ hs: '2710.19', description: 'diesel', quantity: 3000, unit: 'bbl' }] };
  const r = s.cli(['check', s.write('d.json', JSON.stringify(diesel)), '--format', 'json']);
  assert.match(r.stdout, /Remaining under the cap: 400,000 bbl/, r.stdout);
});

test('check streams: memory is bounded by a chunk, not the input', () => {
  // 40 MB of NDJSON under a 48 MB heap: holding the input (or all its output) would run out of memory.
  const n = 260_000;
  const big = write('mem.ndjson', ndjson(n));
  assert.ok(statSync(big).size > 40_000_000);
  const r = sh(`${JSON.stringify(process.execPath)} --max-old-space-size=48 ${JSON.stringify(compiledCli())} check ${JSON.stringify(big)} --format json | tail -1`);
  assert.equal(r.status, 0, r.stderr.slice(0, 2000));
  assert.equal((JSON.parse(r.stdout) as { id: string }).id, `t${n}`);
});

test('progress goes to stderr on a terminal and never into the results', () => {
  if (spawnSync('script', ['--version']).status !== 0) return;
  const r = sh(`script -qec "${cliCmd} screen --input examples/customers.csv --format json 2>/dev/null" /dev/null`);
  const lines = r.stdout.replace(/\r/g, '').trim().split('\n');
  const csvRows = readFileSync(path.join(projectRoot, 'examples', 'customers.csv'), 'utf8').trim().split('\n').length - 1;
  assert.equal(lines.length, csvRows, r.stdout);
  for (const l of lines) assert.ok(JSON.parse(l));
});

test('JSON errors under --format json; a list older than the bundled one is warned about', async () => {
  const r = run('check', write('bad.json', '{"type":"goods"'), '--format', 'json');
  const e = JSON.parse(r.stderr) as { error: { code: string; message: string } };
  assert.equal(e.error.code, 'CHECK_BAD_INPUT');
  const { unListSnapshot } = await import('./support/un-list-fixtures.ts');
  const old = run('screen', 'PAK YONG SIK', '--list', unListSnapshot('2020-11-30'), '--format', 'json');
  assert.equal(old.code, 2);
  const warning = JSON.parse(old.stderr.trim().split('\n')[0]!) as { warning: { code: string; message: string } };
  assert.equal(warning.warning.code, 'LIST_OLDER_THAN_BUNDLED');
  assert.match(warning.warning.message, /2020-11-30/);
  const human = run('screen', 'PAK YONG SIK', '--list', unListSnapshot('2020-11-30'), '--format', 'human');
  assert.match(human.stderr, /^warning LIST_OLDER_THAN_BUNDLED: /);
});

test('invisible characters and look-alike letters inside a name do not hide it from screening', () => {
  for (const name of ['KIM TO\u00adNG CHOL', 'KIM TO\u200dNG CHOL', 'KIM\u2060 TONG CHOL', 'KIM TONG CH\u041eL', '\u041a\u0406\u041c TONG CHOL']) {
    const r = run('screen', name, '--type', 'person', '--format', 'json');
    assert.equal(r.code, 2, JSON.stringify(name));
    assert.equal((JSON.parse(r.stdout) as { matches: { ref: string }[] }).matches[0]?.ref, 'KPi.068', JSON.stringify(name));
  }
  const tx = { id: 'z', type: 'financial', date: '2019-01-01', from: 'CN', to: 'CN', parties: [{ name: 'KIM TO\u200dNG CHOL', type: 'person' }] };
  assert.equal(run('check', write('zw.json', JSON.stringify(tx)), '--format', 'json').code, 2, 'a payment to the masked name is prohibited');
  const cyrillic = run('screen', '\u041f\u0430\u043a', '--format', 'json'); // a real Cyrillic word stays Cyrillic
  assert.notEqual(cyrillic.code, 1);
});

test('contradicting barrels and tonnes, empty or hex flags are refused; nothing stored', () => {
  const db = path.join(dir, 'second.sqlite');
  const base = ['ledger', 'record', '--commodity', 'crude-oil', '--state', 'CN', '--date', '2018-03-02', '--reported', '2018-03-05', '--db', db, '--format', 'json'];
  for (const [extra, field] of [
    [['--barrels', '1', '--tonnes', '520000', '--ref', 'c1'], 'tonnes'],
    [['--barrels', '1000', '--tonnes', '1', '--ref', 'c2'], 'tonnes'],
    [['--tonnes', '100', '--factor', '0x8', '--ref', 'c3'], 'factor'],
    [['--tonnes', '100', '--factor', '', '--ref', 'c4'], 'factor'],
    [['--tonnes', '100', '--reported', '', '--ref', 'c5'], 'reported'],
  ] as [string[], string][]) {
    const r = run(...base, ...extra);
    assert.equal(r.code, 1, extra.join(' '));
    assert.match(errorLine(r.stderr), new RegExp(`field "${field}"`), extra.join(' '));
  }
  assert.equal(existsSync(db), false, 'nothing was stored');
});

test('output failures are errors (exit 1), a stored change unwritten is exit 4 in JSON, usage errors are JSON', () => {
  if (!existsSync('/dev/full')) return;
  const db = path.join(dir, 'full2.sqlite');
  const rec = `${cliCmd} ${refined.join(' ')} --barrels 10 --ref F2 --db ${JSON.stringify(db)} --format json`;
  const first = sh(`${rec} > /dev/full`);
  assert.equal(first.status, 4);
  assert.equal((JSON.parse(first.stderr) as { error: { code: string } }).error.code, 'CLI_OUTPUT_AFTER_COMMIT');
  const again = sh(`${rec} > /dev/full`);
  assert.equal(again.status, 1, 'the same report again stored nothing: not exit 4');
  for (const cmd of ['law list --format json', `ledger status --commodity refined-petroleum --period 2018 --db ${JSON.stringify(db)} --format json`, 'screen "PAK YONG SIK" --format json']) {
    const r = sh(`${cliCmd} ${cmd} > /dev/full`);
    assert.equal(r.status, 1, cmd);
    assert.equal((JSON.parse(r.stderr) as { error: { code: string } }).error.code, 'CLI_IO', cmd);
  }
  for (const args of [['check', '--format', 'json'], ['nosuch', '--format', 'json'], ['check', 'x.json', '--bogus', '--format', 'json']]) {
    const r = run(...args);
    assert.equal(r.code, 1);
    assert.equal((JSON.parse(r.stderr) as { error: { code: string } }).error.code, 'CLI_BAD_FLAG', args.join(' '));
  }
});

test('long text and long unknown keys are refused with short messages; storage faults are coded', () => {
  const long = run('check', write('desc.json', JSON.stringify({ ...tx(1), goods: [{ hs: '62', description: 'x'.repeat(2_000_000) }] })), '--format', 'json');
  assert.equal(long.code, 1);
  assert.match(errorLine(long.stderr), /field "goods\[0\]\.description": .*2,000,000 characters long/);
  const key = run('check', write('key.json', `{"${'k'.repeat(2_000_000)}":1}`), '--format', 'json');
  assert.equal(key.code, 1);
  assert.ok(key.stderr.length < 2000, `stderr is ${key.stderr.length} characters`);
  const empty = run('ledger', 'status', '--db', '/dev/null', '--commodity', 'refined-petroleum', '--format', 'json');
  assert.equal((JSON.parse(empty.stderr) as { error: { code: string } }).error.code, 'STORE_NOT_FOUND');
  const pg = run('ledger', 'status', '--db', 'postgresql://u@127.0.0.1:1/db', '--commodity', 'refined-petroleum', '--format', 'json');
  assert.equal((JSON.parse(pg.stderr) as { error: { code: string } }).error.code, 'STORE_OPEN');
});

test('a cache folder that cannot be made costs speed, never a hang', () => {
  const r = spawnSync(process.execPath, [compiledCli(), 'law', 'list', '--format', 'json'], { cwd: projectRoot, env: { ...sandbox.env, INTERDICT_CACHE_DIR: '', XDG_CACHE_HOME: '/proc' }, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
});

test('SIGTERM during a long check leaves no temporary output behind', async () => {
  const tmp = path.join(dir, 'tmp-sig');
  mkdirSync(tmp);
  // The input stays open, so check cannot finish on its own: it holds its output (the input is not yet
  // proved valid) and spills it to a temporary file. Whatever the machine's speed, it is still running
  // when the signal comes.
  const child = spawn(process.execPath, [compiledCli(), 'check', '-', '--format', 'json'], { cwd: projectRoot, env: { ...sandbox.env, TMPDIR: tmp }, stdio: ['pipe', 'ignore', 'ignore'] });
  const exited = new Promise((r) => child.once('exit', r));
  child.stdin.on('error', () => undefined); // a child that died early is reported by the assertions below
  const spools = (): string[] => readdirSync(tmp).filter((n) => n.startsWith('interdict-out-'));
  const chunk = ndjson(20_000);
  while (spools().length === 0 && child.exitCode === null) {
    if (!child.stdin.write(chunk)) await Promise.race([new Promise((r) => child.stdin.once('drain', r)), exited]);
    await new Promise((r) => setImmediate(r));
  }
  assert.equal(child.exitCode, null, 'check is still running, its input open');
  assert.equal(spools().length, 1, 'the held output spilled to a temporary file');
  child.kill('SIGTERM');
  await exited;
  child.stdin.destroy();
  assert.deepEqual(spools(), []);
});
