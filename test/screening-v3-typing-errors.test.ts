// korean-v3: typing errors in a person's name that korean-v3 lost or read worse than korean-v2 (issue 17, the
// held-out typing errors of bench:screening; `bench/screening/typo-misses.ts` prints what is still missed):
// a vowel dropped between two consonants (Mnil for Munil), a mistyped joined given name cut into listed
// words with CO inside read as Company (Chungcohng), and CO for CHO beside a word no listed name has.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildIndex, screenName, segmentSyllables, type ScreeningIndex } from '../src/screening/index.ts';
import { droppedVowelCorrections, typoCorrections } from '../src/screening/normalize/typo-correction.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';

const list = loadUnList();
let v3: ScreeningIndex;
let v2: ScreeningIndex;
before(() => {
  v3 = buildIndex(list, 'korean-v3');
  v2 = buildIndex(list, 'korean-v2');
});

const bandOf = (index: ScreeningIndex, name: string, ref: string): string | undefined => screenName(index, { name }).find((m) => m.ref === ref)?.band;
const VOWEL = /[aeiou]/;
const readsKorean = (w: string): boolean => segmentSyllables(w.toLowerCase()).length > 0;

describe('korean-v3: a vowel dropped between two consonants', () => {
  it('is put back beside the fewest-syllable corrections, never at either end of the token', () => {
    for (const [token, put, struck] of [['mnil', 'munil', 'nil'], ['djun', 'dojun', 'jun'], ['dochn', 'dochun', 'dohn'], ['yngsik', 'yongsik', undefined]] as const) {
      const texts = droppedVowelCorrections(token).map((c) => c.text);
      assert.ok(texts.includes(put), `${token}: ${texts.join(' ')}`);
      if (struck !== undefined) assert.ok(texts.includes(struck), `${token} keeps ${struck}`);
      for (const t of texts.filter((x) => x.length === token.length + 1)) {
        assert.ok(t[0] === token[0] && t[t.length - 1] === token[token.length - 1], `${token}: ${t} puts a letter back inside only`);
      }
      // korean-v2's corrections are the fewest-syllable ones, as before.
      assert.ok(typoCorrections(token).every((c) => texts.includes(c.text)));
    }
    assert.ok(!typoCorrections('mnil').some((c) => c.text === 'munil'), 'korean-v2 reads Mnil as Nil only');
    // A token that reads as Korean is no typing error of this kind.
    for (const t of ['munil', 'yongsik', 'tochun']) assert.deepEqual(droppedVowelCorrections(t), [], t);
  });

  it('every listed person\'s joined given name with one such vowel dropped is a match (korean-v2 unchanged)', () => {
    let tried = 0;
    for (const r of list.records.filter((x) => x.regime === 'DPRK' && x.kind === 'person')) {
      const words = r.names.find((n) => n.kind === 'primary')?.full.split(/\s+/) ?? [];
      if (words.length < 3 || !words.every(readsKorean)) continue;
      const given = words.slice(1).join('').toLowerCase();
      for (let i = 1; i + 1 < given.length; i++) {
        if (!VOWEL.test(given[i] as string) || VOWEL.test(given[i - 1] as string) || VOWEL.test(given[i + 1] as string)) continue;
        const typo = given.slice(0, i) + given.slice(i + 1);
        if (readsKorean(typo)) continue;
        const q = `${words[0]} ${typo.toUpperCase()}`;
        tried++;
        assert.equal(bandOf(v3, q, r.ref), 'match', q);
        assert.ok(!screenName(v3, { name: q }).some((m) => m.band === 'match' && m.ref !== r.ref), `${q}: nobody else`);
      }
    }
    assert.ok(tried >= 90, `${tried} names tried`);
    for (const [q, ref] of [['Bak Mnil', 'KPi.079'], ['Pak Djun', 'KPi.050'], ['Dochn Pak', 'KPi.050']] as const) {
      assert.equal(bandOf(v3, q, ref), 'match', q);
      assert.notEqual(bandOf(v2, q, ref), 'match', `${q} (korean-v2 as it was)`);
    }
  });

  it('a valid syllable changed into another stays another name', () => {
    assert.equal(bandOf(v3, 'PAEK SO BONG', 'KPi.048'), 'possible');
    // Munol reads as Korean (mu+nol): another name, not Munil with a letter off.
    assert.notEqual(bandOf(v3, 'PAK MUNOL', 'KPi.079'), 'match');
  });
});

describe('korean-v3: a mistyped word of a person\'s name is no run of listed words', () => {
  it('a joined given name with two letters swapped is read through its correction, not cut with CO read as Company', () => {
    for (const q of ['Gim Chungcohng', 'Kim Chungcohng', 'KIM CHUNGCOHNG']) {
      const hits = screenName(v3, { name: q });
      assert.equal(hits.find((m) => m.ref === 'KPi.021')?.band, 'match', q);
      assert.match(hits[0]?.explanation[0]?.detail ?? '', /typing error: chungcohng read as chungchong/, q);
      assert.ok(!hits.some((m) => m.ref.startsWith('KPe')), `${q}: no organisation`);
    }
  });

  it('a token run together in an organisation\'s name is still split (a legal form ending it, an organisation word spelt out)', () => {
    assert.equal(bandOf(v3, 'NAMCHONGANG TRADINGCORPORATION', 'KPe.004'), 'match');
    assert.equal(bandOf(v3, 'Mooyok Bank', 'KPe.047'), 'match');
  });
});

describe('korean-v3: CO for CHO or JO in a person\'s name, beside a word no listed name has', () => {
  it('is a match: the word read as written makes no organisation of the name once the words are rejoined', () => {
    for (const [q, ref] of [['Co Yeon Jun', 'KPi.041'], ['Co Choon Ryong', 'KPi.038'], ['Co Yeong Cheol', 'KPi.034']] as const) {
      assert.equal(bandOf(v3, q, ref), 'match', q);
    }
    // Beside an organisation's words CO is still Company.
    // Possible since the precision work holds a name that gives none of the listed organisation's words
    // (TRADING CORPORATION) at 0.8: still reviewed, never passed.
    assert.ok(['match', 'possible'].includes(bandOf(v3, 'Namchongang Co', 'KPe.004') ?? ''));
  });
});
