// korean-v3: what a party field holds around and beside a listed name, as payments, invoices and bills of
// lading write it (a hostile new user's report, issue 17): many names in one string, every one screened.
// Each listed name is found (match or possible; check: prohibited or review), never a silent permitted.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { buildIndex, createPartyScreener, screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';

const law = loadLaw();
let index: ScreeningIndex;
let screenParty: ReturnType<typeof createPartyScreener>;
before(() => {
  index = buildIndex(loadUnList(), 'korean-v3');
  screenParty = createPartyScreener(index);
});

const found = (name: string, ref: string, extra: Record<string, string> = {}) => screenName(index, { name, ...extra }).find((m) => m.ref === ref);
const sale = (name: string, country = 'CN', extra: Record<string, string> = {}): Transaction => ({
  type: 'goods', date: '2024-03-01', from: 'CN', to: 'SG', goods: [{ hs: '8207.13', description: 'rock drilling tools' }],
  parties: [{ name, role: 'buyer', country, ...extra }],
});
const outcome = (name: string, country = 'CN', extra: Record<string, string> = {}) => evaluate(sale(name, country, extra), law, { screenParty }).outcome;
const CHINESE = ['Zhang Wei', 'Li Ming', 'Wang Hui', 'Chen Jie', 'Liu Yang', 'Zhao Lei', 'Sun Tao', 'Zhou Xun', 'Wu Fang', 'Gao Yan', 'Ma Jun', 'Hu Bo'];

describe('H23: a party string of many names: every one is screened', () => {
  it('the reviewer\'s nine names, the listed one last, and our variants (12 names, other separators, an entity last)', () => {
    assert.equal(found([...CHINESE.slice(0, 8), 'Pak Yong Sik'].join(', '), 'KPi.063')?.band, 'match');
    assert.equal(outcome([...CHINESE.slice(0, 8), 'Pak Yong Sik'].join(', ')), 'prohibited');
    assert.equal(outcome([...CHINESE, 'Pak Yong Sik (DPRK)'].join(', ')), 'prohibited');
    assert.equal(outcome(`${CHINESE.join('; ')}; KOMID`), 'prohibited');
    assert.equal(outcome(`${CHINESE.join(' / ')} / Korea Mining Development Trading Corporation`), 'prohibited');
    // Forty names, the listed one last: still found.
    const many = Array.from({ length: 40 }, (_, i) => `${CHINESE[i % CHINESE.length]!} ${String.fromCharCode(65 + (i % 26))}`);
    assert.ok(found(`${many.join(', ')}, Kim Yong Chol`, 'KPi.024') !== undefined);
  });

  it('many innocent names stay clean', () => {
    assert.equal(outcome(CHINESE.join(', ')), 'permitted');
  });
});

