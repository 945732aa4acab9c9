// Held-back evaluation 9127, HIGH-2: syllables common in Korean names, written the English way with a doubled vowel
// (Sook 숙, Joon 준, Oong 웅, Moo 무, Hee 희), were "corrected" into a listed name's syllable as typing errors: Kim
// Jin-sook was a match for KIM JIN SOK (and prohibited by check with nationality KR), Kang Joon-kil for KANG MUN KIL.
// One syllable changed is another person: possible at most. Spellings no name uses stay typing errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildIndex, screenName } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';

const index = buildIndex(loadUnList(), 'korean-v3');
const best = (name: string): { ref: string; band: string } | undefined => screenName(index, { name })[0];

test('a name syllable in its English spelling is no typing error of a listed one', () => {
  for (const [q, ref] of [['Kim Jin-sook', 'KPi.023'], ['Choe Sook-min', 'KPi.064'], ['Kang Joon-kil', 'KPi.019'], ['Pak Oong-nam', 'KPi.073'], ['Oon Ho-Jin', 'KPi.001'], ['Moo Kyung-Hwan', 'KPi.071'], ['Hee Chun Seong', 'KPi.075']] as const) {
    const m = screenName(index, { name: q }).find((x) => x.ref === ref);
    assert.notEqual(m?.band, 'match', `${q}: ${m?.score}`);
  }
});

test('typing errors that leave no name syllable are still corrected', () => {
  for (const [q, ref] of [['RI MAN GOON', 'KPi.026'], ['RYU JIIN', 'KPi.027'], ['KIM NAAM UNG', 'KPi.061'], ['CHU HYOOK', 'KPi.065'], ['PAARK YONG SIK', 'KPi.063'], ['Kim Jinn-sok', 'KPi.023'], ['Yoon Ho-jin', 'KPi.001'], ['Moon Kyong Hwan', 'KPi.071']] as const) {
    assert.deepEqual(best(q) && { ref: best(q)!.ref, band: best(q)!.band }, { ref, band: 'match' }, q);
  }
});
