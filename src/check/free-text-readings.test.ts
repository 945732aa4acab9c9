// Listed names in free text in the possessive, with a glued number, in Hangul, or in a script screening does not
// read (security review 17, R17-6): review naming the field, as the name written plain is; innocent text stays plain.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { evaluate, parseTransaction, type CheckContext } from './index.ts';
import { loadLaw } from '../law/index.ts';
import { buildIndex, createPartyScreener } from '../screening/index.ts';
import { loadUnList } from '../screening/un-list/index.ts';
import { textReadings, unreadWord } from './free-text-readings.ts';

const law = loadLaw();
let ctx: CheckContext;
before(() => {
  ctx = { screenParty: createPartyScreener(buildIndex(loadUnList())) };
});
const fin = (extra: object) => evaluate(parseTransaction({ type: 'financial', date: '2025-03-01', from: 'SG', to: 'CN', parties: [{ name: 'ACME TRADING PTE LTD' }], ...extra }, 'test'), law, ctx);

test('possessive, glued number, Hangul: the listed name is found, review naming the field and the record', () => {
  const cases: [object, string, string][] = [
    [{ parties: [{ name: 'ACME TRADING PTE LTD', role: "KOMID's agent" }] }, 'parties[0].role', 'KPe.001'],
    [{ parties: [{ name: 'ACME TRADING PTE LTD', role: 'KOMID’s agent' }] }, 'parties[0].role', 'KPe.001'],
    [{ purpose: "payment to KOMID's agent" }, 'purpose', 'KPe.001'],
    [{ purpose: "fees of Korea Mining Development Trading Corporation's branch" }, 'purpose', 'KPe.001'],
    [{ purpose: "Tanchon Commercial Bank's order" }, 'purpose', 'KPe.003'],
    [{ purpose: 'payment to KOMID1' }, 'purpose', 'KPe.001'],
    [{ purpose: 'payment to 단천상업은행' }, 'purpose', 'KPe.003'],
    [{ parties: [{ name: 'ACME TRADING PTE LTD', role: 'agent of 조선광업개발무역회사' }] }, 'parties[0].role', 'KPe.001'],
    [{ id: '단천상업은행-2025-1' }, 'id', 'KPe.003'],
  ];
  for (const [tx, field, ref] of cases) {
    const d = fin(tx);
    assert.equal(d.outcome, 'review', JSON.stringify(tx));
    assert.ok(d.reasons.some((r) => r.field === field && r.matchedRef === ref), JSON.stringify(tx));
  }
  const g = evaluate(parseTransaction({ type: 'goods', date: '2025-03-01', from: 'SG', to: 'CN', parties: [{ name: 'ACME TRADING PTE LTD' }], goods: [{ hs: '8471', description: "laptops, Tanchon Commercial Bank's order" }] }, 'test'), law, ctx);
  assert.ok(g.reasons.some((r) => r.field === 'goods[0].description' && r.matchedRef === 'KPe.003'));
});

test('a word in a script screening does not read in free text is review, as in a party name', () => {
  for (const p of ['payment to КОМИД', 'payment to 朝鲜矿业开发贸易公司', 'コミド fees', 'payment to KОMID agent ltd'.replace('О', 'О')]) {
    const d = fin({ purpose: p });
    assert.equal(d.outcome, 'review', p);
    assert.ok(d.reasons.some((r) => r.field === 'purpose'), p);
  }
});

test('innocent text stays permitted', () => {
  for (const p of ["payment for John's invoice", "the Smiths' order", 'invoice INV2024 for consulting', 'USD100 fee', 'Müller GmbH fees, Zürich office', 'café supplies',
    '용선료 지불', '서울 사무소 임대료', '현대중공업 용역비', 'order ABC123', "client's order via SWIFT", 'payment to a@b.com for C++ course']) {
    assert.equal(fin({ purpose: p }).outcome, 'permitted', p);
  }
  assert.deepEqual(textReadings("KOMID's agent"), ["KOMID's agent", 'KOMID agent']);
  assert.equal(unreadWord('plain text, 100% ok'), undefined);
  assert.equal(unreadWord('정유-1-€\uFFFD, €100, ٥٠'), undefined);
});
