// Held-back evaluation 19: listed parties `check` still permitted, by class. Each class is tested with the
// evaluation's examples and with variants of our own making (other listed names, other places, other words), and
// the innocents beside them stay where they were.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { evaluate, type CheckContext, type Transaction } from '../src/check/index.ts';
import { numberWordDigits } from '../src/check/misspelt-numbers.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { plainNgReading } from '../src/screening/kontsevich.ts';
import { vesselScreener } from '../src/app/vessel-screener.ts';
import { DesignatedVessels } from '../src/ships/designated-vessels.ts';
import { parseVesselList } from '../src/ships/vessel-list-csv.ts';
import { v3Screener } from './support/list-screeners.ts';

const law = loadLaw();
let v3: ScreeningIndex;
let ctx: CheckContext;
before(() => {
  const s = v3Screener();
  v3 = s.v3;
  const list = new DesignatedVessels(parseVesselList(readFileSync(path.join('examples', '1718-vessels-sample.csv'), 'utf8')), 'sample');
  ctx = { screenParty: s.screenParty, screenVessel: vesselScreener(list) };
});

/** A payment from SG to CN with the party an entity of Russia, as the evaluation's harness writes it. */
const payment = (name: string): Transaction => ({ type: 'financial', date: '2025-03-01', from: 'SG', to: 'CN', parties: [{ name, type: 'entity', country: 'RU' }] });
const narrative = (purpose: string): Transaction => ({ type: 'financial', date: '2025-03-01', from: 'SG', to: 'CN', purpose, parties: [{ name: 'Acme Trading Ltd', type: 'entity', country: 'SG' }] });
const best = (name: string, type?: 'entity') => screenName(v3, { name, ...(type !== undefined && { type }) })[0];

/** Each name with the listed record it must find, in either band, and `check` never permitting it. */
function found(cases: readonly (readonly [string, string])[]): void {
  for (const [name, ref] of cases) {
    const m = screenName(v3, { name, type: 'entity', country: 'RU' }).find((x) => x.ref === ref);
    assert.ok(m !== undefined, `${name}: ${ref} not found`);
    assert.notEqual(evaluate(payment(name), law, ctx).outcome, 'permitted', name);
  }
}

describe('held-back 19: an entity name split at the wrong place', () => {
  it('finds the listed entity (the evaluation\'s examples)', () => {
    found([['LYONGAKSANGEN. TRDG. CORPORATION', 'KPe.002'], ['N. KOREANKOTI CORP', 'KPe.067'], ['Ryon Hamachinery', 'KPe.016'], ['Man Sudaeart Studio', 'KPe.050']]);
  });
  it('finds other listed names split at other places', () => {
    found([['Tanch Oncommercial Bank', 'KPe.003'], ['Singwa Ngeconomics and Trading General Corporation', 'KPe.036'],
      ['Chonmyon Gshipping Co', 'KPe.056'], ['Hapjangang Shipping', 'KPe.058'], ['Korea Heungji Ntrading Company', 'KPe.011']]);
    assert.equal(best('Tanch Oncommercial Bank', 'entity')?.band, 'match');
    assert.equal(best('Singwa Ngeconomics and Trading General Corporation', 'entity')?.band, 'match');
  });
  it('N. and S. before Korea are North and South', () => {
    assert.equal(best('N. Koreanryonbong General Corp', 'entity')?.ref, 'KPe.002');
    assert.equal(best('S. Korea Trading Co', 'entity'), undefined);
  });
});

