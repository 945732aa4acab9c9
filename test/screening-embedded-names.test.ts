// Names embedded in what a party field or a narrative holds (hostile re-test F9-F11): a listed name in a part
// of a party string ("KOMID c/o Zhang Wei"), a party typed as the other kind, a listed name in free text.
// Each is found (match or possible; check: prohibited or review), never a silent permitted; innocent strings
// stay clean.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { buildIndex, createPartyScreener, screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { nameParts } from '../src/screening/name-parts.ts';
import { namesInText } from '../src/screening/names-in-text.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';

const law = loadLaw();
let index: ScreeningIndex;
before(() => {
  index = buildIndex(loadUnList());
});

const top = (name: string, extra: Record<string, string> = {}): { ref: string; band: string; score: number } | undefined => {
  const m = screenName(index, { name, ...extra })[0];
  return m && { ref: m.ref, band: m.band, score: m.score };
};
const payment = (name: string, extra: Record<string, unknown> = {}, party: Record<string, string> = {}): Transaction => ({
  type: 'financial', date: '2019-04-01', from: 'DE', to: 'CN', parties: [{ name, role: 'payee', ...party }], ...extra,
});
const decide = (tx: Transaction) => evaluate(tx, law, { screenParty: createPartyScreener(index) });

describe('F9: a listed name in a part of a party string', () => {
  const cases: [string, string][] = [
    ['KOMID c/o Zhang Wei', 'KPe.001'],
    ['Zhang Wei o/b/o KOMID', 'KPe.001'],
    ['Zhang Wei for and on behalf of Korea Mining Development Trading Corporation', 'KPe.001'],
    ['ZHANG WEI, PAK YONG SIK', 'KPi.063'],
    ['PAK YONG SIK / ZHANG WEI', 'KPi.063'],
    ['Zhang Wei & PAK YONG SIK', 'KPi.063'],
    ['Zhang Wei and PAK YONG SIK', 'KPi.063'],
    ['ZHANG WEI; KOMID', 'KPe.001'],
    ['ZHANG WEI, KOMID', 'KPe.001'],
    ['Li Ming for account of KOMID', 'KPe.001'],
    ['Li Ming f/a/o KOMID', 'KPe.001'],
    ['attn: PAK YONG SIK', 'KPi.063'],
    ['Li Ming acting for KOMID', 'KPe.001'],
    ['Li Ming as agent for KOMID', 'KPe.001'],
    ['Li Ming trading as KOMID', 'KPe.001'],
    ['Li Ming t/a KOMID', 'KPe.001'],
    ['Li Ming doing business as KOMID', 'KPe.001'],
    ['Li Ming dba KOMID', 'KPe.001'],
    ['Li Ming formerly KOMID', 'KPe.001'],
    ['Li Ming aka PAK YONG SIK', 'KPi.063'],
  ];
  for (const [name, ref] of cases) {
    it(`"${name}" matches ${ref} as the part would alone; check prohibits`, () => {
      assert.deepEqual(top(name), { ref, band: 'match', score: 1 });
      const d = decide(payment(name));
      assert.equal(d.outcome, 'prohibited');
      assert.ok(d.reasons.some((r) => r.matchedRef === ref && r.band === 'match'));
    });
  }

  it('a part found says so in its name explanation', () => {
    const m = screenName(index, { name: 'KOMID c/o Zhang Wei' })[0]!;
    assert.match(m.explanation.find((e) => e.feature === 'name')!.detail, /found in the part "KOMID"/);
  });

  it('innocent parts stay clean: "Zhang Wei c/o Li Ming" and others', () => {
    for (const name of ['Zhang Wei c/o Li Ming', 'Mueller & Sons GmbH', 'Smith and Jones Trading Ltd', 'Zhang Wei, Li Ming', 'Acme Trading Co., Ltd. c/o Bank of China']) {
      assert.deepEqual(screenName(index, { name }), [], name);
      assert.equal(decide(payment(name)).outcome, 'permitted', name);
    }
  });

  it('"and", "," and a branch inside a listed name still read as before', () => {
    assert.deepEqual(screenName(index, { name: 'SINGWANG ECONOMICS AND TRADING GENERAL CORPORATION' }).map((m) => [m.ref, m.band]), [['KPe.036', 'match']]);
    assert.deepEqual(top('KOREA MINING DEVELOPMENT TRADING CORPORATION, Pyongyang branch'), { ref: 'KPe.001', band: 'match', score: 1 }); // the name before its place part screened on its own too (hostile review U-1)
    assert.deepEqual(top('KOMID Beijing'), { ref: 'KPe.001', band: 'match', score: 0.984 });
    assert.deepEqual(screenName(index, { name: 'PAK, Yong Sik' }).map((m) => [m.ref, m.band]), [['KPi.063', 'match']]);
  });

  it('what the parts are: bracketed separators, family-name commas and qualifiers are no split', () => {
    assert.deepEqual(nameParts('PAK YONG SIK'), []);
    assert.deepEqual(nameParts('Korea X Trading (Beijing, office)'), []);
    assert.deepEqual(nameParts('KOMID, Lagos branch'), []);
    assert.deepEqual(nameParts('KINGLY WON INTERNATIONAL CO., LTD Co., Ltd.'), []);
    assert.deepEqual(nameParts('PAK, Yong Sik'), []);
    assert.deepEqual(nameParts('ZHANG WEI, KOMID').map((p) => p.text), ['KOMID']);
    assert.deepEqual(nameParts('attn: Zhang Wei').map((p) => p.text), ['Zhang Wei']);
    assert.deepEqual(nameParts('SINGWANG ECONOMICS AND TRADING GENERAL CORPORATION'), []);
    assert.deepEqual(nameParts('KOREA HEUNGJIN TRADING COMPANY and PAK YONG SIK').map((p) => p.text), ['KOREA HEUNGJIN TRADING COMPANY', 'PAK YONG SIK']);
  });
});

