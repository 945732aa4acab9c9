// The bound compareCandidate reads from a listed name's stored words before decoding it (storedScoreBound) is an
// upper bound of the name's score, and the relations compareNames keeps per query word and listed word while one
// query is compared with its candidates are those it computes afresh: over generated names made of the list's
// own words (people's and entities', with legal forms, places, short forms and typing errors), for korean-v3
// and korean-v2, with and without the qualifier discounts.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import fc from 'fast-check';
import type { ScreeningIndex } from '../src/screening/index.ts';
import { prepareName } from '../src/screening/name-form.ts';
import { compareNames, storedScoreBound } from '../src/screening/name-score.ts';
import { WordTable } from '../src/screening/words.ts';
import { screenersWithListedWords } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let v2: ScreeningIndex;
let listedWords: string[];
before(() => {
  ({ v3, v2, listedWords } = screenersWithListedWords());
});

const EXTRA = ['Co', 'Ltd', 'Corp', 'Bk', 'Trdg', 'Intl', 'Hong', 'Kong', 'branch', 'of', 'Smith', 'Jiin', 'Ch', 'ol', 'JV', 'Kim', 'Chol', 'Tong', 'Yon', 'Dev.', 'Shanghai', 'Shipping'];

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

test('storedScoreBound is never below the score compareNames gives (random query and listed name pairs)', () => {
  let below = 0;
  let pairs = 0;
  for (const index of [v3, v2]) {
    const table = new WordTable(index.table);
    const opts = { correct: index.profile.correctTypos, rejoin: index.profile.entityVocabulary };
    const strict = index.profile.entityVocabulary;
    fc.assert(
      fc.property(queryOf(index), fc.array(fc.nat({ max: index.names.length - 1 }), { maxLength: 6 }), fc.boolean(), ({ text, id }, others, qualifiers) => {
        const q = prepareName(text, table, opts);
        for (const c of [id, ...others]) {
          const bound = storedScoreBound(q, index.names, c, qualifiers, strict);
          const score = compareNames(q, index.names.form(c), 0, qualifiers, strict).score;
          assert.ok(score <= bound + 1e-9, `${text} / ${index.names.get(c).full}: score ${score} above the bound ${bound}`);
          pairs++;
          if (bound < 0.6) below++;
        }
      }),
      { numRuns: 1500, seed: 2017 },
    );
  }
  // The bound is worth reading: most random pairs fall below the default review threshold by it alone.
  assert.ok(below > pairs / 2, `${below} of ${pairs} pairs bounded below 0.6`);
});

test('the bound holds for each listed name against queries of its own words (the pairs that score)', () => {
  for (const index of [v3, v2]) {
    const table = new WordTable(index.table);
    const opts = { correct: index.profile.correctTypos, rejoin: index.profile.entityVocabulary };
    for (let id = 0; id < index.names.length; id += 3) {
      const full = index.names.get(id).full;
      for (const text of [full, full.split(/\s+/).slice(0, -1).join(' '), full.split(/\s+/).reverse().join(' ')]) {
        if (!/\p{L}/u.test(text)) continue;
        const q = prepareName(text, table, opts);
        for (const qualifiers of [false, true]) {
          const bound = storedScoreBound(q, index.names, id, qualifiers, index.profile.entityVocabulary);
          const score = compareNames(q, index.names.form(id), 0, qualifiers, index.profile.entityVocabulary).score;
          assert.ok(score <= bound + 1e-9, `${text} / ${full}: ${score} above ${bound}`);
        }
      }
    }
  }
});

test('relations kept across a query\'s candidates are those computed afresh (queries interleaved)', () => {
  for (const index of [v3, v2]) {
    const table = new WordTable(index.table);
    const opts = { correct: index.profile.correctTypos, rejoin: index.profile.entityVocabulary };
    const strict = index.profile.entityVocabulary;
    fc.assert(
      fc.property(fc.array(fc.tuple(queryOf(index), fc.nat({ max: index.names.length - 1 }), fc.constantFrom(0, 0.3, 0.6, 0.85), fc.boolean()), { minLength: 2, maxLength: 8 }), (steps) => {
        const qs = steps.map(([{ text }]) => prepareName(text, table, opts));
        // Each query compared with every step's listed name, the queries taking turns (the kept relations of
        // one are dropped for the next, then made again), against a fresh copy of the query (nothing kept).
        for (const [k, [, other, floor, qualifiers]] of steps.entries()) {
          for (const [j, q] of qs.entries()) {
            const c = index.names.form((j + k) % 2 === 0 ? other : (steps[j] as (typeof steps)[number])[0].id);
            const kept = compareNames(q, c, floor, qualifiers, strict);
            const fresh = compareNames({ ...q }, index.names.form((j + k) % 2 === 0 ? other : (steps[j] as (typeof steps)[number])[0].id), floor, qualifiers, strict);
            assert.deepEqual(kept, fresh);
          }
        }
      }),
      { numRuns: 300, seed: 2018 },
    );
  }
});