describe('H11, H21, H30, H29, H15: text around a name in a party field', () => {
  // [party string, ref] — the reviewer's and our own variants (other titles, labels, addresses, persons).
  const cases: [string, string][] = [
    ['General Kim Yong Chol', 'KPi.024'], ['Lt. Gen. Kim Yong Chol', 'KPi.024'], ['Gen. Kim Yong Chol', 'KPi.024'],
    ['Marshal Ri Yong Mu', 'KPi.053'], ['Vice Marshal Ri Yong Mu', 'KPi.053'], ['Comrade Pak Yong Sik', 'KPi.063'],
    ['Madam Kim Kyong Ok', 'KPi.045'], ['Director Kim Yong Chol', 'KPi.024'], ['Prof. Ri Je Son', 'KPi.002'], ['Dr. Ri Je Son', 'KPi.002'],
    ['H.E. Ri Su Yong', 'KPi.052'], ['Colonel General Kim Yong Chol', 'KPi.024'], ['Capt Pak Yong Sik', 'KPi.063'],
    ['DPRK Pak Yong Sik', 'KPi.063'], ['North Korean national Pak Yong Sik', 'KPi.063'], ['DPRK citizen PAK YONG SIK', 'KPi.063'],
    ['Mr Pak Yong Sik of the DPRK', 'KPi.063'], ['Kim Yong Chol of DPRK', 'KPi.024'], ['North Korean Kim Yong Chol', 'KPi.024'],
    ['Messrs. KOMID', 'KPe.001'], ['To: KOMID', 'KPe.001'], ['Consignee: KOMID', 'KPe.001'], ['Notify party: KOMID', 'KPe.001'],
    ['Beneficiary: Pak Yong Sik', 'KPi.063'], ['Shipper: Korea Ryonbong General Corp', 'KPe.002'], ['Attn Pak Yong Sik', 'KPi.063'],
    ['TO THE ORDER OF TANCHON COMMERCIAL BANK', 'KPe.003'], ['M/s Korea Mining Development Trading Corporation', 'KPe.001'],
    ['Buyer: Tanchon Commercial Bank', 'KPe.003'],
    ['/12345678 KOMID', 'KPe.001'], ['KOMID A/C 123456', 'KPe.001'], ['Acct 0012345 Pak Yong Sik', 'KPi.063'],
    ['1/KOMID 2/CENTRAL DISTRICT 3/KP/PYONGYANG', 'KPe.001'], ['1/PAK YONG SIK 2/PYONGYANG 3/KP/PYONGYANG', 'KPi.063'],
    ['/KP12345678 Korea Mining Development Trading Corporation', 'KPe.001'], ['/12345678 PAK YONG SIK', 'KPi.063'],
    ['Tanchon Commercial Bank SWIFT TCBKKPPY', 'KPe.003'], ['Tanchon Commercial Bank IBAN 12345', 'KPe.003'],
    ['Pak Yong Sik, DPRK', 'KPi.063'], ['Pak Yong Sik, North Korea', 'KPi.063'], ['Pak Yong Sik, Korea', 'KPi.063'],
    ['PAK YONG SIK / DPRK', 'KPi.063'], ['Pak Yong Sik DPRK national', 'KPi.063'], ['Kim Yong Chol, Pyongyang, DPRK', 'KPi.024'],
    ['Pak Yong Sik Pyongyang DPRK', 'KPi.063'], ['Pak Yong Sik, Pyongyang', 'KPi.063'],
    ['KOMID 12 NANJING ROAD SHANGHAI', 'KPe.001'], ['KOMID ROOM 1203 BLOCK B BEIJING', 'KPe.001'], ['KOMID CENTRAL DISTRICT PYONGYANG', 'KPe.001'],
    ['Tanchon Commercial Bank 12 Nanjing Road Shanghai', 'KPe.003'], ['TANCHON COMMERCIAL BANK SAEMUL 1-DONG PYONGCHON DISTRICT PYONGYANG', 'KPe.003'],
    ['Korea Kwangson Banking Corp No. 3 Jiangcheng Street Dandong', 'KPe.025'], ['Pak Yong Sik 12 Nanjing Road Shanghai', 'KPi.063'],
    ['Kim Yong Chol 88 Queens Road Central Hong Kong', 'KPi.024'], ['Korea Ryonbong General Corp Floor 3 Tower B Dalian', 'KPe.002'],
  ];

  it('each is a match, a person or entity named word for word inside what surrounds it', () => {
    for (const [name, ref] of cases) assert.equal(found(name, ref, { country: 'CN' })?.band, 'match', name);
  });

  it('check (party country CN) prohibits each, and a contradicting year no longer permits the held title (H11)', () => {
    for (const [name] of cases) assert.equal(outcome(name), 'prohibited', name);
    assert.notEqual(outcome('Gen. Kim Yong Chol', 'CN', { type: 'person', dob: '1985' }), 'permitted');
    assert.notEqual(outcome('Beneficiary: Pak Yong Sik', 'CN', { type: 'person', dob: '1990', nationality: 'RU' }), 'permitted');
  });

  it('a DPRK named in a party\'s name or address is a DPRK link (review), though no listed name is there', () => {
    for (const name of ['Zhang Wei, Pyongyang', 'Sunrise Trading, DPRK', '1/SUNRISE TRADING 2/MAIN STREET 3/KP/PYONGYANG', 'Zhang Wei of the DPRK']) {
      const d = evaluate(sale(name), law, { screenParty });
      assert.equal(d.outcome, 'review', name);
      assert.ok(d.reasons.some((r) => r.field === 'parties[0].name'), name);
    }
  });

  it('innocent strings with the same labels, titles and addresses stay clean', () => {
    for (const name of ['Consignee: Sunrise Logistics Pte Ltd', 'Dr. Zhang Wei', 'General Electric Company', 'Messrs. Wang Hui', '/12345678 Dalian Harbour Supplies Co',
      'Zhang Wei 12 Nanjing Road Shanghai', 'Director Li Ming', 'Beneficiary: Chen Jie, Shanghai', 'To: Hu Bo']) {
      assert.equal(outcome(name), 'permitted', name);
    }
  });
});

