// A designated vessel's name with a word added, or written as a former name (security review 17, R17-2): the
// former name is the listed ship (its measures); the listed name standing whole among more words is review;
// names merely sharing a common word with a listed one stay plain.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { evaluate, parseTransaction, type CheckContext } from './index.ts';
import { loadLaw } from '../law/index.ts';
import { DesignatedVessels } from '../ships/designated-vessels.ts';
import { parseVesselList } from '../ships/vessel-list-csv.ts';
import { vesselScreener } from '../app/vessel-screener.ts';
import { heldWhole, nameParts, nameRuns } from './vessel-name-parts.ts';

const law = loadLaw();
const list = new DesignatedVessels(parseVesselList(readFileSync(path.join('examples', '1718-vessels-sample.csv'), 'utf8')), 'sample');
const ctx: CheckContext = { screenVessel: vesselScreener(list) };

const ship = (name: string, imo?: string) =>
  evaluate(parseTransaction({ type: 'vessel-transfer', date: '2019-01-10', vessels: [{ name, flag: 'PA', ...(imo !== undefined && { imo }) }] }, 'test'), law, ctx);
const pay = (purpose: string) => evaluate(parseTransaction({ type: 'financial', date: '2024-03-01', from: 'CN', to: 'SG', purpose }, 'test'), law, ctx);

test('a former name marked ex / ex- / ex. / formerly / f/k/a is the listed ship: prohibited', () => {
  for (const name of ['EX PETREL 8', 'SEA STAR (EX-PETREL 8)', 'SEA STAR (ex. Petrel 8)', 'SEA STAR ex PETREL 8', 'SEA STAR formerly PETREL 8', 'SEA STAR f/k/a PETREL 8',
    'SEA STAR (formerly known as PETREL 8)', 'PETREL 8 (EX-SEA STAR)', 'SEA STAR (EX-KOTI)', 'SEA STAR EX–TONG SAN NO. 2']) {
    const d = ship(name);
    assert.equal(d.outcome, 'prohibited', name);
    assert.ok(d.reasons.some((r) => r.effect === 'prohibits' && r.field === 'vessels[0]' && /IMO (9562233|9417115|8937675)/.test(r.matchedRef ?? '')), name);
  }
  assert.match(ship('SEA STAR (EX-PETREL 8)').reasons[0]!.summary, /former name/);
});

test('a listed name standing whole among more words, or with an ordinal, is review naming the vessel', () => {
  const cases: [string, string][] = [
    ['NEW PETREL 8', '9562233'], ['GREAT PETREL 8', '9562233'], ['ORIENT PETREL 8', '9562233'], ['PETREL 8 STAR', '9562233'], ['THE PETREL 8', '9562233'],
    ['PETREL 8TH', '9562233'], ['NEW KOTI', '9417115'], ['NEW KUM UN SAN 3', '8705539'], ['KUM UN SAN 3 STAR', '8705539'], ['MV NEW TONG SAN 2', '8937675'],
    ['GOLDEN CHON MA SAN', '8660313'], ['KOTI-1', '9417115'],
  ];
  for (const [name, imo] of cases) {
    const d = ship(name);
    assert.notEqual(d.outcome, 'permitted', name);
    assert.ok(d.reasons.some((r) => r.matchedRef === `IMO ${imo}` && r.field === 'vessels[0]'), name);
  }
});

test('names sharing only a common word with a listed one stay permitted', () => {
  for (const name of ['SEA STAR', 'OCEAN STAR', 'PACIFIC PEARL', 'NEW HORIZON', 'GREAT EASTERN', 'GOLDEN OCEAN', 'STAR PISCES', 'EVER GIVEN', 'EXPRESS STAR', 'KOTA LAYANG', 'SAN JOSE', 'TONG YANG', 'NAM HAE', 'ASIA EXPRESS']) {
    assert.equal(ship(name, '9074729').outcome, 'permitted', name);
  }
});

test('a former name in free text with a hyphen or a dot is read as with a space', () => {
  for (const p of ['charter of SEA STAR (ex-PETREL 8)', 'charter of SEA STAR (ex PETREL 8)', 'charter of SEA STAR ex.PETREL 8', 'charter SEA STAR/PETREL 8']) {
    const d = pay(p);
    assert.equal(d.outcome, 'review', p);
    assert.ok(d.reasons.some((r) => r.matchedRef === 'IMO 9562233' && r.field === 'purpose'), p);
  }
  assert.equal(pay('charter of SEA STAR ex-works Dalian').outcome, 'permitted');
});

test('the parts: former names, runs, and which listed names are looked for inside others', () => {
  assert.deepEqual(nameParts('SEA STAR (EX-PETREL 8)'), { current: 'SEA STAR', former: ['PETREL 8'] });
  assert.deepEqual(nameParts('A ex B ex C'), { current: 'A', former: ['B', 'C'] });
  assert.equal(nameParts('EXPRESS STAR'), undefined);
  assert.ok(nameRuns('PETREL 8TH').includes('PETREL 8'));
  assert.ok(!nameRuns('PETREL 8').includes('PETREL 8'));
  assert.deepEqual([heldWhole('PETREL 8'), heldWhole('KOTI'), heldWhole('STAR'), heldWhole('GOLD STAR'), heldWhole('YU'), heldWhole('HUA FU')], [true, true, false, false, false, true]);
});
