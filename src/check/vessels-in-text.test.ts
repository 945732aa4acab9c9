// A designated vessel named in any free-text field of a transaction, not only the purpose (security review 17,
// R17-20): a party's name and role, the id, an approval's reference, a goods description. A party that is a
// ship by its prefix or role is screened as a vessel (its measures).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { evaluate, parseTransaction, type CheckContext } from './index.ts';
import { loadLaw } from '../law/index.ts';
import { DesignatedVessels } from '../ships/designated-vessels.ts';
import { parseVesselList } from '../ships/vessel-list-csv.ts';
import { vesselScreener } from '../app/vessel-screener.ts';

const law = loadLaw();
const list = new DesignatedVessels(parseVesselList(readFileSync(path.join('examples', '1718-vessels-sample.csv'), 'utf8')), 'sample');
const ctx: CheckContext = { screenVessel: vesselScreener(list) };
const fin = (extra: object) => evaluate(parseTransaction({ type: 'financial', date: '2024-03-01', from: 'CN', to: 'SG', ...extra }, 'test'), law, ctx);

test('a party that is a ship (prefix MV, M/V, MT, M.T., SS; role vessel) is screened as a vessel: prohibited', () => {
  const cases: [object, string][] = [
    [{ parties: [{ name: 'MV PETREL 8', role: 'payee' }] }, '9562233'],
    [{ parties: [{ name: 'M/V Petrel No. 8' }] }, '9562233'],
    [{ parties: [{ name: 'M.T. TONG SAN 2', role: 'payee' }] }, '8937675'],
    [{ parties: [{ name: 'SS KOTI' }] }, '9417115'],
    [{ parties: [{ name: 'PETREL 8', role: 'vessel' }] }, '9562233'],
    [{ parties: [{ name: 'MV SEA STAR (EX-PETREL 8)' }] }, '9562233'],
  ];
  for (const [tx, imo] of cases) {
    const d = fin(tx);
    assert.equal(d.outcome, 'prohibited', JSON.stringify(tx));
    assert.ok(d.reasons.some((r) => r.effect === 'prohibits' && r.field === 'parties[0]' && r.matchedRef === `IMO ${imo}`), JSON.stringify(tx));
  }
});

test('a listed vessel named in a party name or role, the id, an approval reference or a description is review naming the field', () => {
  const cases: [object, string, string][] = [
    [{ parties: [{ name: 'ACME', role: 'owner of MV PETREL 8' }] }, 'parties[0].role', '9562233'],
    [{ parties: [{ name: 'Master of MV PETREL 8' }] }, 'parties[0].name', '9562233'],
    [{ parties: [{ name: 'PETREL 8 SHIPPING LTD' }] }, 'parties[0].name', '9562233'],
    [{ id: 'PETREL 8 hire' }, 'id', '9562233'],
    [{ id: 'hire-KOTI-2024' }, 'id', '9417115'],
    [{ approvals: [{ measure: 'unscr-2371-6', reference: 'licence for M.T. TONG SAN 2' }] }, 'approvals[0].reference', '8937675'],
    [{ parties: [{ name: 'ACME', role: 'agent of NEW KOTI' }] }, 'parties[0].role', '9417115'],
  ];
  for (const [tx, field, imo] of cases) {
    const d = fin(tx);
    assert.notEqual(d.outcome, 'permitted', JSON.stringify(tx));
    assert.ok(d.reasons.some((r) => r.field === field && r.matchedRef === `IMO ${imo}`), JSON.stringify(tx));
  }
  // A marked IMO number in a role is that ship, as in the purpose.
  const d = fin({ parties: [{ name: 'ACME', role: 'owner of IMO 9562233' }] });
  assert.equal(d.outcome, 'prohibited');
  assert.ok(d.reasons.some((r) => r.field === 'parties[0].role' && r.effect === 'prohibits'));
});

test('innocent ships and words in parties and ids stay apart', () => {
  const ok = (tx: object) => !fin(tx).reasons.some((r) => r.matchedRef?.startsWith('IMO '));
  for (const tx of [
    { parties: [{ name: 'MV OCEAN PRIDE', role: 'payee' }] }, { parties: [{ name: 'Ms Jane Smith' }] }, { parties: [{ name: 'SEA STAR SHIPPING LTD', role: 'owner' }] },
    { id: 'INV-2024-0001' }, { parties: [{ name: 'Petrel Consulting GmbH' }] }, { parties: [{ name: 'ACME', role: 'vessel agent' }] },
  ]) assert.ok(ok(tx), JSON.stringify(tx));
});

test('an IMO number in fullwidth or another script\'s digits, or grouped after its label, is read as the number (R17-22)', () => {
  for (const p of ['charter IMO ９５６２２３３', 'charter IMO 956 2233', 'charter IMO 9.562.233', 'IMO: 9-562-233', 'IMO#9562233', 'charter IMO 95622-33', 'IMO No. 956 22 33', 'IMO ٩٥٦٢٢٣٣']) {
    const d = fin({ purpose: p });
    assert.equal(d.outcome, 'prohibited', p);
    assert.ok(d.reasons.some((r) => r.effect === 'prohibits' && r.matchedRef === 'IMO 9562233'), p);
  }
  const g = evaluate(parseTransaction({ type: 'goods', date: '2024-03-01', from: 'CN', to: 'SG', goods: [{ hs: '7304.19', description: 'pipes loaded on IMO ９５６２２３３' }] }, 'test'), law, ctx);
  assert.equal(g.outcome, 'prohibited');
  for (const name of ['SEA STAR (IMO ９５６２２３３)', 'SEA STAR (IMO 956 2233)', 'SEA STAR IMO 9.562.233']) {
    const d = evaluate(parseTransaction({ type: 'vessel-transfer', date: '2019-01-10', vessels: [{ name, flag: 'PA' }] }, 'test'), law, ctx);
    assert.equal(d.outcome, 'prohibited', name);
  }
  // The check digit still holds: a grouped number one look-alike digit off is a repaint (review), a grouped
  // number of another valid ship or a phone number is nothing.
  assert.equal(fin({ purpose: 'IMO 956 2238' }).outcome, 'review');
  assert.equal(fin({ purpose: 'IMO 907 4729' }).outcome, 'permitted');
  assert.equal(fin({ purpose: 'call +65 6123 4567 about the invoice' }).outcome, 'permitted');
});