describe('held-back 19: a generic word mistyped beside a listed front\'s word', () => {
  it('finds the front (the evaluation\'s examples and ours)', () => {
    found([['Huaxin Shiping', 'KPe.059'], ['Chang An Shiping', 'KPe.055'], ['Leeder International', 'KPe.017'], ['Chang An Shpiping', 'KPe.055'],
      ['Huaxin Shippng', 'KPe.059'], ['Korea Kangbomg Trading', 'KPe.043']]);
  });
  it('a listed word read from one typing error is possible, never a match', () => {
    const m = best('Leeder International', 'entity');
    assert.equal(m?.band, 'possible');
  });
  it('a Chinese person named Shiping is no shipping company', () => {
    for (const name of ['Wang Shiping', 'Li Shiping']) assert.equal(screenName(v3, { name }).filter((m) => m.band === 'match').length, 0, name);
  });
});

describe('held-back 19: the Russian (Kontsevich) forms', () => {
  it('finds the listed names (the evaluation\'s examples)', () => {
    found([['Kanbon Trading Corporation', 'KPe.043'], ['Sinkvan Economics and Trading General Corporation', 'KPe.036']]);
    for (const [name, ref] of [['Kim Kyon Ir', 'KPi.067'], ['Kim Ton Myon', 'KPi.023'], ['Kan Ryon', 'KPi.020'], ['Kim Tonmyon', 'KPi.023']] as const) {
      assert.ok(screenName(v3, { name, type: 'entity', country: 'RU' }).some((m) => m.ref === ref), name);
      assert.ok(screenName(v3, { name }).some((m) => m.ref === ref), name);
      assert.notEqual(evaluate(payment(name), law, ctx).outcome, 'permitted', name);
    }
  });
  it('finds other names in the Russian system', () => {
    found([['Amnokkan Development Bank', 'KPe.009'], ['Sinkvan Trading', 'KPe.036']]);
    for (const [name, ref] of [['Kym Kyon Ir', 'KPi.067'], ['Pak Chun Ir', 'KPi.029']] as const) assert.ok(screenName(v3, { name }).some((m) => m.ref === ref), name);
  });
  it('a final n read as ng with no other sign is held at possible, and only where two n change', () => {
    assert.equal(best('Kan Ryon')?.band, 'possible');
    assert.equal(best('Kim Tonmyon')?.band, 'possible');
    assert.deepEqual(plainNgReading(['kan', 'ryon'], (w) => v3.table.isListed(w)), ['kang', 'ryong']);
    assert.equal(plainNgReading(['kim', 'jin', 'sok'], (w) => v3.table.isListed(w)), undefined);
  });
});

describe('held-back 19: free text in a payment\'s purpose', () => {
  it('reviews a listed body or ship named there (the evaluation\'s examples and ours)', () => {
    for (const purpose of ['payment to Ryon-bong', 'per order of Green Pine', 'rice on MV Petrel Eigth', 'transfer to Nam-chon-gang', 'fees for Sin-gwang',
      'per order of Kingly Won', 'charter hire MV Tong San Twoo', 'rice on MV Petrel Eihgt', 'settlement for Amrog-gang', 'payment to RYON-BONG']) {
      assert.equal(evaluate(narrative(purpose), law, ctx).outcome, 'review', purpose);
    }
  });
  it('leaves ordinary narratives alone', () => {
    for (const purpose of ['green pine needles', 'payment for Seoul-based Hana Bank', 'rice on MV Petrel None']) {
      assert.equal(evaluate(narrative(purpose), law, ctx).outcome, 'permitted', purpose);
    }
    // A person the narrative pays is read as a party's name is (held-back evaluation 4747): "Kim Yong" is reviewed
    // exactly when the party screener finds it near a listed name.
    const asParty = ctx.screenParty!({ name: 'Kim Yong' }).length > 0;
    assert.equal(evaluate(narrative('payment to Kim Yong'), law, ctx).outcome, asParty ? 'review' : 'permitted');
  });
  it('a number word one typing error off is its number; two numbers near is neither', () => {
    assert.deepEqual(['Eigth', 'EIGHTT', 'Twoo', 'Thre', 'Sevnth', 'None', 'Tow', 'Eight'].map(numberWordDigits), ['8', '8', '2', '3', '7', undefined, undefined, '8']);
  });
});
