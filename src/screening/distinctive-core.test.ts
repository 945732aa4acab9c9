// A listed organisation named by its distinctive words alone (security review 17, H17-4): possible at least,
// typed entity or untyped; innocents sharing only some of those words, or adding another business word, not.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { screenName, type ScreeningIndex } from './index.ts';
import { v3Screener } from '../../test/support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: ReturnType<typeof v3Screener>['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

const FOUND: [string, string][] = [
  ['Green Pine', 'KPe.010'], ['Greenpine', 'KPe.010'], ['GREEN PINE', 'KPe.010'], ['Pine Green', 'KPe.010'], ['Green Pine Co.', 'KPe.010'],
  ['Kingly Won', 'KPe.060'], ['Yuk Tung', 'KPe.075'], ['Yuk Tung Ltd', 'KPe.075'], ['Shen Zhong', 'KPe.073'], ['Chang An', 'KPe.055'],
];

test('the distinctive words of a listed front, given whole, are at least a possible match', () => {
  for (const [name, ref] of FOUND) {
    for (const type of ['entity', undefined] as const) {
      const m = screenName(v3, { name, ...(type !== undefined && { type }) }).find((x) => x.ref === ref);
      assert.ok(m !== undefined, `${name} (${type ?? 'untyped'}) → ${ref}`);
    }
  }
});

test('check reviews a party named by the front\'s distinctive words', () => {
  for (const [name, ref] of FOUND.slice(0, 8)) {
    const hits = screenParty({ name, type: 'entity' });
    assert.ok(hits.some((h) => h.ref === ref), `${name} → ${ref}`);
  }
});

test('innocents sharing only some of the words, or another business word, are not found by them', () => {
  for (const name of ['Green Energy', 'Golden Star', 'Pine Tree', 'Ocean Star', 'Green Pine Apartments', 'Kingly Trading', 'Golden Dragon', 'Green Tree', 'Pine Industrial', 'Daedong Industrial Co., Ltd.', 'Bank of East Asia', 'Star Shipping', 'Chang An Road Hotel']) {
    const m = screenName(v3, { name, type: 'entity' }).filter((x) => x.score >= 0.75 && x.explanation.some((e) => e.feature === 'name' && e.score === 0.75));
    assert.deepEqual(m.map((x) => x.ref), [], name);
  }
});
