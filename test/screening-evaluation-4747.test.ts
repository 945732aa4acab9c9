// Held-back evaluation 4747 (issue 17): listed parties `check` permitted inside what documents write. In a
// payment's narrative (SWIFT fields 70 and 72), the names after /BNF/, /INS/, /ACC/, FOR ACCOUNT OF, ON BEHALF OF,
// PAYMENT TO were read only word for word, so a slip, a name run together or a body named by common words was
// permitted; a SWIFT tag run onto the name without an account (:59:YNU HO-JIN); an address unit with a letter or
// run onto its number (FLAT C, BLDG 4, RM.1203); role markers the split did not know (A/C, THRU, REP BY, QQ). The
// innocent side is held beside each.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { partySpansInText } from '../src/screening/text-party-spans.ts';
import { payment as paymentTo, v3Screener, type V3Screener } from './support/list-screeners.ts';

const law = loadLaw();
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ screenParty } = v3Screener());
});
const decide = (tx: Transaction) => evaluate(tx, law, { screenParty });
const payment = (beneficiary: string, purpose?: string): Transaction => paymentTo(beneficiary, purpose, '2025-06-10');

describe('evaluation 4747, HIGH: the parties a payment\'s narrative names', () => {
  it('after a code word or a phrase that introduces a party, the words are read as a party\'s name: review, naming the record', () => {
    for (const [purpose, ref] of [
      ['/INS/FIRST OIL JV CO LTD', 'KPe.057'], [':70:/INV/71 FOR ACCOUNT OF LEADER (HONG KONG) INTERNATIONAL TRADING LIMITED', 'KPe.017'],
      ['FOR ACCOUNT OF EAST SEA SHIPPING COMPANY', 'KPe.020'], ['ON BEHALF OF MINISTRY OF ATOMIC ENERGY INDUSTRY', 'KPe.027'],
      ['/BNF/SECOND ACADEMY OF NATURAL SCIENCES', 'KPe.018'], ['/BNF/YUN HO-JNI', 'KPi.001'], ['PAYMENT TO YUN HOJIN', 'KPi.001'],
      ['/BNF/MOOYOK BANK', 'KPe.047'], ['/BNF/TANCHONBANK', 'KPe.003'], ['/BNF/K.O.M.I.D.', 'KPe.001'], ['FEES OF PAK YONG SIKK', 'KPi.063'],
      ['/RFB/INV-77/BNF/KOREA RYONBONG GEN CORP/ROC/PO 7781', 'KPe.002'],
    ] as const) {
      const d = decide(payment('Hamburg Atlantic Trading GmbH', purpose));
      assert.equal(d.outcome, 'review', purpose);
      const r = d.reasons.find((x) => x.matchedRef === ref);
      assert.ok(r !== undefined, `${purpose}: ${JSON.stringify(d.reasons.map((x) => x.matchedRef))}`);
      assert.equal(r.field, 'purpose');
    }
  });
  it('the spans end at the next code word, marker, semicolon or line break', () => {
    assert.deepEqual(partySpansInText('/RFB/INV-77/BNF/KOREA RYONBONG GEN CORP/ROC/PO 7781'), ['KOREA RYONBONG GEN CORP', 'PO 7781']);
    assert.deepEqual(partySpansInText('FOR ACCOUNT OF ACME LTD ON BEHALF OF BETA LLC; freight'), ['ACME LTD', 'BETA LLC']);
    assert.deepEqual(partySpansInText('payment of invoice 7 for coal'), []);
    // The narrative after the name is not the name; an address of mail is none; a body named "… for …" keeps it.
    // After one or two words ending in a body's head word (Cttee, Committee, Bureau …) the span uncut is read too: the
    // FOR may be the name's own (held-back evaluation 2026: CTTEE FOR SPACE TECH after ORDERED BY and IFO, KOREANCTTEE
    // FOR SPACE TECH after IN FAVOUR OF, were permitted).
    assert.deepEqual(partySpansInText('payment to Korea Transport Institute for services'), ['Korea Transport Institute']);
    assert.deepEqual(partySpansInText('payment to Samsung for services'), ['Samsung']);
    assert.deepEqual(partySpansInText('ORDERED BY Cttee for Space Tech REF 88412'), ['Cttee', 'Cttee for Space Tech REF 88412']);
    for (const purpose of ['ORDERED BY Cttee for Space Tech REF 88412', 'IFO CTTEE FOR SPACE TECHNOLOGY; goods as per contract 17/2025', 'settlement of invoice 0093 in favour of KOREANCTTEE FOR SPACE TECH', 'payment to Cttee for Space Tech invoice 4']) {
      assert.notEqual(decide(payment('Hamburg Atlantic Trading GmbH', purpose)).outcome, 'permitted', purpose);
    }
    for (const purpose of ['payment to Samsung for services', 'payment to Korea Transport Institute for services', 'PAYMENT TO ACME LTD FOR SPARE PARTS RE INVOICE 7']) {
      assert.equal(decide(payment('Hamburg Atlantic Trading GmbH', purpose)).outcome, 'permitted', purpose);
    }
    assert.deepEqual(partySpansInText('payment to a@b.com for C++ course'), []);
    assert.deepEqual(partySpansInText('PAYMENT TO COMMITTEE FOR SPACE TECHNOLOGY'), ['COMMITTEE FOR SPACE TECHNOLOGY']);
  });
  it('innocent parties named the same way stay permitted', () => {
    for (const purpose of ['/BNF/ACME TRADING CO LTD', 'PAYMENT TO SAMSUNG ELECTRONICS', 'FOR ACCOUNT OF BANK OF CHINA', 'ON BEHALF OF KOREA ZINC CO LTD', '/INS/HSBC HONG KONG /ACC/STANDARD CHARTERED BANK']) {
      assert.equal(decide(payment('Hamburg Atlantic Trading GmbH', purpose)).outcome, 'permitted', purpose);
    }
  });
});

