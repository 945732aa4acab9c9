// korean-v3: a real innocent organisation that shares only common words with a listed entity and has a
// word the other lacks ("Bank of Korea" against KOREA TRADING BANK, "Department of Atomic Energy" against
// GENERAL DEPARTMENT OF ATOMIC ENERGY), or shares its name but is another kind of organisation ("Dongbang
// Corporation" against DONGBANG BANK), is possible at most: a person looks, check reviews. The listed
// names themselves, written in full or abbreviated, stay matches.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { scratch } from './support/cli-harness.ts';
import { v3AndV2Screeners, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let v2: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, v2, screenParty } = v3AndV2Screeners());
});

/** Real innocent organisations with the listed record each resembles. */
const INNOCENT: readonly (readonly [string, string])[] = [
  ['Bank of Korea', 'KPe.047'], ['Department of Atomic Energy', 'KPe.007'], ['Dongbang Corporation', 'KPe.013'],
  ['Tongbang Corporation', 'KPe.013'], ['Koryo Corporation', 'KPe.045'], ['Ministry of Atomic Energy', 'KPe.027'],
  ['First Oil Company', 'KPe.057'], ['Korea Chemical Company', 'KPe.039'],
];

/** Listed names as documents write them: still matches. */
const LISTED: readonly (readonly [string, string])[] = [
  ['Korea Trading Bank', 'KPe.047'], ['General Department of Atomic Energy', 'KPe.007'], ['Ministry of Atomic Energy Industry', 'KPe.027'],
  ['Dongbang Bank', 'KPe.013'], ['Koryo Bk', 'KPe.045'], ['First Oil JV Co Ltd', 'KPe.057'], ['Korea Intl Chemical JV Co', 'KPe.039'],
  ['Korea Mining Development Trading Corp., Pyongyang branch', 'KPe.001'], ['Korea Kwangson Banking Corp', 'KPe.025'],
  ['Korea Trading Bank Lagos branch', 'KPe.047'],
];

describe('korean-v3: common words only, or another kind of organisation, is possible at most', () => {
  it('each innocent is possible (not a match), naming why', () => {
    for (const [name, ref] of INNOCENT) {
      const ms = screenName(v3, { name });
      assert.ok(!ms.some((m) => m.band === 'match'), name);
      const m = ms.find((x) => x.ref === ref);
      assert.equal(m?.band, 'possible', name);
    }
  });

  it('the listed names themselves, abbreviated or with a branch, stay matches', () => {
    for (const [name, ref] of LISTED) assert.equal(screenName(v3, { name }).find((x) => x.ref === ref)?.band, 'match', name);
  });

  it('the party\'s country agreeing lifts a common-words name to a match', () => {
    assert.equal(screenName(v3, { name: 'Bank of Korea', country: 'KP' }).find((x) => x.ref === 'KPe.047')?.band, 'match');
  });

  it('korean-v2 is unchanged', () => {
    assert.equal(screenName(v2, { name: 'Dongbang Corporation' }).find((x) => x.ref === 'KPe.013')?.band, 'match');
  });
});

describe('check: such an innocent is reviewed, never permitted', () => {
  const law = loadLaw();
  const sale = (name: string): Transaction => ({
    type: 'goods', date: '2025-06-01', from: 'CN', to: 'MY', goods: [{ hs: '8471.30', description: 'laptop computers' }],
    parties: [{ name, type: 'entity' }],
  });

  it('each is review, naming the listed record', () => {
    for (const [name, ref] of INNOCENT) {
      const d = evaluate(sale(name), law, { screenParty });
      assert.equal(d.outcome, 'review', name);
      assert.ok(d.reasons.some((r) => r.matchedRef === ref && r.band === 'possible'), name);
    }
  });

  it('through the CLI: screen exits 3 (possible only), check reviews', () => {
    const sandbox = scratch('common-words');
    const s = sandbox.cli(['screen', 'Dongbang Corporation', '--format', 'json']);
    assert.equal(s.code, 3, s.stderr);
    assert.equal(JSON.parse(s.stdout).matches[0].band, 'possible');
    const c = sandbox.cli(['check', '-', '--format', 'json'], JSON.stringify({ id: 'common', ...sale('Bank of Korea') }));
    assert.notEqual(JSON.parse(c.stdout).outcome, 'permitted', c.stderr);
  });
});