describe('H8, H26, H25: more separators, common-word names set apart, a Hangul name as a part', () => {
  const cases: [string, string][] = [
    ['Wang Li alias Pak Yong Sik', 'KPi.063'], ['Wang Li alias KOMID', 'KPe.001'], ['Wang Li alias Kim Yong Chol', 'KPi.024'],
    ['Dalian Sea Trading Co Ltd FFC Tanchon Commercial Bank', 'KPe.003'], ['Dalian Sea Trading Co Ltd for further credit to Tanchon Commercial Bank', 'KPe.003'],
    ['Dalian Sea Trading Co Ltd by order of Tanchon Commercial Bank', 'KPe.003'], ['Dalian Sea Trading Co Ltd account with Tanchon Commercial Bank', 'KPe.003'],
    ['Dalian Sea Trading Co Ltd via Tanchon Commercial Bank', 'KPe.003'], ['Dalian Sea Trading Co Ltd care of Tanchon Commercial Bank', 'KPe.003'],
    ['Dalian Sea Trading Co Ltd ultimate beneficiary KOMID', 'KPe.001'], ['Dalian Sea Trading Co Ltd agent of OMM', 'KPe.020'],
    ['Zhang Wei \u2105 Pak Yong Sik', 'KPi.063'], ['Zhang Wei C.O. Pak Yong Sik', 'KPi.063'], ['Zhang Wei in care of Pak Yong Sik', 'KPi.063'],
    ['Zhang Wei FBO Pak Yong Sik', 'KPi.063'], ['Zhang Wei for the benefit of Kim Yong Chol', 'KPi.024'], ['Zhang Wei nominee for Pak Yong Sik', 'KPi.063'],
    ['Zhang Wei trustee for KOMID', 'KPe.001'], ['Zhang Wei or Pak Yong Sik', 'KPi.063'], ['Zhang Wei and/or Kim Yong Chol', 'KPi.024'],
    ['Zhang Wei, 박영식', 'KPi.063'], ['Zhang Wei / 박영식', 'KPi.063'], ['Zhang Wei c/o 박영식', 'KPi.063'], ['박영식 c/o Zhang Wei', 'KPi.063'],
    ['张伟, 박영식', 'KPi.063'], ['Zhang Wei c/o 김영철', 'KPi.024'], ['Li Ming; 리제선', 'KPi.002'], ['대표 박영식', 'KPi.063'], ['박영식 선생', 'KPi.063'],
  ];
  it('each listed name is a match; check prohibits', () => {
    for (const [name, ref] of cases) {
      assert.equal(found(name, ref, { country: 'CN' })?.band, 'match', name);
      assert.equal(outcome(name), 'prohibited', name);
    }
  });

  it('a name of common words set apart by a role marker is tried alone: possible at least, check review', () => {
    for (const [name, ref] of [['Zhang Wei c/o Foreign Trade Bank', 'KPe.047'], ['Zhang Wei c/o Ocean Maritime Management Co Ltd', 'KPe.020'],
      ['Dalian Sea Trading Co Ltd c/o Ocean Maritime Management Co Ltd', 'KPe.020'], ['Li Ming FFC Foreign Trade Bank', 'KPe.047']] as const) {
      assert.ok(found(name, ref, { country: 'CN' }) !== undefined, name);
      assert.notEqual(outcome(name), 'permitted', name);
    }
  });

  it('innocent strings with the same separators stay clean', () => {
    for (const name of ['Zhang Wei or Li Ming', 'Shenzhen Bright Star Electronics Co Ltd FFC Sunrise Logistics Pte Ltd', 'Acme Trading Co Ltd c/o Bank of China', 'Wang Li alias Wang Hui', 'Zhang Wei c/o 김수현',
      'Zhang Wei via Standard Chartered Bank', 'Li Ming FBO Chen Jie']) {
      assert.equal(outcome(name), 'permitted', name);
    }
  });
});

