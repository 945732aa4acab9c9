// `interdict list info` and `interdict list diff`, run as a user runs them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import path from 'node:path';
import { scratch, unListSnapshot as snapshot, errorLine } from './support/cli-harness.ts';

// The parsed-list cache goes to the scratch folder, not the user's cache.
const sandbox = scratch('list');
const cli = (...args: string[]) => sandbox.cli(['list', ...args]);
const write = sandbox.write;

describe('interdict list info', () => {
  it('json: the bundled snapshot, DPRK = 80 individuals + 75 entities, 16 valid IMO numbers', () => {
    const r = cli('info', '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    const info = JSON.parse(r.stdout);
    assert.equal(info.source, 'bundled');
    assert.equal(info.version.dateGenerated, '2026-01-28T00:00:11.197Z');
    assert.match(info.version.sha256, /^[0-9a-f]{64}$/);
    assert.deepEqual(info.byRegime.DPRK, { individuals: 80, entities: 75, total: 155 });
    assert.equal(info.byRegime.Iran.total, 121);
    assert.equal(info.counts.total, 999);
    assert.deepEqual(info.imoNumbers, { total: 16, valid: 16, invalid: 0, records: 16 });
    assert.equal(info.lastUpdated, '2025-10-21');
    assert.equal(info.warnings.length, 1, 'TAi.068 carries U+FFFD in the UN file');
  });
  it('--list reads another file', () => {
    const r = cli('info', '--list', snapshot('2020-11-30'), '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    const info = JSON.parse(r.stdout);
    assert.equal(info.source, snapshot('2020-11-30'));
    assert.deepEqual(info.byRegime.DPRK, { individuals: 80, entities: 75, total: 155 });
    assert.equal(info.imoNumbers.total, 3);
  });
  it('human output is readable', () => {
    const r = cli('info', '--format', 'human');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /generated\s+2026-01-28T00:00:11\.197Z/);
    assert.match(r.stdout, /DPRK\s+80 individuals\s+75 entities\s+155 total/);
    assert.match(r.stdout, /IMO numbers\s+16 in 16 records: 16 valid, 0 invalid/);
  });
});

describe('interdict list diff', () => {
  it('2025-04-19 -> 2026-01-28 (json): the real delta, exit 0', () => {
    const r = cli('diff', snapshot('2025-04-19'), snapshot('2026-01-28'), '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    const d = JSON.parse(r.stdout);
    assert.equal(d.identical, false);
    assert.deepEqual([d.added.length, d.removed.length, d.changed.length], [126, 4, 17]);
    assert.equal(d.added.filter((x: { regime: string }) => x.regime === 'Iran').length, 121);
    assert.ok(d.changed.every((c: { changes: unknown[] }) => c.changes.length > 0));
  });
  it('--regime DPRK between 2020 and 2026 (human): KPi.063 born 1950 -> 1949', () => {
    const r = cli('diff', snapshot('2020-11-30'), snapshot('2026-01-28'), '--regime', 'DPRK', '--format', 'human');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /added 0, removed 0, changed 70/);
    assert.match(r.stdout, /~ KPi\.063 +person DPRK +PAK YONG SIK\n(.*\n)*? +datesOfBirth:\n +- 1950\n +\+ 1949\n/);
  });
  it('identical lists: exit 0, identical true', () => {
    const r = cli('diff', snapshot('2025-04-19'), snapshot('2026-01-28'), '--regime', 'DPRK', '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    const d = JSON.parse(r.stdout);
    assert.equal(d.identical, true);
    assert.equal(d.regime, 'DPRK');
    const h = cli('diff', snapshot('2026-01-28'), snapshot('2026-01-28'), '--format', 'human');
    assert.match(h.stdout, /The lists hold the same records\./);
  });
});

describe('interdict list: bad input exits 1, one message on stderr, nothing on stdout', () => {
  const real = readFileSync(snapshot('2026-01-28'), 'utf8');
  const cases: [string, string, RegExp][] = [
    ['not XML', write('not.xml', 'this is not xml'), /not well-formed XML/],
    ['truncated XML', write('cut.xml', real.slice(0, 100_007)), /truncated/],
    ['wrong root', write('root.xml', '<?xml version="1.0"?><SANCTIONS dateGenerated="x"></SANCTIONS>'), /not <CONSOLIDATED_LIST>/],
    ['missing file', path.join(sandbox.dir, 'missing.xml'), /does not exist/],
  ];
  for (const [what, file, message] of cases) {
    it(`info: ${what}`, () => {
      const r = cli('info', '--list', file, '--format', 'json');
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.match(errorLine(r.stderr), /^LIST_INVALID: /);
      assert.match(errorLine(r.stderr), message);
      assert.ok(r.stderr.includes(file));
    });
  }
  it('diff: a bad NEW file prints nothing even though OLD was fine', () => {
    const r = cli('diff', snapshot('2025-04-19'), path.join(sandbox.dir, 'missing.xml'), '--format', 'human');
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(errorLine(r.stderr), /LIST_INVALID.*does not exist/);
  });
  it('diff: a --regime that matches nothing is an error, not "identical"', () => {
    const r = cli('diff', snapshot('2025-04-19'), snapshot('2026-01-28'), '--regime', 'DPKR', '--format', 'json');
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(errorLine(r.stderr), /--regime "DPKR" matches no record in either list; the lists hold Al-Qaida, .*DPRK/);
  });
  it('a bad --format', () => {
    const r = cli('info', '--format', 'yaml');
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(errorLine(r.stderr), /--format must be json or human/);
  });
});
