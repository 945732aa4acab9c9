// Security review 18, R18-4: free text missed a listed body named by its own word alone ("payment to Ryonbong"),
// a listed name with a digit glued to a word ("TANCHON1 COMMERCIAL BANK"), and a listed vessel's number written
// as a word ("PETREL EIGHT"). Each is review naming the field and the listed record; innocent narratives and
// organisations stay as they were (the innocent organisations of the screening bench, in a purpose: 1 of 97
// reviewed, Daedong Industrial, which the party screener also finds possible as a party's name).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { evaluate, parseTransaction, type CheckContext } from '../src/check/index.ts';
import { distinctiveCandidates, textReadings } from '../src/check/free-text-readings.ts';
import { loadLaw } from '../src/law/index.ts';
import { buildIndex, createPartyScreener } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';
import { DesignatedVessels } from '../src/ships/designated-vessels.ts';
import { parseVesselList } from '../src/ships/vessel-list-csv.ts';
import { vesselScreener } from '../src/app/vessel-screener.ts';

const law = loadLaw();
let ctx: CheckContext;
before(() => {
  ctx = { screenParty: createPartyScreener(buildIndex(loadUnList())) };
});
const pay = (purpose: string, c: CheckContext = ctx) => evaluate({ id: 'p', type: 'financial', date: '2024-03-01', from: 'DE', to: 'SG', purpose }, law, c);
const refs = (purpose: string): string[] => pay(purpose).reasons.filter((r) => r.field === 'purpose' && r.matchedRef !== undefined).map((r) => r.matchedRef!);

describe('free text: a listed body by its own word alone, or with a digit glued on (R18-4)', () => {
  it('is review naming the purpose and the listed body', () => {
    const cases: [string, string][] = [
      ['payment to Ryonbong', 'KPe.002'], ['PAYMENT TO RYONBONG', 'KPe.002'], ['Payment Ryonbong invoice 7', 'KPe.002'], ['fees, Ryonbong Trading Co', 'KPe.002'],
      ['payment to Tanchon', 'KPe.003'], ['TANCHON1 COMMERCIAL BANK', 'KPe.003'], ['via Tanchon1 Commercial Bank', 'KPe.003'],
      ['payment via 2Tanchon Commercial Bank', 'KPe.003'], ['TAN1CHON COMMERCIAL BANK', 'KPe.003'],
    ];
    for (const [purpose, ref] of cases) {
      const d = pay(purpose);
      assert.equal(d.outcome, 'review', purpose);
      const r = d.reasons.find((x) => x.field === 'purpose' && x.matchedRef === ref);
      assert.ok(r !== undefined, `${purpose}: ${ref}`);
      assert.equal(r.effect, 'requires-review');
    }
    assert.match(pay('payment to Ryonbong').reasons.find((r) => r.matchedRef === 'KPe.002')!.summary, /the word "Ryonbong", the listed name's own, stands in it alone/);
  });

  it('an innocent narrative, and an organisation that only shares a word, find nothing', () => {
    for (const purpose of ['Koryo Tours booking', 'payment to Samsung for services', 'payment to Dalian Port', 'refund Singapore Limited', 'Payment for invoice 2024 to Acme Trading Limited',
      'Korea Development Bank loan', 'National Insurance Company Limited premium', 'Ministry of National Defense of the Republic of Korea', 'Mirae Asset Financial Group fees']) {
      assert.deepEqual(refs(purpose), [], purpose);
    }
  });

  it('the innocent organisations of the screening bench, in a purpose, stay within the party screener\'s own view', () => {
    const orgs = (JSON.parse(readFileSync(path.join('bench', 'screening', 'data', 'innocent-organisations.json'), 'utf8')) as { organisations: { name: string }[] }).organisations;
    const reviewed = orgs.filter((o) => refs(`payment to ${o.name} for services`).length > 0).map((o) => o.name);
    // Each reviewed one is at least possible as a party's name too: the free text adds no lead the screener would not
    // (the name after "payment to" is read as a party's name: held-back evaluation 4747).
    for (const name of reviewed) assert.ok(ctx.screenParty!({ name }).length > 0, name);
    const asParties = orgs.filter((o) => ctx.screenParty!({ name: o.name }).length > 0).length;
    assert.ok(reviewed.length <= asParties, `${reviewed.length} reviewed in a purpose, ${asParties} as parties`);
  });

  it('the readings and the candidates', () => {
    assert.ok(textReadings('TANCHON1 COMMERCIAL BANK').includes('TANCHON COMMERCIAL BANK'));
    assert.deepEqual(textReadings('plain text'), ['plain text']);
    assert.deepEqual(distinctiveCandidates('payment to Ryonbong for invoice').map((c) => c.word), ['Ryonbong']);
    assert.deepEqual(distinctiveCandidates('Koryo Tours booking'), [{ word: 'Koryo', run: 'Koryo Tours' }]);
    assert.deepEqual(distinctiveCandidates('Payment Invoice Freight Charges'), []);
  });
});

describe('free text and vessels[]: a listed vessel\'s number written as a word (R18-4)', () => {
  const list = new DesignatedVessels(parseVesselList(readFileSync(path.join('examples', '1718-vessels-sample.csv'), 'utf8')), 'sample');
  const vctx: CheckContext = { screenVessel: vesselScreener(list) };
  const tx = (purpose: string, vessel?: string) =>
    evaluate(parseTransaction({ id: 'v', type: 'financial', date: '2024-03-01', from: 'CN', to: 'SG', purpose, ...(vessel !== undefined && { vessels: [{ name: vessel }] }) }, 'test'), law, vctx);

  it('is review naming the field and the vessel', () => {
    for (const [purpose, imo] of [['charter hire PETREL EIGHT', '9562233'], ['hire PETREL EIGHTH', '9562233'], ['freight TONG SAN TWO', '8937675'],
      ['freight M/V TONG SAN NO. TWO', '8937675'], ['charter hire Petrel Eight', '9562233']] as const) {
      const d = tx(purpose);
      assert.equal(d.outcome, 'review', purpose);
      assert.ok(d.reasons.some((r) => r.field === 'purpose' && r.matchedRef === `IMO ${imo}`), purpose);
    }
    for (const name of ['PETREL EIGHT', 'NEW PETREL EIGHT', 'PETREL EIGHTH']) {
      const d = tx('charter hire', name);
      assert.ok(d.reasons.some((r) => r.field?.startsWith('vessels[0]') === true && r.matchedRef === 'IMO 9562233'), name);
    }
  });

  it('a number word in an innocent narrative finds nothing', () => {
    for (const purpose of ['more than eight vessels', 'two containers of steel, one pallet', 'first instalment of twenty']) {
      assert.ok(!tx(purpose).reasons.some((r) => r.matchedRef?.startsWith('IMO ')), purpose);
    }
  });
});