describe('hostile review H26: names one after another with no separator: each is found, held at possible', () => {
  const cases: [string, string[]][] = [
    ['KIM SOK CHOL RI SU YONG', ['KPi.036', 'KPi.052']],
    ['Korea Mining Development Trading Corporation Tanchon Commercial Bank', ['KPe.001', 'KPe.003']],
    // Our variants: a typo in each name, short forms, a person after an entity, an innocent name first, three names.
    ['KIM SOK CHOLL RI SU YONGG', ['KPi.036', 'KPi.052']], ['Korea Mining Dev Trading Corpn Tanchon Comm Bank', ['KPe.001', 'KPe.003']],
    ['Tanchon Commercial Bank Pak Yong Sik', ['KPe.003', 'KPi.063']], ['Zhang Wei Li Ming Pak Yong Sik', ['KPi.063']],
    ['Pak Yong Sik Kim Yong Chol Ri Su Yong', ['KPi.063', 'KPi.024', 'KPi.052']],
  ];
  it('every listed name inside is a match or possible, and check never permits', () => {
    for (const [name, refs] of cases) {
      for (const ref of refs) assert.ok(found(name, ref, { country: 'CN' }) !== undefined, `${name}: ${ref}`);
      assert.notEqual(outcome(name), 'permitted', name);
    }
  });

  it('a run of words read as a name is held at possible, saying so; a name read whole keeps its match', () => {
    const m = found('KIM SOK CHOL RI SU YONG', 'KPi.052')!;
    assert.equal(m.band, 'possible');
    assert.ok(m.score < 0.85);
    assert.ok(m.explanation.some((e) => /held at possible: found in the words "ri su yong"/i.test(e.detail)), JSON.stringify(m.explanation));
    assert.equal(found('Pak Yong Sik', 'KPi.063')?.band, 'match');
    // A company carrying a listed person's name, once permitted: the name inside it is read, held at possible.
    assert.equal(outcome('Pak Yong Sik Trading Company Limited'), 'review');
  });

  it('long innocent strings stay clean', () => {
    for (const name of [CHINESE.join(' '), 'Acme Trading Company Limited Singapore', 'Shenzhen Bright Star Electronics Co Ltd Sunrise Logistics Pte Ltd',
      'Bank of China Limited Shanghai Branch Standard Chartered Bank']) {
      assert.equal(outcome(name), 'permitted', name);
    }
  });
});

describe('hostile review F7: a word or title before or after a listed initialism does not hide it', () => {
  it('NEW KOMID, MR. KOMID, THE KOMID, KOMID (NEW) and our variants are never permitted', () => {
    for (const name of ['NEW KOMID', 'MR. KOMID', 'THE KOMID', 'KOMID (NEW)', 'MESSRS KOMID NEW', 'Old KOMID', 'DR. KOMID', 'NEW OMM', 'KOMID HOLDINGS NEW']) {
      const ref = name.includes('OMM') ? 'KPe.020' : 'KPe.001';
      assert.ok(found(name, ref, { country: 'CN' }) !== undefined, name);
      assert.notEqual(outcome(name), 'permitted', name);
    }
  });

  it('a word that merely holds an initialism\'s letters finds nothing', () => {
    for (const name of ['New Komidex Ltd', 'Mr. Komi Dan', 'New Komi Dental']) assert.equal(outcome(name), 'permitted', name);
  });
});

