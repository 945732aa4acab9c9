// The WMD and missile items of 1718 para 8(a)(ii) and 8(b): goods of the kinds the Committee's lists name,
// to or from the DPRK, are reviewed against the lists (whether a good meets a list's specification is
// beyond an HS code), never permitted, on every date since 2006; the same goods elsewhere are untouched.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';

const law = loadLaw();
const goods = (from: string, to: string, date: string, hs: string, description?: string): Transaction => ({
  type: 'goods', date, from, to, goods: [{ hs, ...(description !== undefined && { description }) }],
});
const cites = (tx: Transaction, measure: string): boolean => evaluate(tx, law).reasons.some((r) => r.measure === measure);

describe('check: WMD and missile items on the Committee\'s lists', () => {
  const items: [string, string][] = [
    ['2844.10', 'natural uranium'], ['2845.10', 'heavy water'], ['8401.10', 'nuclear reactor'], ['8401.20', 'isotope separation machinery'],
    ['2612.10', 'uranium ore'], ['3602.00', 'prepared explosives'], ['8411.12', 'turbojet engines'], ['8802.60', 'space launch vehicle'],
  ];

  it('supplied to the DPRK, on every date from 2006: never permitted, the 8(a)(ii) lists cited', () => {
    for (const date of ['2007-01-01', '2013-06-01', '2016-06-01', '2018-06-01', '2024-01-01']) {
      for (const [hs, description] of items) {
        const tx = goods('CN', 'KP', date, hs, description);
        const d = evaluate(tx, law);
        assert.notEqual(d.outcome, 'permitted', `${date} ${hs} ${description}`);
        // A later ban that prohibits the goods outright (2397 para 7: HS 84 to 89) is the answer's reason.
        assert.ok(d.outcome === 'prohibited' || cites(tx, 'unscr-1718-8a-wmd'), `${date} ${hs}: ${JSON.stringify(d.reasons.map((r) => r.measure))}`);
      }
    }
  });

  it('procured from the DPRK: never permitted, 8(b) cited', () => {
    for (const [hs, description] of items) {
      const tx = goods('KP', 'CN', '2018-06-01', hs, description);
      const d = evaluate(tx, law);
      assert.notEqual(d.outcome, 'permitted', hs);
      assert.ok(d.outcome === 'prohibited' || cites(tx, 'unscr-1718-8b-wmd'), hs);
    }
  });

  it('a description naming such an item under another code is reviewed too', () => {
    const tx = goods('CN', 'KP', '2016-06-01', '7326.90', 'rotor assemblies for gas centrifuge, maraging steel');
    assert.equal(evaluate(tx, law).outcome, 'review');
    assert.ok(cites(tx, 'unscr-1718-8a-wmd'));
  });

  it('before 1718, or between two other States, nothing changes', () => {
    assert.equal(cites(goods('CN', 'KP', '2006-10-13', '2844.10', 'natural uranium'), 'unscr-1718-8a-wmd'), false);
    assert.equal(evaluate(goods('CA', 'FR', '2018-06-01', '2844.10', 'natural uranium'), law).outcome, 'permitted');
  });
});
