/** Plain-words explanations of the name features. */
import type { NameComparison } from './name-score.ts';
import { MISPLACED_PENALTY, SYLLABLE_ORDER_PENALTY } from './name-score.ts';
import type { NameKind } from './un-list/model.ts';
import type { ExplanationEntry, ScreeningMatch } from './types.ts';
import type { WordRelation } from './words.ts';

const RELATION_WORDS: Record<WordRelation, string> = {
  exact: 'same',
  romanization: 'same Korean reading',
  spelling: 'spelling variant',
  typo: 'one letter off',
  corrected: 'typing error',
  abbreviation: 'short form',
  near: 'one letter off, another Korean syllable',
  different: 'different',
};

export function explainName(cmp: NameComparison): ExplanationEntry {
  const pairs = cmp.pairs.map((p) => (p.relation === 'exact' ? p.query : `${p.query}~${p.listed} (${RELATION_WORDS[p.relation]}${p.edit !== undefined ? `: ${p.edit}` : ''})`));
  const parts = [`words matched: ${pairs.join(', ') || 'none'}`];
  if (cmp.unmatchedQuery.length > 0) parts.push(`not in the listed name: ${cmp.unmatchedQuery.join(' ')}`);
  if (cmp.unmatchedListed.length > 0) parts.push(`listed but not given: ${cmp.unmatchedListed.join(' ')}`);
  if (cmp.reordered) parts.push(`in another order (up to ${SYLLABLE_ORDER_PENALTY} off)`);
  if (cmp.misplaced === true) parts.push(`the syllables in common stand elsewhere in the listed name (${MISPLACED_PENALTY} off)`);
  return { feature: 'name', score: round(cmp.score), weight: 1, detail: parts.join('; ') };
}

export function explainKind(kind: NameKind): ExplanationEntry {
  const detail = {
    primary: 'matched the listed name',
    good: 'matched a good-quality alias',
    low: 'matched a low-quality alias exactly (low aliases count only when exact)',
    former: 'matched a former name (f.k.a.): the party was known by this name before',
  }[kind];
  return { feature: 'name-kind', score: 0, weight: 0, detail };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** What held a result below a full match, in words: the name's shortfall (the words not matched, another
 *  order), a name score held down, and each piece of evidence that contradicts. */
export function shortfall(m: Pick<ScreeningMatch, 'explanation'>): string {
  const parts: string[] = [];
  for (const e of m.explanation) {
    if (e.feature === 'name' && e.score < 1) parts.push(`name ${e.score.toFixed(2)} (${e.detail})`);
    else if (e.feature === 'generic-name' || e.feature === 'other-business' || e.feature === 'country-contradicts' || e.feature === 'evidence-floor' || e.feature === 'name-inside' || e.score < 0) parts.push(e.detail);
  }
  return parts.join('; ');
}