describe('hostile review H17: initials for given names are read against the listed persons\' names', () => {
  it('the reviewer\'s names and our variants are possible (check: review) for the listed person', () => {
    for (const [name, ref] of [['Pak Y.S.', 'KPi.063'], ['Kim S. C.', 'KPi.036'], ['K. S. Chol', 'KPi.036'], ['Y.S. Pak', 'KPi.063'], ['Kim Y.C.', 'KPi.024'],
      ['PAK Y S', 'KPi.063'], ['Pak Yong S.', 'KPi.063'], ['P. Yong Sik', 'KPi.063'], ['Kim Y.-C.', 'KPi.024']] as const) {
      const m = found(name, ref, { country: 'CN' });
      assert.equal(m?.band, 'possible', name);
      assert.ok(m.explanation.some((e) => /read with its initials as the listed name's words/.test(e.detail)), name);
      assert.equal(outcome(name), 'review', name);
    }
  });

  it('initials never make a match; initials no listed person agrees with find nothing', () => {
    for (const name of ['Pak Y.S.', 'Kim S. C.', 'Kim Y.C.']) assert.ok(!screenName(index, { name }).some((m) => m.band === 'match'), name);
    for (const name of ['J. Smith', 'Zhang W.', 'Kim J. H.', 'Park J.', 'Pak Y.', 'Wang X. Y.', 'A. B. C.']) assert.equal(outcome(name), 'permitted', name);
  });
});

describe('free text before or after a name spelt otherwise than the list (held-back evaluation, issue 17)', () => {
  // Each once permitted: the front ("fees re") is no label coreName knows, and the name is not listed word for word.
  const cases: [string, string][] = [
    ['fees re Chonchongang shipping', 'KPe.022'], ['payment re Chonchongang Shipping Co', 'KPe.022'], ['invoice 2231 Chonchongang shipping', 'KPe.022'],
    ['Chonchongang Shipping Co fees', 'KPe.022'], ['pmt re Korea Ryonbong Gen Corp', 'KPe.002'], ['being payment for Ocean Maritime Mgmt', 'KPe.020'],
    ['freight charges Namchkhongan Trading Corp', 'KPe.004'], ['settlement of invoice Ryonbon General Corp', 'KPe.002'],
  ];
  it('each is found (match or possible) and check never permits', () => {
    for (const [name, ref] of cases) {
      assert.ok(found(name, ref, { country: 'CN' }) !== undefined, name);
      assert.notEqual(outcome(name), 'permitted', name);
    }
  });

  it('a tail read after front words is held at possible, saying which words came before', () => {
    const m = found('fees re Chonchongang shipping', 'KPe.022')!;
    assert.equal(m.band, 'possible');
    assert.ok(m.explanation.some((e) => /after "fees re"/.test(e.detail)), JSON.stringify(m.explanation));
  });

  it('a legal form written short does not stop the Russian system\'s reading (Chonchongang Shipping Co as without Co)', () => {
    assert.equal(found('Chonchongang Shipping Co', 'KPe.022')?.band, 'match');
    assert.equal(found('Chonchongang Shipping Co Ltd', 'KPe.022')?.band, 'match');
  });

  it('innocent parties with the same fronts stay clean', () => {
    for (const name of ['fees re Sunrise Logistics Pte Ltd', 'payment re Bank of China Shanghai Branch', 'invoice 2231 Dalian Harbour Supplies Co',
      'freight charges Zhang Wei', 'being payment for Acme Trading Co Ltd', 'settlement of invoice Standard Chartered Bank']) {
      assert.equal(outcome(name), 'permitted', name);
    }
  });
});
