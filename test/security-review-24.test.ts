// Security review 24: a vessel's name was read by a weaker decoder than a party's (CH=D4N MA SAN, CH&#212N MA SAN,
// PETREL &#56 were permitted: HIGH-A); a percent byte windows-1252 leaves undefined (%9D) and a reference beyond
// Unicode (&#x110000;) left a listed name unread (MEDIUM-A); one long string of escapes was read in one go, holding
// the event loop (MEDIUM-B). And the held-back evaluation's pinyin "huan" for 煥 (hwan). Review 25: a character by its
// Unicode name (K\N{LATIN CAPITAL LETTER O}MID) was left unread and permitted; a long field name was read in one go.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { vesselScreener } from '../src/app/vessel-screener.ts';
import { evaluate, parseTransaction, type CheckContext } from '../src/check/index.ts';
import { escapeReadings, readingBudget } from '../src/io/escape-reader.ts';
import { findBadTextSliced, textReasonWithin } from '../src/io/text-guard.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { DesignatedVessels } from '../src/ships/designated-vessels.ts';
import { parseVesselList } from '../src/ships/vessel-list-csv.ts';
import { v3Screener } from './support/list-screeners.ts';

const law = loadLaw();
let v3: ScreeningIndex;
let screenParty: ReturnType<typeof v3Screener>['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

describe('review 24: a vessel\'s name is read as a party\'s is', () => {
  const list = new DesignatedVessels(parseVesselList(readFileSync(path.join('examples', '1718-vessels-sample.csv'), 'utf8')), 'sample');
  const ctx: CheckContext = { screenVessel: vesselScreener(list) };
  const carried = (name: string) => evaluate(parseTransaction({ id: 't', type: 'goods', date: '2019-03-01', from: 'CN', to: 'VN', goods: [{ hs: '6203.42', description: 'cotton trousers' }], vessels: [{ name, flag: 'PA' }] }, 'test'), law, ctx);
  it('every escape syntax the party reader reads finds the listed vessel', () => {
    for (const name of [
      'CH=D4N MA SAN', 'CH=d4N MA SAN', 'CH&#212N MA SAN', 'CH&#xD4N MA SAN', 'PETREL &#56', 'TONG SAN &#50', 'CH&#x00000D4;N MA SAN', 'CH&#00000212;N MA SAN',
      'PETREL&#x0000000038;', 'CH&amp;amp;amp;Ocirc;N MA SAN', 'CH%25252525D4N MA SAN', 'CH\\xD4N MA SAN', 'CH\\u{D4}N MA SAN', 'CHON\\x20MA SAN', 'CHON\\040MA SAN', 'CHON+ACA-MA SAN',
    ]) assert.equal(carried(name).outcome, 'prohibited', name);
    assert.equal(carried('OCEAN BREEZE').outcome, 'permitted');
  });
});

describe('review 24: bytes windows-1252 leaves undefined, references beyond Unicode', () => {
  it('a percent byte 81 8D 8F 90 9D is the C1 control a browser shows, refused as the control is', async () => {
    for (const s of ['KO%9DMID', 'Tanch%81on Commercial Bank', 'PAK Y%90ONG SIK', 'CH%8FON MA SAN']) {
      const bad = await findBadTextSliced({ name: s }, '', textReasonWithin(readingBudget()));
      assert.match(bad?.message ?? '', /control character U\+00(81|8D|8F|90|9D)/, s);
    }
    assert.equal(await findBadTextSliced({ note: 'score=90, 50% off' }, '', textReasonWithin(readingBudget())), undefined);
  });
  it('a quoted-printable one left in a name, or a reference beyond Unicode, is reviewed', () => {
    for (const name of ['Tanch=9Don Commercial Bank', 'Tanch&#x110000;on Commercial Bank']) {
      const d = evaluate(parseTransaction({ id: 'p', type: 'financial', date: '2025-03-01', from: 'SG', to: 'CN', parties: [{ name }] }, 'test'), law, { screenParty });
      assert.notEqual(d.outcome, 'permitted', name);
    }
    assert.equal(escapeReadings('A&#x110000;B').readings.at(-1), 'A\ufffdB');
  });
});

describe('review 24: a long string is read in pieces', () => {
  const reason = () => textReasonWithin(readingBudget());
  it('an encoded control anywhere in a long string is found, across the pieces\' seams', async () => {
    for (const at of [0, 16_380, 16_384, 40_000, 99_990]) {
      const s = `${'a'.repeat(at)}&#x202E;${'b'.repeat(100_000 - at)}`;
      assert.match((await findBadTextSliced({ note: s }, '', reason()))?.message ?? '', /U\+202E/, String(at));
    }
  });
  it('a surrogate pair on a seam is no lone surrogate; escapes of letters pass', async () => {
    for (const at of [16_383, 16_384, 32_767]) {
      const s = `${'a'.repeat(at)}😀${'b'.repeat(50_000)}`;
      assert.equal(await findBadTextSliced({ note: s }, '', reason()), undefined, String(at));
    }
    assert.equal(await findBadTextSliced({ note: '&#65;'.repeat(20_000) }, '', reason()), undefined);
  });
  it('a body of many keys is read with the loop given back, the bad one still named', async () => {
    const body: Record<string, string> = {};
    for (let i = 0; i < 5_000; i++) body[`k${i}`] = 'x';
    body['k\u202e'] = 'y';
    assert.match((await findBadTextSliced(body, '', reason()))?.message ?? '', /field name/);
  });
});

describe('held-back evaluation: 煥 read in pinyin as huan', () => {
  it('Wen Jinghuan, Li Chunhuan are possible for MUN KYONG HWAN, RI CHUN HWAN', () => {
    for (const [name, listed] of [['Wen Jinghuan', 'MUN KYONG HWAN'], ['Li Chunhuan', 'RI CHUN HWAN']] as const) {
      assert.ok(screenName(v3, { name }).some((m) => m.name.toUpperCase() === listed), name);
    }
  });
});

describe('review 24: a person\'s name cut a letter off its syllables', () => {
  it('KIM KWA NGIL, PAK YON GSIK are found whole; names whose pieces are syllables stay as they were', () => {
    for (const [name, ref] of [['KIM KWA NGIL', 'KPi.009'], ['PAK YON GSIK', 'KPi.063'], ['Ri Yon Gsik', undefined]] as const) {
      const top = screenName(v3, { name })[0];
      if (ref === undefined) assert.notEqual(top?.band, 'match', name);
      else assert.deepEqual([top?.ref.trim(), top?.band], [ref, 'match'], name);
    }
    for (const name of ['Ann Gela Smith', 'Jo Hn Smith', 'Kim Kwa']) assert.equal(screenName(v3, { name }).filter((m) => m.band === 'match').length, 0, name);
  });
});

describe('review 25: a character by its Unicode name; a long field name', () => {
  const party = (name: string) => evaluate(parseTransaction({ id: 'p', type: 'financial', date: '2025-03-01', from: 'SG', to: 'CN', parties: [{ name }] }, 'test'), law, { screenParty });
  it('a Latin letter, digit, space or invisible character by name is read; any other name is reviewed', () => {
    for (const name of ['K\\N{LATIN CAPITAL LETTER O}MID', 'Tanch\\N{LATIN SMALL LETTER O WITH CIRCUMFLEX}n Commercial Bank', 'KO\\N{ZERO WIDTH SPACE}MID',
      'K\\N{FULLWIDTH LATIN CAPITAL LETTER O}MID', 'KO\\N{SOFT HYPHEN}MID', 'PAK\\N{SPACE}YONG SIK', 'PAK\\N{NO-BREAK SPACE}YONG SIK']) {
      assert.equal(party(name).outcome, 'prohibited', name);
    }
    for (const name of ['K\\N{CYRILLIC CAPITAL LETTER O}MID', 'KO\\N{SOME MADE UP NAME}MID']) assert.notEqual(party(name).outcome, 'permitted', name);
    assert.equal(party('Acme\\N{SPACE}Ltd').outcome, 'permitted');
    // Padded past any fixed length (Perl's loose names): read, and a name left unread at any length is reviewed (review 26).
    assert.equal(party(`K\\N{LATIN CAPITAL LETTER O${' '.repeat(50)}}MID`).outcome, 'prohibited');
    assert.equal(party(`K\\N{${'_'.repeat(70)}LATIN_CAPITAL_LETTER_O}MID`).outcome, 'prohibited');
    assert.notEqual(party(`KO\\N{${'x'.repeat(900)}}MID`).outcome, 'permitted');
    assert.equal(escapeReadings('\\N{DIGIT EIGHT}\\N{LATIN SMALL LETTER E WITH ACUTE}').readings.at(-1), '8é');
  });
  it('a long field name of escapes is read in pieces and named by its start', async () => {
    const key = `${'a'.repeat(40_000)}&#x202E;`;
    const bad = await findBadTextSliced({ [key]: 1 }, '', textReasonWithin(readingBudget()));
    assert.match(bad?.message ?? '', /U\+202E/);
    assert.ok((bad?.message.length ?? 0) < 1_000, 'the key is quoted by its start');
    assert.equal(await findBadTextSliced({ ['&#65;'.repeat(10_000)]: 1 }, '', textReasonWithin(readingBudget())), undefined);
  });
});
