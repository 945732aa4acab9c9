// Held-back evaluation 2026 (docs/screening.md): `check` permitted listed DPRK banks and bodies written with a
// two-letter short form inside a run (DAEDONGCRBANK), a dotted initialism run onto a word (…CHEMICALJ.V.COMPANY),
// and, in a payment's narrative, a name whose own FOR cut the span (ORDERED BY Cttee for Space Tech REF 88412).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName } from '../src/screening/index.ts';
import { partySpansInText } from '../src/screening/text-party-spans.ts';
import { payment, v3Screener, type V3Screener } from './support/list-screeners.ts';

const law = loadLaw();
let s: V3Screener;
before(() => {
  s = v3Screener();
});
const decide = (tx: Transaction) => evaluate(tx, law, { screenParty: s.screenParty });

describe('evaluation 2026, HIGH: listed parties permitted', () => {
  it('as a party: a short form inside a run, a dotted initialism run onto a word, a glued legal form, are the listed record as a match', () => {
    for (const [name, ref] of [
      ['DAEDONGCRBANK', 'KPe.023'], ['DAEDONG CRBANK', 'KPe.023'], ['DAEDONGCRBK.', 'KPe.023'], ['TAEDONGCRBK.', 'KPe.023'],
      ['KORYOCRDEVBK.', 'KPe.049'], ['KOREACHANGGWANGCRBK', 'KPe.003'], ['DAESONGCRDEVELOPMENTBK', 'KPe.049'],
      ["KOREAINT'LCHEMICALJ.V.COMPANY", 'KPe.039'], ['RYONHWAMACHJ.V.CORPORATION', 'KPe.016'],
    ] as const) {
      const best = screenName(s.v3, { name })[0];
      assert.equal(best?.ref, ref, `${name}: ${JSON.stringify(best)}`);
      assert.equal(best.band, 'match', name);
      assert.equal(decide(payment(name, 'commercial', '2025-12-15')).outcome, 'prohibited', name);
    }
  });

  it('in a narrative: the same names, and a name whose own FOR cut the span, are reviewed naming the record', () => {
    for (const [purpose, ref] of [
      ['/BNF/DAEDONGCRBANK SHENYANG', 'KPe.023'], ['IFO KORYOCRDEVBK.; goods as per contract 17/2025', 'KPe.049'],
      ['ORDERED BY Cttee for Space Tech REF 88412', 'KPe.012'], ['IFO CTTEE FOR SPACE TECHNOLOGY; goods as per contract 17/2025', 'KPe.012'],
      ['settlement of invoice 0093 in favour of KOREANCTTEE FOR SPACE TECH', 'KPe.012'], ['IFO DPRKCTTEE FOR SPACE TECH.; goods as per contract 17/2025', 'KPe.012'],
    ] as const) {
      const d = decide(payment('Straits Commodity Pte Ltd', purpose, '2025-12-15'));
      assert.equal(d.outcome, 'review', purpose);
      assert.ok(d.reasons.some((r) => r.matchedRef === ref), `${purpose}: ${JSON.stringify(d.reasons.map((r) => r.matchedRef))}`);
    }
  });

  it('innocents written the same ways stay as they were: no match, and narratives of ordinary payments permitted', () => {
    for (const name of ['DAEWOOCRBANK', 'SHINHANBK', 'KOREAEXCHANGEBK', 'HANWHACHEMICALJ.V.COMPANY', 'SAMSUNGCRCARD']) {
      assert.notEqual(screenName(s.v3, { name })[0]?.band, 'match', name);
    }
    for (const purpose of ['payment to Samsung for services', 'payment to Korea Transport Institute for services', 'IFO HYUNDAI GLOVIS; freight', 'ORDERED BY POSCO INTERNATIONAL REF 5521']) {
      assert.equal(decide(payment('Straits Commodity Pte Ltd', purpose, '2025-12-15')).outcome, 'permitted', purpose);
    }
  });

  it('the evaluation\'s last permits: BK before a run holding OF, short forms run together, a first word cut after FOR', () => {
    // A two-letter short form before OF makes the name an organisation's (Bank of East Land), whatever the dots.
    for (const name of ['BK.OFEASTLAND', 'BK OFEASTLAND', 'BK. OFEASTLAND']) {
      const best = screenName(s.v3, { name })[0];
      assert.equal(best?.ref, 'KPe.013', name);
      assert.equal(best.band, 'match', name);
    }
    // A token of tabled short forms (INTL, CHEM) agrees as the words they stand for: possible without KOREA.
    for (const name of ['INTLCHEM.JT VENTURECO', 'INTLCHEM JT VENTURECO']) {
      const best = screenName(s.v3, { name })[0];
      assert.equal(best?.ref, 'KPe.039', name);
      assert.equal(decide(payment(name, 'commercial', '2025-12-15')).outcome, 'review', name);
    }
    // A span that opens with a connector is read from it (the name's first word cut after FOR), only as a name's words.
    assert.deepEqual(partySpansInText('ORDERED BY FOR EIGN TRADE BANK REF 88412'), ['FOR EIGN TRADE BANK']);
    assert.deepEqual(partySpansInText('payment to a@b.com for C++ course'), []);
    for (const purpose of ['ORDERED BY FOR EIGN TRADE BANK REF 88412', 'IFO FOR EIGN TRADE BK; goods as per contract 17/2025']) {
      const d = decide(payment('Straits Commodity Pte Ltd', purpose, '2025-12-15'));
      assert.equal(d.outcome, 'review', purpose);
      assert.ok(d.reasons.some((r) => r.matchedRef === 'KPe.047'), purpose);
    }
    for (const purpose of ['PAYMENT TO FOR SERVICES RENDERED', 'ORDERED BY FOR ACME TRADING REF 5']) {
      assert.equal(decide(payment('Straits Commodity Pte Ltd', purpose, '2025-12-15')).outcome, 'permitted', purpose);
    }
    // Nobody's name is made an organisation's by a syllable before an OF run together: no match.
    assert.equal(screenName(s.v3, { name: 'PAK OFEAST' })[0]?.band === 'match', false);
  });
});

