// How `check` reads what it is given, at the edges a real user hits: a huge first line, a broken first
// record before a big file, bytes that are not UTF-8, a one-line batch, a JSON value too big to read
// whole, and a named database that holds nothing check can use.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { checkStream, Engine } from '../src/app/index.ts';
import { MAX_WHOLE_JSON_BYTES } from '../src/io/index.ts';
import { isInterdictError } from '../src/errors/index.ts';
import { scratch } from './support/cli-harness.ts';

const sandbox = scratch('check-shapes');
const tx = (id: string, extra: object = {}) => ({ id, type: 'goods', date: '2019-05-01', from: 'FR', to: 'DE', goods: [{ hs: '6203.42' }], ...extra });
const line = (id: string) => JSON.stringify(tx(id));
type Err = { error: { code: string; record?: number; field?: string; message: string } };

test('a first line of several MB is read once and checked as NDJSON, the lines after it too', () => {
  const big = JSON.stringify(tx('big', { goods: Array.from({ length: 60_000 }, () => ({ hs: '6203.42', description: 'cotton trousers, assorted sizes' })) }));
  assert.ok(big.length > 3_000_000);
  const r = sandbox.cli(['check', sandbox.write('big-first.ndjson', `${big}\n${line('a')}\n${line('b')}\n`), '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id), ['big', 'a', 'b']);
});

test('a broken first record followed by good lines is NDJSON line 1, not one bad JSON value', () => {
  const text = `{"id":"bad","type":"goods",}\n${Array.from({ length: 2000 }, (_, i) => line(`t${i}`)).join('\n')}\n`;
  const r = sandbox.cli(['check', sandbox.write('broken-first.ndjson', text), '--format', 'json']);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  const { error } = JSON.parse(r.stderr) as Err;
  assert.equal(error.code, 'CHECK_BAD_INPUT');
  assert.equal(error.record, 1);
  assert.match(error.message, /not valid JSON/);
  // A pretty-printed single object (its first two lines are not objects) is still one object.
  const pretty = sandbox.cli(['check', sandbox.write('pretty.json', JSON.stringify(tx('p'), null, 2)), '--format', 'json']);
  assert.equal(pretty.code, 0, pretty.stderr);
  assert.equal((JSON.parse(pretty.stdout) as { id: string }).id, 'p');
  assert.ok(pretty.stdout.trim().includes('\n'), 'a pretty-printed object is answered pretty-printed');
});

test('bytes that are not UTF-8 are bad input naming the line; valid UTF-8 split across read chunks is not', () => {
  const head = Buffer.from(`${line('a')}\n`);
  const bad = Buffer.concat([head, Buffer.from('{"id":"l'), Buffer.from([0xe9, 0xff]), Buffer.from('","type":"goods","date":"2019-05-01"}\n')]);
  const r = sandbox.cli(['check', sandbox.write('latin1.ndjson', bad), '--format', 'json']);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  const { error } = JSON.parse(r.stderr) as Err;
  assert.deepEqual([error.code, error.record], ['CHECK_BAD_INPUT', 2]);
  assert.match(error.message, /UTF-8/);
  // A character cut short at the very end of the input.
  const cut = sandbox.cli(['check', sandbox.write('cut.ndjson', Buffer.concat([head, head, Buffer.from([0xe2, 0x82])])), '--format', 'json']);
  assert.deepEqual([cut.code, (JSON.parse(cut.stderr) as Err).error.record], [1, 3]);
  // Many non-ASCII ids (and a real U+FFFD): some characters straddle the 64 KiB chunk edges.
  const ids = Array.from({ length: 3000 }, (_, i) => `정유-${i}-€\uFFFD`);
  const ok = sandbox.cli(['check', sandbox.write('utf8.ndjson', `${ids.map((id) => line(id)).join('\n')}\n`), '--format', 'json']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.deepEqual(ok.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id), ids);
  // A JSON array that is not UTF-8.
  const arr = sandbox.cli(['check', sandbox.write('latin1.json', Buffer.concat([Buffer.from('[{"id":"'), Buffer.from([0xe9]), Buffer.from('"}]')])), '--format', 'json']);
  assert.equal(arr.code, 1);
  assert.match((JSON.parse(arr.stderr) as Err).error.message, /UTF-8/);
});

test('a one-line batch is answered on one line (one object, and a one-record NDJSON batch, alike)', () => {
  for (const [name, input] of [['one.ndjson', `${line('solo')}\n`], ['one.json', line('solo')]] as const) {
    const r = sandbox.cli(['check', sandbox.write(name, input), '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.split('\n').length, 2, `${name}: one line and its newline`);
    assert.equal((JSON.parse(r.stdout) as { id: string }).id, 'solo');
  }
});

test('a JSON array too big to read whole is refused with the way out (NDJSON), before it is all read', async () => {
  let served = 0;
  const source = Readable.from((function* () {
    yield Buffer.from('[');
    const spaces = Buffer.alloc(1 << 20, 0x20);
    for (; served <= MAX_WHOLE_JSON_BYTES + (2 << 20); served += spaces.length) yield spaces;
  })());
  await assert.rejects(
    checkStream(new Engine(), source, { write: async () => undefined }, { sourceName: 'big.json', format: 'json', describe: () => '' }),
    (e: unknown) => isInterdictError(e) && e.code === 'CHECK_BAD_INPUT' && /NDJSON/.test(e.message),
  );
  assert.ok(served <= MAX_WHOLE_JSON_BYTES + (2 << 20), 'stopped reading at the bound');
});

test('a database named with --db that holds neither a ledger nor a vessels list is refused; the default may be empty', () => {
  const input = sandbox.write('t.ndjson', `${line('a')}\n${line('b')}\n`);
  const r = sandbox.cli(['check', input, '--db', sandbox.write('empty.sqlite', ''), '--format', 'json']);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  const { error } = JSON.parse(r.stderr) as Err;
  assert.deepEqual([error.code, error.field], ['STORE_NOT_FOUND', 'db']);
  assert.equal(sandbox.cli(['check', input, '--format', 'json']).code, 0);
});

test('a line that never ends is refused at the bound, first or later, without reading on', async () => {
  for (const [lead, record, re] of [['', undefined, /read whole/], [`${line('a')}\n`, 2, /longer than/]] as const) {
    let served = 0;
    const source = Readable.from((function* () {
      yield Buffer.from(`${lead}{"id":"`);
      const a = Buffer.alloc(1 << 20, 0x61);
      for (; served <= MAX_WHOLE_JSON_BYTES + (4 << 20); served += a.length) yield a;
    })());
    await assert.rejects(
      checkStream(new Engine(), source, { write: async () => undefined }, { sourceName: '-', format: 'json', describe: () => '' }),
      (e: unknown) => isInterdictError(e) && e.code === 'CHECK_BAD_INPUT' && re.test(e.message) && e.location.record === record,
    );
    assert.ok(served <= MAX_WHOLE_JSON_BYTES + (4 << 20), 'stopped reading at the bound');
  }
});

test('a hand-formatted object whose second line is an object is still one object; the first bad line is the one named', () => {
  const hand = '{"id":"h","type":"goods","date":"2019-05-01","from":"FR","to":"DE","goods":[\n{"hs":"6203.42"}\n]}\n';
  const r = sandbox.cli(['check', sandbox.write('hand.json', hand), '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as { id: string }).id, 'h');
  // Bad JSON on line 2, bad bytes on line 5 (one 64 KiB chunk): line 2 is reported, as from a slow pipe.
  const text = Buffer.concat([Buffer.from(`${line('a')}\n{"id":"b",}\n${line('c')}\n${line('d')}\n{"id":"`), Buffer.from([0xff]), Buffer.from('"}\n')]);
  const run = sandbox.cli(['check', sandbox.write('two-faults.ndjson', text), '--format', 'json']);
  assert.equal(run.code, 1);
  assert.equal((JSON.parse(run.stderr) as Err).error.record, 2);
});

test('a key given twice in one object is refused, naming the key and line, nothing written (NDJSON, array, object)', () => {
  // JSON.parse keeps the last: a designated party given first would be dropped and the record permitted.
  const party = '{"name":"Pak Yong Sik","country":"KP"}';
  const dropped = `{"id":"a","type":"goods","date":"2024-03-01","from":"CN","to":"SG","goods":[{"hs":"8207.13"}],"parties":[${party}],"parties":[{"name":"Zhang Wei","country":"CN"}]}`;
  const inParty = `{"id":"b","type":"goods","date":"2024-03-01","from":"CN","to":"SG","goods":[{"hs":"8207.13"}],"parties":[{"name":"Pak Yong Sik","name":"Zhang Wei"}]}`;
  const escaped = `{"id":"c","type":"goods","date":"2024-03-01","from":"CN","to":"SG","goods":[{"hs":"8207.13"}],"\\u0074o":"KP"}`;
  const cases: { file: string; text: string; key: string; line: number; record: number }[] = [
    { file: 'dup-parties.ndjson', text: `${line('ok')}\n${dropped}\n`, key: 'parties', line: 2, record: 2 },
    { file: 'dup-name.ndjson', text: `${inParty}\n${line('ok')}\n`, key: 'name', line: 1, record: 1 },
    { file: 'dup-escaped.ndjson', text: `${line('ok')}\n${line('ok2')}\n${escaped}\n`, key: 'to', line: 3, record: 3 },
    { file: 'dup-array.json', text: `[\n${line('ok')},\n${line('ok2')},\n${inParty}\n]\n`, key: 'name', line: 4, record: 3 },
    { file: 'dup-object.json', text: JSON.stringify(JSON.parse(line('p')), null, 2).replace('"from": "FR",', '"from": "FR",\n  "from": "KP",'), key: 'from', line: 6, record: 1 },
  ];
  for (const c of cases) {
    const r = sandbox.cli(['check', sandbox.write(c.file, c.text), '--format', 'json']);
    assert.equal(r.code, 1, `${c.file}: ${r.stdout}`);
    assert.equal(r.stdout, '', c.file);
    const { error } = JSON.parse(r.stderr) as Err;
    assert.equal(error.code, 'CHECK_BAD_INPUT', c.file);
    assert.equal(error.field, c.key, c.file);
    assert.equal(error.record, c.record, c.file);
    assert.match(error.message, new RegExp(`line ${c.line} gives the key "${c.key}" twice`), c.file);
  }
  // The same key in two objects, or inside a string, is no repetition.
  const fine = `{"id":"d","type":"goods","date":"2024-03-01","from":"CN","to":"SG","goods":[{"hs":"8207.13","description":"\\"hs\\":"},{"hs":"8207.13"}],"parties":[{"name":"A Ltd"},{"name":"B Ltd"}]}`;
  const ok = sandbox.cli(['check', sandbox.write('no-dup.ndjson', `${fine}\n`), '--format', 'json']);
  assert.notEqual(ok.code, 1, ok.stderr);
  assert.equal((JSON.parse(ok.stdout) as { id: string }).id, 'd');
});

test('a quantity or value too large to be a number (1e309 reads as infinity) is said so, naming the field', () => {
  for (const [field, text] of [['quantity', '1e309'], ['value', '-1e400']] as const) {
    const record = `{"id":"inf","type":"goods","date":"2019-05-01","from":"CN","to":"DE","goods":[{"hs":"8703.23","${field}":${text}}]}`;
    const r = sandbox.cli(['check', sandbox.write(`inf-${field}.json`, record), '--format', 'json']);
    assert.equal(r.code, 1, r.stdout);
    const { error } = JSON.parse(r.stderr) as Err & { error: { field?: string } };
    assert.equal(error.field, `goods[0].${field}`);
    assert.match(error.message, /too large to be a number \(it reads as infinity\)/);
  }
});
