// korean-v3: graded evidence. Contradicting secondary evidence (a country, nationality, year of birth or
// document) may lower a name from the match band to possible, never remove a name that reached the possible
// band on the name alone (a hostile user's report: "Korea Ryongbong General Corporation" from CN, and "Pak
// Yong Sok" with nationality CN, were permitted). The check, the screen and the service's subjects read the
// same screener.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { toQuery } from '../src/app/subjects/subjects.ts';
import { buildIndex, createPartyScreener, screenName, type ScreeningIndex, type ScreeningMatch, type ScreeningQuery } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';

const law = loadLaw();
let v2: ScreeningIndex;
let v3: ScreeningIndex;
let screenParty: ReturnType<typeof createPartyScreener>;
before(() => {
  const list = loadUnList();
  v2 = buildIndex(list, 'korean-v2');
  v3 = buildIndex(list, 'korean-v3');
  screenParty = createPartyScreener(v3);
});

const hit = (name: string, ref: string, extra: Omit<ScreeningQuery, 'name'> = {}): ScreeningMatch | undefined => screenName(v3, { name, ...extra }).find((m) => m.ref === ref);
const sale = (party: Transaction['parties']): Transaction => ({
  type: 'goods', date: '2024-03-01', from: 'CN', to: 'SG', goods: [{ hs: '8207.13', description: 'rock drilling tools' }], parties: party,
});

/** Near misses that reach the possible band on the name alone: the reviewer's and our own. */
const NEAR: { name: string; ref: string; type: 'person' | 'entity' }[] = [
  { name: 'Korea Ryongbong General Corporation', ref: 'KPe.002', type: 'entity' },
  { name: 'Korea Kwangdong Trading Corporation', ref: 'KPe.026', type: 'entity' },
  { name: 'Pak Yong Sok', ref: 'KPi.063', type: 'person' },
  { name: 'Kim Yong Chop', ref: 'KPi.024', type: 'person' },
  { name: 'Kim Yong Chil', ref: 'KPi.024', type: 'person' },
  { name: 'Ri Je Sin', ref: 'KPi.002', type: 'person' },
];
/** Every contradicting piece of evidence a party may carry, alone and together. */
const AGAINST: Omit<ScreeningQuery, 'name'>[] = [
  { country: 'CN' }, { nationality: 'CN' }, { nationality: 'RU' }, { dob: '1985' }, { dob: '1990-01-02' },
  { documents: ['X1234567'] }, { nationality: 'CN', dob: '1990-01-02', documents: ['X1234567'], country: 'SG' },
];

describe('korean-v3: contradicting evidence never removes a near miss', () => {
  it('the near misses are possible on the name alone (the premise)', () => {
    for (const { name, ref } of NEAR) assert.equal(hit(name, ref)?.band, 'possible', name);
  });

  it('with any contradicting evidence each stays possible, held at the review threshold and saying why', () => {
    for (const { name, ref, type } of NEAR) {
      for (const extra of AGAINST) {
        const m = hit(name, ref, { ...extra, type });
        assert.equal(m?.band, 'possible', `${name} ${JSON.stringify(extra)}`);
        assert.ok(m.score >= 0.6, `${name} ${JSON.stringify(extra)}`);
        const held = m.explanation.find((e) => e.feature === 'evidence-floor');
        if (held !== undefined) assert.match(held.detail, /lowers it, never removes it/);
        // The explanation still adds up to the score.
        const sum = m.explanation.reduce((s, e) => s + e.score, 0);
        assert.ok(Math.abs(sum - m.score) < 0.002, `${name} ${JSON.stringify(extra)}: ${sum} vs ${m.score}`);
      }
    }
  });

  it('a full match lowered by contradicting evidence is possible, not removed', () => {
    const m = hit('PAK YONG SIK', 'KPi.063', { nationality: 'CN', dob: '1999-01-01', documents: ['X1'], type: 'person' });
    assert.equal(m?.band, 'possible');
  });

  it('check gives review, never permitted (the reviewer\'s commands)', () => {
    const party = (name: string, extra: object) => [{ name, role: 'buyer', country: 'CN', ...extra }];
    const cases: [string, object][] = [
      ['Korea Ryongbong General Corporation', {}],
      ['Pak Yong Sok', { type: 'person', nationality: 'CN' }],
      ['Kim Yong Chop', { type: 'person', nationality: 'CN' }],
      ['Kim Yong Chil', { type: 'person', nationality: 'RU' }],
      ['Pak Yong Sok', { type: 'person', dob: '1985' }],
      ['Korea Kwangdong Trading Corporation', { type: 'entity' }],
    ];
    for (const [name, extra] of cases) {
      const d = evaluate(sale(party(name, extra) as Transaction['parties']), law, { screenParty });
      assert.equal(d.outcome, 'review', `${name} ${JSON.stringify(extra)}`);
    }
  });

  it('a subject with a contradicting nationality keeps its possible match (the service alerts on it)', () => {
    const m = screenName(v3, toQuery({ id: 's1', name: 'Korea Ryongbong General Corporation', nationality: 'CN' }));
    assert.ok(m.some((x) => x.ref === 'KPe.002' && x.band === 'possible'));
  });

  it('korean-v2 is unchanged: a review threshold asked for, the contradiction still takes the name out', () => {
    const m = screenName(v2, { name: 'Pak Yong Sok', nationality: 'CN', type: 'person' }, { reviewThreshold: 0.6 });
    assert.ok(!m.some((x) => x.explanation.some((e) => e.feature === 'evidence-floor')));
  });
});
