// korean-v3: one typing error in a listed entity's name (hostile review F16). A mistyped organisation word
// (COPORATION, RCEONNAISSANCE, DEFEENCE) is read as the word rather than cut into Korean syllables, and a
// one-letter difference in the distinctive Korean word of an organisation's name (RYONGBONG for RYONBONG)
// is still found: a typing error that leaves no syllable as a match, another valid syllable as possible.
// Measured on every one-letter variant of the DPRK entities' names (bench/screening/entity-typos.ts).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { entityTypos } from '../bench/screening/entity-typos.ts';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { correctVocabularyTypos } from '../src/screening/vocabulary-typos.ts';
import { oneTypoApart } from '../src/io/typing-errors.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});

const list = loadUnList();
/** The record whose primary name is this. */
const refOf = (primary: string): string => {
  const r = list.records.find((x) => x.names.some((n) => n.kind === 'primary' && n.full === primary));
  assert.ok(r !== undefined, primary);
  return r.ref;
};
const bandOf = (name: string, listed: string): string | undefined => screenName(v3, { name }).find((m) => m.ref === refOf(listed))?.band;

/** A mistyped organisation word, and the hostile review's examples: each a match. */
const MATCHES: readonly (readonly [string, string])[] = [
  ['KOREA KUMSAN TRADING COPORATION', 'KOREA KUMSAN TRADING CORPORATION'],
  ['KANGBONG TRADING COPRORATION', 'KANGBONG TRADING CORPORATION'],
  ['KOREA HYOKSIN TRADING CROPORATION', 'KOREA HYOKSIN TRADING CORPORATION'],
  ['KOREA DAESONG GENERAL TRADING COROPRATION', 'KOREA DAESONG GENERAL TRADING CORPORATION'],
  ['RCEONNAISSANCE GENERAL BUREAU', 'RECONNAISSANCE GENERAL BUREAU'],
  ['KOREA COMPLXE EQUIPMENT IMPORT CORPORATION', 'KOREA COMPLEX EQUIPMENT IMPORT CORPORATION'],
  ['KOREA RYONBOGN GENERAL CORPORATION', 'KOREA RYONBONG GENERAL CORPORATION'],
  ['OKREA RYONBONG GENERAL CORPORATION', 'KOREA RYONBONG GENERAL CORPORATION'],
  ['HONG KON ELECTRONICS', 'HONG KONG ELECTRONICS'],
  ['KOREA KUSMAN TRADING CORPORATION', 'KOREA KUMSAN TRADING CORPORATION'],
  ['PRO-GAIN GROUP COPORATION', 'PRO-GAIN GROUP CORPORATION'],
  ['KOREA KWAGSONG TRADING CORPORATION', 'KOREA KWANGSONG TRADING CORPORATION'],
];