describe('evaluation 4747, HIGH: listed parties behind a SWIFT tag, before an address unit, around a role marker', () => {
  it('each is reviewed or prohibited, naming the listed record', () => {
    for (const [name, ref] of [
      [':59:YNU HO-JIN', 'KPi.001'], [':57D:TAESOONG BANK', 'KPe.035'], [':50:KIM MMUN CHOL P.O. BOX 11423, JEBEL ALI FREE ZONE, DUBAI, UAE', 'KPi.060'],
      ['Taesoong Bank FLAT C, 12/F', 'KPe.035'], ['YNU HO-JIN FLAT C, 12/F, GOLDEN BUILDING', 'KPi.001'], ['TAESOONG BANK BLDG 4, NO 118 BINHAI RD', 'KPe.035'],
      ['KOREA DAESONG GENERAL TRADING CORPORATION RM.1203 NATHAN RD', 'KPe.042'],
      ['SUNNY BRIGHT IMPEX PTE LTD A/C INTERNATIONAL CHEMICAL JOINT VENTURE COMPANY', 'KPe.039'], ['KOREA KUMSAN TRADING CORPORATION THRU SUNNY BRIGHT IMPEX PTE LTD', 'KPe.044'],
      ['SUNNY BRIGHT IMPEX QQ STRATEGIC FORCE', 'KPe.046'], ['MUNITIONS INDUSTRY DEPARTMENT REP BY SUNNY BRIGHT IMPEX', 'KPe.028'],
    ] as const) {
      const d = decide(payment(name));
      assert.notEqual(d.outcome, 'permitted', name);
      assert.ok(d.reasons.some((r) => r.matchedRef === ref), `${name}: ${JSON.stringify(d.reasons.map((r) => r.matchedRef))}`);
    }
  });
  it('innocent companies in the same fields stay permitted', () => {
    for (const name of [':59:HAMBURG ATLANTIC TRADING GMBH', 'ACME TRADING LLC FLAT C, 12/F', 'ACME LTD A/C NO. 12345 BANK OF CHINA', 'Hamburg Atlantic Trading GmbH rep by Acme Ltd', 'GOLDEN LOTUS FOODS SDN BHD BLDG 4, NO 118 BINHAI RD']) {
      assert.equal(decide(payment(name)).outcome, 'permitted', name);
    }
  });
});

describe('re-test 5151: a place after the name, words before it, markers of other shapes', () => {
  it('a slip of a listed name after a marker is reviewed with a place, a country or (HK) after it, or after THE ACCOUNT OF', () => {
    for (const [purpose, ref] of [
      ['PAYMENT TO RI WIN HO, SHENYANG, CHINA', 'KPi.033'], ['/BNF/JO YONG-WIN, SHENYANG, CHINA', 'KPi.043'], ['/BNF/HN YU-RO - VLADIVOSTOK RU', 'KPi.005'],
      ['BNF RI WIN HO (HK)', 'KPi.033'], ['PAYMENT TO THE ACCOUNT OF RI WIN HO', 'KPi.033'], ['BENEF: MINISTRY OF ATOMIC ENERGY INDUSTRY', 'KPe.027'],
      ['ORDERED BY RECONNAISSANCE GENERAL BUREAU', 'KPe.031'], ['ACCOUNT NAME: MUNITIONS INDUSTRY DEPARTMENT', 'KPe.028'], ['收款人：KOMID', 'KPe.001'],
    ] as const) {
      const d = decide(payment('Hamburg Atlantic Trading GmbH', purpose));
      assert.equal(d.outcome, 'review', purpose);
      assert.ok(d.reasons.some((r) => r.matchedRef === ref), `${purpose}: ${JSON.stringify(d.reasons.map((r) => r.matchedRef))}`);
    }
  });
  it('innocents after the same markers stay permitted', () => {
    for (const purpose of ['PAYMENT TO ACME TRADING LLC, SHENYANG, CHINA', 'BENEF: HAMBURG ATLANTIC TRADING GMBH', 'ORDERED BY GOLDEN LOTUS FOODS SDN BHD', 'shipped via Busan to Rotterdam']) {
      assert.equal(decide(payment('Hamburg Atlantic Trading GmbH', purpose)).outcome, 'permitted', purpose);
    }
  });
});

describe('evaluation 4747, MEDIUM: innocents with Russian addresses were prohibited', () => {
  it('the city mark г. read as G, and a city cut short (VLAD), freeze no one: at most a possible match', () => {
    for (const name of ['Ilshin Spinning Co., Ltd., 690001, Приморский край, г. Владивосток', 'Korea Zinc Co., Ltd., г. Хабаровск, ул. Ленина, д. 5', 'ACME TRADING LLC, 10 SVETLANSKAYA ST, VLAD']) {
      const d = evaluate({ ...payment(name), date: '2025-09-01' } as Transaction, law, { screenParty });
      assert.notEqual(d.outcome, 'prohibited', `${name}: ${JSON.stringify(d.reasons.map((r) => r.matchedRef))}`);
    }
    // The listed names themselves still match.
    for (const [name, ref] of [['G-PEOPLE', 'HTe.002'], ['The Veiled', 'QDe.140']] as const) {
      assert.ok(screenParty({ name }).some((m) => m.ref === ref && m.band === 'match'), name);
    }
  });
});
