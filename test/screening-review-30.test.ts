// Security review 30 and held-back evaluation 31 (issue 17): disguised DPRK names that `check` permitted. A typing
// error in every word of an organisation's name (KOTYO BAMK) or a person's (SNO OJNG UYOK), an organisation's
// words each with a doubled letter (PAEKMAA SHIPPINGG COO), Greek letters read as Latin readers take them (ΧΑΝΓ
// for CHANG, Η for H, ΟΥ before a vowel for W), digits for most letters (K0R34 M1N1NG, CH03 50NG 1L), `to` run
// into the name after a payment word (TOFOREIGN TRADE BANK), Choy for Choe. Each class is swept over the list's
// DPRK names where it can be written mechanically; the innocent side is held beside it.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { buildIndex, createPartyScreener, screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { loadUnList, type UnList } from '../src/screening/un-list/index.ts';

const law = loadLaw();
let list: UnList;
let index: ScreeningIndex;
let screenParty: ReturnType<typeof createPartyScreener>;
before(() => {
  list = loadUnList();
  index = buildIndex(list, 'korean-v3');
  screenParty = createPartyScreener(index);
});
const found = (name: string, ref: string) => screenName(index, { name }).find((m) => m.ref === ref);
const outcome = (name: string, country?: string) => evaluate({
  type: 'goods', date: '2025-06-01', from: 'SG', to: 'CN', goods: [{ hs: '8471.30', description: 'laptops' }],
  parties: [{ name, role: 'buyer', ...(country !== undefined && { country }) }],
} as Transaction, law, { screenParty }).outcome;
const dprkNames = () => list.records.filter((r) => r.ref.startsWith('KP')).map((r) => ({ ref: r.ref, name: r.names[0]!.full }));

describe('review 30, HIGH: a typing error in every word', () => {
  const CASES: [string, string][] = [
    ['KOTYO BAMK', 'KPe.045'], ['BAMK OF EADT LAMD', 'KPe.013'], ['DVB FINSNCE LIMOTED', 'KPe.040'], ['FITST OOL JV CO LYD', 'KPe.057'],
    ['PAEKMAA SHIPPINGG COO', 'KPe.069'], ['SHANGHAII DONGFENGG SHIPPINGG COO LTDD', 'KPe.072'],
    ["CH'PE SP’K MON", 'KPi.064'], ['SNO OJNG UYOK', 'KPi.031'], ['R PYOGN CHUO', 'KPi.076'], ['YUM HO-JIM', 'KPi.001'],
  ];
  it('word by word one typing error from the listed name: possible, the explanation says so; check reviews', () => {
    for (const [name, ref] of CASES) {
      const m = found(name, ref);
      assert.ok(m !== undefined, `${name}: nothing for ${ref}`);
      assert.ok(m.band === 'possible' || m.band === 'match', name);
      assert.notEqual(outcome(name), 'permitted', name);
      assert.notEqual(outcome(name, 'CN'), 'permitted', name);
    }
    assert.ok(found('KOTYO BAMK', 'KPe.045')!.explanation.some((e) => /in each of 2 words, a neighbouring key struck/.test(e.detail)));
    assert.ok(found('SNO OJNG UYOK', 'KPi.031')!.explanation.some((e) => /a typing error in each of 3 words/.test(e.detail)));
  });
  it('one word differing is left to the name score; a real word for a listed one is no typing error', () => {
    // BANK OF EAST ASIA: ASIA is no typing error of LAND. NEAL TSUNG: a letter struck for one the key does not
    // touch, in each word, is another spelling, no slip of the hand.
    assert.equal(found('BANK OF EAST ASIA', 'KPe.013'), undefined);
    assert.ok(!screenName(index, { name: 'Neal Tsung' }).some((m) => m.explanation.some((e) => /in each of/.test(e.detail))));
    for (const name of ['Roy Kim', 'Joy Park', 'John Smith', 'Bank of China', 'Ocean Network Express']) assert.equal(outcome(name), 'permitted', name);
  });
});

