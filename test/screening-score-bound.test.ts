// The weight bound compareNames checks before comparing any word (the heaviest words of each variant pair
// against the floor) skips a candidate only when no pair of variants could reach the floor: with a floor,
// every comparison that would score above it scores exactly what it scores without one, over generated
// names made of the list's own words (people's and entities', with legal forms, places and short forms).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import fc from 'fast-check';
import type { ScreeningIndex } from '../src/screening/index.ts';
import { prepareName } from '../src/screening/name-form.ts';
import { compareNames } from '../src/screening/name-score.ts';
import { screenersWithListedWords } from './support/list-screeners.ts';
import { WordTable } from '../src/screening/words.ts';

let v3: ScreeningIndex;
let v2: ScreeningIndex;
let listedWords: string[];
before(() => {
  ({ v3, v2, listedWords } = screenersWithListedWords());
});

const EXTRA = ['Co', 'Ltd', 'Corp', 'Bk', 'Trdg', 'Intl', 'Hong', 'Kong', 'branch', 'of', 'Smith', 'Jiin', 'Ch', 'ol', 'JV'];

test('a floor never changes a comparison that reaches it (pruned = unpruned above the floor)', () => {
  for (const index of [v3, v2]) {
    const table = new WordTable(index.table);
    const opts = { correct: index.profile.correctTypos, rejoin: index.profile.entityVocabulary };
    const word = fc.oneof(fc.nat({ max: listedWords.length - 1 }).map((i) => listedWords[i] as string), fc.constantFrom(...EXTRA));
    // A query made from the candidate's own words, some dropped, some added: scores across the whole range.
    const edit = fc.record({ keep: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), added: fc.array(word, { maxLength: 3 }), at: fc.nat({ max: 8 }) });
    fc.assert(
      fc.property(edit, fc.nat({ max: index.names.length - 1 }), fc.constantFrom(0.3, 0.6, 0.75, 0.85), fc.boolean(), ({ keep, added, at }, id, floor, qualifiers) => {
        const own = index.names.get(id).full.split(/\s+/).filter((_w, i) => keep[i % keep.length] === true);
        const text = [...own.slice(0, at), ...added, ...own.slice(at)].join(' ');
        if (!/\p{L}/u.test(text)) return;
        const q = prepareName(text, table, opts);
        const c = index.names.form(id);
        const strict = index.profile.entityVocabulary;
        const free = compareNames(q, c, 0, qualifiers, strict);
        const pruned = compareNames(q, c, floor, qualifiers, strict);
        if (free.score > floor) assert.deepEqual(pruned, free, `${text} / ${id} at ${floor}`);
        else assert.ok(pruned.score <= free.score, `${text} / ${id} at ${floor}`);
      }),
      { numRuns: 3000, seed: 17 },
    );
  }
});

test('every listed name against itself keeps its score at the match threshold', () => {
  const table = new WordTable(v3.table);
  for (let id = 0; id < v3.names.length; id += 3) {
    const q = prepareName(v3.names.get(id).full, table, { correct: true, rejoin: true });
    const free = compareNames(q, v3.names.form(id), 0, false, true);
    const pruned = compareNames(q, v3.names.form(id), 0.85, false, true);
    if (free.score > 0.85) assert.deepEqual(pruned, free, v3.names.get(id).full);
  }
});
