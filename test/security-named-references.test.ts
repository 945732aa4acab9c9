// Security review 23, HIGH-1: a listed name written with HTML *named* character references (&ocirc;, &Ouml;,
// &ZeroWidthSpace;, &NoBreak;, &it;, &Kopf;…) or a Latin-1 percent byte (Tanch%F4n) was permitted by check, opened
// no alert and missed the vessels list, while the numeric forms (&#212; %C3%94) were found. Both readers (the escape
// reader screening and the text gate read, and the web reading of the vessels list) now know the whole HTML5 table
// and read a %XX run that is no UTF-8 as Latin-1 (windows-1252); a name that still holds a named reference no
// table knows is reviewed (fail closed).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { vesselScreener } from '../src/app/vessel-screener.ts';
import { evaluate, parseTransaction, type CheckContext } from '../src/check/index.ts';
import { escapeReadings } from '../src/io/escape-reader.ts';
import { disguisedWord, undecodedReference } from '../src/io/look-alikes.ts';
import { decodeWebText } from '../src/io/web-encoding.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { DesignatedVessels } from '../src/ships/designated-vessels.ts';
import { parseVesselList } from '../src/ships/vessel-list-csv.ts';
import { paymentTo, v3Screener } from './support/list-screeners.ts';

const law = loadLaw();
let v3: ScreeningIndex;
let screenParty: ReturnType<typeof v3Screener>['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});
const payment = paymentTo;

/** [written, listed ref]: KPe.003 Tanchon Commercial Bank, KPi.063 PAK YONG SIK, KPe.001 KOMID. */
const NAMED: readonly (readonly [string, string])[] = [
  ['Tanch&ocirc;n Commercial Bank', 'KPe.003'], ['Tanch&ocirc;n Commercial Bank'.toUpperCase(), 'KPe.003'], ['Tanch&ocircn Commercial Bank', 'KPe.003'],
  ['PAK Y&Ouml;NG SIK', 'KPi.063'], ['PAK YO&ZeroWidthSpace;NG SIK', 'KPi.063'], ['PAK&NoBreak;YONG SIK', 'KPi.063'],
  ['PAK YO&NoBreak;NG SIK', 'KPi.063'], ['P&it;AK YONG SIK', 'KPi.063'], ['PAK YO&ic;NG SIK', 'KPi.063'], ['PAK Y&af;ONG SIK', 'KPi.063'],
  ['PAK YO&InvisibleTimes;NG SIK', 'KPi.063'], ['PAK YO&NegativeThinSpace;NG SIK', 'KPi.063'], ['PAK YO&amp;ZeroWidthSpace;NG SIK', 'KPi.063'],
  ['&Kopf;&Oopf;&Mopf;&Iopf;&Dopf;', 'KPe.001'], ['Tanch%F4n Commercial Bank', 'KPe.003'], ['PAK Y%D4NG SIK', 'KPi.063'], ['PAK Y%25D6NG SIK', 'KPi.063'],
];

describe('named references and Latin-1 bytes are read as a page shows them', () => {
  it('the escape reader and the web reading know the whole HTML5 table and Latin-1 bytes', () => {
    for (const [written, shown] of [['Tanch&ocirc;n', 'Tanchôn'], ['Y&Ouml;NG', 'YÖNG'], ['&Kopf;&Dscr;', '𝕂𝒟'], ['caf&eacute', 'café'], ['Tanch%F4n', 'Tanchôn'], ['CH%D4N', 'CHÔN']]) {
      assert.equal(escapeReadings(written!).readings.at(-1), shown, written);
      assert.equal(decodeWebText(written!), shown, written);
    }
    // A byte windows-1252 leaves undefined names nothing: "score=90" holds no encoded control.
    assert.deepEqual(escapeReadings('score=90').readings, []);
  });

  for (const [name, ref] of NAMED) {
    it(`${name} is found as ${ref} and check prohibits it`, () => {
      assert.equal(screenName(v3, { name }).find((m) => m.ref.trim() === ref)?.band, 'match', name);
      assert.equal(evaluate(payment(name), law, { screenParty }).outcome, 'prohibited', name);
    });
  }

  it('innocents written with references stay apart', () => {
    for (const name of ['Caf&eacute; Nordsee GmbH', 'Smith &amp; Sons Ltd', 'AT&amp;T Inc', 'M&uuml;ller Logistik AG', 'Soci%E9t%E9 G%E9n%E9rale']) {
      assert.deepEqual(screenName(v3, { name }).map((m) => m.ref), [], name);
      assert.equal(evaluate(payment(name), law, { screenParty }).outcome, 'permitted', name);
    }
  });
});

describe('a named reference no table reads is reviewed (fail closed)', () => {
  it('a party name is review naming the reference', () => {
    for (const [name, ref] of [['Harbour&Gamble; Trading', '&Gamble;'], ['PAK YO&Zerowidthspaces;NG SIK', '&Zerowidthspaces;'], ['Nordsee &amp;Foo; GmbH', '&amp;Foo;']] as const) {
      assert.equal(undecodedReference(name), ref === '&amp;Foo;' ? '&Foo;' : ref, name);
      assert.equal(disguisedWord(name)?.why, 'mixed', name);
      const d = evaluate(payment(name), law, { screenParty });
      assert.notEqual(d.outcome, 'permitted', name);
      assert.ok(d.reasons.some((r) => r.field === 'parties[0].name' && /character reference/.test(r.summary)), JSON.stringify(d.reasons.map((r) => r.summary)));
    }
  });
  it('a name with its references all read, or none, is not reviewed for them', () => {
    for (const name of ['Smith &amp; Sons', 'AT&T', 'R&D Labs', 'Tom & Jerry Ltd']) assert.equal(undecodedReference(name), undefined, name);
  });
});

describe('a listed vessel written with a named reference or a Latin-1 byte (CHON MA SAN)', () => {
  const list = new DesignatedVessels(parseVesselList(readFileSync(path.join('examples', '1718-vessels-sample.csv'), 'utf8')), 'sample');
  const vctx: CheckContext = { screenVessel: vesselScreener(list) };
  const transfer = (name: string) => evaluate(parseTransaction({ id: 'v', type: 'financial', date: '2024-03-01', from: 'CN', to: 'SG', purpose: 'freight', vessels: [{ name }] }, 'test'), law, vctx);
  it('is found on the vessels list and check does not permit it', () => {
    for (const name of ['CH%D4N MA SAN', 'CH&Ocirc;N MA SAN', 'CH&ocirc;N MA SAN', 'CHO&ZeroWidthSpace;N MA SAN', 'CH%C3%94N MA SAN']) {
      const d = transfer(name);
      assert.notEqual(d.outcome, 'permitted', name);
      assert.ok(d.reasons.some((r) => r.field?.startsWith('vessels[0]') && /CHON MA SAN|8660313/.test(r.summary)), `${name}: ${JSON.stringify(d.reasons.map((r) => r.summary))}`);
    }
  });
  it('a vessel name holding a reference no table reads is reviewed', () => {
    const d = transfer('SEA&Gamble; STAR');
    assert.notEqual(d.outcome, 'permitted');
    assert.ok(d.reasons.some((r) => r.field === 'vessels[0].name' && /character reference/.test(r.summary)), JSON.stringify(d.reasons.map((r) => r.summary)));
  });
});