describe('review 30 and evaluation 31, HIGH: Greek letters', () => {
  it('the reviewers\' names: CH as Χ, H as Η, J as Τζ, HWI as ΧΟΥΙ', () => {
    for (const [name, ref] of [['ΧΑΝΓ ΜΥΟΝΓ-ΧΙΝ', 'KPi.007'], ['ΣΟΝ ΤζΟΝΓ ΗΥΟΚ', 'KPi.031'], ['ΧΥ ΗΥΟ’Κ', 'KPi.065'], ['Τσοε Χουι', 'KPi.042'], ['ΤΣΟΕ ΧΟΥΙ', 'KPi.042']] as const) {
      assert.equal(found(name, ref)?.band, 'match', name);
    }
  });
  it('every DPRK person written in Greek sounds or Greek letters is found', () => {
    const styles: [RegExp, string][][] = [
      [[/CH/g, 'ΤΣ'], [/J/g, 'ΤΖ'], [/NG/g, 'ΝΓΚ'], [/[UW]/g, 'ΟΥ'], [/YO/g, 'ΓΙΟ'], [/YA/g, 'ΓΙΑ'], [/Y/g, 'Γ'], [/H/g, 'Χ'], [/B/g, 'Μ'], [/D/g, 'Ν']],
      [[/CH/g, 'Χ'], [/J/g, 'Τζ'], [/NG/g, 'ΝΓ'], [/[UW]/g, 'ΟΥ'], [/Y/g, 'Υ'], [/H/g, 'Η'], [/B/g, 'Β'], [/D/g, 'Δ']],
    ];
    const rest: Record<string, string> = { A: 'Α', E: 'Ε', G: 'Γ', I: 'Ι', K: 'Κ', L: 'Λ', M: 'Μ', N: 'Ν', O: 'Ο', P: 'Π', R: 'Ρ', S: 'Σ', T: 'Τ', Z: 'Ζ' };
    for (const style of styles) {
      const lost: string[] = [];
      for (const { ref, name } of dprkNames().filter((n) => n.ref.startsWith('KPi') && !n.name.startsWith('TSANG'))) {
        let g = name.toUpperCase().replace(/['’`]/g, '');
        for (const [a, b] of style) g = g.replace(a, b);
        g = g.replace(/[A-Z]/g, (c) => rest[c] ?? c);
        if (found(g, ref) === undefined) lost.push(`${g} (${name})`);
      }
      assert.deepEqual(lost, []);
    }
  });
  it('Greek names of Greeks find nothing', () => {
    for (const name of ['Γιώργος Παπαδόπουλος', 'Νίκος Χατζής', 'Χρήστος Οικονόμου', 'Ευάγγελος Βενιζέλος', 'Ελένη Χριστοδούλου']) assert.deepEqual(screenName(index, { name }), [], name);
  });
});

describe('review 30, HIGH: digits for most letters', () => {
  it('every DPRK name with O I E A S T B written as digits is found; check never permits', () => {
    const leet: Record<string, string> = { O: '0', I: '1', E: '3', A: '4', S: '5', T: '7', B: '8' };
    const lost: string[] = [];
    for (const { ref, name } of dprkNames()) {
      const written = name.toUpperCase().replace(/[OIEASTB]/g, (c) => leet[c] ?? c);
      if (found(written, ref) === undefined) lost.push(written);
    }
    assert.deepEqual(lost, []);
    assert.notEqual(outcome('K0R34 M1N1NG D3V3L0PM3NT TR4D1NG C0RP0R4T10N', 'CN'), 'permitted');
    assert.equal(found('CH03 50NG 1L', 'KPi.014')?.band, 'match');
  });
  it('a number in a name stays a number', () => {
    for (const name of ['UNIT586 B52', 'Vessel 4B 12C', 'Flat 3A Block 7B']) assert.deepEqual(screenName(index, { name }), [], name);
  });
});

describe('evaluation 31, HIGH: to run into the name after a payment word; Choy', () => {
  it('TOFOREIGN TRADE BANK, TOMINISTRY OF NATIONAL DEFENCE are read; check never permits', () => {
    assert.ok(found('PAYMENT FOR INVOICE NO.367 TOFOREIGN TRADE BANK', 'KPe.047') !== undefined);
    assert.ok(found('PAYMENT FOR INVOICE NO.253 TOMINISTRY OF NATIONAL DEFENCE', 'KPe.054') !== undefined);
    assert.notEqual(outcome('PAYMENT FOR INVOICE NO.367 TOFOREIGN TRADE BANK'), 'permitted');
    assert.equal(outcome('PAYMENT TOWARDS INVOICE 12 ACME TRADING'), 'permitted');
  });
  it('Choy is an English spelling of Choe', () => {
    assert.equal(found('Choy HWI', 'KPi.042')?.band, 'match');
    assert.equal(found('Hwi Choy', 'KPi.042')?.band, 'match');
    assert.equal(found('Choy SONG IL', 'KPi.014')?.band, 'match');
  });
});

describe('re-test 32: what the fixes above left', () => {
  it('to, from or bnf run into a name of any length, with a colon, hyphen or slash or none, after any payment text', () => {
    for (const [name, ref] of [
      ['PAYMENT FOR INVOICE NO.367 TOKIM YONG CHOL', 'KPi.024'], ['PAYMENT FOR INVOICE NO.367 TORI WON HO', 'KPi.033'], ['WIRE TOSON JONG HYOK', 'KPi.031'],
      ['PAYMENT FOR INVOICE 7 TO:FOREIGN TRADE BANK', 'KPe.047'], ['PAYMENT FOR INVOICE 7 TO-JO YONG-WON', 'KPi.043'], ['INVOICE 5 TOHWANG SOK-HWA', 'KPi.003'],
      ['SETTLEMENT OF INVOICE 5 TOYUN HO-JIN', 'KPi.001'], ['WIRE BNFYUN HO-JIN', 'KPi.001'], ['PAYMENT FOR INVOICE 7 TOKIMYONGCHOL', 'KPi.024'],
      ['PAYMENT FOR INVOICE 7 TO KIMYONGCHOL', 'KPi.024'],
    ] as const) {
      assert.ok(found(name, ref) !== undefined, name);
      assert.notEqual(outcome(name, 'CN'), 'permitted', name);
    }
    for (const name of ['PAYMENT TOYOTA MOTOR', 'PAYMENT TOTAL USD 500', 'INVOICE TOKYO ELECTRON', 'PAYMENT TO HYUNDAIMOBIS']) assert.equal(outcome(name), 'permitted', name);
  });
  it('a slip into a word some listed name has (KI for KIM, BAN for BANK) counts too', () => {
    for (const [name, ref] of [['KI YONNG CHHOL', 'KPi.024'], ['CHHOE HI', 'KPi.042'], ['OK TEA UHN', 'KPi.025'], ['KORO BAN', 'KPe.045'], ['FOEIGN TRAZDE BAK', 'KPe.047'], ['KIMJ KU', 'KPi.022']] as const) {
      assert.ok(found(name, ref) !== undefined, name);
      assert.notEqual(outcome(name), 'permitted', name);
    }
  });
  it('digits with slips, Greek with NG as ΓΚ and J as ΝΤΖ, digits ending a word', () => {
    for (const [name, ref] of [['K0TY0 B4MK', 'KPe.045'], ['H4NB YU-RR0', 'KPi.005'], ['ΡΙ ΣΟΥ ΙΟΓΚ', 'KPi.052'], ['ντζο γιογκ-ουον', 'KPi.043'], ['χαν ντζαγκ συ', 'KPi.055'], ['YU CH01 U', 'KPi.028']] as const) {
      assert.ok(found(name, ref) !== undefined, name);
      assert.notEqual(outcome(name), 'permitted', name);
    }
  });
});

describe('security review 33, HIGH: a listed name after a document\'s or a payment\'s own text', () => {
  const TEMPLATES = ['B/L NO. COSU6243 CONSIGNED TO {}', 'SWIFT MT103 20:REF7781 59:{}', 'PAYMENT OF INVOICE 2025-114 DATED 12.05.2025 FOR {}', 'OUR REF 55/2025 GOODS DELIVERED TO {}', 'FREIGHT PREPAID NOTIFY PARTY {}', 'INV NO 2025/0612 {}', '{} ESQ.', 'PO# 44812 - MRS {}'];
  /** The name with its first word's middle two letters swapped (KOREA → KOERA), a slip a clerk makes. */
  const slipped = (name: string) => name.replace(/^(\S)(\S)(\S)/, '$1$3$2');
  it('the reviewer\'s examples, and a sample of the DPRK names in each template, exact and with a slip: never permitted', () => {
    for (const name of ['GOODS DELIVERED TO FOREIGN TRADE BANK', 'B/L NO. COSU6243 CONSIGNED TO MINISTRY OF NATIONAL DEFENCE', 'PAYMENT OF INVOICE 2025-114 DATED 12.05.2025 FOR OCEAN MARITIME MANAGEMENT COMPANY, LIMITED', 'INV NO 2025/0612 HYO KWANG IL', 'JO HOL SONG ESQ.']) {
      assert.notEqual(outcome(name, 'CN'), 'permitted', name);
    }
    const lost: string[] = [];
    dprkNames().filter((_n, i) => i % 6 === 0).forEach(({ name }, i) => {
      const t = TEMPLATES[i % TEMPLATES.length]!;
      for (const written of [name, slipped(name)]) if (outcome(t.replace('{}', written), 'CN') === 'permitted') lost.push(t.replace('{}', written));
    });
    assert.deepEqual(lost, []);
  });
  it('innocent names inside the same text are reviewed no more than bare, and never a match', () => {
    for (const name of ['Samsung Electronics Co Ltd', 'Kim Young-sam', 'Hyundai Merchant Marine', 'Lee Jae-myung', 'Bank of China', 'John Smith']) {
      const bare = screenName(index, { name }).length > 0;
      for (const t of TEMPLATES) {
        const r = screenName(index, { name: t.replace('{}', name) });
        assert.ok(!r.some((m) => m.band === 'match'), `${t} ${name}`);
        if (!bare) assert.deepEqual(r.map((m) => m.ref), [], `${t.replace('{}', name)}`);
      }
    }
  });
  it('MEDIUM: a letter written for one drawn like it (II for IL, V for U, Q for O) is possible; check reviews', () => {
    for (const [name, ref] of [['RI JAE II', 'KPi.051'], ['RYV JIN', 'KPi.027'], ['CHU HYQ’K', 'KPi.065']] as const) {
      assert.equal(found(name, ref)?.band, 'possible', name);
      assert.notEqual(outcome(name), 'permitted', name);
    }
  });
  it('a slip into real syllables only stays apart (HO CHOL SON is not JO CHOL SONG)', () => {
    assert.equal(found('HO CHOL SON', 'KPi.058'), undefined);
    assert.equal(found('HO CHOL-SON', 'KPi.058'), undefined);
  });
});

describe('re-test 35, HIGH: text after the name, and a document\'s fields on one line', () => {
  const TEMPLATES = [
    'SHIPPER: NINGBO OCEAN EXPORT CO  CONSIGNEE: {}  NOTIFY: SAME AS CONSIGNEE', 'REMIT TO {} ACCT 6222 0210 0112 3456 789 SWIFT CODE ICBKCNBJ',
    'WE HEREBY CONFIRM THAT OUR CUSTOMER {} HAS REQUESTED AMENDMENT OF THE CREDIT', 'L/C NO. LC-88213 APPLICANT: {}  BENEFICIARY: DALIAN HUAYANG TRADING CO., LTD',
    '/BNF/{}/ROC/PO77812', ':59:/40817810099910004312 {}  UL. PUSHKINSKAYA 12 VLADIVOSTOK', 'ACCORDING CONTRACT № 17/25 FROM 03.04.2025 RECEIVER {} WITHOUT VAT',
  ];
  it('the re-tester\'s examples and a sample of DPRK names in each template: never permitted', () => {
    for (const name of ['REMIT TO FOREIGN TRADE BANK ACCT 6222 0210 0112 3456 789 SWIFT CODE ICBKCNBJ', 'pay to the order of munitions industry department the sum of usd 48,500.00 only', '/BNF/RECONNAISSANCE GENERAL BUREAU/ROC/PO77812', 'COMMERCIAL INVOICE NO. CI-2025/0931  SOLD TO: JO YONG-WON  PAYMENT TERMS: T/T 30 DAYS', 'JO YONG-WON HAS REQUESTED AMENDMENT OF THE CREDIT']) {
      assert.notEqual(outcome(name, 'CN'), 'permitted', name);
    }
    const lost: string[] = [];
    dprkNames().filter((_n, i) => i % 7 === 3).forEach(({ name }, i) => {
      const written = TEMPLATES[i % TEMPLATES.length]!.replace('{}', name);
      if (outcome(written, 'CN') === 'permitted') lost.push(written);
    });
    assert.deepEqual(lost, []);
  });
  it('innocent names in the same text find what they find bare', () => {
    for (const name of ['Samsung Electronics Co Ltd', 'Hyundai Merchant Marine', 'Lee Jae-myung', 'John Smith', 'Bank of China']) {
      const bare = screenName(index, { name }).map((m) => m.ref).sort();
      for (const t of TEMPLATES) {
        const r = screenName(index, { name: t.replace('{}', name) });
        assert.ok(!r.some((m) => m.band === 'match'), `${t} ${name}`);
        if (bare.length === 0) assert.deepEqual(r.map((m) => m.ref), [], t.replace('{}', name));
      }
    }
  });
});
