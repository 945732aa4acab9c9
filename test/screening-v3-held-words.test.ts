// korean-v3: a listed DPRK front's distinctive word held whole among ordinary words (security review 18,
// R18-3: New Ryonbong, Golden Singwang, Big Amroggang, Entwicklungsbank Amroggang) and its short name one
// typing error off (R18-6: Green Pines, Kingly One, Yuk Tong) are possible at least, and `check` reviews
// such a party; the common words of listed names (Green, Golden, Star, Pine, Koryo, Mirae, Huaxin) name
// nobody alone, and innocent names stay where they were.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { evaluate, type Decision, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex, type ScreeningMatch } from '../src/screening/index.ts';
import { scratch } from './support/cli-harness.ts';
import { v3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: ReturnType<typeof v3Screener>['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

const law = loadLaw();
const sale = (name: string, type?: 'entity'): Transaction => ({
  type: 'goods', date: '2025-06-01', from: 'CN', to: 'MY', goods: [{ hs: '8471.30', description: 'laptop computers' }],
  parties: [{ name, ...(type !== undefined && { type }) }],
});

const hit = (name: string, ref: string, type?: 'entity'): ScreeningMatch | undefined =>
  screenName(v3, { name, ...(type !== undefined && { type }) }).find((m) => m.ref === ref);

/** The review's reproductions and variants: a distinctive word whole among ordinary words, in any place, read
 *  through a look-alike digit, a foreign generic word, an abbreviation. */
const HELD: [string, string][] = [
  ['New Ryonbong', 'KPe.002'], ['Big Ryonbong', 'KPe.002'], ['Ryonbong Star', 'KPe.002'], ['Nice Ryonbong Ltd', 'KPe.002'],
  ['Golden Singwang', 'KPe.036'], ['Singwang Golden', 'KPe.036'], ['Golden Singwang Trading', 'KPe.036'],
  ['Big Amroggang', 'KPe.009'], ['Amroggang Big', 'KPe.009'], ['Entwicklungsbank Amroggang', 'KPe.009'], ['AMR0GGANG Big', 'KPe.009'],
  ['Golden Tanchon', 'KPe.003'], ['Tanchon Star Trading', 'KPe.003'], ['Ryonbong Holdings', 'KPe.002'],
  ['Blue Namchongang', 'KPe.004'], ['Silver Hapjanggang', 'KPe.058'], ['Royal Myohyang', 'KPe.068'], ['Great Chonmyong', 'KPe.056'],
];

/** Short names of listed fronts one typing error off. */
const TYPOS: [string, string][] = [
  ['Green Pines', 'KPe.010'], ['Greenpines', 'KPe.010'], ['Greene Pine', 'KPe.010'], ['Green Pine Co', 'KPe.010'],
  ['Kingly One', 'KPe.060'], ['Kingly Wan', 'KPe.060'], ['Kingly Won Ltd', 'KPe.060'],
  ['Yuk Tong', 'KPe.075'], ['Yuktong', 'KPe.075'], ['Yuk Tang Ltd', 'KPe.075'],
];

describe('a listed front\'s distinctive word among ordinary words (R18-3)', () => {
  it('is a possible match at least, typed entity or untyped, saying which word agreed', () => {
    for (const [name, ref] of HELD) {
      for (const type of ['entity', undefined] as const) {
        const m = hit(name, ref, type);
        assert.ok(m !== undefined, `${name} (${type ?? 'untyped'}) → ${ref}`);
      }
    }
    const m = hit('New Ryonbong', 'KPe.002', 'entity');
    assert.equal(m?.band, 'possible');
    assert.ok(m?.explanation.some((e) => e.feature === 'name-inside' && e.detail.includes('ryonbong')), JSON.stringify(m?.explanation));
    assert.ok(m?.explanation.some((e) => e.feature === 'name' && e.detail.includes('not in the listed name: new')), JSON.stringify(m?.explanation));
  });

  it('is held below the name floor: evidence agreeing does not make it a match', () => {
    const m = screenName(v3, { name: 'New Ryonbong', type: 'entity', country: 'KP', nationality: 'KP' }).find((x) => x.ref === 'KPe.002');
    assert.equal(m?.band, 'possible');
  });

  it('check reviews such a party, never permits it', () => {
    for (const [name, ref] of [...HELD.slice(0, 11), ...TYPOS]) {
      for (const type of ['entity', undefined] as const) {
        const d = evaluate(sale(name, type), law, { screenParty });
        assert.notEqual(d.outcome, 'permitted', `${name} (${type ?? 'untyped'})`);
        assert.ok(d.reasons.some((r) => r.matchedRef === ref), `${name} (${type ?? 'untyped'}) → ${ref}: ${JSON.stringify(d.reasons)}`);
      }
      assert.ok(screenParty({ name, type: 'entity' }).some((h) => h.ref === ref), `${name} → ${ref}`);
    }
    assert.equal(evaluate(sale('New Ryonbong', 'entity'), law, { screenParty }).outcome, 'review');
  });

  it('interdict check - reviews them as a user runs it (exit code 3)', () => {
    const sandbox = scratch('held-words');
    for (const [name, ref, type] of [['New Ryonbong', 'KPe.002', 'entity'], ['Entwicklungsbank Amroggang', 'KPe.009', undefined], ['Green Pines', 'KPe.010', 'entity']] as const) {
      const r = sandbox.cli(['check', '-', '--format', 'json'], JSON.stringify({ id: 'held', ...sale(name, type) }));
      assert.equal(r.code, 3, `${name}: ${r.stderr}`);
      const d = JSON.parse(r.stdout) as Decision;
      assert.equal(d.outcome, 'review', name);
      assert.ok(d.reasons.some((x) => x.matchedRef === ref && x.band === 'possible'), name);
    }
  });
});

describe('a listed front\'s short name one typing error off (R18-6)', () => {
  it('is a possible match at least', () => {
    for (const [name, ref] of TYPOS) {
      for (const type of ['entity', undefined] as const) assert.ok(hit(name, ref, type) !== undefined, `${name} (${type ?? 'untyped'}) → ${ref}`);
    }
    const m = hit('Green Pines', 'KPe.010', 'entity');
    assert.ok(m?.explanation.some((e) => e.feature === 'name' && e.detail.includes('one letter off')), JSON.stringify(m?.explanation));
  });
});

describe('precision: what names nobody alone', () => {
  const byRule = (name: string, type?: 'entity'): string[] =>
    screenName(v3, { name, ...(type !== undefined && { type }) }).filter((m) => m.explanation.some((e) => e.feature === 'name-inside' && /distinctive word|typing error/.test(e.detail))).map((m) => m.ref);

  it('common words of listed names, a person\'s syllable, a Chinese name or a South Korean place find nothing by the rule', () => {
    for (const name of ['Green Energy', 'Golden Star', 'Pine Tree', 'Star Shipping', 'Green Line', 'Green Lane', 'Green Pine Apartments', 'Green Pine Hotel', 'Kingly Trading',
      'Koryo Tours', 'Mirae Asset Financial Group', 'Huaxin Cement Co., Ltd.', 'Dongfeng Motor Corporation', 'Kangwon Land', 'Ansan Steel', 'Daesung Group',
      'Zhong Hua Trading', 'Chang Jiang Shipping', 'Shen Hua Holdings', 'Leader Garments Ltd', 'Haeyang Marine', 'Tongbang Foods', 'Unhaeng Plaza', 'General Kwang Star']) {
      for (const type of ['entity', undefined] as const) assert.deepEqual(byRule(name, type), [], `${name} (${type ?? 'untyped'})`);
    }
  });

  it('a person\'s name with a given name written joined is left to the name score when untyped', () => {
    for (const name of ['Kim Kwangsong', 'Ri Hesong', 'Pak Tosong', 'Kwangsong Kim']) assert.deepEqual(byRule(name), [], name);
    assert.deepEqual(screenName(v3, { name: 'Kim Kwangsong', type: 'person' }).filter((m) => m.recordKind === 'entity').map((m) => m.ref), []);
  });

  it('the benchmark\'s innocent organisations gain nothing by the rule', () => {
    const file = new URL('../bench/screening/data/innocent-organisations.json', import.meta.url);
    const innocents = (JSON.parse(readFileSync(file, 'utf8')) as { organisations: { name: string; country: string }[] }).organisations;
    for (const o of innocents) assert.deepEqual(byRule(o.name), [], o.name);
  });
});

describe('a listed front\'s word written in two halves (held-back evaluation)', () => {
  it('is possible at least, typed as an entity or untyped, and check reviews it', () => {
    for (const [name, ref] of [['RYON BONG', 'KPe.002'], ['TAN CHON', 'KPe.003'], ['AMROG GANG', 'KPe.009'], ['KANG BONG', 'KPe.043'],
      ['Man Su Dae Overseas Project Group of Companies', 'KPe.050'], ['Man Su Dae Art Studio', 'KPe.050']] as const) {
      for (const type of [undefined, 'entity'] as const) assert.ok(hit(name, ref, type) !== undefined, `${name} ${type ?? ''}`);
      assert.notEqual(evaluate(sale(name), law, { screenParty }).outcome, 'permitted', name);
    }
  });
  it('a longer person\'s name holding the halves is a person\'s, not read joined', () => {
    for (const name of ['Kim Kang Bong', 'Kim Tan Chon']) assert.deepEqual(screenName(v3, { name }).map((m) => m.ref), [], name);
  });
});
