// Korean normalization: syllable segmentation, reading overlap, Hangul decomposition, folding.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { composeHangul, decomposeHangul, hangulReadings } from '../src/screening/normalize/hangul.ts';
import { foldWords, splitParentheticals } from '../src/screening/normalize/fold.ts';
import { phoneticKey, withinOneEdit } from '../src/screening/normalize/phonetic.ts';
import { readingsOverlap, segmentSyllables, syllableReadings } from '../src/screening/normalize/syllables.ts';

const agree = (a: string, b: string): boolean => {
  const ra = [...a].length === 1 && /[가-힣]/.test(a) ? hangulReadings(a) : syllableReadings(a);
  const rb = [...b].length === 1 && /[가-힣]/.test(b) ? hangulReadings(b) : syllableReadings(b);
  assert.ok(ra !== null && rb !== null, `${a} and ${b} read as Korean syllables`);
  return readingsOverlap(ra, rb);
};

test('joined given names split into syllables', () => {
  assert.deepEqual(segmentSyllables('yongsik'), [['yong', 'sik']]);
  assert.deepEqual(segmentSyllables('jeson'), [['je', 'son']]);
  assert.deepEqual(segmentSyllables('myongchin'), [['myong', 'chin']]);
  assert.deepEqual(segmentSyllables('hyokchol'), [['hyok', 'chol']]);
});

test('ambiguous joined names keep every segmentation, the greedy one first', () => {
  assert.deepEqual(segmentSyllables('kwangil'), [['kwang', 'il'], ['kwan', 'gil']]);
  const chunil = segmentSyllables('chunil');
  assert.deepEqual(chunil[0], ['chun', 'il']);
  assert.ok(chunil.some((s) => s.join('+') === 'chu+nil'));
});

test('words that are not Korean do not segment', () => {
  assert.deepEqual(segmentSyllables('mohammed'), []);
  assert.deepEqual(segmentSyllables('trading'), []);
  assert.deepEqual(segmentSyllables('hassan'), []);
});

test('u stands for ㅓ only in a closed syllable (Sung, Jung, Chun), never in an open one (Ku, Su)', () => {
  assert.ok(agree('sung', '성'));
  assert.ok(agree('chun', '천'));
  assert.equal(agree('su', '서'), false);
  assert.equal(agree('ku', '거'), false);
  assert.ok(agree('su', '수'));
});

test('readings overlap across DPRK, South Korean and English spellings', () => {
  for (const [a, b] of [
    ['lee', 'ri'], ['yi', 'ri'], ['i', 'ri'], ['rhee', 'ri'], ['li', 'ri'], ['park', 'pak'], ['bak', 'pak'],
    ['choi', 'choe'], ['young', 'yong'], ['yeong', 'yong'], ['chul', 'chol'], ['cheol', 'chol'], ['jung', 'jong'],
    ['jeong', 'jong'], ['chung', 'jong'], ['sung', 'song'], ['seong', 'song'], ['gim', 'kim'], ['yoo', 'ryu'],
    ['yu', 'ryu'], ['im', 'rim'], ['lim', 'rim'], ['no', 'ro'], ['noh', 'ro'], ['hyun', 'hyon'], ['kyung', 'kyong'],
  ]) {
    assert.ok(agree(a as string, b as string), `${a} ~ ${b}`);
  }
});

test('a different syllable is a different name, not a typo', () => {
  for (const [a, b] of [
    ['yong', 'tong'], ['yong', 'song'], ['tong', 'song'], ['kim', 'rim'], ['chol', 'chil'], ['son', 'song'], ['pak', 'paek'],
    ['je', 'jae'], ['se', 'sae'], ['ku', 'ko'], ['su', 'so'], ['yu', 'yo'],
  ]) {
    assert.equal(agree(a as string, b as string), false, `${a} vs ${b}`);
  }
});

test('Hangul decomposes by Unicode arithmetic and reads like the romanization', () => {
  assert.deepEqual(decomposeHangul('박'), { initial: 7, medial: 0, final: 1 });
  assert.equal(composeHangul({ initial: 7, medial: 0, final: 1 }), '박');
  assert.equal(decomposeHangul('A'), undefined);
  for (const [h, r] of [['박', 'pak'], ['영', 'yong'], ['식', 'sik'], ['리', 'ri'], ['이', 'lee'], ['제', 'je'], ['선', 'son'], ['최', 'choe'], ['정', 'jung']]) {
    assert.ok(agree(h as string, r as string), `${h} ~ ${r}`);
  }
  assert.equal(agree('영', 'tong'), false);
  assert.ok(agree('희', 'hee'), 'Hee is the usual English spelling of 희');
  assert.ok(agree('희', 'hui'));
  assert.ok(agree('재', 'jae') && !agree('재', 'je'));
});

