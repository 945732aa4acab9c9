/**
 * The 1718 Committee's Designated Vessels List, held in memory for matching: by IMO number (exact, or a
 * look-alike repaint of it), by MMSI, and by name (case, spacing and punctuation folded). The list's
 * legal bases say what a designation means: a port-entry ban, an asset freeze, de-flagging.
 */
import { imoVariants } from '../geo/imo.ts';

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

export function foldName(s: string): string {
  return s.toUpperCase().normalize('NFKD').replace(/[^A-Z0-9]+/g, '');
}

export class DesignatedVessels {
  private readonly byImo = new Map<string, DesignatedVessel>();
  private readonly byMmsi = new Map<string, DesignatedVessel>();
  private readonly byName = new Map<string, DesignatedVessel[]>();
  private readonly byVariant = new Map<string, DesignatedVessel[]>();

  constructor(readonly vessels: readonly DesignatedVessel[], readonly version: string) {
    for (const v of vessels) {
      this.byImo.set(v.imo, v);
      if (v.mmsi) this.byMmsi.set(v.mmsi, v);
      const n = foldName(v.name);
      this.byName.set(n, [...(this.byName.get(n) ?? []), v]);
      for (const x of imoVariants(v.imo)) this.byVariant.set(x, [...(this.byVariant.get(x) ?? []), v]);
    }
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
    if (q.imo) add(this.byImo.get(q.imo), 'imo');
    if (q.mmsi !== undefined) add(this.byMmsi.get(String(q.mmsi)), 'mmsi');
    if (q.name) for (const v of this.byName.get(foldName(q.name)) ?? []) add(v, 'name');
    // A number one look-alike digit from a listed one: a repaint (or a typo) — worth a look either way,
    // and certainly when the number fails its own check digit.
    if (q.imo && !this.byImo.has(q.imo)) for (const v of this.byVariant.get(q.imo) ?? []) add(v, 'imo-near-miss');
    // A name one letter from a listed one (a repainted or mistyped name), when nothing above found the
    // vessel: a possible match, never a clean one.
    if (q.name && out.length === 0) {
      const n = foldName(q.name);
      if (n.length >= 5) for (const [listed, vs] of this.byName) if (oneEditApart(n, listed)) for (const v of vs) add(v, 'name-near-miss');
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
