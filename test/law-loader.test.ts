import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isInterdictError } from '../src/errors/index.ts';
import { inForce, loadLaw, validateLaw } from '../src/law/index.ts';

const broken = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'law-broken');

function loadError(dir: string) {
  try {
    loadLaw(path.join(broken, dir));
  } catch (e) {
    assert.ok(isInterdictError(e), `expected an InterdictError, got ${String(e)}`);
    return e;
  }
  assert.fail(`loading ${dir} should have failed`);
}

test('the project law loads, is frozen and has a content version', () => {
  const law = loadLaw();
  assert.match(law.version, /^[0-9a-f]{16}$/);
  assert.ok(law.measures.length > 30);
  assert.ok(Object.isFrozen(law) && Object.isFrozen(law.measures) && Object.isFrozen(law.measures[0]));
  assert.throws(() => {
    (law.measures[0] as { summary: string }).summary = 'changed';
  }, TypeError);
  assert.equal(loadLaw(), law, 'loaded once per folder');
  assert.deepEqual(validateLaw(), []);
});

test('both refined petroleum figures are kept with their dates', () => {
  const law = loadLaw();
  const old = law.byId['unscr-2375-14-2018'];
  const cut = law.byId['unscr-2397-5'];
  assert.equal(old?.cap?.barrels, 2_000_000);
  assert.equal(old?.supersededBy?.measure, 'unscr-2397-5');
  assert.equal(cut?.cap?.barrels, 500_000);
  // The 2,000,000 bbl figure was replaced before 1 Jan 2018, so it is never in force.
  for (const date of ['2017-12-31', '2018-01-01', '2019-06-30']) {
    assert.ok(!inForce(law, date).some((m) => m.id === 'unscr-2375-14-2018'), date);
  }
  assert.ok(inForce(law, '2018-01-01').some((m) => m.id === 'unscr-2397-5'));
});

test('time travel: a resolution applies from its adoption date inclusive', () => {
  const law = loadLaw();
  const ids = (d: string) => inForce(law, d).map((m) => m.id);
  assert.ok(!ids('2017-09-10').includes('unscr-2375-16'));
  assert.ok(ids('2017-09-11').includes('unscr-2375-16'));
  assert.ok(ids('2017-12-21').includes('unscr-2375-15'));
  assert.ok(!ids('2017-12-22').includes('unscr-2375-15'), 'crude ceiling superseded by 2397 para 4');
  assert.deepEqual(ids('2006-10-13'), []);
});

test('an unknown field is rejected naming the file and the path', () => {
  const e = loadError('unknown-field');
  assert.equal(e.code, 'LAW_UNKNOWN_FIELD');
  assert.match(e.message, /unknown-field[\\/]unscr-2375\.yaml/);
  assert.match(e.message, /\/measures\/0\/applies\/goods\/prodcts/);
});

test('an HS code that does not parse is rejected naming the file and the path', () => {
  const e = loadError('bad-hs');
  assert.equal(e.code, 'LAW_BAD_HS');
  assert.match(e.message, /bad-hs[\\/]unscr-2375\.yaml/);
  assert.match(e.message, /\/measures\/0\/applies\/goods\/hs\/1/);
  assert.match(e.message, /"620"/);
});

test('overlapping periods of one measure are rejected naming the file and the path', () => {
  const e = loadError('overlapping-periods');
  assert.equal(e.code, 'LAW_OVERLAP');
  assert.match(e.message, /overlapping-periods[\\/]unscr-2375\.yaml/);
  assert.match(e.message, /\/measures\/0\/cap\/periods\/1/);
});

test('a reference to a measure that does not exist is rejected naming the file and the path', () => {
  const e = loadError('dangling-reference');
  assert.equal(e.code, 'LAW_DANGLING_REF');
  assert.match(e.message, /dangling-reference[\\/]unscr-2375\.yaml/);
  assert.match(e.message, /\/measures\/0\/supersededBy\/measure/);
  assert.match(e.message, /unscr-2397-4/);
});

test('validateLaw lists every problem; a missing folder is a problem, not a crash', () => {
  assert.equal(validateLaw(path.join(broken, 'bad-hs')).length, 1);
  const p = validateLaw(path.join(broken, 'no-such-folder'));
  assert.equal(p.length, 1);
  assert.equal(p[0]!.code, 'LAW_INVALID');
});
