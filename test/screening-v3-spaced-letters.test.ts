// korean-v3 (security review): a name spaced letter by letter, with spaces, the Braille blank (U+2800) or
// Hangul fillers between the letters, is found as the name itself, and check never permits the party.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, segmentSyllables, type ScreeningIndex } from '../src/screening/index.ts';
import { regroupedLettersReading, spacedLettersReading } from '../src/io/spaced-letters.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

/** The reviewer's examples, then variants of our own: each with the record it stands for. */
const SPACED: readonly (readonly [string, string, 'person' | 'entity'])[] = [
  ['K I M S O K C H O L', 'KPi.036', 'person'], ['K O M I D', 'KPe.001', 'entity'],
  ['K\u2800O\u2800M\u2800I\u2800D', 'KPe.001', 'entity'], ['K\u3164I\u3164M\u3164S\u3164O\u3164K\u3164C\u3164H\u3164O\u3164L', 'KPi.036', 'person'],
  ['K\u2800I\u2800M\u2800S\u2800O\u2800K\u2800C\u2800H\u2800O\u2800L', 'KPi.036', 'person'],
  ['K\u2800I\u2800M\u2800 \u2800S\u2800O\u2800K\u2800 \u2800C\u2800H\u2800O\u2800L', 'KPi.036', 'person'],
  ['J A N G   S O N G   N A M', 'KPi.057', 'person'], ['C H O E  H W I', 'KPi.042', 'person'],
  ['T A N C H O N  C O M M E R C I A L  B A N K', 'KPe.003', 'entity'], ['k o m i d', 'KPe.001', 'entity'],
  // Set apart by punctuation rather than spaces (a security re-test's forms, and ours).
  ['K-O-R-E-A M-I-N-I-N-G D-E-V-E-L-O-P-M-E-N-T T-R-A-D-I-N-G C-O-R-P-O-R-A-T-I-O-N', 'KPe.001', 'entity'],
  ['K-I-M-S-O-K-C-H-O-L', 'KPi.036', 'person'], ['K_I_M_S_O_K_C_H_O_L', 'KPi.036', 'person'], ['K·I·M S·O·K C·H·O·L', 'KPi.036', 'person'],
  ['T/A/N/C/H/O/N C/O/M/M/E/R/C/I/A/L B/A/N/K', 'KPe.003', 'entity'], ['K*O*M*I*D', 'KPe.001', 'entity'], ['K+O+M+I+D', 'KPe.001', 'entity'],
  // Digits and l as compatibility forms (fullwidth, mathematical, circled, subscript, script): read as the ASCII ones.
  ['ＴＡＮＣＨ０Ｎ ＣＯＭＭＥＲＣＩＡＬ ＢＡＮＫ', 'KPe.003', 'entity'], ['K０MID', 'KPe.001', 'entity'], ['K𝟎MID', 'KPe.001', 'entity'],
  ['KOMℓD', 'KPe.001', 'entity'], ['K⓪MID', 'KPe.001', 'entity'], ['K₀MID', 'KPe.001', 'entity'], ['DAED\u{1FBF0}NG BANK', 'KPe.023', 'entity'],
];

const sale = (name: string, type: 'person' | 'entity'): Transaction => ({
  type: 'goods', date: '2025-06-01', from: 'CN', to: 'SG', goods: [{ hs: '8207.13', description: 'rock drilling tools' }],
  parties: [{ name, role: 'buyer', type }],
});

describe('korean-v3: a name spaced letter by letter', () => {
  it('each example is a match for the listed record', () => {
    for (const [name, ref] of SPACED) {
      const found = screenName(v3, { name }).find((m) => m.ref === ref);
      assert.equal(found?.band, 'match', `${name}: ${ref}`);
    }
  });

  it('check never permits a party so written', () => {
    const law = loadLaw();
    for (const [name, , type] of SPACED) assert.notEqual(evaluate(sale(name, type), law, { screenParty }).outcome, 'permitted', name);
  });

  it('the reading joins letter runs only, a wider gap parting words', () => {
    assert.equal(spacedLettersReading('K I M S O K C H O L'), 'KIMSOKCHOL');
    assert.equal(spacedLettersReading('P A K  H W A  S O N G'), 'PAK HWA SONG');
    assert.equal(spacedLettersReading('Kim Y S'), undefined);
    assert.equal(spacedLettersReading('Korea Mining Development'), undefined);
    assert.equal(spacedLettersReading('A B C Trading'), 'ABC Trading');
  });

  it('regrouped letters are joined only when their pieces read as no Korean syllables, not a name with one word mistyped', () => {
    const reads = (w: string): boolean => segmentSyllables(w).length > 0;
    assert.equal(regroupedLettersReading(['ki', 'ms', 'ok', 'ch', 'ol'], reads), 'kimsokchol');
    assert.equal(regroupedLettersReading(['ko', 'mi', 'd'], reads), 'komid');
    assert.equal(regroupedLettersReading(['kim', 'il', 'sung'], reads), undefined); // real syllables: as written
    assert.equal(regroupedLettersReading(['kim', 'ms'], reads), undefined); // two pieces
    assert.equal(regroupedLettersReading(['ko', 'col', 'chae'], reads), undefined); // one word mistyped
    assert.equal(regroupedLettersReading(['ir', 'yong', 'mu'], reads), undefined);
    assert.equal(regroupedLettersReading(['korea', 'mining', 'd'], reads), undefined); // a word of six letters
  });
});
