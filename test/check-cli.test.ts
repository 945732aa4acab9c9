import assert from 'node:assert/strict';
import { chmodSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { scratch, errorLine } from './support/cli-harness.ts';
import { unListSnapshot } from './support/un-list-fixtures.ts';

const sandbox = scratch('check');
const run = (args: string[], input?: string) => sandbox.cli(args, input);
const file = sandbox.write;

const permitted = { id: 'p', type: 'goods', date: '2019-05-01', from: 'FR', to: 'DE', goods: [{ hs: '6203.42' }] };
const conditional = { id: 'c', type: 'goods', date: '2017-12-10', from: 'KP', to: 'CN', goods: [{ hs: '6203.42' }], contract: { finalized: '2017-08-20' } };
const prohibited = { id: 'x', type: 'goods', date: '2017-12-11', from: 'KP', to: 'CN', goods: [{ hs: '6203.42' }], contract: { finalized: '2017-08-20' } };

test('exit 0 for permitted; a JSON object in gives one decision object out', () => {
  const r = run(['check', file('p.json', JSON.stringify(permitted)), '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const d = JSON.parse(r.stdout) as { id: string; outcome: string; lawVersion: string };
  assert.equal(d.id, 'p');
  assert.equal(d.outcome, 'permitted');
});

test('exit 3 for conditional, exit 2 when anything is prohibited; arrays in, arrays out, in order', () => {
  const r3 = run(['check', file('c.json', JSON.stringify([permitted, conditional])), '--format', 'json']);
  assert.equal(r3.code, 3, r3.stderr);
  assert.deepEqual((JSON.parse(r3.stdout) as { id: string }[]).map((d) => d.id), ['p', 'c']);
  const r2 = run(['check', file('x.json', JSON.stringify([conditional, prohibited, permitted])), '--format', 'json']);
  assert.equal(r2.code, 2, r2.stderr);
  assert.deepEqual((JSON.parse(r2.stdout) as { outcome: string }[]).map((d) => d.outcome), ['conditional', 'prohibited', 'permitted']);
});

test('NDJSON on stdin gives NDJSON out', () => {
  const r = run(['check', '-', '--format', 'json'], [permitted, prohibited].map((t) => JSON.stringify(t)).join('\n'));
  assert.equal(r.code, 2, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; obligations: unknown[] });
  assert.deepEqual(lines.map((d) => d.id), ['p', 'x']);
});

test('bad input: exit 1, nothing on stdout, the message names the record and the field', () => {
  const cases: [string, string, number, string | undefined, RegExp][] = [
    ['bad-hs.ndjson', `${JSON.stringify(permitted)}\n${JSON.stringify({ ...permitted, goods: [{ hs: 'abc' }] })}\n`, 2, 'goods[0].hs', /not an HS code/],
    ['bad-date.json', JSON.stringify([permitted, { ...permitted, date: '2017-02-30' }]), 2, 'date', /not a real date/],
    ['bad-type.json', JSON.stringify({ ...permitted, type: 'barter' }), 1, 'type', /barter/],
    ['bad-country.json', JSON.stringify({ ...permitted, to: 'XX' }), 1, 'to', /XX/],
    ['bad-json.ndjson', `${JSON.stringify(permitted)}\n{"type": "goods",\n`, 2, undefined, /not valid JSON/],
  ];
  for (const [name, text, record, field, re] of cases) {
    const r = run(['check', file(name, text), '--format', 'json']);
    assert.equal(r.code, 1, name);
    assert.equal(r.stdout, '', `${name}: stdout must be empty`);
    // CONTRACT: under --format json the error is JSON too.
    const { error } = JSON.parse(r.stderr) as { error: { code: string; message: string; record?: number; field?: string } };
    assert.equal(error.code, 'CHECK_BAD_INPUT', name);
    assert.equal(error.record, record, name);
    assert.equal(error.field, field, name);
    assert.match(error.message, re, name);
    const human = run(['check', file(name, text), '--format', 'human']);
    assert.equal(human.code, 1, name);
    assert.match(errorLine(human.stderr), new RegExp(`record ${record}${field ? `, field "${field.replace(/[[\].]/g, '\\$&')}"` : ''}`), name);
  }
  const missing = run(['check', path.join(sandbox.dir, 'no-such-file.json'), '--format', 'human']);
  assert.equal(missing.code, 1);
  assert.equal(missing.stdout, '');
  assert.match(errorLine(missing.stderr), /CLI_IO.*does not exist/);
});

test('human format: a card per transaction with citations, confidence, unconfirmed marks and duties', () => {
  const r = run(['check', file('h.json', JSON.stringify([conditional, prohibited])), '--format', 'human']);
  assert.equal(r.code, 2);
  assert.match(r.stdout, /c: CONDITIONAL/);
  assert.match(r.stdout, /x: PROHIBITED/);
  assert.match(r.stdout, /UNSCR 2375 para 16/);
  assert.match(r.stdout, /confidence S/);
  assert.match(r.stdout, /Notify the 1718 Committee by 2018-01-24/);
  // A grandfathered seafood import: its 45-day notice date is an unconfirmed reading (REGIME 2371 row: 45 days U).
  const u = run(['check', '-', '--format', 'human'], JSON.stringify({ id: 'u', type: 'goods', date: '2017-08-20', from: 'KP', to: 'CN', goods: [{ hs: '0303' }], contract: { finalized: '2017-07-01' } }));
  assert.equal(u.code, 3);
  assert.match(u.stdout, /UNCONFIRMED date/);
});

test('--db consults the cap ledger; without it the decision says the ledger was not consulted', () => {
  const diesel = { id: 'd', type: 'goods', date: '2018-05-01', from: 'CN', to: 'KP', goods: [{ hs: '2710.19', description: 'diesel', quantity: 3000, unit: 'bbl' }], purpose: 'livelihood' };
  const f = file('diesel.json', JSON.stringify(diesel));
  const without = run(['check', f, '--format', 'json']);
  assert.equal(without.code, 3);
  assert.match(without.stdout, /ledger was not consulted/);
  const db = path.join(sandbox.dir, 'ledger.sqlite');
  const missing = run(['check', f, '--format', 'json', '--db', db]);
  assert.equal(missing.code, 1, 'a mistyped --db is an error, not an empty ledger');
  assert.equal(missing.stdout, '');
  assert.equal((JSON.parse(missing.stderr) as { error: { code: string } }).error.code, 'STORE_NOT_FOUND');
  const rec = run(['ledger', 'record', '--commodity', 'refined-petroleum', '--state', 'RU', '--date', '2018-02-01', '--reported', '2018-02-10', '--barrels', '100000', '--ref', 'r1', '--db', db, '--format', 'json']);
  assert.equal(rec.code, 0, rec.stderr);
  const withDb = run(['check', f, '--format', 'json', '--db', db]);
  assert.equal(withDb.code, 3, withDb.stderr);
  assert.match(withDb.stdout, /Remaining under the cap: 400,000 bbl/);
});

test('parties are screened against the bundled UN list: a designated name is prohibited (exit 2)', () => {
  const tx = { id: 'p', type: 'financial', date: '2020-01-01', from: 'AE', to: 'MY', parties: [{ name: 'PAK YONG SIK', type: 'person' }] };
  const r = run(['check', file('party.json', JSON.stringify(tx)), '--format', 'json']);
  assert.equal(r.code, 2, r.stderr);
  const d = JSON.parse(r.stdout) as { reasons: { resolution: number; paragraph: string; effect: string }[] };
  assert.ok(d.reasons.some((x) => x.resolution === 1718 && x.paragraph === '8(d)' && x.effect === 'prohibits'));
});

test('a large NDJSON file still prints nothing on a bad line and names it', () => {
  const rows: string[] = [];
  for (let i = 1; i <= 120_000; i++) {
    rows.push(JSON.stringify({ id: `t${i}`, type: 'goods', date: `20${10 + (i % 15)}-03-01`, from: i % 2 ? 'KP' : 'CN', to: i % 2 ? 'CN' : 'KP', goods: [{ hs: ['6203.42', '8471.30', '2710.19'][i % 3], description: 'assorted goods of the line, packed in cartons' }] }));
  }
  const good = file('big.ndjson', `${rows.join('\n')}\n`);
  const ok = run(['check', good, '--format', 'json']);
  assert.equal(ok.code, 2, ok.stderr);
  const out = ok.stdout.trimEnd().split('\n');
  assert.equal(out.length, 120_000);
  assert.equal((JSON.parse(out[119_999]!) as { id: string }).id, 't120000');
  rows[118_999] = rows[118_999]!.replace('"2010-03-01"', '"2010-02-30"').replace(/"date":"20\d\d-03-01"/, '"date":"2010-02-30"');
  const bad = run(['check', file('big-bad.ndjson', `${rows.join('\n')}\n`), '--format', 'json']);
  assert.equal(bad.code, 1);
  assert.equal(bad.stdout, '');
  const { error } = JSON.parse(bad.stderr) as { error: { record: number; field: string } };
  assert.deepEqual([error.record, error.field], [119000, 'date']);
});

test('a claimed approval with any reference and no date is conditional (exit 3), naming the reference, never permitted; origin named as the UN names the DPRK is read', () => {
  const tx = { id: 'a', type: 'goods', date: '2018-03-01', from: 'CN', to: 'KP', goods: [{ hs: '8481.80', description: 'valves' }], approvals: [{ measure: 'unscr-2397-7', reference: 'X' }] };
  const r = run(['check', '-', '--format', 'human'], JSON.stringify(tx));
  assert.equal(r.code, 3, r.stderr);
  assert.match(r.stdout, /^a: CONDITIONAL /);
  assert.match(r.stdout, /Conditional on Committee approval "X", which the engine cannot verify/);
  assert.doesNotMatch(r.stdout, /PERMITTED/);
  const coal = { id: 'c', type: 'goods', date: '2018-03-01', from: 'RU', to: 'CN', goods: [{ hs: '2701', description: 'coal, origin DPR Korea' }] };
  const c = run(['check', '-', '--format', 'json'], JSON.stringify(coal));
  assert.equal(c.code, 2, c.stderr);
  assert.equal((JSON.parse(c.stdout) as { outcome: string }).outcome, 'prohibited');
});

test('an approval naming nothing in the law, or without a reference, is bad input: exit 1, nothing on stdout, field named', () => {
  const jv = { type: 'joint-venture', date: '2018-06-01', from: 'CN', to: 'KP', jointVenture: { established: '2018-02-01' } };
  const cases: [string, unknown, RegExp][] = [
    ['unscr.ndjson', { ...jv, approvals: [{ measure: 'unscr', reference: 'X-1' }] }, /record 2, field "approvals\[0\]\.measure"/],
    ['resolution.json', [permitted, { ...jv, approvals: [{ measure: 'unscr-2375', reference: 'X-2' }] }], /record 2, field "approvals\[0\]\.measure"/],
    ['no-ref.json', { ...jv, approvals: [{ measure: 'unscr-2375-18' }] }, /field "approvals\[0\]\.reference"/],
  ];
  for (const [name, body, re] of cases) {
    const text = name.endsWith('.ndjson') ? `${JSON.stringify(permitted)}\n${JSON.stringify(body)}\n` : JSON.stringify(body);
    const r = run(['check', file(name, text), '--format', 'json']);
    assert.equal(r.code, 1, `${name}: ${r.stderr}`);
    assert.equal(r.stdout, '', name);
    assert.match(errorLine(r.stderr), re, name);
  }
});

test('check --db screens parties against the list in use in that database (a newer one loaded there), as POST /v1/check does', () => {
  // A list newer than the bundled snapshot, adding one designation: loaded into the service's database.
  const bundled = readFileSync(unListSnapshot('2026-01-28'), 'utf8');
  const at = bundled.indexOf('<REFERENCE_NUMBER>KPi.063</REFERENCE_NUMBER>');
  const start = bundled.lastIndexOf('<INDIVIDUAL>', at);
  const end = bundled.indexOf('</INDIVIDUAL>', at) + '</INDIVIDUAL>'.length;
  const added = bundled.slice(start, end).replace('<FIRST_NAME>PAK</FIRST_NAME>', '<FIRST_NAME>HONG</FIRST_NAME>').replace('<SECOND_NAME>YONG SIK</SECOND_NAME>', '<SECOND_NAME>GIL DONG</SECOND_NAME>')
    .replace('KPi.063', 'KPi.999').replace(/<INDIVIDUAL_ALIAS>[\s\S]*?<\/INDIVIDUAL_ALIAS>/g, '').replace('2017-09-11', '2026-02-01');
  const newer = `${bundled.slice(0, end)}\n${added}${bundled.slice(end)}`.replace(/dateGenerated="[^"]+"/, 'dateGenerated="2026-03-01T00:00:00.000Z"');
  const db = path.join(sandbox.dir, 'service-list.sqlite');
  const load = sandbox.cli(['lists', 'load', sandbox.write('newer.xml', newer), '--db', db, '--format', 'json']);
  assert.equal(load.code, 0, load.stderr);
  const tx = sandbox.write('hong.json', JSON.stringify({ type: 'goods', date: '2026-03-02', from: 'CN', to: 'KP', goods: [{ hs: '0901.21', description: 'coffee' }], parties: [{ name: 'Hong Gil Dong', nationality: 'KP' }] }));
  const r = sandbox.cli(['check', tx, '--db', db, '--format', 'json']);
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.match(r.stdout, /KPi\.999/);
  assert.match(r.stdout, /list 2026-03-01/);
  // The bundled snapshot does not hold the new designation: without the database's list this was permitted.
  assert.equal(sandbox.cli(['check', tx, '--format', 'json']).code, 0, 'the bundled list alone does not know it');
});

test('lists load names the file it read in its errors, and stores nothing', () => {
  const file = sandbox.write('cut.xml', readFileSync(unListSnapshot('2026-01-28'), 'utf8').slice(0, 20_000));
  const db = path.join(sandbox.dir, 'cut-list.sqlite');
  const r = sandbox.cli(['lists', 'load', file, '--db', db, '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  assert.equal((JSON.parse(r.stderr.trim()) as { error: { code: string; file: string } }).error.file, file);
});

// Root may write any file: the refusal is for every other user.
test('a database file this user may not write is said so, naming --db, not an internal fault; nothing stored', { skip: process.getuid?.() === 0 && 'running as root, who may write a read-only file' }, () => {
  const db = path.join(sandbox.dir, 'read-only.sqlite');
  assert.equal(sandbox.cli(['ledger', 'record', '--db', db, '--commodity', 'refined-petroleum', '--state', 'RU', '--date', '2019-05-01', '--ref', 'RO1', '--barrels', '5', '--reported', '2019-06-01', '--format', 'json']).code, 0);
  chmodSync(db, 0o444);
  const r = sandbox.cli(['ledger', 'record', '--db', db, '--commodity', 'refined-petroleum', '--state', 'RU', '--date', '2019-05-01', '--ref', 'RO2', '--barrels', '5', '--reported', '2019-06-01', '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  assert.match(errorLine(r.stderr), /^STORE_READ_ONLY: .*field "db": cannot write to the database/);
});
