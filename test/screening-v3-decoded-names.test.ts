// korean-v3: a name carried encoded from the web or mail (percent-encoding, quoted-printable, HTML entities,
// \u escapes, MIME encoded-words) is screened as its decoded text too, with every reading raw text gets: an
// encoded space between the halves of a one-word listed name (KO%20MID, KO=20MID) finds it as the raw space
// does, and an encoded control (KO%07MID) is refused as the raw one is (security review 19, M2). Innocent
// encoded names stay unmatched, and `check` reviews or prohibits what the screen finds.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { InterdictError } from '../src/errors/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { v3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: ReturnType<typeof v3Screener>['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

const law = loadLaw();
const payment = (name: string): Transaction => ({
  type: 'financial', date: '2025-03-01', from: 'CN', to: 'RU', purpose: 'payment',
  parties: [{ name, role: 'payee', country: 'RU' }],
});

describe('a one-word listed name split by an encoded space, or written as a MIME encoded-word', () => {
  const komid = ['KO%20MID', 'KO=20MID', 'KO&#32;MID', 'KO&nbsp;MID', 'KO%2520MID', 'ko%20mid', '=?UTF-8?B?S09NSUQ=?=', '=?utf-8?q?KO_MID?=', '=?UTF-8?Q?KO=20MID?='];
  for (const name of komid) {
    it(`${name} matches KOMID`, () => {
      const m = screenName(v3, { name }).find((x) => x.ref.trim() === 'KPe.001');
      assert.equal(m?.band, 'match', JSON.stringify(screenName(v3, { name }).slice(0, 3)));
      assert.match(m.explanation.map((e) => e.detail).join(' '), /decoded|komid/i);
    });
  }
  it('check prohibits a payment to KO%20MID as it does to KO MID', () => {
    for (const name of ['KO MID', 'KO%20MID', 'KO=20MID', '=?UTF-8?B?S09NSUQ=?=']) {
      assert.equal(evaluate(payment(name), law, { screenParty }).outcome, 'prohibited', name);
    }
  });
  it('a control written encoded inside the name is refused, as the raw one is', () => {
    for (const name of ['KO%07MID', 'K%07O%07M%07I%07D', 'KO\\u0007MID', '=?UTF-8?Q?KO=07MID?=', 'KO%00MID', 'KO%1BMID', 'KO%7FMID', 'KO%C2%85MID', 'KO%E2%80%A8MID']) {
      assert.throws(() => screenName(v3, { name }), (e: unknown) => e instanceof InterdictError && e.code === 'SCREEN_BAD_INPUT' && /written encoded/.test(e.message), name);
    }
  });
});

describe('a space written as a backslash escape, as the text gate reads it (review 21)', () => {
  for (const [name, ref] of [['KO\\x20MID', 'KPe.001'], ['KO\\x{20}MID', 'KPe.001'], ['KO\\040MID', 'KPe.001'], ['KO\\U00000020MID', 'KPe.001'],
    ['KO%5Cx20MID', 'KPe.001'], ['KO&#92;x20MID', 'KPe.001'], ['PAK\\x20YONG\\x20SIK', 'KPi.063'],
    // What the escape reader leaves: named controls, \s, a lone high byte, a short CSS escape (review 22).
    ['KO\\xa0MID', 'KPe.001'], ['KO\\tMID', 'KPe.001'], ['CHOE\\nCHUN\\nSIK', 'KPi.013'], ['KO\\0MID', 'KPe.001'], ['KO\\eMID', 'KPe.001'], ['KO\\sMID', 'KPe.001'],
    ['KO\\20MID', 'KPe.001'], ['KOREA\\20RYONBONG GENERAL CORPORATION', 'KPe.002']] as const) {
    it(`${name} matches ${ref}`, () => {
      assert.equal(screenName(v3, { name }).find((m) => m.ref.trim() === ref)?.band, 'match', name);
      assert.equal(evaluate(payment(name), law, { screenParty }).outcome, 'prohibited', name);
    });
  }
});

describe('what was matched before stays, and innocents stay apart', () => {
  it('an encoded multi-word listed name still matches', () => {
    assert.equal(screenName(v3, { name: 'TAN%20CHON COMMERCIAL BANK' })[0]?.ref.trim(), 'KPe.003');
  });
  it('innocent encoded names find nothing', () => {
    for (const name of ['Harbour%20Fuel%20Services%20Ltd', 'Nordsee=20Tankers=20GmbH', 'Baltic&nbsp;Bunkering&nbsp;AS', 'AT&amp;T Inc', '50%25 Holdings Ltd', '=?UTF-8?Q?Baltic_Bunkering_AS?=', '=?UTF-8?B?QWNtZSBUcmFkaW5nIEx0ZA==?=']) {
      assert.deepEqual(screenName(v3, { name }).map((m) => m.ref), [], name);
    }
  });
});
