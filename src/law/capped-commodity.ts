/**
 * The commodities whose deliveries the cap ledger tallies (2375 para 14, 2397 paras 4-5). Defined in the
 * law layer because the law data sets these caps; check and the ledger both build on it.
 */
export type CappedCommodity = 'refined-petroleum' | 'crude-oil';

/** Every commodity a law cap may bound: the ledger's two, and 2017 coal (2321 para 26), which the
 *  Committee tallied itself and the ledger does not track. */
export type CapCommodity = CappedCommodity | 'coal';
