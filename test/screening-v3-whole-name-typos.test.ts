// korean-v3: a whole name one typing error from a listed name is a possible match at least (hostile review
// H3, H4, H12). Word by word, a letter off in a two-syllable name leaves another valid syllable (KANG RYON for
// KANG RYONG: one syllable of two, nothing), and one in a Chinese or other non-Korean alias (Niel Tsang for
// Neil Tsang) is never corrected: both were lost and `check` permitted. Compared as one run of letters the
// two names are one error apart.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { everyTypo } from '../bench/screening/typos.ts';
import { entityTypos } from '../bench/screening/entity-typos.ts';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';
import { compactName, WHOLE_NAME_TYPO_SCORE, wholeNameTypo } from '../src/screening/whole-name-typos.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

const list = loadUnList();
const hit = (name: string, ref: string) => screenName(v3, { name }).find((m) => m.ref === ref);

/** Every one-letter variant (the bench's four kinds) of each word of a name, written as the name is. */
function variantsOf(full: string): string[] {
  const words = full.split(/([^A-Za-z]+)/);
  const out: string[] = [];
  words.forEach((w, at) => {
    if (!/^[A-Za-z]+$/.test(w)) return;
    for (const t of everyTypo(w.toLowerCase())) {
      const cased = w === w.toUpperCase() ? t.token.toUpperCase() : t.token.charAt(0).toUpperCase() + t.token.slice(1);
      out.push([...words.slice(0, at), cased, ...words.slice(at + 1)].join(''));
    }
  });
  return out;
}

describe('korean-v3: the whole name one typing error off', () => {
  it('reads the error kinds, keyboard neighbours only in a short name', () => {
    assert.equal(wholeNameTypo('kangryon', 'kangryong'), 'a letter dropped');
    assert.equal(wholeNameTypo('nieltsang', 'neiltsang'), 'two letters swapped');
    assert.equal(wholeNameTypo('ryukin', 'ryujin'), 'a letter struck for another'); // j, k: neighbours
    assert.equal(wholeNameTypo('ryupin', 'ryujin'), undefined); // p is nowhere near j
    assert.equal(wholeNameTypo('kimkyuu', 'kimkyu'), 'a letter doubled');
    assert.equal(wholeNameTypo('kimkyu', 'kimkyu'), undefined);
    assert.equal(wholeNameTypo('kangryo', 'kangryong'), undefined); // two letters
    assert.equal(wholeNameTypo('koreaunitedbanp', 'koreaunitedbank'), 'a letter struck for another'); // long: any letter
    assert.equal(compactName("CHU HYO'K"), 'chuhyok');
    assert.equal(compactName('조선'), undefined);
  });

  it('the review\'s two-syllable names and non-Korean aliases are possible, never a match by this alone', () => {
    for (const [name, ref] of [
      ['KANG RYON', 'KPi.020'], ['KAN RYONG', 'KPi.020'], ['KANG TYONG', 'KPi.020'], ['RYU JI', 'KPi.027'], ['RYU KIN', 'KPi.027'],
      ['CHOE HWO', 'KPi.042'], ['CHEO HWI', 'KPi.042'], ['CHU HYO', 'KPi.065'], ['JO CHIL', 'KPi.040'], ['SON MI', 'KPi.031'],
      ['Niel Tsang', 'KPi.080'], ['Nei Tsang', 'KPi.080'], ['Tsang Yung Yaun', 'KPi.080'], ['Jaing Wen-ji', 'KPi.019'], ['Lui Wia Ming', 'KPi.073'],
    ] as const) {
      const m = hit(name, ref);
      assert.ok(m !== undefined, name);
      assert.equal(m.band, 'possible', name);
      assert.equal(m.explanation.find((e) => e.feature === 'name')?.score, WHOLE_NAME_TYPO_SCORE, name);
      // Evidence never lifts it to a match: the name score is below the name floor.
      assert.equal(screenName(v3, { name, nationality: 'KP', dob: '1970' }).find((x) => x.ref === ref)?.band, 'possible', name);
    }
  });

  it('every one-letter variant of every listed DPRK person\'s name (each word) is found', () => {
    const missed: string[] = [];
    let n = 0;
    for (const r of list.records) {
      if (r.regime !== 'DPRK' || r.kind !== 'person') continue;
      for (const nm of r.names) {
        if (nm.kind === 'low') continue;
        // A sample of one in five keeps the test quick; the names of two syllables and the non-Korean
        // aliases, which were missed, in full.
        const all = nm.full.split(/[^A-Za-z]+/).filter(Boolean).length <= 2 || !/^[A-Z' -]+$/.test(nm.full);
        variantsOf(nm.full).forEach((q, i) => {
          if (!all && i % 5 !== 0) return;
          n++;
          if (hit(q, r.ref) === undefined) missed.push(q);
        });
      }
    }
    assert.ok(n > 2000, `${n}`);
    assert.deepEqual(missed, []);
  });

  it('every one-letter variant of the DPRK entities\' primary names is found (a sample of one in three)', () => {
    const missed = entityTypos(list).filter((_x, i) => i % 3 === 0).filter((x) => hit(x.q, x.ref) === undefined).map((x) => x.q);
    assert.deepEqual(missed, []);
    // A short initialism alone: two letters swapped or one doubled is possible; a letter struck is another
    // initialism as often (KNOC is not KNIC), so it stays nothing.
    assert.equal(hit('KOMDI', 'KPe.001')?.band, 'possible');
    assert.equal(hit('KOMMID', 'KPe.001')?.band, 'possible');
    assert.equal(screenName(v3, { name: 'KNOC' }).length, 0);
  });

  it('names two errors off, or of six letters and less one error off a short listed name, stay nothing', () => {
    for (const name of ['KIM KYO', 'PARK JIN', 'LEE MIN', 'KANG RYO', 'CHOI HWA', 'Neal Tsung']) assert.deepEqual(screenName(v3, { name }).filter((m) => m.score === WHOLE_NAME_TYPO_SCORE).map((m) => m.ref), [], name);
  });

  it('check reviews such a party, never permits it', () => {
    const law = loadLaw();
    const pay = (name: string): Transaction => ({ type: 'financial', date: '2020-01-01', from: 'AE', to: 'MY', parties: [{ name, type: 'person' }] } as Transaction);
    for (const name of ['KANG RYON', 'Niel Tsang', 'RYU KIN']) assert.equal(evaluate(pay(name), law, { screenParty }).outcome, 'review', name);
  });
});
