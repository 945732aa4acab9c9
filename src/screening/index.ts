/** Screening: the Korean-aware name matchers (korean-v3 by default, v1 and v2 beside it) over the UN consolidated list. */
import { buildIndex as buildIndexFor, type ScreeningIndex } from './build-index.ts';
import { ALGORITHM } from './types.ts';
import type { UnList } from './un-list/model.ts';

export { ALGORITHM, DEFAULT_REVIEW_THRESHOLD, DEFAULT_THRESHOLD, type Band } from './types.ts';
export { ALGORITHMS, isAlgorithm, type Algorithm } from './profile.ts';
export type { ExplanationEntry, ScreeningMatch, ScreeningQuery, ScreenOptions } from './types.ts';
export type { ScreeningIndex, IndexedName } from './build-index.ts';
export { screenName, NAME_FLOOR, MAX_NAME_LENGTH } from './screen-name.ts';
export { validateQuery } from './validate-query.ts';
export { createPartyScreener } from './party-screener.ts';
export { parseBatchCsv, parseBatchRows, type BatchEntry } from './batch-input.ts';
export { segmentSyllables, syllableReadings, readingsOverlap } from './normalize/syllables.ts';
export { decomposeHangul, composeHangul, hangulReadings, isHangulSyllable } from './normalize/hangul.ts';
export { foldWords } from './normalize/fold.ts';
export { latinReading } from '../io/other-alphabets.ts';

/** Build the index of a list for one algorithm. */
export function buildIndex(list: UnList, algorithm: string = ALGORITHM): ScreeningIndex {
  return buildIndexFor(list, algorithm);
}
export { indexFromBytes, indexToBytes, loadIndex } from './index-cache.ts';
