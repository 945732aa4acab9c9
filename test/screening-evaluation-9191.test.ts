// Held-back evaluation 9191 (issue 17): listed parties `check` permitted inside what documents write around them. A
// listed body's name before "c/o" and an innocent company (PRO-GAIN GROUP CORPORATION c/o PACIFIC HARBOR LOGISTICS:
// its hyphenated word told it apart nowhere, and a part set apart by a role marker needed two words of substance);
// a SWIFT tag run onto the account line (:59:/2764032864 MOOYOKKBANK); a name holding a short number read up to it
// only (OFFICCE #39 101 BINJIANG RD, CHE 2 CHAYON KWAHAWON 8 SVETLANSKAYA ST); an address unit taking the name's last
// word with it (KOREA DAESING TRADING CORPORATION RM 1203 NATHAN RD); and, in a payment's purpose, a listed name with
// a hyphen written apart (YUN HO JIN), a body's one-word name (MOOYOKBANK), a person's whole name of three words
// (KIM KWANG IL). The innocent side is held beside each.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { namesInText } from '../src/screening/names-in-text.ts';
import { coreNames } from '../src/screening/party-labels.ts';
import { payment, v3Screener, type V3Screener } from './support/list-screeners.ts';

const law = loadLaw();
let index: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3: index, screenParty } = v3Screener());
});
const decide = (tx: Transaction) => evaluate(tx, law, { screenParty });
const refsOf = (tx: Transaction) => decide(tx).reasons.map((r) => r.matchedRef).filter((r) => r !== undefined);

describe('evaluation 9191, HIGH: listed parties inside document fields', () => {
  const CASES: [string, string][] = [
    ['PRO-GAIN GROUP CORPORATION c/o PACIFIC HARBOR LOGISTICS', 'KPe.071'],
    ['International Chemical Joint Venture Company c/o PACIFIC HARBOR LOGISTICS', 'KPe.039'],
    [':59:/2764032864 MOOYOKKBANK', 'KPe.047'],
    ['59:/2764032864 MOOYOKBANK', 'KPe.047'],
    ['2764032864 MOOYOKKBANK', 'KPe.047'],
    ['/609905253 OFFICCE #39 101 BINJIANG RD DANDONG CN', 'KPe.030'],
    ['/6017847512 OCFICE 39 45 JALAN BESAR SINGAPORE', 'KPe.030'],
    ['/64715185627 CHE 2 CHAYON KWAHAWON 8 SVETLANSKAYA ST VLADIVOSTOK', 'KPe.018'],
    ['Buyer: CHE 2 CHAYON KWAHAWON, RM 1203 NATHAN RD KOWLOON HK', 'KPe.018'],
    // DAESING is a syllable changed: the nearest of the DAESONG bodies.
    ['/1138798283 KOREA DAESING TRADING CORPORATION RM 1203 NATHAN RD KOWLOON HK', 'KPe.042'],
  ];
  it('each is reviewed or prohibited, naming the listed record', () => {
    for (const [name, ref] of CASES) {
      const d = decide(payment(name));
      assert.notEqual(d.outcome, 'permitted', name);
      assert.ok(d.reasons.some((r) => r.matchedRef === ref), `${name}: ${JSON.stringify(d.reasons.map((r) => r.matchedRef))}`);
    }
  });
  it('the name is read past a short number it may hold, and not past an address unit or a street', () => {
    assert.deepEqual(coreNames('/609905253 OFFICCE #39 101 BINJIANG RD DANDONG CN'), ['OFFICCE', 'OFFICCE #39']);
    assert.deepEqual(coreNames('/64715185627 CHE 2 CHAYON KWAHAWON 8 SVETLANSKAYA ST'), ['CHE', 'CHE 2 CHAYON KWAHAWON']);
    assert.deepEqual(coreNames('KOREA DAESING TRADING CORPORATION RM 1203 NATHAN RD'), ['KOREA DAESING TRADING CORPORATION']);
    assert.deepEqual(coreNames('KOMID 12 NANJING ROAD SHANGHAI'), ['KOMID', 'KOMID 12']);
    assert.deepEqual(coreNames('KOMID 1203 NANJING ROAD SHANGHAI'), ['KOMID'], 'a number of four digits is an address');
    assert.deepEqual(coreNames('KPA Unit 586 Pyongyang'), ['KPA Unit', 'KPA Unit 586'], 'the place after it is no name');
    assert.deepEqual(coreNames(':59:/2764032864 MOOYOKKBANK'), ['MOOYOKKBANK']);
  });
  it('innocent companies in the same fields stay permitted', () => {
    for (const name of [
      'PACIFIC HARBOR LOGISTICS c/o Golden Lotus Foods Sdn Bhd', ':59:/2764032864 HAMBURG ATLANTIC TRADING GMBH',
      '/609905253 SHENZHEN EVERGREEN GARMENTS CO LTD #39 101 BINJIANG RD DANDONG CN', '/1138798283 BANK OF COMMUNICATIONS RM 1203 NATHAN RD KOWLOON HK',
      'Buyer: Golden Lotus Foods Sdn Bhd, RM 1203 NATHAN RD KOWLOON HK', 'Office Depot Inc c/o Pacific Harbor Logistics',
    ]) assert.equal(decide(payment(name)).outcome, 'permitted', name);
  });
});

describe('evaluation 9191, MEDIUM: listed names in a payment\'s purpose', () => {
  it('a hyphenated name written apart, a body\'s one-word name and a person\'s whole name of three words are leads', () => {
    for (const [purpose, ref] of [
      ['/INV/2024-1 PAYMENT FOR YUN HO JIN GOODS', 'KPi.001'], ['/INV/2024-1 PAYMENT FOR PRO-GAIN GROUP CORPORATION GOODS', 'KPe.071'],
      ['PAYMENT FOR MOOYOKBANK GOODS', 'KPe.047'], ['PAYMENT FOR KIM KWANG IL GOODS', 'KPi.009'],
    ] as const) {
      const tx = payment('Hamburg Atlantic Trading GmbH', purpose);
      assert.equal(decide(tx).outcome, 'review', purpose);
      assert.ok(refsOf(tx).includes(ref), purpose);
    }
  });
  it('a narrative of common words or of another person\'s name finds nothing', () => {
    for (const text of ['payment for coal and insurance', 'Payment for John Michael Smith consulting', 'fees for KIM KWANG logistics', 'Kim and Lee trading invoice 7']) {
      assert.deepEqual(namesInText(index, text), [], text);
    }
    assert.equal(screenName(index, { name: 'Hamburg Atlantic Trading GmbH' }).length, 0);
  });
});
