// The bounds that skip work in screening (EXACT_BOUNDS: a query variant whose pairs cannot beat the best so
// far is not paired; a record's best name score so far is the floor for its other names; and each word's
// mask of first-syllable readings, which answers 'different' without reading syllables) change no result:
// with and without them every comparison and every screen is the same, over generated names made of the
// list's own words (people's and entities', with legal forms, places, short forms and typing errors), at
// the default bands and with the possible band of korean-v2 asked for. Switched with them: a listed name
// whose stored words bound its score below the floor is not compared (storedScoreBound).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_REVIEW_THRESHOLD, screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { prepareName } from '../src/screening/name-form.ts';
import { compareNames, EXACT_BOUNDS } from '../src/screening/name-score.ts';
import { screenersWithListedWords } from './support/list-screeners.ts';
import { compareWords, differentByMask, lastSyllableMask, WordTable, type Word } from '../src/screening/words.ts';

let v3: ScreeningIndex;
let v2: ScreeningIndex;
let listedWords: string[];
before(() => {
  ({ v3, v2, listedWords } = screenersWithListedWords());
});
after(() => {
  EXACT_BOUNDS.rows = true;
  EXACT_BOUNDS.recordFloor = true;
  EXACT_BOUNDS.storedNames = true;
});

const EXTRA = ['Co', 'Ltd', 'Corp', 'Bk', 'Trdg', 'Intl', 'Hong', 'Kong', 'branch', 'of', 'Smith', 'Jiin', 'Ch', 'ol', 'JV', 'Kim', 'Chol', 'Tong', 'Yon', 'Dev.'];

/** A query made from a listed name's own words, some dropped, some added: scores across the whole range. */
const queryOf = (index: ScreeningIndex) => {
  const word = fc.oneof(fc.nat({ max: listedWords.length - 1 }).map((i) => listedWords[i] as string), fc.constantFrom(...EXTRA));
  return fc.record({ keep: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), added: fc.array(word, { maxLength: 3 }), at: fc.nat({ max: 8 }), id: fc.nat({ max: index.names.length - 1 }) })
    .map(({ keep, added, at, id }) => {
      const own = index.names.get(id).full.split(/\s+/).filter((_w, i) => keep[i % keep.length] === true);
      return { text: [...own.slice(0, at), ...added, ...own.slice(at)].join(' '), id };
    })
    .filter(({ text }) => /\p{L}/u.test(text));
};

function withBounds<T>(on: boolean, f: () => T): T {
  EXACT_BOUNDS.rows = on;
  EXACT_BOUNDS.recordFloor = on;
  EXACT_BOUNDS.storedNames = on;
  try {
    return f();
  } finally {
    EXACT_BOUNDS.rows = true;
    EXACT_BOUNDS.recordFloor = true;
    EXACT_BOUNDS.storedNames = true;
  }
}

test('the row bound never changes a comparison, at any floor', () => {
  for (const index of [v3, v2]) {
    const table = new WordTable(index.table);
    const opts = { correct: index.profile.correctTypos, rejoin: index.profile.entityVocabulary };
    const strict = index.profile.entityVocabulary;
    fc.assert(
      fc.property(queryOf(index), fc.nat({ max: index.names.length - 1 }), fc.constantFrom(0, 0.3, 0.6, 0.75, 0.85), fc.boolean(), fc.boolean(), ({ text, id }, other, floor, own, qualifiers) => {
        const q = prepareName(text, table, opts);
        const c = index.names.form(own ? id : other);
        const bounded = compareNames(q, c, floor, qualifiers, strict);
        const full = withBounds(false, () => compareNames(q, c, floor, qualifiers, strict));
        assert.deepEqual(bounded, full, `${text} / ${own ? id : other} at ${floor}`);
      }),
      { numRuns: 3000, seed: 1717 },
    );
  }
});

test('screening gives the same results with the bounds as without them (both bands)', () => {
  for (const [index, reviewThreshold] of [[v3, undefined], [v2, DEFAULT_REVIEW_THRESHOLD], [v3, 0.3]] as const) {
    fc.assert(
      fc.property(queryOf(index), fc.constantFrom(undefined, 'KP', 'KR'), ({ text }, country) => {
        const query = { name: text, ...(country !== undefined && { country }) };
        const opts = reviewThreshold === undefined ? {} : { reviewThreshold };
        const bounded = screenName(index, query, opts);
        const full = withBounds(false, () => screenName(index, query, opts));
        assert.deepEqual(bounded, full, text);
      }),
      { numRuns: 600, seed: 1718 },
    );
  }
});

