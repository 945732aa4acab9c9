// The ledger commands as users script them (CONTRACT §3): JSON out, exit codes, and bad input that
// exits 1 with one message naming the field, nothing on stdout and nothing stored.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { openSqlLedgerStore } from '../src/ledger/sql-ledger-store.ts';
import { openSqliteDriver } from '../src/store/sqlite-driver.ts';
import { caps } from './ledger/backends.ts';
import { compiledCli, errorLine } from './support/cli-harness.ts';
import { ledgerScratch, runLedger, type LedgerRun } from './support/ledger-cli.ts';

const { dir, db } = ledgerScratch('ledger-cli-');
const cli = (...args: string[]): Promise<LedgerRun> => runLedger([compiledCli()], args);

async function storedRecords(): Promise<number> {
  if (!fs.existsSync(db)) return 0;
  const store = await openSqlLedgerStore(openSqliteDriver(db), caps);
  const n = (await store.periodTotals()).reduce((s, t) => s + t.records, 0);
  await store.close();
  return n;
}


const base = ['record', '--commodity', 'refined-petroleum', '--state', 'CN', '--date', '2018-03-01', '--reported', '2018-03-02'];

test('bad input: exit 1, one message naming the field, nothing on stdout, nothing stored', async () => {
  const cases: [string[], string][] = [
    [[...base, '--barrels', '-5', '--ref', 'b1'], 'barrels'],
    [[...base, '--ref', 'b2'], 'barrels'],
    [['record', '--commodity', 'refined-petroleum', '--state', 'ZZ', '--date', '2018-03-01', '--barrels', '5'], 'state'],
    [['record', '--commodity', 'diesel', '--state', 'CN', '--date', '2018-03-01', '--barrels', '5'], 'commodity'],
    [['record', '--commodity', 'refined-petroleum', '--state', 'CN', '--date', '2018-13-01', '--barrels', '5'], 'date'],
    [['record', '--commodity', 'crude-oil', '--state', 'CN', '--date', '2017-09-10', '--barrels', '5'], 'date'],
  ];
  const runs = await Promise.all(cases.map(([args]) => cli(...args, '--db', db, '--format', 'json')));
  runs.forEach((r, i) => {
    const field = cases[i]![1];
    assert.equal(r.code, 1, `case ${i}: ${r.stderr}`);
    assert.equal(r.stdout, '', `case ${i} prints nothing on stdout`);
    assert.match(errorLine(r.stderr), new RegExp(`field "${field}"`), `case ${i} names the field`);
  });
  assert.match(errorLine(runs[5]!.stderr), /LEDGER_NO_PERIOD.*outside every crude-oil cap period/);
  assert.equal(await storedRecords(), 0);
});

test('record prints the total, percent and notices; exit 3 when it triggered a notice', async () => {
  const a = await cli(...base, '--barrels', '100000', '--ref', 'a', '--db', db, '--format', 'json');
  assert.equal(a.code, 0, a.stderr);
  const out = JSON.parse(a.stdout);
  assert.equal(out.period.totalBarrels, 100000);
  assert.equal(out.period.percent, 20);
  assert.equal(out.period.remainingBarrels, 400000);
  const b = await cli(...base, '--barrels', '280000', '--ref', 'b', '--party', 'P1', '--party', 'P2', '--db', db, '--format', 'json');
  assert.equal(b.code, 3, b.stderr);
  const outB = JSON.parse(b.stdout);
  assert.deepEqual(outB.record.parties, ['P1', 'P2']);
  assert.deepEqual(outB.notices.map((n: { threshold: number }) => n.threshold), [75]);
  // The same report again: no-op, exit 0, nothing counted twice.
  const again = await cli(...base, '--barrels', '280000', '--ref', 'b', '--party', 'P1', '--party', 'P2', '--db', db, '--format', 'json');
  assert.equal(again.code, 0, again.stderr);
  assert.equal(JSON.parse(again.stdout).created, false);
  assert.equal(JSON.parse(again.stdout).period.totalBarrels, 380000);
});

