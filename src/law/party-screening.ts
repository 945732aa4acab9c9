/**
 * The types `check` and `screening` share for screening a transaction's parties: what a party to screen
 * is, what a match says, and the screener's shape. Declared here, below both areas (neither imports the
 * other): screening's `createPartyScreener` builds a `PartyScreener`, check consults one.
 */

export interface PartyToScreen {
  name: string;
  type?: 'person' | 'entity';
  dob?: string;
  nationality?: string;
  country?: string;
}

export interface PartyMatch {
  /** The listed record, e.g. KPi.063. */
  ref: string;
  /** The listed name that matched. */
  name: string;
  /** 0..1 */
  score: number;
  /** UN_LIST_TYPE, e.g. DPRK. */
  regime: string;
  algorithm: string;
  listVersion: string;
  /** The record's LISTED_ON (YYYY-MM-DD), when the screener knows it: a designation binds from that day. */
  listedOn?: string;
  /** `possible`: at or above the review threshold, below the match threshold (absent = match: fail closed). */
  band?: 'match' | 'possible';
  /** For a possible match: what fell short, in words (the words not matched, a contradicting date…). */
  shortfall?: string;
  /**
   * A formerly-listed record: not on the list in use, but on an earlier list the database stored. The day
   * (YYYY-MM-DD) of the first stored list without it; `listVersion` is then the last stored list that held it.
   */
  listedUntil?: string;
}

/** A listed name a free text of the transaction (its purpose, a goods description) holds whole. */
export interface NameInText {
  /** The listed record, e.g. KPe.001. */
  ref: string;
  /** The listed name found. */
  name: string;
  /** The words of the text that are the name (folded: lower case; an initialism as listed). */
  words: string;
  /** UN_LIST_TYPE, e.g. DPRK. */
  regime: string;
  algorithm: string;
  listVersion: string;
  /** The record's LISTED_ON (YYYY-MM-DD), when the screener knows it. */
  listedOn?: string;
}

/**
 * An earlier list the database stored but cannot read: the first row of a database an earlier version of
 * Interdict opened (its bundled snapshot, stored without the XML) when this version bundles another. Which
 * records it held, and so which left after it, is not known: a transaction dated before `until` cannot be
 * cleared of them.
 */
export interface ListNotHeld {
  /** Its version id (dateGenerated#sha256 prefix), as the database stored it. */
  version: string;
  sha256: string;
  /** YYYY-MM-DD: the day of the list that replaced it (the next stored one, or the list in use). */
  until: string;
}

/** Returns the matches at or above the screener's review threshold, best first (empty = nothing near).
 *  `namesIn`: the listed names a free text holds whole (absent: the screener does not read free text). */
export interface PartyScreener {
  (party: PartyToScreen): readonly PartyMatch[];
  namesIn?: (text: string) => readonly NameInText[];
  /** The names a free text introduces after a party marker (/BNF/, FOR ACCOUNT OF …), to screen as parties' names. */
  partySpansIn?: (text: string) => readonly string[];
  /** Earlier lists the database stored and cannot read (absent or empty: every earlier list was read). */
  listsNotHeld?: readonly ListNotHeld[];
}