test('apostrophes and breves vanish; hyphens survive for the caller to join or split', () => {
  assert.deepEqual(foldWords("CH'O'L"), ['chol']);
  assert.deepEqual(foldWords('KY’ONG‘SU'), ['kyongsu']);
  assert.deepEqual(foldWords('Chŏng Ŭn'), ['chong', 'un']);
  assert.deepEqual(foldWords('RI JE-SON'), ['ri', 'je-son']);
  assert.deepEqual(foldWords('  PAK\nYONG   SIK '), ['pak', 'yong', 'sik']);
  assert.deepEqual(foldWords('박영식'), ['박영식']);
});

test('an ASCII name folds by the short path to the words the full folding gives', () => {
  // A soft hyphen (removed by the full folding before anything else) sends the same text down the full path.
  const ascii = fc.string({ unit: fc.constantFrom(...'abcXYZ -\'`".,/()&0123456789\t\n'.split('')), maxLength: 40 });
  fc.assert(fc.property(ascii, (s) => assert.deepEqual(foldWords(s), foldWords(`${s}\u00ad`))), { numRuns: 2000 });
  for (const s of ["CH'O'L", '-RI- JE--SON-', 'KIM  YONG\tCHOL', '"KOMID"', 'A-B-C', '--', 'UNIT586']) assert.deepEqual(foldWords(s), foldWords(`${s}\u00ad`));
});

test('parenthesised acronyms become names; references are dropped', () => {
  assert.deepEqual(splitParentheticals('GENERAL BUREAU OF ATOMIC ENERGY (GBAE)'), { main: 'GENERAL BUREAU OF ATOMIC ENERGY', extras: ['GBAE'] });
  assert.deepEqual(splitParentheticals('SECOND ACADEMY OF NATURAL SCIENCES (KPE.018)'), { main: 'SECOND ACADEMY OF NATURAL SCIENCES', extras: [] });
});

test('spelling variants and typos of non-Korean words', () => {
  assert.equal(phoneticKey('mohammed'), phoneticKey('muhammad'));
  assert.equal(phoneticKey('hussein'), phoneticKey('husain'));
  assert.ok(withinOneEdit('trading', 'tradin'));
  assert.ok(withinOneEdit('ryonbong', 'ryonbonk'));
  assert.equal(withinOneEdit('ryonbong', 'ryonbank'), false);
});

test('Hangul fillers between the words of a name are the space they show, never a join (a designated name hidden so is found)', () => {
  for (const filler of ['\u3164', '\uffa0', '\u115f', '\u1160']) {
    assert.deepEqual(foldWords(`Pak${filler}Yong${filler}Sik`), ['pak', 'yong', 'sik'], `U+${filler.codePointAt(0)!.toString(16)}`);
  }
  assert.deepEqual(foldWords('박\u3164용식'), ['박', '용식']);
});

test('letters drawn like Latin ones beyond Cyrillic and Greek (small capitals, Lisu, IPA, Armenian) and modifier letters between words read as what they show', () => {
  for (const name of ['Pᴀᴋ Yᴏɴɢ Sɪᴋ', 'ꓑꓮꓗ ꓬꓳꓠꓖ ꓢꓲꓗ', 'Pɑk Yօng Sık', 'Pak\u02d1Yong\u02d1Sik', 'Pak\u02cdYong\u02c8Sik', 'Pak\u0640Yong\u0640Sik']) {
    assert.deepEqual(foldWords(name), ['pak', 'yong', 'sik'], name);
  }
  assert.deepEqual(foldWords('Chʼoe Chʻun'), ['choe', 'chun'], 'modifier apostrophes still vanish inside a word');
  assert.deepEqual(foldWords('Ковальчук'), ['ковальчук'], 'a real Cyrillic word stays');
});

test('more scripts drawn like Latin (Cherokee, Coptic, Canadian syllabics, runes, kra, more Cyrillic) and more stretching marks read as what they show', () => {
  for (const name of ['ᏢᎪᏦ Yong ᏚᎥᏦ', 'Pⲁk Yⲟng Sⲓk', 'ᑭᗩK Yᗝᑎᘜ ᔕIK', 'Paĸ Yong Siĸ', 'Pаk үong ꙅik', 'PakーYongーSik', 'PakｰYongｰSik', 'Pak\u07faYong\u07faSik', 'Pak\ua788Yong\ua788Sik']) {
    assert.deepEqual(foldWords(name), ['pak', 'yong', 'sik'], name);
  }
  assert.deepEqual(foldWords('ᛕOMᛁD'), ['komid']);
});
