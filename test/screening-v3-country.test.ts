// korean-v3: a contradicting country never drops a listed entity (a hostile user's report: KOMID with
// country CN was permitted). DPRK fronts abroad give the country they operate from; the country holds a name
// of common words or a state body's at the possible band, and a listed name given whole that says Korea
// stays a match. "The one error that cannot be taken back is a false permitted."
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { buildIndex, createPartyScreener, screenName, type ScreeningIndex, type ScreeningMatch, type ScreeningQuery } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';
import type { UnList } from '../src/screening/un-list/model.ts';
import { scratch } from './support/cli-harness.ts';

const law = loadLaw();
let list: UnList;
let v3: ScreeningIndex;
let screenParty: ReturnType<typeof createPartyScreener>;
before(() => {
  list = loadUnList();
  v3 = buildIndex(list, 'korean-v3');
  screenParty = createPartyScreener(v3);
});

const screen = (name: string, extra: Omit<ScreeningQuery, 'name'> = {}): ScreeningMatch[] => screenName(v3, { name, ...extra });
const hit = (name: string, ref: string, extra: Omit<ScreeningQuery, 'name'> = {}): ScreeningMatch | undefined => screen(name, extra).find((m) => m.ref === ref);
const primary = (ref: string): string => {
  const r = list.records.find((x) => x.ref === ref);
  const n = r?.names.find((x) => x.kind === 'primary');
  assert.ok(n !== undefined, ref);
  return n.full;
};
const sale = (name: string, country: string): Transaction => ({
  type: 'goods', date: '2019-04-01', from: 'CN', to: 'DE', goods: [{ hs: '8703.23', description: 'passenger car' }],
  parties: [{ name, role: 'buyer', type: 'entity', country }],
});

/** The DPRK entities whose exact primary name with nationality CN came back with nothing at all. */
const DROPPED = ['KPe.001', 'KPe.005', 'KPe.012', 'KPe.018', 'KPe.021', 'KPe.027', 'KPe.028', 'KPe.029', 'KPe.031', 'KPe.032', 'KPe.033', 'KPe.037', 'KPe.039', 'KPe.046', 'KPe.054', 'KPe.057'];
/** Of them, the names that say Korea: given whole they stay matches from CN. */
const SAYS_KOREA = ['KPe.001', 'KPe.012', 'KPe.033', 'KPe.037', 'KPe.039', 'KPe.046'];
const ABROAD = ['CN', 'RU', 'HK', 'AE', 'SY', 'IR', 'US', 'KR'];

