/**
 * The use case "screen names against the UN list": one query or a batch, optionally only against the
 * records added or changed since an older list. The index is built once per engine.
 */
import { ALGORITHM, loadIndex, screenName, type ScreeningIndex, type ScreeningMatch, type ScreeningQuery } from '../screening/index.ts';
import { changedRefs, diffLists } from '../screening/list-diff.ts';
import { loadUnList } from '../screening/un-list/index.ts';
import type { Engine } from './engine.ts';

/** The bands a screening request may set (CONTRACT §2); the review threshold is never above the threshold. */
export interface ScreenBands {
  /** A match at or above this score (default: the matcher's). */
  threshold?: number;
  /** Possible matches at or above this, below `threshold` (default: the matcher's). */
  reviewThreshold?: number;
}

/** One screening request, whichever interface sends it: the query and its bands. */
export interface ScreenRequest extends ScreeningQuery, ScreenBands {}

/** How a screener is opened: its bands, its matcher, and the records it screens against. */
export interface ScreenerOptions {
  threshold: number;
  /** Possible matches at or above this, below `threshold` (default: the matcher's). */
  reviewThreshold?: number;
  /** korean-v3 (the default), korean-v2 or korean-v1; every match records which. */
  algorithm?: string;
  /** An older list XML: screen only against records added or changed since it. */
  changedSince?: string;
}

export interface Screener {
  index: ScreeningIndex;
  /** How many records are screened when `changedSince` limits them. */
  screenedRefs?: number;
  screen(query: ScreeningQuery): ScreeningMatch[];
}

export function openScreener(engine: Engine, req: ScreenerOptions): Screener {
  const list = engine.unList();
  const refs = req.changedSince !== undefined ? changedRefs(diffLists(loadUnList(req.changedSince), list)) : undefined;
  const index = loadIndex(list, req.algorithm ?? ALGORITHM);
  const opts = { threshold: req.threshold, ...(req.reviewThreshold !== undefined && { reviewThreshold: req.reviewThreshold }), ...(refs !== undefined && { refs }) };
  return {
    index,
    ...(refs !== undefined && { screenedRefs: refs.size }),
    screen: (query) => screenName(index, query, opts),
  };
}