describe('korean-v3: a typing error in an entity-vocabulary word or a listed entity\'s name', () => {
  it('a mistyped organisation word, or a letter off in a word that then reads as no syllable: a match', () => {
    for (const [name, listed] of MATCHES) assert.equal(bandOf(name, listed), 'match', name);
  });

  it('the hostile review\'s other examples are found', () => {
    for (const [name, listed] of [
      ['KOREAN COMMITTEE FOR SPAEC TECHNOLOGY', 'KOREAN COMMITTEE FOR SPACE TECHNOLOGY'],
      ['MINISTRY OF NATIONAL DEFEENCE', 'MINISTRY OF NATIONAL DEFENCE'],
      ['Korea Ryongbong General Corporation', 'KOREA RYONBONG GENERAL CORPORATION'],
    ] as const) assert.ok(bandOf(name, listed) !== undefined, name);
  });

  it('another valid syllable one letter off (RYONGBONG for RYONBONG) is possible, not a match', () => {
    const m = screenName(v3, { name: 'Korea Ryongbong General Corporation' }).find((x) => x.ref === refOf('KOREA RYONBONG GENERAL CORPORATION'));
    assert.equal(m?.band, 'possible');
    assert.ok((m?.score ?? 0) >= 0.6 && (m?.score ?? 1) < 0.85, String(m?.score));
    assert.match(m?.explanation[0]?.detail ?? '', /ryongbong~ryonbong \(one letter off, another Korean syllable\)/);
  });

  it('a word is corrected only to one vocabulary word, never a listed word or a person\'s syllables', () => {
    const none = (): boolean => false;
    const org = (ws: readonly string[]): boolean => ws.some((w) => ['trading', 'corporation', 'general'].includes(w));
    assert.deepEqual(correctVocabularyTypos(['korea', 'kumsan', 'trading', 'coporation'], none, org), ['korea', 'kumsan', 'trading', 'corporation']);
    assert.deepEqual(correctVocabularyTypos(['okrea', 'ryonbong', 'general', 'corporation'], none, org), ['korea', 'ryonbong', 'general', 'corporation']);
    // A word of five letters is read as the vocabulary word only in an organisation's name.
    assert.deepEqual(correctVocabularyTypos(['kim', 'morea'], none, org), ['kim', 'morea']);
    // A token that reads as Korean is a person's syllables as much: CHOOL is no SCHOOL.
    assert.deepEqual(correctVocabularyTypos(['kim', 'sok', 'chool'], none, org), ['kim', 'sok', 'chool']);
    // A listed word is read as written, whatever vocabulary word it is near.
    assert.deepEqual(correctVocabularyTypos(['coporation', 'trading'], (w) => w === 'coporation', org), ['coporation', 'trading']);
    // Hong Kong with one of its words mistyped, beside an organisation's words only.
    assert.deepEqual(correctVocabularyTypos(['hong', 'kon', 'trading'], none, org), ['hong', 'kong', 'trading']);
    assert.deepEqual(correctVocabularyTypos(['hong', 'kon', 'il'], none, org), ['hong', 'kon', 'il']);
    assert.ok(oneTypoApart('coporation', 'corporation') && oneTypoApart('croporation', 'corporation') && !oneTypoApart('corporation', 'corporation'));
    assert.ok(!oneTypoApart('cropoartion', 'corporation'));
    // KIM SOK CHO0L (a digit for a letter) is still the person.
    assert.equal(screenName(v3, { name: 'KIM SOK CHO0L' })[0]?.name, 'KIM SOK CHOL');
  });

  it('a sample of every one-letter variant of the DPRK entities\' names: at most 1 % found in no band', () => {
    const all = entityTypos(list);
    const sample = all.filter((_, i) => i % 15 === 0);
    const lost = sample.filter((x) => !screenName(v3, { name: x.q }).some((m) => m.ref === x.ref));
    assert.ok(sample.length > 900, `${sample.length}`);
    assert.ok(lost.length <= sample.length * 0.01, `${lost.length} of ${sample.length} lost: ${lost.slice(0, 10).map((x) => x.q).join('; ')}`);
  });
});

describe('check: a party with a mistyped entity name is never permitted', () => {
  const law = loadLaw();
  const sale = (name: string): Transaction => ({
    type: 'goods', date: '2019-04-01', from: 'CN', to: 'DE', goods: [{ hs: '8703.23' }], parties: [{ name, role: 'buyer', type: 'entity' }],
  } as Transaction);

  it('the hostile review\'s parties are prohibited; Ryongbong for Ryonbong is reviewed', () => {
    for (const name of ['KOREA KUMSAN TRADING COPORATION', 'KANGBONG TRADING COPRORATION', 'KOREA HYOKSIN TRADING CROPORATION', 'KOREA DAESONG GENERAL TRADING COROPRATION']) {
      assert.equal(evaluate(sale(name), law, { screenParty }).outcome, 'prohibited', name);
    }
    assert.equal(evaluate(sale('Korea Ryongbong General Corporation'), law, { screenParty }).outcome, 'review');
  });
});
