/**
 * What `check` may consult beyond the law: the screening engine (for parties) and the cap ledger
 * (for refined petroleum and crude oil). Both are optional and synchronous, so evaluation stays a
 * pure, fast function; the caller (CLI, HTTP) prepares them. When one is absent the decision must say
 * so (e.g. "parties were not screened"), never pass silently.
 */

import type { CapStateLookup } from '../law/cap-state.ts';

export type { CappedCommodity } from '../law/capped-commodity.ts';
export type { CapState, CapStateLookup } from '../law/cap-state.ts';
export type { PartyMatch, PartyScreener, PartyToScreen } from '../law/party-screening.ts';
import type { PartyScreener } from '../law/party-screening.ts';

export interface VesselToScreen {
  name?: string;
  imo?: string;
  /** false: only the listed name's readings, no near misses (words of free text are not written as names). */
  nearMisses?: boolean;
}

/** A vessel of the 1718 Designated Vessels List that a named vessel is, or may be. */
export interface VesselListMatch {
  name: string;
  imo: string;
  designated: string; // YYYY-MM-DD
  legalBases: readonly string[]; // asset-freeze, deflag, vessel-asset-freeze, port-entry-ban, other
  by: 'imo' | 'mmsi' | 'name' | 'imo-near-miss' | 'name-near-miss';
  /** For a name near miss: how the name differs from the listed one. */
  why?: string;
  listVersion: string;
}

/** Returns every listed vessel the query is or may be (empty = not on the list). */
export type VesselScreener = (vessel: VesselToScreen) => readonly VesselListMatch[];

export interface CheckContext {
  screenParty?: PartyScreener;
  capState?: CapStateLookup;
  /** The imported 1718 Designated Vessels List; absent = vessels are not screened, and decisions say so. */
  screenVessel?: VesselScreener;
}
