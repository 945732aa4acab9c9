// A designated vessel named in free text (a payment's purpose, a goods description): bills of lading and
// charter-hire payments name the ship there, not in vessels[]. A marked IMO number of a listed vessel is that
// ship (its measures); its name, or its number standing alone, is review naming the field and the vessel.
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

const pay = (purpose: string, date = '2024-03-01', c: CheckContext = ctx) => evaluate(parseTransaction({ id: 'p', type: 'financial', date, from: 'CN', to: 'SG', purpose }, 'test'), law, c);
const goods = (description: string) =>
  evaluate(parseTransaction({ id: 'g', type: 'goods', date: '2024-03-01', from: 'CN', to: 'SG', goods: [{ hs: '7304.19', description }] }, 'test'), law, ctx);

test('a listed vessel named in the purpose or a description is review, naming the field and the vessel', () => {
  const cases: [string, string][] = [
    ['charter hire MV PETREL 8', '9562233'], ['freight for TONG SAN 2 voyage 12', '8937675'], ['charter hire M/V Tong San No. 2', '8937675'],
    ['demurrage, vessel KOTI at Nakhodka', '9417115'], ['freight TONG SAN HO 2', '8937675'], ['용선료 천마산호', '8660313'], ['bunkers for YU SON-HO', '8691702'],
    ['payment 9562233', '9562233'],
  ];
  for (const [purpose, imo] of cases) {
    const d = pay(purpose);
    assert.equal(d.outcome, 'review', purpose);
    const r = d.reasons.find((x) => x.matchedRef === `IMO ${imo}`);
    assert.ok(r, `${purpose}: names IMO ${imo}`);
    assert.equal(r.field, 'purpose');
    assert.equal(r.effect, 'requires-review');
  }
  const g = goods('steel pipes shipped per MV TONG SAN 2');
  assert.equal(g.outcome, 'review');
  assert.ok(g.reasons.some((r) => r.field === 'goods[0].description' && r.matchedRef === 'IMO 8937675'));
});

test('a marked IMO number of a listed vessel in free text is that ship: prohibited', () => {
  for (const t of ['steel pipes, vessel: PETREL 8 IMO 9562233', 'per IMO 9562233', 'freight, IMO No. 9562233']) {
    const d = t.startsWith('steel') ? goods(t) : pay(t);
    assert.equal(d.outcome, 'prohibited', t);
    assert.ok(d.reasons.some((r) => r.effect === 'prohibits' && r.matchedRef === 'IMO 9562233'), t);
  }
  // A look-alike repaint of the number: review.
  assert.equal(pay('per IMO 9562238').outcome === 'permitted', false);
});

test('other ships, other numbers and plain words stay apart; no list or a date before any designation reads nothing', () => {
  for (const t of ['charter hire for MV OCEAN PRIDE', 'invoice 1234567 for consulting', 'the sound of the sea', 'petrel feathers', 'KOTA coffee beans']) {
    assert.equal(pay(t).outcome, 'permitted', t);
  }
  assert.equal(pay('charter hire MV PETREL 8', '2015-06-01').outcome, 'permitted');
  assert.equal(pay('charter hire MV PETREL 8', '2024-03-01', {}).outcome, 'permitted');
});
