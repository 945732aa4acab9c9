// korean-v3: bodies of the Workers' Party of Korea as the press writes them (hostile review H16): the party
// (WPK, KWP, the Workers' Party (of Korea), the Korean Workers' Party) and its Central Committee beside a listed
// department's name. The party's words held such a name at the possible band at best; read without them (and
// with the party in full, as the CENTRAL MILITARY COMMISSION's listed name has it) they are the listed body.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { workersPartyReadings } from '../src/screening/korea-names.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

/** The review's forms, then ours: each with the listed record. */
const PRESS: readonly (readonly [string, string])[] = [
  ['WPK Central Committee Munitions Industry Department', 'KPe.028'], ['Munitions Industry Department of the Workers\' Party', 'KPe.028'],
  ['KWP Propaganda and Agitation Dept', 'KPe.053'], ['Organization and Guidance Department', 'KPe.052'],
  ['Munitions Industry Department of the Workers\' Party of Korea', 'KPe.028'], ['Munitions Industry Department of the WPK CC', 'KPe.028'],
  ['Propaganda and Agitation Department of the WPK Central Committee', 'KPe.053'], ['WPK Organization and Guidance Department', 'KPe.052'],
  ['Organization and Guidance Department of the Korean Workers\' Party', 'KPe.052'], ['WPK Central Military Commission', 'KPe.051'],
  ['Central Military Commission of the WPK', 'KPe.051'], ['KWP Central Military Commission', 'KPe.051'],
  ['Bureau 39 of the Workers\' Party of Korea', 'KPe.030'], ['WPK Central Committee Office 39', 'KPe.030'],
];

describe('korean-v3: Workers\' Party of Korea bodies as the press writes them', () => {
  it('each is a match for the listed body', () => {
    for (const [name, ref] of PRESS) assert.equal(screenName(v3, { name }).find((m) => m.ref === ref)?.band, 'match', name);
  });

  it('check prohibits such a party, and reviews it with another country', () => {
    const law = loadLaw();
    const pay = (name: string, country?: string): Transaction => ({ type: 'financial', date: '2020-01-01', from: 'AE', to: 'MY', parties: [{ name, type: 'entity', ...(country !== undefined && { country }) }] } as Transaction);
    for (const [name] of PRESS) {
      assert.equal(evaluate(pay(name), law, { screenParty }).outcome, 'prohibited', name);
      assert.notEqual(evaluate(pay(name, 'CN'), law, { screenParty }).outcome, 'permitted', name);
    }
  });

  it('reads the party out and in full; another country\'s workers\' party is left as written', () => {
    assert.deepEqual(workersPartyReadings(['wpk', 'central', 'committee', 'munitions', 'industry', 'department']), [
      ['munitions', 'industry', 'department'], ['workers', 'party', 'of', 'korea', 'munitions', 'industry', 'department'],
    ]);
    assert.deepEqual(workersPartyReadings(['munitions', 'industry', 'department', 'of', 'the', 'workers', 'party']), [['munitions', 'industry', 'department'], ['munitions', 'industry', 'department', 'of', 'the', 'workers', 'party', 'of', 'korea']]);
    assert.deepEqual(workersPartyReadings(['propaganda', 'department', 'of', 'the', 'workers', 'party', 'of', 'brazil']), []);
    assert.deepEqual(workersPartyReadings(['korea', 'mining', 'development']), []);
    assert.deepEqual(screenName(v3, { name: 'Propaganda Department of the Workers\' Party of Brazil' }), []);
  });
});
