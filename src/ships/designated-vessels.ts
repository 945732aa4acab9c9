/**
 * The 1718 Committee's Designated Vessels List, held in memory for matching: by IMO number (exact, or a
 * look-alike repaint of it), by MMSI, and by name as documents write it (case, spacing and punctuation
 * folded; ship-type prefixes, "NO." before a number, Roman numerals and look-alike digits read:
 * vessel-name.ts). An IMO number written into the name ("PETREL 8 (IMO 9562233)") is matched as a number.
 * The list's legal bases say what a designation means: a port-entry ban, an asset freeze, de-flagging.
 */
import { imoInName, imoVariants } from '../geo/imo.ts';
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
}

export interface VesselQuery {
  imo?: string;
  mmsi?: string | number;
  name?: string;
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
  // The exact keys by length, for the one-letter comparison (a key meets only keys one longer or shorter).
  private readonly namesByLength = new Map<number, string[]>();
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
      const keys = vesselNameKeys(v.name);
      for (const k of keys.exact) put(this.byName, k, v);
      for (const k of keys.possible) put(this.byPossibleName, k, v);
      for (const x of imoVariants(v.imo)) put(this.byVariant, x, v);
    }
    for (const k of this.byName.keys()) this.namesByLength.set(k.length, [...(this.namesByLength.get(k.length) ?? []), k]);
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
    // A name one letter from a listed one (a repainted or mistyped name), when nothing above found the
    // vessel: a possible match, never a clean one. Compared as read ("MV PETRELL 8" is one letter from
    // PETREL 8), and only for names of five characters or more (shorter ones are one letter from too many).
    if (out.length === 0) {
      for (const n of keys.exact) {
        if (n.length < 5) continue;
        for (let len = n.length - 1; len <= n.length + 1; len++) {
          for (const listed of this.namesByLength.get(len) ?? []) if (oneEditApart(n, listed)) for (const v of this.byName.get(listed)!) add(v, 'name-near-miss');
        }
      }
    }
    return out;
  }
}

/** Two folded names one insertion, deletion or substitution apart (and not equal). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1 || b.length < 5) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
