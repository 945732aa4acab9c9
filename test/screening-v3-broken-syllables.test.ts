// korean-v3 (security review): a syllable broken inside by a separator (space, hyphen, dot, apostrophe) or by
// a digit, at any point of the syllable: right after its first letter ("C hol", "M.yong", "H-wi"), later
// ("Cho l", "Yo.ng"), or a digit anywhere ("C5hol", "Ky7ong", "Ch9ol"). The listed person is found (match or
// possible), and check never permits the party.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { segmentSyllables } from '../src/screening/normalize/syllables.ts';
import { rareSpellingCorrections } from '../src/screening/normalize/typo-correction.ts';
import { brokenSyllableReadings } from '../src/screening/syllable-fragments.ts';
import { cutLetterReading } from '../src/screening/cut-readings.ts';
import { scratch } from './support/cli-harness.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

/** Each written with one syllable broken, the separator and where it stands, and the record it stands for. */
const BROKEN: readonly (readonly [string, string])[] = [
  // space
  ['Kim Song C hol', 'KPi.030'], ['Pak M un Il', 'KPi.079'], ['Kang R yong', 'KPi.020'], ['Ri Su Y ong', 'KPi.052'],
  ['Kim Kyo ng Il', 'KPi.067'], ['Son Jo ng Hyok', 'KPi.031'], ['Ri Pyong Chu l', 'KPi.076'],
  // hyphen
  ['Kim K-yu', 'KPi.022'], ['Choe H-wi', 'KPi.042'], ['Jang S-ong Nam', 'KPi.057'], ['Ri Chun-H-wan', 'KPi.074'],
  ['Kim Ky-ong Ok', 'KPi.045'], ['Pae Wo-n Uk', 'KPi.072'],
  // dot
  ['Jang Song C.hol', 'KPi.056'], ['Ku Ja H.yong', 'KPi.070'], ['K.ang Chol Su', 'KPi.059'], ['Ri Won H.o', 'KPi.033'],
  ['Kim Nam U.ng', 'KPi.061'], ['Mun Kyong Hwa.n', 'KPi.071'],
  // apostrophe
  ["Kim Mun C'hol", 'KPi.060'], ["Ri Yong M'u", 'KPi.053'], ["Jang Yong So'n", 'KPi.017'],
  // a digit: dropped, or drawn like a letter
  ['Kim Yong C5hol', 'KPi.024'], ['Kim Tong Ch9ol', 'KPi.068'], ['Ra Ky7ong-Su', 'KPi.008'], ['K2im Se Gon', 'KPi.032'],
  ['Jang Bo8m Su', 'KPi.016'], ['Kim Chol Sa3m', 'KPi.035'], ['Pak Yong Si6k', 'KPi.063'], ['Ri Man Go0n', 'KPi.026'],
  ['Min Byong Cho1l', 'KPi.047'], ['Pak Ha9n Se', 'KPi.049'], ['Ri Chun So4ng', 'KPi.075'], ['Pak Il Ky2u', 'KPi.062'],
];

const sale = (name: string): Transaction => ({
  type: 'goods', date: '2025-06-01', from: 'CN', to: 'MY', goods: [{ hs: '8471.30', description: 'laptop computers' }],
  parties: [{ name, type: 'person', nationality: 'KP' }],
});