test('import is all-or-nothing; status gives the Committee table; notices list oldest first', async () => {
  const bad = path.join(dir, 'bad.csv');
  fs.writeFileSync(bad, 'state,commodity,date,barrels,tonnes,ref,reported\nRU,refined-petroleum,2018-04-01,1000,,i1,2018-04-02\nRU,refined-petroleum,2018-04-31,1000,,i2,2018-05-02\n');
  const good = path.join(dir, 'good.csv');
  fs.writeFileSync(good, 'state,commodity,date,barrels,tonnes,ref,reported,vessel,parties\nRU,refined-petroleum,2018-04-01,1000,,i1,2018-04-02,,\nRU,refined-petroleum,2018-05-01,,100,i2,2018-05-02,Sea Star,A;B\n');
  const [b, before] = await Promise.all([cli('import', bad, '--db', db, '--format', 'json'), storedRecords()]);
  assert.equal(b.code, 1);
  assert.equal(b.stdout, '');
  assert.match(errorLine(b.stderr), /record line 3, field "date"/);
  assert.equal(await storedRecords(), before);
  const g = await cli('import', good, '--db', db, '--format', 'json');
  assert.equal(g.code, 0, g.stderr);
  assert.deepEqual([JSON.parse(g.stdout).created, JSON.parse(g.stdout).unchanged], [2, 0]);
  const [csv, status, notices] = await Promise.all([
    cli('status', '--commodity', 'refined-petroleum', '--period', '2018', '--db', db, '--format', 'csv'),
    cli('status', '--commodity', 'refined-petroleum', '--period', '2018', '--db', db, '--format', 'json'),
    cli('notices', '--db', db, '--format', 'json'),
  ]);
  assert.equal(csv.code, 0, csv.stderr);
  assert.deepEqual(csv.stdout.trim().split('\n'), [
    'commodity,period,month,state,barrels,tonnes,records,running_barrels,running_tonnes,running_percent',
    // Tonnes derived at the refined default of 8.33 bbl/t; 100 t reported -> 833 bbl derived.
    'refined-petroleum,2018,2018-03,CN,380000,45618.247,2,380000,45618.247,76',
    'refined-petroleum,2018,2018-04,RU,1000,120.048,1,381000,45738.295,76.2',
    'refined-petroleum,2018,2018-05,RU,833,100,1,381833,45838.295,76.367',
  ]);
  const s = JSON.parse(status.stdout);
  assert.equal(s.capBarrels, 500000);
  assert.deepEqual(s.byState.map((x: { state: string; barrels: number }) => [x.state, x.barrels]), [['CN', 380000], ['RU', 1833]]);
  assert.deepEqual(s.thresholds.map((t: { issued: boolean }) => t.issued), [true, false, false]);
  const n = JSON.parse(notices.stdout);
  assert.equal(n.length, 1);
  assert.deepEqual([n[0].threshold, n[0].record.ref, n[0].totalBarrels], [75, 'b', 380000]);
});

test('read-only commands refuse a ledger that does not exist instead of creating an empty one', async () => {
  const nowhere = path.join(dir, 'no-such-folder', 'ledger.sqlite');
  const missing = path.join(dir, 'never-written.sqlite');
  for (const args of [['status', '--commodity', 'refined-petroleum', '--period', '2018'], ['notices']]) {
    const r = await cli(...args, '--db', nowhere, '--format', 'json');
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(errorLine(r.stderr), /folder that does not exist/);
    const m = await cli(...args, '--db', missing, '--format', 'json');
    assert.equal(m.code, 1, m.stderr);
    assert.equal(m.stdout, '');
    assert.match(errorLine(m.stderr), /no database at/);
  }
  assert.equal(fs.existsSync(path.dirname(nowhere)), false, 'no folder was created');
  assert.equal(fs.existsSync(missing), false, 'no database was created');
});

test('an explicitly empty --ref is refused (it would silently lose idempotency)', async () => {
  const r = await cli(...base, '--barrels', '5', '--ref', '', '--db', db, '--format', 'json');
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(errorLine(r.stderr), /field "ref"/);
});

test('an import header with a column twice is refused and nothing is stored', async () => {
  const before = await storedRecords();
  const f = path.join(dir, 'twice.csv');
  fs.writeFileSync(f, 'state,commodity,date,barrels,ref,ref\nCN,refined-petroleum,2018-01-03,5,a,b\n');
  const r = await cli('import', f, '--db', db, '--format', 'json');
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(errorLine(r.stderr), /column "ref" twice/);
  assert.equal(await storedRecords(), before);
});

test('an import file that is not UTF-8 is refused naming the line; two references told apart only by the lost letters are not merged', async () => {
  const before = await storedRecords();
  const header = 'state,commodity,date,barrels,tonnes,ref,reported\n';
  const latin1 = Buffer.concat([Buffer.from(header), Buffer.from('FR,refined-petroleum,2018-05-01,1000,,LIVRAISON-\xe9T\xe9-1,2018-05-05\nFR,refined-petroleum,2018-05-01,1000,,LIVRAISON-\xe8T\xe8-1,2018-05-05\n', 'latin1')]);
  const eucKr = Buffer.concat([Buffer.from(header), Buffer.from([0x4b, 0x52, 0x2c]), Buffer.from('refined-petroleum,2018-05-01,10,,'), Buffer.from([0xc7, 0xd1, 0xb1, 0xb9, 0x31]), Buffer.from(',2018-05-05\n')]);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${header}CN,refined-petroleum,2018-01-03,5,,u16,2018-01-05\n`, 'utf16le')]);
  for (const [name, bytes, line] of [['latin1.csv', latin1, 2], ['euc-kr.csv', eucKr, 2], ['utf16.csv', utf16, 1]] as const) {
    const f = path.join(dir, name);
    fs.writeFileSync(f, bytes);
    const r = await cli('import', f, '--db', db, '--format', 'json');
    assert.equal(r.code, 1, name);
    assert.equal(r.stdout, '');
    const message = errorLine(r.stderr);
    assert.match(message, /^LEDGER_BAD_INPUT: /, name);
    assert.ok(message.includes(`record line ${line}`), `${name}: ${message}`);
    assert.match(message, /iconv -f/, name);
  }
  assert.equal(await storedRecords(), before);
});

test('a commodity that is not one is refused by status and the reports alike, naming the field (the one parser)', async () => {
  await cli(...base, '--barrels', '10', '--ref', 'commodity-probe', '--db', db, '--format', 'json');
  const runs = await Promise.all([['status'], ['report', 'table'], ['report', 'notices']].map((c) => cli(...c, '--commodity', 'oil', '--db', db, '--format', 'json')));
  for (const r of runs) {
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(errorLine(r.stderr), /field "commodity"/);
    assert.match(errorLine(r.stderr), /refined-petroleum or crude-oil, not "oil"/);
  }
});
