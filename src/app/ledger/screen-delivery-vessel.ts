/**
 * A delivery's vessel screened when it is recorded, as its parties are (security review 17, R17-23): a supply of
 * refined petroleum carried by a vessel on the 1718 Designated Vessels List (2321 para 12, 2371 para 6, 2375
 * para 6) must not go into the State's notification as an ordinary delivery. The vessel is screened as `check`
 * screens one (the imported list's screener: name, and an IMO number written in the text), with each name the
 * text gives it ("SEA STAR (EX-PETREL 8)": the name and the former name); the result is stored with the
 * parties' screening (marked `of: 'vessel'`) and listed under "review before sending" when it is not clear.
 */
import { heldWhole, nameParts, nameRuns, type VesselListMatch, type VesselScreener } from '../../check/index.ts';
import { imoInName } from '../../geo/imo.ts';
import type { PartyScreening } from '../../ledger/index.ts';

/** The names a vessel text gives, as `check` reads a vessel's name: the whole text, its current and former names. */
function namesIn(vessel: string): string[] {
  const parts = nameParts(vessel);
  return [...new Set([vessel, ...(parts === undefined ? [] : [parts.current, ...parts.former].filter((n) => n !== ''))])];
}

const SURE: ReadonlySet<VesselListMatch['by']> = new Set(['imo', 'mmsi', 'name']);

/** Why a vessel recorded with no 1718 vessels list in the database is `unscreened`. */
export const NO_VESSELS_LIST = 'no designated-vessels list imported';

/**
 * The vessel's screening, or undefined when no vessel is named. With no vessels list imported in the
 * database the vessel is `unscreened` (fail closed): a delivery whose vessel nobody screened is listed for
 * review, never passed as clear (an absent screening had read as nothing to say).
 */
export function screenDeliveryVessel(vessel: string | undefined, screen: VesselScreener | undefined, listVersion = ''): PartyScreening | undefined {
  const text = vessel?.trim();
  if (text === undefined || text === '') return undefined;
  if (screen === undefined) return { name: text, result: 'unscreened', reason: NO_VESSELS_LIST, matches: [], listVersion: '', of: 'vessel' };
  const found = new Map<string, VesselListMatch>();
  const imo = imoInName(text)?.imo;
  if (imo !== undefined) for (const m of screen({ imo })) found.set(m.imo, m);
  for (const name of namesIn(text)) {
    for (const m of screen({ name })) {
      const had = found.get(m.imo);
      if (had === undefined || (!SURE.has(had.by) && SURE.has(m.by))) found.set(m.imo, m);
    }
  }
  // A listed name standing whole among more words ("NEW PETREL 8", "PETREL 8TH"): possible, as `check` holds it
  // (review 18, R18-8: a delivery's vessel was screened "clear" where check reviewed it).
  for (const run of nameRuns(text)) {
    for (const m of screen({ name: run })) if (m.by === 'name' && !found.has(m.imo) && heldWhole(m.name)) found.set(m.imo, { ...m, by: 'name-near-miss', why: 'its name stands whole among more words' });
  }
  const matches = [...found.values()].map((m) => ({ ref: `IMO ${m.imo}`, name: m.name, score: SURE.has(m.by) ? 1 : 0.9, band: SURE.has(m.by) ? ('match' as const) : ('possible' as const) }));
  const result = matches.some((m) => m.band === 'match') ? 'match' : matches.length > 0 ? 'possible' : 'clear';
  return { name: text, result, matches, listVersion: [...found.values()][0]?.listVersion ?? listVersion, of: 'vessel' };
}

/** The parties' screening with the vessel's added (undefined when neither was screened). */
export function withVesselScreening(parties: PartyScreening[] | undefined, vessel: string | undefined, screen: VesselScreener | undefined, listVersion?: string): PartyScreening[] | undefined {
  const v = screenDeliveryVessel(vessel, screen, listVersion);
  if (v === undefined) return parties;
  return [...(parties ?? []), v];
}
