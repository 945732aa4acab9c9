// korean-v3: qaf and dhal in their other Latin spellings (security review 26): MOHAMMAD REZA NAGHDI for the listed
// NAQDI, ZOLGHADR for ZOLQADR, GADDAFI for QADHAFI were permitted (the consonant key keeps q and gh apart). A word
// that reads as Korean, or a doubled letter at a word's end (a typing error the Korean readings correct), is left.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildIndex, screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';
import { arabicPersianReading } from '../src/screening/arabic-persian-letters.ts';

let v3: ScreeningIndex;
before(() => {
  v3 = buildIndex(loadUnList());
});

describe('korean-v3: Arabic and Persian letters written the other way', () => {
  it('the listed person is found as a match', () => {
    for (const [name, ref] of [
      ['MOHAMMAD REZA NAGHDI', 'IRi.026'], ['Mohammad Baqer Zolghadr', 'IRi.043'], ['MOHAMMAD BAGHER ZOLQADR', 'IRi.043'],
      ['Mohammed Muammar Gaddafi', 'LYi.012'], ['Mohammed Muammar Kadhafi', 'LYi.012'],
    ] as const) {
      const hit = screenName(v3, { name }).find((m) => m.ref.trim() === ref);
      assert.equal(hit?.band, 'match', name);
    }
  });
  it('only unlisted words are respelt, only into listed words; Korean readings are left to the Korean rules', () => {
    const listed = new Set(['naqdi', 'mohammad', 'reza']);
    assert.deepEqual(arabicPersianReading(['mohammad', 'reza', 'naghdi'], (w) => listed.has(w), () => false), ['mohammad', 'reza', 'naqdi']);
    assert.equal(arabicPersianReading(['mohammad', 'reza', 'naghdi'], (w) => listed.has(w), (w) => w === 'naghdi'), undefined);
    assert.equal(arabicPersianReading(['john', 'smith'], (w) => listed.has(w), () => false), undefined);
    assert.equal(screenName(v3, { name: 'YON CHONGG NAM' })[0]?.score, 0.95, 'a typing error stays one');
  });
});