describe('korean-v3: a contradicting country never drops a listed entity', () => {
  it('each of the 16 entities once dropped, by its exact primary name with nationality CN, is a match or possible', () => {
    for (const ref of DROPPED) {
      const name = primary(ref);
      const m = hit(name, ref, { nationality: 'CN', type: 'entity' });
      assert.ok(m !== undefined, `${ref} ${name}`);
      assert.equal(m.band, SAYS_KOREA.includes(ref) ? 'match' : 'possible', `${ref} ${name}`);
    }
  });

  it('every DPRK entity by its exact primary name is reported from every country', () => {
    for (const r of list.records.filter((x) => x.regime === 'DPRK' && x.kind === 'entity')) {
      const name = primary(r.ref);
      for (const country of ABROAD) assert.ok(hit(name, r.ref, { country, type: 'entity' }) !== undefined, `${r.ref} ${name} from ${country}`);
    }
  });

  it('check with country CN is never permitted for any of them; a name that says Korea is prohibited', () => {
    for (const ref of DROPPED) {
      const d = evaluate(sale(primary(ref), 'CN'), law, { screenParty });
      assert.notEqual(d.outcome, 'permitted', ref);
      assert.equal(d.outcome, SAYS_KOREA.includes(ref) ? 'prohibited' : 'review', ref);
      assert.ok(d.reasons.some((r) => r.matchedRef === ref), ref);
    }
  });

  it('KOMID abbreviated as documents write it, from CN, is still KOMID: a match', () => {
    for (const country of ['CN', 'HK', 'RU', 'AE']) {
      assert.equal(hit('Korea Mining Dev. Trading Corp.', 'KPe.001', { country })?.band, 'match', country);
      assert.equal(evaluate(sale('Korea Mining Dev. Trading Corp.', country), law, { screenParty }).outcome, 'prohibited', country);
    }
  });

  it('the contradicting country holds the name at possible, and says so', () => {
    const m = hit('RECONNAISSANCE GENERAL BUREAU', 'KPe.031', { country: 'CN' });
    assert.equal(m?.band, 'possible');
    assert.match(m?.explanation.find((e) => e.feature === 'country-contradicts')?.detail ?? '', /country CN differs.*held at 0\.8/);
    const d = evaluate(sale('RECONNAISSANCE GENERAL BUREAU', 'CN'), law, { screenParty });
    assert.equal(d.outcome, 'review');
    assert.match(d.reasons.find((r) => r.matchedRef === 'KPe.031')?.summary ?? '', /country CN differs/);
    for (const name of ['KOREA INTERNATIONAL CHEMICAL JOINT VENTURE COMPANY', 'FIRST OIL JV CO LTD']) {
      assert.ok(hit(name, name.startsWith('KOREA') ? 'KPe.039' : 'KPe.057', { country: 'CN' }) !== undefined, name);
    }
  });

  it('a name matched by its words and held down by a contradicting country is never dropped (held-back evaluation)', () => {
    for (const [name, ref] of [['Koreainternationalchem. Joint Venture Company', 'KPe.039'], ['RECONNAISSANCEGENERALBUR.', 'KPe.031']] as const) {
      assert.equal(hit(name, ref)?.band, 'match', name);
      for (const country of ['RU', 'CN', 'HK', 'US']) {
        assert.ok(hit(name, ref, { country }) !== undefined, `${name} from ${country}`);
        assert.notEqual(evaluate(sale(name, country), law, { screenParty }).outcome, 'permitted', `${name} from ${country}`);
      }
    }
  });

  it('"Ministry of National Defense" with KR is possible: not a match, not absent', () => {
    for (const extra of [{ nationality: 'KR' }, { country: 'KR' }]) {
      const m = hit('Ministry of National Defense', 'KPe.054', extra);
      assert.equal(m?.band, 'possible', JSON.stringify(extra));
    }
    assert.equal(evaluate(sale('Ministry of National Defense', 'KR'), law, { screenParty }).outcome, 'review');
  });

  it('a name that says Korea given whole from KR is possible only: there Korea names the other Korea', () => {
    assert.equal(hit('KOREA MINING DEVELOPMENT TRADING CORPORATION', 'KPe.001', { country: 'KR' })?.band, 'possible');
    assert.equal(hit('KOREA MINING DEVELOPMENT TRADING CORPORATION', 'KPe.001', { country: 'CN' })?.band, 'match');
  });

  it('HONG KONG ELECTRONICS given whole from HK is kept (possible); a place alone in common is still nobody', () => {
    assert.equal(hit('HONG KONG ELECTRONICS', 'KPe.005', { country: 'HK' })?.band, 'possible');
    assert.equal(hit('HONG KONG ELECTRONICS', 'KPe.005')?.band, 'match');
    assert.equal(hit('Hong Kong Trading Ltd', 'KPe.005', { country: 'HK' }), undefined);
    assert.equal(hit('Hong Kong Trading Ltd', 'KPe.005'), undefined);
  });

  it('the CLI as the report ran it: check from CN prohibited, screen --nationality CN finds KOMID', () => {
    const sandbox = scratch('country-contradicts');
    const tx = { id: 'x', ...sale('KOREA MINING DEVELOPMENT TRADING CORPORATION', 'CN') };
    const c = sandbox.cli(['check', '-', '--format', 'json'], JSON.stringify(tx));
    assert.equal(c.code, 2, c.stderr);
    assert.equal((JSON.parse(c.stdout) as { outcome: string }).outcome, 'prohibited');
    const s = sandbox.cli(['screen', 'KOREA MINING DEVELOPMENT TRADING CORPORATION', '--nationality', 'CN', '--type', 'entity', '--format', 'json']);
    assert.equal(s.code, 2, s.stderr);
    assert.ok((JSON.parse(s.stdout) as { matches: { ref: string; band: string }[] }).matches.some((m) => m.ref === 'KPe.001' && m.band === 'match'));
  });
});
