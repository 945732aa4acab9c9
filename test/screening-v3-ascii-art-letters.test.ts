// korean-v3 (security review 16, R16-7): letters drawn in ASCII (|{ for K, |-| H, |_ L, [) D, (_) U, |\| N, \/ V,
// |2 R) and digits drawn like letters (6 and 9 G, 7 T, 2 Z besides 0 1 3 4 5 8) are read where they make a word
// of the list; innocent names with digits (7-ELEVEN, 3M, 21ST CENTURY FOX, PETREL 8) stay as written.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { lookAlikeReading, symbolReading } from '../src/io/look-alike-words.ts';
import { LEET_NAMES, leetVariants } from '../bench/screening/leet-variants.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

const listed = (w: string): boolean => ['kwangson', 'green', 'tanchon', 'komid', 'chol'].includes(w);
const payment = (name: string): Transaction => ({ id: 'a', type: 'financial', date: '2025-03-01', from: 'SG', to: 'CN', parties: [{ name }] });

describe('korean-v3: letters drawn in ASCII symbols and digits', () => {
  it('reads 2, 6, 7, 9 and 1 as an l only into a listed word; 0 1 3 4 5 8 as before', () => {
    assert.equal(lookAlikeReading('KWAN6SON', listed), 'KWANGSON');
    assert.equal(lookAlikeReading('6REEN PINE', listed), 'GREEN PINE');
    assert.equal(lookAlikeReading('9REEN', listed), 'GREEN');
    assert.equal(lookAlikeReading('7ANCHON', listed), 'TANCHON');
    assert.equal(lookAlikeReading('CHO1', listed), 'CHOL');
    assert.equal(lookAlikeReading('K0MID', listed), 'KOMID');
    assert.equal(lookAlikeReading('P1NE', listed), 'PINE');
    for (const name of ['7ELEVEN', '7-ELEVEN', '3M', '21ST CENTURY FOX', 'PETREL 8', 'OFFICE 39', 'B52', 'F16', 'G7', 'A4 PAPER', 'UNIT586']) {
      assert.equal(lookAlikeReading(name, listed), undefined, name);
    }
  });

  it('reads letters drawn with several characters', () => {
    const all = (): boolean => false;
    assert.equal(symbolReading('|{OMID', listed), 'KOMID');
    assert.equal(symbolReading('|-|ESONG', all), 'HESONG');
    assert.equal(symbolReading('|_YONGAKSAN', all), 'LYONGAKSAN');
    assert.equal(symbolReading('[)AEDONG', all), 'DAEDONG');
    assert.equal(symbolReading('(_)NSAN', all), 'UNSAN');
    assert.equal(symbolReading('|\\|AMCHONGANG', all), 'NAMCHONGANG');
    assert.equal(symbolReading('\\/\\/EIHAI', all), 'WEIHAI');
    assert.equal(symbolReading('|2YONHA', all), 'RYONHA');
    assert.equal(symbolReading('KIM YONG CHO|_', listed), 'KIM YONG CHOL');
  });

  it('every single-letter drawing of listed names finds the record (where the plain name does)', () => {
    const missed: string[] = [];
    for (const [name, ref] of LEET_NAMES.filter((_, i) => i % 3 === 0)) {
      if (!screenName(v3, { name }).some((m) => m.ref === ref)) continue;
      for (const variant of leetVariants(name)) if (!screenName(v3, { name: variant }).some((m) => m.ref === ref)) missed.push(variant);
    }
    assert.deepEqual(missed, []);
  });

  it('check never permits the review\'s names', () => {
    const law = loadLaw();
    for (const name of ['|{OMID', '6REEN PINE', 'KWAN6SON', 'KOREA KWAN6SON BANKING', '|{OREA |-|YOKSIN TRADING', '9REEN PINE ASSOCIATED CORPORATION']) {
      assert.notEqual(evaluate(payment(name), law, { screenParty }).outcome, 'permitted', name);
    }
  });

  it('innocent names with digits and symbols stay plain', () => {
    for (const name of ['7-ELEVEN', '3M', '21ST CENTURY FOX', 'PETREL 8', 'A4 PAPER', 'B52 LTD', '4EVER TRADING', '2GETHER SHIPPING', 'H2O WATER CO', 'K9 SECURITY', 'E*TRADE', 'P&O FERRIES', 'MOLLER-MAERSK A/S', 'GR8 BANK']) {
      assert.ok(!screenName(v3, { name }).some((m) => m.band === 'match'), name);
    }
  });
});
