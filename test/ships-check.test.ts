// check screens the vessels a transaction names against the 1718 Designated Vessels List.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { evaluate, parseTransaction, type CheckContext } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { DesignatedVessels } from '../src/ships/designated-vessels.ts';
import { parseVesselList } from '../src/ships/vessel-list-csv.ts';
import { vesselScreener } from '../src/app/vessel-screener.ts';

const law = loadLaw();
const list = new DesignatedVessels(parseVesselList(readFileSync(path.join('examples', '1718-vessels-sample.csv'), 'utf8')), 'sample');
const ctx: CheckContext = { screenVessel: vesselScreener(list) };

function decide(vessels: object[], date = '2019-01-10', c: CheckContext = ctx) {
  const d = evaluate(parseTransaction({ type: 'vessel-transfer', date, vessels }, 'test'), law, c);
  return { outcome: d.outcome, cites: d.reasons.map((r) => `${r.resolution} ${r.paragraph} ${r.effect}`), reasons: d.reasons };
}

test('a designated vessel by IMO number: each legal basis with its paragraph, prohibited', () => {
  const d = decide([{ name: 'RENAMED', imo: '8604917', flag: 'SL' }]);
  assert.equal(d.outcome, 'prohibited');
  assert.deepEqual(d.cites.sort(), ['1718 8(d) prohibits', '2321 12(a) prohibits', '2371 6 prohibits', '2375 6 prohibits'].sort());
  assert.match(d.reasons[0]!.summary, /YU JONG 2 \(IMO 8604917\), designated by the 1718 Committee on 2018-03-30/);
});

test('by name alone (no IMO number given) it is the same ship; a different valid number makes it a review', () => {
  assert.equal(decide([{ name: 'Petrel 8', flag: 'KM' }]).outcome, 'prohibited');
  const d = decide([{ name: 'PETREL 8', imo: '9000003', flag: 'KM' }]);
  assert.equal(d.outcome, 'review');
  assert.match(d.reasons[0]!.summary, /has the name of PETREL 8/);
});

test('not yet designated on the transaction date: no reason from the list', () => {
  assert.equal(decide([{ name: 'YU JONG 2', imo: '8604917', flag: 'SL' }], '2018-03-29').outcome, 'permitted');
});

test('a repainted 3 <-> 8 number is reviewed as the listed ship; a bad check digit alone is reviewed', () => {
  const near = decide([{ imo: '8660318', flag: 'SL' }]);
  assert.equal(near.outcome, 'review');
  assert.ok(near.reasons.some((r) => /look-alike digit from CHON MA SAN \(IMO 8660313\)/.test(r.summary)));
  const bad = decide([{ imo: '1234568', flag: 'PA' }]);
  assert.equal(bad.outcome, 'review');
  assert.equal(bad.reasons[0]!.field, 'vessels[0].imo');
});

test('no list imported: conditional, saying the vessels were not screened; before 2016 nothing is said', () => {
  const d = decide([{ name: 'OCEAN', imo: '9000003', flag: 'PA' }], '2019-01-10', {});
  assert.equal(d.outcome, 'conditional');
  assert.match(d.reasons[0]!.summary, /not screened against the 1718 Designated Vessels List/);
  assert.equal(decide([{ name: 'OCEAN', imo: '9000003', flag: 'PA' }], '2015-01-10', {}).outcome, 'permitted');
});

test('a DPRK-flagged vessel in a transfer still cites 2375 para 11 beside the list', () => {
  const d = decide([{ name: 'OCEAN', imo: '9000003', flag: 'PA' }, { name: 'TONG SAN 2', imo: '8937675', flag: 'KP' }]);
  assert.equal(d.outcome, 'prohibited');
  assert.ok(d.cites.includes('2375 11 prohibits'));
  assert.ok(d.cites.includes('2371 6 prohibits'));
});