test('the listed names themselves screen alike with and without the bounds', () => {
  for (let id = 0; id < v3.names.length; id += 7) {
    const name = v3.names.get(id).full;
    assert.deepEqual(screenName(v3, { name }), withBounds(false, () => screenName(v3, { name })), name);
  }
});

test('the first- and last-syllable masks never change how two words compare', () => {
  for (const index of [v3, v2]) {
    const table = new WordTable(index.table);
    const opts = { correct: index.profile.correctTypos, rejoin: index.profile.entityVocabulary };
    // Every mask bit set: the test falls through to the syllables, as without the masks.
    const unmasked = (w: Word): Word => ({ ...w, firstMask: -1, lastMask: -1, typoMask: w.typoSegs === undefined ? 0 : -1 });
    fc.assert(
      fc.property(queryOf(index), fc.nat({ max: index.names.length - 1 }), ({ text, id }, other) => {
        const q = prepareName(text, table, opts);
        for (const c of [index.names.form(id), index.names.form(other)]) {
          for (const a of q.words) {
            for (const b of c.words) {
              assert.equal(compareWords(a, b), compareWords(unmasked(a), unmasked(b)), `${a.text} / ${b.text}`);
              assert.equal(compareWords(b, a), compareWords(unmasked(b), unmasked(a)), `${b.text} / ${a.text}`);
            }
          }
        }
      }),
      { numRuns: 2000, seed: 1719 },
    );
  }
});

/** Every pair of words of a generated query and two listed names (either way round) that `shortcut` calls
 *  different but compareWords does not; fast-check's counterexample, or undefined when there is none. */
function shortcutWrong(index: ScreeningIndex, shortcut: (a: Word, b: Word) => boolean, numRuns: number): unknown {
  const table = new WordTable(index.table);
  const opts = { correct: index.profile.correctTypos, rejoin: index.profile.entityVocabulary };
  const out = fc.check(
    fc.property(queryOf(index), fc.nat({ max: index.names.length - 1 }), ({ text, id }, other) => {
      const q = prepareName(text, table, opts);
      for (const c of [index.names.form(id), index.names.form(other)]) {
        for (const a of q.words) {
          for (const b of c.words) {
            if (shortcut(a, b) && compareWords(a, b) !== 'different') return false;
            if (shortcut(b, a) && compareWords(b, a) !== 'different') return false;
          }
        }
      }
      return true;
    }),
    { numRuns, seed: 1720 },
  );
  return out.failed ? out.counterexample : undefined;
}

test('the word pairs compareNames calls different from their masks alone are different', () => {
  for (const index of [v3, v2]) assert.equal(shortcutWrong(index, differentByMask, 2000), undefined);
  // The same test catches the shortcut loosened: without the typing-error readings' own test (Jiin, a
  // doubled letter, reads as Jin through its correction, whatever its first syllable's mask).
  const loosened = (a: Word, b: Word): boolean => (a.firstMask & b.firstMask) === 0 && a.segs.length > 0 && b.segs.length > 0 && a.id !== b.id && a.text !== b.text;
  assert.notEqual(shortcutWrong(v3, loosened, 2000), undefined);
});

test('the last-syllable mask loosened (from the first segmentation only) is caught', () => {
  // A word read in several ways (HANAM: ha-nam or han-am) agrees with another through any of them.
  const firstOnly = (w: Word): Word => ({ ...w, lastMask: lastSyllableMask(w.segs.slice(0, 1)) });
  const table = new WordTable(v3.table);
  const opts = { correct: true, rejoin: true };
  const out = fc.check(
    fc.property(queryOf(v3), fc.nat({ max: v3.names.length - 1 }), ({ text, id }, other) => {
      const q = prepareName(text, table, opts);
      for (const c of [v3.names.form(id), v3.names.form(other)]) {
        for (const a of q.words) for (const b of c.words) if (compareWords(firstOnly(a), firstOnly(b)) !== compareWords(a, b)) return false;
      }
      return true;
    }),
    { numRuns: 3000, seed: 1721 },
  );
  assert.equal(out.failed, true);
});
