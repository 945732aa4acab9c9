/**
 * The 1718 Committee's Designated Vessels List, held in memory for matching: by IMO number (exact, or a
 * look-alike repaint of it), by MMSI, and by name as documents write it (case, spacing and punctuation
 * folded; ship-type prefixes, "NO." before a number, Roman numerals and look-alike digits read:
 * vessel-name.ts). An IMO number written into the name ("PETREL 8 (IMO 9562233)") is matched as a number.
 * The list's legal bases say what a designation means: a port-entry ban, an asset freeze, de-flagging.
 */
import { imoInName, imoVariants } from '../geo/imo.ts';
import { nearInEveryWord, nearMissWhy } from './near-vessel-name.ts';
import { foldName, vesselNameKeys } from './vessel-name.ts';

export { foldName };

export type LegalBasis = 'asset-freeze' | 'deflag' | 'vessel-asset-freeze' | 'port-entry-ban' | 'other';

export const LEGAL_BASES: readonly LegalBasis[] = ['asset-freeze', 'deflag', 'vessel-asset-freeze', 'port-entry-ban', 'other'];

export interface DesignatedVessel {
  name: string;
  imo: string;
  mmsi?: string;
  flag?: string;
  callsign?: string;
  type?: string;
  designated: string; // YYYY-MM-DD
  owner?: string;
  legalBases: LegalBasis[];
}

export type MatchBy = 'imo' | 'mmsi' | 'name' | 'imo-near-miss' | 'name-near-miss';

export interface VesselMatch {
  vessel: DesignatedVessel;
  by: MatchBy;
  /** For a name near miss: how the name differs from the listed one. */
  why?: string;
}

export interface VesselQuery {
  imo?: string;
  mmsi?: string | number;
  name?: string;
  /** false: no near misses by edits or sounds (a window of free text, not a name written as one). */
  nearMisses?: boolean;
}

export class DesignatedVessels {
  private readonly byImo = new Map<string, DesignatedVessel>();
  // Every vessel listed with an MMSI, not the last one: two records may give one MMSI (a number reissued,
  // a record made to take a listed vessel's), and a sighting by that MMSI is each of them (fail closed). One
  // vessel kept per MMSI let a record "added" with a listed tanker's MMSI, designated in 2099, hide the
  // tanker's AIS positions (review 12).
  private readonly byMmsi = new Map<string, DesignatedVessel[]>();
  // Each listed name under every key it has (vessel-name.ts): its exact readings, and apart the readings
  // that may be wrong (a trailing V, X, XI as a number).
  private readonly byName = new Map<string, DesignatedVessel[]>();
  private readonly byPossibleName = new Map<string, DesignatedVessel[]>();
  // Every key of a listed name, exact or possible, for the near-miss comparison.
  private readonly nameKeys = new Map<string, DesignatedVessel[]>();
  private readonly byVariant = new Map<string, DesignatedVessel[]>();

  constructor(readonly vessels: readonly DesignatedVessel[], readonly version: string) {
    const put = (m: Map<string, DesignatedVessel[]>, k: string, v: DesignatedVessel) => {
      const vs = m.get(k);
      if (!vs) m.set(k, [v]);
      else if (!vs.includes(v)) vs.push(v);
    };
    for (const v of vessels) {
      this.byImo.set(v.imo, v);
      if (v.mmsi) put(this.byMmsi, v.mmsi, v);
      const keys = vesselNameKeys(v.name, true);
      for (const k of keys.exact) put(this.byName, k, v);
      for (const k of keys.possible) put(this.byPossibleName, k, v);
      for (const x of imoVariants(v.imo)) put(this.byVariant, x, v);
    }
    for (const m of [this.byName, this.byPossibleName]) for (const [k, vs] of m) for (const v of vs) put(this.nameKeys, k, v);
  }

  /** Every listed vessel the query could be, strongest evidence first; one entry per listed vessel. */
  match(q: VesselQuery): VesselMatch[] {
    const out: VesselMatch[] = [];
    const seen = new Set<DesignatedVessel>();
    const add = (v: DesignatedVessel | undefined, by: MatchBy) => {
      if (v && !seen.has(v)) {
        seen.add(v);
        out.push({ vessel: v, by });
      }
    };
    // The numbers asked about: the query's, and one written into its name (looked up as well when the two
    // differ: whichever is listed is that ship).
    const inName = q.name ? imoInName(q.name) : undefined;
    const name = inName ? inName.name : q.name;
    const imos = [...new Set([q.imo, inName?.imo].filter((x): x is string => x !== undefined && x !== ''))];
    for (const imo of imos) add(this.byImo.get(imo), 'imo');
    if (q.mmsi !== undefined) for (const v of this.byMmsi.get(String(q.mmsi)) ?? []) add(v, 'mmsi');
    const keys = name ? vesselNameKeys(name) : { exact: [], possible: [] };
    for (const k of keys.exact) for (const v of this.byName.get(k) ?? []) add(v, 'name');
    // A number one look-alike digit from a listed one: a repaint (or a typo) — worth a look either way,
    // and certainly when the number fails its own check digit.
    for (const imo of imos) if (!this.byImo.has(imo)) for (const v of this.byVariant.get(imo) ?? []) add(v, 'imo-near-miss');
    // A name meeting a listed one only by a reading that may be wrong (a trailing V, X or XI as a number),
    // either way round: a possible match, never a clean one.
    for (const k of keys.possible) for (const v of this.byName.get(k) ?? []) add(v, 'name-near-miss');
    for (const k of keys.exact) for (const v of this.byPossibleName.get(k) ?? []) add(v, 'name-near-miss');
    // A name near a listed one (near-vessel-name.ts: a swapped, doubled, dropped or changed letter, the same
    // sounds spelt another way), when nothing above found the vessel: a possible match, never a clean one.
    // Compared as read ("MV PETRELL 8" is one letter from PETREL 8).
    if (out.length === 0 && name && q.nearMisses !== false) {
      for (const n of [...keys.exact, ...keys.possible]) {
        for (const [listed, vs] of this.nameKeys) {
          const why = nearMissWhy(n, listed);
          if (why !== undefined) for (const v of vs) if (!seen.has(v)) { seen.add(v); out.push({ vessel: v, by: 'name-near-miss', why }); }
        }
      }
      // A typing error in each word (HOA FNA 6 for HAO FAN 6): word by word, against each listed vessel's name.
      for (const vs of this.nameKeys.values()) {
        for (const v of vs) {
          if (seen.has(v)) continue;
          const why = nearInEveryWord(name, v.name);
          if (why !== undefined) { seen.add(v); out.push({ vessel: v, by: 'name-near-miss', why }); }
        }
      }
    }
    return out;
  }
}