describe('korean-v3: a syllable broken by a separator or a digit is found', () => {
  it('each example: the listed person is reported, as a match when written with the nationality', () => {
    for (const [name, ref] of BROKEN) {
      const found = screenName(v3, { name }).find((m) => m.ref === ref);
      assert.ok(found !== undefined, `${name}: ${ref} not found`);
      const withNationality = screenName(v3, { name, nationality: 'KP' }).find((m) => m.ref === ref);
      assert.equal(withNationality?.band, 'match', `${name} (KP)`);
    }
  });

  it('a split that reads worse than junk no longer hides the name ("C hol", "Ch9ol" against "Xyz")', () => {
    const best = (name: string): number => screenName(v3, { name }).find((m) => m.ref === 'KPi.034')?.score ?? 0;
    const junk = best('Jo Yong Xyz');
    for (const name of ['Jo Yong C hol', 'Jo Yong C-hol', 'Jo Yong C.hol', 'Jo Yong Ch9ol', 'Jo Yong C5hol', 'Jo Yong Ch ol']) {
      assert.ok(best(name) > junk, `${name}: ${best(name)} vs ${junk}`);
      assert.equal(best(name), 1, name);
    }
  });

  it('the readings: a lone consonant joins the piece after it; a digit inside a word is dropped or read as a letter', () => {
    assert.deepEqual(brokenSyllableReadings(['kim', 'yong', 'c', 'hol']), [['kim', 'yong', 'chol']]);
    assert.deepEqual(brokenSyllableReadings(['choe', 'h-wi']), [['choe', 'hwi']]);
    assert.deepEqual(brokenSyllableReadings(['mun', 'chong-c', 'hol']), [['mun', 'chong-chol']]);
    assert.deepEqual(brokenSyllableReadings(['kim', 'yong', 'c5hol']), [['kim', 'yong', 'chol']]);
    assert.deepEqual(brokenSyllableReadings(['kim', 'yon9']), [['kim', 'yon'], ['kim', 'yong']]);
    // Nothing to read again: no reading (the name is screened as written only).
    assert.deepEqual(brokenSyllableReadings(['kim', 'yong', 'chol']), []);
    assert.deepEqual(brokenSyllableReadings(['unit', '586']), []);
    assert.deepEqual(brokenSyllableReadings(['b2']), []);
  });

  it('names that are not broken stay unreported: another syllable is still another name', () => {
    for (const name of ['Kim Yong C hun', 'Jo Yong Ch9un', 'Tak Mun Ch ol']) {
      const m = screenName(v3, { name }).filter((x) => x.band === 'match');
      assert.deepEqual(m.map((x) => x.ref).filter((r) => r === 'KPi.034' || r === 'KPi.024'), [], name);
    }
  });
});

/** An organisation's name with a letter or two cut from a word, or its initials spaced apart. */
const CUT_WORDS: readonly (readonly [string, string])[] = [
  ['FOREIGN TRADE BANK O F THE DPRK', 'KPe.047'], ['K O M I D', 'KPe.001'], ['MINISTRY OF NATIONAL DEFENC E', 'KPe.054'],
  ['NAM CHO N GANG CORPORATION', 'KPe.004'], ['FIRST OI L JV CO LTD', 'KPe.057'], ['BANK OF E AST LAND', 'KPe.013'],
  ['DC B FINANCE LTD', 'KPe.040'], ['DAE-DONG C REDIT BANK', 'KPe.023'],
];

describe('korean-v3: a letter or two cut from a word of an organisation\'s name is put back', () => {
  it('each is found', () => {
    for (const [name, ref] of CUT_WORDS) {
      assert.ok(screenName(v3, { name }).some((m) => m.ref === ref), name);
    }
  });

  it('the reading joins only where the join is a listed word or a small word', () => {
    const listed = new Set(['defence', 'of', 'dcb', 'bank', 'oil']);
    const isListed = (w: string): boolean => listed.has(w);
    const same = (w: string): string => w;
    assert.deepEqual(cutLetterReading(['ministry', 'of', 'national', 'd', 'efence'], same, isListed), ['ministry', 'of', 'national', 'defence']);
    assert.deepEqual(cutLetterReading(['ban', 'k', 'o', 'f'], same, isListed), ['bank', 'of']);
    assert.deepEqual(cutLetterReading(['d', 'c', 'b', 'finance'], same, isListed), ['dcb', 'finance']);
    assert.deepEqual(cutLetterReading(['first', 'o', 'il'], same, isListed), ['first', 'oil']);
    assert.equal(cutLetterReading(['x', 'y', 'trading'], same, isListed), undefined);
    assert.equal(cutLetterReading(['korea', 'trading'], same, isListed), undefined);
  });

  it('check never permits them', () => {
    const law = loadLaw();
    for (const [name] of CUT_WORDS) {
      const d = evaluate({ ...sale(name), parties: [{ name, type: 'entity' }] }, law, { screenParty });
      assert.notEqual(d.outcome, 'permitted', name);
    }
  });
});

