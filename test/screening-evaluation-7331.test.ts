// Held-back evaluation 7331 (docs/screening.md): `check` permitted a listed body named in a narrative with a slip in
// the word before its own FOR (KOREAN COMMITTEEE FOR SPACE TECHNOLOGY), or with the first word cut after FOR (FOR
// Eign Trade Bank), and a front written with its word one letter short and its other words in short forms (MANSUDE
// O/S PRJ GRP OF COS); and a family name spelt with OO (YOON) or a Chinese syllable (ZHU, LUO) was "corrected" into
// a listed person's.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName } from '../src/screening/index.ts';
import { payment, v3Screener, type V3Screener } from './support/list-screeners.ts';

const law = loadLaw();
let s: V3Screener;
before(() => {
  s = v3Screener();
});
const decide = (purpose: string, party = 'Straits Commodity Pte Ltd') => evaluate(payment(party, purpose, '2025-12-15'), law, { screenParty: s.screenParty });

describe('evaluation 7331: the permits', () => {
  it('a body\'s head word before its own FOR with a slip, or cut in two, is read uncut: reviewed, naming the record', () => {
    for (const purpose of [
      'BY ORDER OF KOREAN COMMITTEEE FOR SPACE TECHNOLOGY FOR MACHINE PARTS', 'IN FAVOUR OF KOREAN COMMITETE FOR SPACE TECHNOLOGY CONTRACT NO 18/442',
      'FFC KOREAN COMNITTEE FOR SPACE Tech INV 2231', '/BNF/COMMI TTEE FOR SPACE TECHNOLOGY INV 2231',
    ]) {
      const d = decide(purpose);
      assert.equal(d.outcome, 'review', purpose);
      assert.ok(d.reasons.some((r) => r.matchedRef === 'KPe.012'), purpose);
    }
    const ftb = decide('BY ORDER OF FOR Eign Trade Bank INV 2231');
    assert.equal(ftb.outcome, 'review');
    assert.ok(ftb.reasons.some((r) => r.matchedRef === 'KPe.047'));
    // Ordinary narratives with FOR stay as they were.
    for (const purpose of ['payment to Samsung Comittee for services', 'PAYMENT TO ACME LTD FOR SPARE PARTS RE INVOICE 7']) assert.equal(decide(purpose).outcome, 'permitted', purpose);
  });

  it('a front\'s own word one letter off among short forms is possible: as a party, in a narrative, as an intermediary', () => {
    const best = screenName(s.v3, { name: 'MANSUDE O/S PRJ GRP OF COS' })[0];
    assert.equal(best?.ref, 'KPe.050');
    assert.equal(best.band, 'possible');
    assert.equal(decide('commercial', 'MANSUDE O/S PRJ GRP OF COS').outcome, 'review');
    assert.equal(decide('FFC MANSUDE O/S PRJ GRP OF COS REF 77301 PAYMENT FOR GOODS').outcome, 'review');
    // Not a person's name, and not an ordinary company's.
    for (const name of ['SAMSUNG ELECTRONICS', 'HYUNDAI MERCHANT MARINE', 'KIM MANSUDE']) assert.equal(screenName(s.v3, { name }).some((m) => m.ref === 'KPe.050'), false, name);
    // A letter struck for another makes another Korean word (Namsung is no Namhung): not read so.
    assert.equal(screenName(s.v3, { name: 'Namsung Shipping Co Ltd' }).some((m) => m.ref === 'KPe.004'), false);
  });
});

describe('evaluation 7331: valid syllables are not typing errors', () => {
  it('a family name written as one (Yoon, Soon) is that family, not another with a letter fewer: possible, never a match', () => {
    for (const [name, ref] of [['YOON CHONG NAM', 'KPi.010'], ['SOON JONG HYOK', 'KPi.031']] as const) {
      const hit = screenName(s.v3, { name }).find((m) => m.ref === ref);
      assert.equal(hit?.band, 'possible', `${name}: ${JSON.stringify(hit)}`);
    }
    // In a given name a doubled letter is a typing error, as the examples have it (Hyook, Goon): a match; and
    // a doubled letter that reads as no syllable anywhere.
    for (const [name, ref] of [['RI SONG HYOOK', 'KPi.077'], ['Kim Se Goon', 'KPi.032'], ['PAKK YONGG SIKK', 'KPi.063'], ['KIMM YONG CHOLL', 'KPi.024']] as const) {
      assert.equal(screenName(s.v3, { name }).find((m) => m.ref === ref)?.band, 'match', name);
    }
  });

  it('a Chinese syllable no Korean romanization writes (Zhu, Xu, Luo) is not corrected into a Korean one', () => {
    for (const name of ['Zhu Li', 'Xu Li', 'Luo Jun', 'LUO CHUN HWAN']) {
      assert.equal(screenName(s.v3, { name }).some((m) => m.band === 'match'), false, name);
    }
    assert.equal(screenName(s.v3, { name: 'Zhu Li' }).length, 0);
  });
});