describe('F10: a party typed as the other kind', () => {
  it('PAK YONG SIK typed entity, KOMID typed person: possible (held), the type entry says why; check reviews', () => {
    for (const [name, type, ref] of [['PAK YONG SIK', 'entity', 'KPi.063'], ['KOMID', 'person', 'KPe.001']] as const) {
      const m = screenName(index, { name, type })[0]!;
      assert.equal(m.ref, ref);
      assert.equal(m.band, 'possible');
      assert.equal(m.score, 0.8);
      const t = m.explanation.find((e) => e.feature === 'type')!;
      assert.match(t.detail, /often wrong, so the record is kept, held to a possible match/);
      assert.equal(t.score, -0.2);
      const d = decide(payment(name, {}, { type }));
      assert.equal(d.outcome, 'review', name);
      assert.ok(d.reasons.some((r) => r.matchedRef === ref && r.band === 'possible' && /held to a possible match/.test(r.summary)));
    }
  });

  it('the right type still matches, and says the type agreed', () => {
    const m = screenName(index, { name: 'PAK YONG SIK', type: 'person' })[0]!;
    assert.equal(m.band, 'match');
    assert.match(m.explanation.find((e) => e.feature === 'type')!.detail, /given as an individual, as the record is/);
  });

  it('korean-v1 keeps the stated type a filter (its results stay what they were)', () => {
    const v1 = buildIndex(loadUnList(), 'korean-v1');
    assert.deepEqual(screenName(v1, { name: 'PAK YONG SIK', type: 'entity' }), []);
  });
});

describe('F11: a listed name in free text', () => {
  const found = (text: string) => namesInText(index, text).map((n) => [n.ref, n.words]);

  it('a listed acronym or full name standing whole in the text is found', () => {
    assert.deepEqual(found('payment for KOMID invoice'), [['KPe.001', 'KOMID']]);
    assert.deepEqual(found('payment for komid invoice'), [['KPe.001', 'KOMID']]);
    assert.deepEqual(found('fees of Korea Mining Development Trading Corp.'), [['KPe.001', 'korea mining development trading corporation']]);
    assert.deepEqual(found('salary PAK YONG SIK March'), [['KPi.063', 'pak yong sik']]);
    assert.deepEqual(found('FTB transfer ref 123').map(([, w]) => w), ['FTB']);
  });

  it('innocent narratives find nothing', () => {
    for (const text of ['payment for coal', 'payment for invoice 12 SEP 2019', 'National Insurance Company premium', 'NGO grant, let the balance stand', 'mid-month payment BAL due',
      'Ministry of National Defence tender', 'payment for goods', 'trading company fees', 'komidx parts', 'ftb', 'Kenya tea', 'freight Pakistan']) {
      assert.deepEqual(found(text), [], text);
    }
  });

  it('check: the purpose, a goods description, with or without parties, gives review naming the field, the record and the words', () => {
    const tx = payment('Some GmbH', { purpose: 'payment for KOMID invoice' });
    const d = decide(tx);
    assert.equal(d.outcome, 'review');
    const r = d.reasons.find((x) => x.field === 'purpose')!;
    assert.equal(r.matchedRef, 'KPe.001');
    assert.match(r.summary, /The purpose \("payment for KOMID invoice"\) names "KOMID" \(KPe\.001/);
    assert.match(r.summary, /the words "KOMID"/);
    const goods: Transaction = { type: 'goods', date: '2019-04-01', from: 'CN', to: 'DE', goods: [{ hs: '8471.30', description: 'laptops for KOMID' }] };
    const g = decide(goods);
    assert.equal(g.outcome, 'review');
    assert.ok(g.reasons.some((x) => x.field === 'goods[0].description' && x.matchedRef === 'KPe.001'));
    const { parties: _, ...noParties } = tx;
    assert.equal(decide(noParties).outcome, 'review');
  });

  it('check: an innocent narrative stays permitted', () => {
    assert.equal(decide(payment('Some GmbH', { purpose: 'payment for coal' })).outcome, 'permitted');
    assert.equal(decide(payment('Some GmbH', { purpose: 'National Insurance Company premium' })).outcome, 'permitted');
  });
});
