/**
 * The use case "screen names against the UN list", for every interface: one query or a batch, optionally
 * only against the records added or changed since an older list. The CLI opens a screener over the
 * engine's list (`openScreener`), the service over the list in use (`screenerOver`); both check a
 * request's bands by one rule (`screenBands`) and answer the same `ScreenResult`.
 */
import { MIN_SCREEN_THRESHOLD } from '../io/limits.ts';
import { InterdictError } from '../errors/index.ts';
import { ALGORITHM, DEFAULT_THRESHOLD, loadIndex, screenName, type ScreeningIndex, type ScreeningMatch, type ScreeningQuery } from '../screening/index.ts';
import { changedRefs, diffLists } from '../screening/list-diff.ts';
import { loadUnList } from '../screening/un-list/index.ts';
import type { Engine } from './engine.ts';
import { unexplainedDisguise, type Disguise } from './name-disguise.ts';

/** The bands a screening request may set (CONTRACT §2); the review threshold is never above the threshold. */
export interface ScreenBands {
  /** A match at or above this score (default: the matcher's). */
  threshold?: number;
  /** Possible matches at or above this, below `threshold` (default: the matcher's). */
  reviewThreshold?: number;
}

/** A request's bands once checked: the threshold resolved, the review threshold as asked (else the matcher's). */
export interface Bands {
  threshold: number;
  reviewThreshold?: number;
}

/** One screening request, whichever interface sends it: the query and its bands. */
export interface ScreenRequest extends ScreeningQuery, ScreenBands {}

/** What one screened query answers, whichever interface asked. */
export interface ScreenResult extends Bands {
  matches: ScreeningMatch[];
  /** The name hides letters (mixed scripts, a script screening does not read) and no match explains it: what
   *  was not read, for review (`screen` exits 3 when nothing matched). */
  disguise?: Disguise;
  listVersion: string;
  algorithm: string;
}

/** How the interface names the two bands in a message (`--review-threshold` on the command line). */
export interface BandNames {
  threshold: string;
  reviewThreshold: string;
}

const API_NAMES: BandNames = { threshold: 'threshold', reviewThreshold: 'reviewThreshold' };

/**
 * The bands of a request, checked by the one rule (CONTRACT §2): each from MIN_SCREEN_THRESHOLD to 1
 * (below it every listed name would match), the review threshold never above the threshold; the threshold
 * defaults to the matcher's (DEFAULT_THRESHOLD). `prefix` places the fields in a batch (`queries.KEY.`).
 */
export function screenBands(req: ScreenBands, names: BandNames = API_NAMES, prefix = ''): Bands {
  const field = (name: string) => `${prefix}${name.replace(/^--/, '')}`;
  for (const k of ['threshold', 'reviewThreshold'] as const) {
    const v = req[k];
    if (v !== undefined && !(typeof v === 'number' && v >= MIN_SCREEN_THRESHOLD && v <= 1)) {
      throw new InterdictError('SCREEN_BAD_INPUT', `${names[k]} must be a number from ${MIN_SCREEN_THRESHOLD} to 1, not ${String(v)}`, { field: field(names[k]) });
    }
  }
  const threshold = req.threshold ?? DEFAULT_THRESHOLD;
  if (req.reviewThreshold !== undefined && req.reviewThreshold > threshold) {
    throw new InterdictError('SCREEN_BAD_INPUT', `${names.reviewThreshold} (${req.reviewThreshold}) must not be above ${names.threshold} (${threshold})`, { field: field(names.reviewThreshold) });
  }
  return { threshold, ...(req.reviewThreshold !== undefined && { reviewThreshold: req.reviewThreshold }) };
}

export interface Screener {
  index: ScreeningIndex;
  /** The bands every query of this screener is screened with. */
  bands: Bands;
  /** How many records are screened when `changedSince` limits them. */
  screenedRefs?: number;
  screen(query: ScreeningQuery): ScreeningMatch[];
  /** One query and its answer, as every interface gives it. */
  result(query: ScreeningQuery): ScreenResult;
}

/** A screener over an index already built (the service's list in use), its bands checked. */
export function screenerOver(index: ScreeningIndex, req: ScreenBands, names: BandNames = API_NAMES, prefix = '', refs?: ReadonlySet<string>): Screener {
  const bands = screenBands(req, names, prefix);
  const opts = { ...bands, ...(refs !== undefined && { refs }) };
  const screen = (query: ScreeningQuery) => screenName(index, query, opts);
  return {
    index,
    bands,
    ...(refs !== undefined && { screenedRefs: refs.size }),
    screen,
    result: (query) => {
      const matches = screen(query);
      const disguise = unexplainedDisguise(query.name, matches);
      return { matches, ...(disguise !== undefined && { disguise }), listVersion: index.listVersion, algorithm: index.algorithm, ...bands };
    },
  };
}

/** How the CLI opens a screener: the bands, the matcher, and the records it screens against. */
export interface ScreenerOptions extends ScreenBands {
  /** korean-v3 (the default), korean-v2 or korean-v1; every match records which. */
  algorithm?: string;
  /** An older list XML: screen only against records added or changed since it. */
  changedSince?: string;
}

/** A screener over the engine's list (the CLI): the bands checked first, then the index built. */
export function openScreener(engine: Engine, req: ScreenerOptions, names: BandNames = API_NAMES): Screener {
  screenBands(req, names);
  const given = engine.unList();
  // The bundled records a list given lacks are screened too, as the bundled list holds them: a warning alone left a
  // listed person "nothing found", exit 0, for a script that reads the exit code (hostile new user, H2).
  const lacking = engine.lackingRecords();
  const replaced = new Set(lacking.map((r) => r.ref.trim()));
  const list = lacking.length === 0 ? given : { ...given, records: [...given.records.filter((r) => !replaced.has(r.ref.trim())), ...lacking] };
  const refs = req.changedSince !== undefined ? changedRefs(diffLists(loadUnList(req.changedSince), list)) : undefined;
  return screenerOver(loadIndex(list, req.algorithm ?? ALGORITHM), req, names, '', refs);
}

/** A request's query alone (its bands taken out). */
export function queryOf(req: ScreenRequest): ScreeningQuery {
  const { threshold: _t, reviewThreshold: _r, ...query } = req;
  return query;
}
