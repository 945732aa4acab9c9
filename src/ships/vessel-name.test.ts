// A vessel's name read to its keys: prefixes, "NO." before a number, Roman numerals, look-alike digits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldName, vesselNameKeys } from './vessel-name.ts';

const exact = (n: string) => vesselNameKeys(n).exact;
const possible = (n: string) => vesselNameKeys(n).possible;

test('the plain folding is unchanged: case, spacing, punctuation and diacritics dropped', () => {
  assert.equal(foldName('Chon-Ma San'), 'CHONMASAN');
  assert.equal(foldName('Tânchon  2'), 'TANCHON2');
  assert.deepEqual(exact('PETREL 8'), ['PETREL8']);
  assert.deepEqual(exact('PETREL#8'), ['PETREL8']);
});

test('ship-type prefixes as documents write them are dropped', () => {
  for (const n of ['MV PETREL 8', 'M/V PETREL 8', 'M.V. PETREL 8', 'M. V. PETREL 8', 'MT PETREL 8', 'M/T PETREL 8', 'M.T. PETREL 8', 'SS PETREL 8', 'S.S. PETREL 8',
    'FV PETREL 8', 'F/V PETREL 8', 'MS PETREL 8', 'M/S PETREL 8', 'MY PETREL 8', 'TB PETREL 8', 'LPG/C PETREL 8', 'LNG/C PETREL 8', 'mv. Petrel 8']) {
    assert.ok(exact(n).includes('PETREL8'), n);
  }
  // A prefix is a word of its own: MSC or MVP starts a name, and a name of a prefix alone is that name.
  assert.ok(!exact('MSC PETREL 8').includes('PETREL8'));
  assert.deepEqual(exact('MV'), ['MV']);
  assert.deepEqual(exact('M/V'), ['MV']);
  assert.deepEqual(possible('M/V'), []);
  // What follows a prefix must be a name, not a number alone.
  assert.deepEqual(exact('MV 8'), ['MV8']);
});

test('"NO" before a number is dropped, never as the first word', () => {
  for (const n of ['PETREL NO. 8', 'PETREL NO 8', 'PETREL No.8', 'PETREL NO8', 'PETREL N0. 8']) assert.ok(exact(n).includes('PETREL8'), n);
  assert.deepEqual(exact('NO 8 STAR'), ['NO8STAR']);
  assert.deepEqual(exact('NO. 8 STAR'), ['NO8STAR']);
  assert.ok(exact('MV NO 8 STAR').includes('NO8STAR'));
  assert.deepEqual(exact('NOBLE STAR'), ['NOBLESTAR']);
  assert.deepEqual(exact('NO'), ['NO']);
});

test('a trailing Roman numeral II..XX is its number; V, X and XI only possibly', () => {
  assert.ok(exact('PETREL VIII').includes('PETREL8'));
  assert.ok(exact('PETREL NO. VIII').includes('PETREL8'));
  assert.ok(exact('SAM JONG II').includes('SAMJONG2'));
  assert.ok(exact('HAO FAN XX').includes('HAOFAN20'));
  // XI is also a Chinese syllable, V and X letters: read as numbers only as a possibility.
  assert.deepEqual(vesselNameKeys('DONG XI'), { exact: ['DONGXI'], possible: ['DONG11'] });
  assert.deepEqual(vesselNameKeys('STAR V'), { exact: ['STARV'], possible: ['STAR5'] });
  // Not trailing, alone, or out of range: words as they are.
  assert.deepEqual(vesselNameKeys('XII STAR'), { exact: ['XIISTAR'], possible: [] });
  assert.deepEqual(vesselNameKeys('VIII'), { exact: ['VIII'], possible: [] });
  assert.deepEqual(vesselNameKeys('STAR XXI'), { exact: ['STARXXI'], possible: [] });
  assert.deepEqual(vesselNameKeys('STAR I'), { exact: ['STARI'], possible: [] });
});

test('a look-alike digit inside a word is read as the letter, and a letter inside a number as the digit', () => {
  assert.ok(exact('K0TI').includes('KOTI'));
  assert.ok(exact('T0NG 5AN 2').includes('TONGSAN2'));
  assert.ok(exact('K0T1').includes('KOTI'));
  assert.ok(exact('K0T1').includes('KOTL'));
  assert.ok(exact('WAN HENG 1O').includes('WANHENG10'));
  assert.ok(exact('PETREL V111').includes('PETREL8'));
  // A plain number stays a number, a plain word a word, and a word run into its number is not re-read.
  assert.deepEqual(exact('WAN HENG 11'), ['WANHENG11']);
  assert.deepEqual(exact('KOTI'), ['KOTI']);
  assert.deepEqual(exact('PETREL8'), ['PETREL8']);
});

test('names of nothing, or of many look-alikes, stay bounded', () => {
  assert.deepEqual(vesselNameKeys(''), { exact: [], possible: [] });
  assert.deepEqual(vesselNameKeys(' -/. '), { exact: [], possible: [] });
  assert.ok(exact('1A1 1B1 1C1 1D1 1E1 1F1 1G1').length <= 34);
});

test('a name in letters drawn like Latin ones (small capitals, Lisu, Cyrillic) is the name it shows', () => {
  assert.deepEqual(exact('ᴋᴏᴛɪ'), exact('KOTI'));
  assert.deepEqual(exact('ꓔꓳꓠꓖ ꓢꓮꓠ 2'), exact('TONG SAN 2'));
  assert.deepEqual(exact('PETREL\u02d18'), exact('PETREL 8'));
});
