// korean-v3: an entity's name run together with its abbreviations and legal forms, as a payment line
// writes it ("OCEANMARITIMEMGMTCOLTD", "KOREAINTLCHEMICALJVCO", "SINGWANGECONOMICSANDTRDGGENCORP"), with
// "&" or J/V inside it or an ordinal before it, is read word by word over the listed names' words and the
// abbreviations: the listed entity is found, and check never permits a party written that way.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { rejoinWords, type SplitMemo } from '../src/screening/word-joins.ts';
import { scratch } from './support/cli-harness.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

/** Run together, with the listed record each stands for and the band it must reach at least. */
const RUNS: readonly (readonly [string, string, 'match' | 'possible'])[] = [
  ['OCEANMARITIMEMGMTCOLTD', 'KPe.020', 'match'], ['KOREARYONHAMACHINERYJVCOLTD', 'KPe.016', 'match'],
  ['KOREARYONHAMACHINERYJVCORP', 'KPe.016', 'match'], ['SINGWANGECONOMICSANDTRDGGENCORP', 'KPe.036', 'match'],
  ['KOREAINTLCHEMICALJVCO', 'KPe.039', 'match'], ['CAREOFFIRSTOILJVCOLTD', 'KPe.069', 'match'],
  ['CHANGANSHIPPING&TECHNOLOGY', 'KPe.055', 'match'], ['SHANGHAIDONGFENGSHIPPINGCOLTD', 'KPe.072', 'match'],
  ['KOREARYENHAMACHINERYJ/VCORPORATION', 'KPe.016', 'match'], ['2NDACADEMYOFNATURALSCIENCES', 'KPe.018', 'possible'],
  ['CHANGANSHIPPINGANDTECHNOLOGY', 'KPe.055', 'match'], ['KOREAUNITEDDEVELOPMENTBK', 'KPe.033', 'match'],
  ['DALIANCHONGCHONGANGSHIPPINGCOLTD', 'KPe.022', 'match'], ['DANDONGCHONGCHONGANGSHIPPINGCOLTD', 'KPe.022', 'match'],
  ['TANCHONCOMMBK', 'KPe.003', 'match'], ['KORYOBK', 'KPe.045', 'match'], ['DAEDONGCREDITBK', 'KPe.023', 'match'],
];

describe('korean-v3: a name run together with abbreviations and legal forms', () => {
  it('each finds the listed entity', () => {
    for (const [name, ref, band] of RUNS) {
      const m = screenName(v3, { name }).find((x) => x.ref === ref);
      assert.ok(m !== undefined, name);
      if (band === 'match') assert.equal(m.band, 'match', name);
    }
  });

  it('the run is read as the fewest words of the list and the abbreviations', () => {
    const listed = (w: string): boolean => v3.table.isListed(w);
    assert.deepEqual(rejoinWords(['oceanmaritimemgmtcoltd'], (w) => w, listed, true), ['ocean', 'maritime', 'mgmt', 'co', 'ltd']);
    assert.deepEqual(rejoinWords(['changanshipping', 'technology'], (w) => w, listed, true), ['chang', 'an', 'shipping', 'technology']);
  });

  it('a token split once is split the same way again from the kept splits, in either reading', () => {
    const listed = (w: string): boolean => v3.table.isListed(w);
    const splits: SplitMemo = [new Map(), new Map()];
    for (const [name] of RUNS) {
      const words = [name.toLowerCase().replace(/[^a-z0-9]/g, ''), 'kim', 'yongchol'];
      for (const organisation of [true, false]) {
        const fresh = rejoinWords(words, (w) => w, listed, organisation);
        assert.deepEqual(rejoinWords(words, (w) => w, listed, organisation, splits), fresh, name);
        assert.deepEqual(rejoinWords(words, (w) => w, listed, organisation, splits), fresh, name);
      }
    }
    assert.ok(splits[0].size > 0 && splits[1].size > 0);
  });
});

describe('check: a party written as one run is never permitted', () => {
  const law = loadLaw();
  const sale = (name: string): Transaction => ({
    type: 'goods', date: '2025-06-01', from: 'CN', to: 'MY', goods: [{ hs: '8471.30', description: 'laptop computers' }],
    parties: [{ name, type: 'entity' }],
  });

  it('each is not permitted, naming the listed entity', () => {
    for (const [name, ref] of RUNS) {
      const d = evaluate(sale(name), law, { screenParty });
      assert.notEqual(d.outcome, 'permitted', name);
      assert.ok(d.reasons.some((r) => r.matchedRef === ref), name);
    }
  });

  it('through the CLI: check and screen', () => {
    const sandbox = scratch('joined-runs');
    const c = sandbox.cli(['check', '-', '--format', 'json'], JSON.stringify({ id: 'run', ...sale('OCEANMARITIMEMGMTCOLTD') }));
    assert.equal(c.code, 2, c.stderr);
    assert.equal(JSON.parse(c.stdout).outcome, 'prohibited');
    const s = sandbox.cli(['screen', 'KOREAINTLCHEMICALJVCO', '--format', 'json']);
    assert.equal(s.code, 2, s.stderr);
    assert.equal(JSON.parse(s.stdout).matches[0].ref, 'KPe.039');
  });
});