describe('korean-v3: a neighbouring key that leaves a rare spelling (Mying, Khu, Phong, Oim) is a typing error', () => {
  const RARE: readonly (readonly [string, string])[] = [
    ['Ri Phyong Chul', 'KPi.076'], ['Oim Se Gon', 'KPi.032'], ['Choe Hwu', 'KPi.042'], ['Mun Kying Hwan', 'KPi.071'],
    ['Kim Myiong Gi', 'KPi.025'], ['Khang Chol Su', 'KPi.059'],
  ];

  it('the listed person is found; a common spelling is never read as another', () => {
    for (const [name, ref] of RARE) {
      assert.equal(screenName(v3, { name }).find((m) => m.ref === ref)?.band, 'match', name);
    }
    const mying = rareSpellingCorrections('mying').map((c) => c.text);
    assert.ok(mying.includes('myong') && mying.includes('myung'), mying.join(' '));
    assert.ok(rareSpellingCorrections('khu').some((c) => c.text === 'kyu'));
    for (const common of ['myong', 'choi', 'shin', 'thae', 'yi', 'kim']) assert.deepEqual(rareSpellingCorrections(common), [], common);
  });
});

describe('check: a party with a broken syllable is never permitted', () => {
  const law = loadLaw();
  it('each example is prohibited with its nationality, and never permitted without it', () => {
    for (const [name, ref] of BROKEN) {
      const d = evaluate(sale(name), law, { screenParty });
      assert.equal(d.outcome, 'prohibited', name);
      assert.ok(d.reasons.some((r) => r.matchedRef === ref), name);
      const bare = evaluate({ ...sale(name), parties: [{ name, type: 'person' }] }, law, { screenParty });
      assert.notEqual(bare.outcome, 'permitted', `${name} (no nationality)`);
    }
  });

  it('through the CLI: screen and check', () => {
    const sandbox = scratch('broken-syllables');
    const s = sandbox.cli(['screen', 'Kim Yong C5hol', '--nationality', 'KP', '--format', 'json']);
    assert.equal(s.code, 2, s.stderr);
    assert.ok(JSON.parse(s.stdout).matches.some((m: { ref: string; band: string }) => m.ref === 'KPi.024' && m.band === 'match'));
    const s2 = sandbox.cli(['screen', 'Choe H-wi', '--format', 'json']);
    assert.equal(s2.code, 2, s2.stderr);
    assert.equal(JSON.parse(s2.stdout).matches[0].ref, 'KPi.042');
    const c = sandbox.cli(['check', '-', '--format', 'json'], JSON.stringify({ id: 'broken', ...sale('Ri C.hun-song') }));
    assert.equal(c.code, 2, c.stderr);
    assert.equal(JSON.parse(c.stdout).outcome, 'prohibited');
  });
});

/** Every place strictly inside a syllable of a listed DPRK person's name (primary or good alias, written in
 *  letters, spaces and hyphens only): the name and the offset a separator or digit goes in at. */
function insideSyllables(index: ScreeningIndex): { name: string; ref: string; at: number }[] {
  const out: { name: string; ref: string; at: number }[] = [];
  for (const r of index.records) {
    if (r.kind !== 'person' || !r.ref.startsWith('KPi.')) continue;
    for (const n of r.names) {
      if ((n.kind !== 'primary' && n.kind !== 'good') || !/^[A-Za-z]+(?:[ -][A-Za-z]+)+$/.test(n.full)) continue;
      const sites: number[] = [];
      let ok = true;
      let start = 0;
      for (const part of n.full.split(/[ -]/)) {
        const syllables = segmentSyllables(part.toLowerCase())[0];
        if (syllables === undefined) ok = false;
        let at = start;
        for (const s of syllables ?? []) {
          for (let k = 1; k < s.length; k++) sites.push(at + k);
          at += s.length;
        }
        start += part.length + 1;
      }
      if (ok) for (const at of sites) out.push({ name: n.full, ref: r.ref, at });
    }
  }
  return out;
}

describe('property: one separator or digit inside any syllable of a listed person name', () => {
  it('the listed person is found (match or possible)', () => {
    const sites = insideSyllables(v3);
    assert.ok(sites.length > 500, `${sites.length} sites`);
    const breaks = [' ', '-', '.', "'", ...'0123456789'];
    fc.assert(
      fc.property(fc.constantFrom(...sites), fc.constantFrom(...breaks), ({ name, ref, at }, br) => {
        const broken = name.slice(0, at) + br + name.slice(at);
        const found = screenName(v3, { name: broken }).some((m) => m.ref === ref);
        assert.ok(found, `${JSON.stringify(broken)}: ${ref} not found`);
      }),
      { seed: 20261206, numRuns: 400 },
    );
  });
});
