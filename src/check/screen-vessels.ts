/**
 * The vessels a transaction names, against the 1718 Designated Vessels List (2321 para 12, 2371 para 6,
 * 2375 para 6). A designated vessel (by IMO number, or by name when no number contradicts it) brings
 * each of its measures: port-entry ban, asset freeze, de-flagging. An IMO number one look-alike digit
 * from a listed one (a repainted 3 <-> 8) is reviewed as the vessel it would be; a number failing its
 * check digit is reviewed. An IMO number written into the name ("PETREL 8 (IMO 9562233)") is screened as
 * a number too, its check digit checked. Without a list the decision is conditional and says the vessels
 * were not screened: never permitted, yet still usable (a review would flag every vessel-transfer).
 */
import { imoInName, isValidShipImo, normalizeImo } from '../geo/imo.ts';
import { disguisedWord, symbolInWord, undecodedReference } from '../io/look-alikes.ts';
import type { CheckContext, VesselListMatch, VesselScreener } from './context.ts';
import type { Reason } from './decision.ts';
import type { DecisionDraft } from './decision-draft.ts';
import type { Transaction } from './transaction.ts';
import { heldWhole, nameParts, nameRuns } from './vessel-name-parts.ts';

interface Basis {
  measure: string;
  resolution: number;
  paragraph: string;
  what: string;
}

// Each legal basis of the list, with the paragraphs REGIME §6 gives it (one reason per paragraph).
const BASES: Record<string, Basis[]> = {
  'port-entry-ban': [
    { measure: 'unscr-2371-6', resolution: 2371, paragraph: '6', what: 'States deny it entry to their ports (2371 para 6)' },
    { measure: 'unscr-2375-6', resolution: 2375, paragraph: '6', what: 'States deny it entry to their ports, save in an emergency, on return to its port of origin or with Committee approval (2375 para 6)' },
  ],
  'asset-freeze': [{ measure: 'unscr-1718-8d', resolution: 1718, paragraph: '8(d)', what: 'it is an economic resource of a designated owner: frozen, and no dealings are allowed (1718 para 8(d); 2270 para 12)' }],
  'vessel-asset-freeze': [{ measure: 'unscr-2321-12d', resolution: 2321, paragraph: '12(d)', what: 'the vessel itself is frozen property: no dealings are allowed (2321 para 12(d))' }],
  deflag: [{ measure: 'unscr-2321-12a', resolution: 2321, paragraph: '12(a)', what: 'flag States must de-register it and no State may register it (2321 para 12(a))' }],
  other: [{ measure: 'unscr-2371-6', resolution: 2371, paragraph: '6', what: 'the list names a further measure: read the Committee entry' }],
};

export const FIRST_VESSEL_DESIGNATIONS = '2016-03-02';

const NOT_SCREENED: Reason = Object.freeze({
  measure: 'unscr-2371-6', resolution: 2371, paragraph: '6', effect: 'conditions' as const, confidence: 'S' as const, field: 'vessels',
  summary: 'The vessels named were not screened against the 1718 Designated Vessels List (none was imported: interdict vessels import), so a port-entry ban, asset freeze or de-flagging cannot be ruled out: screen them before proceeding.',
});

export function label(v: { name?: string; imo?: string }): string {
  return [v.name !== undefined ? `"${v.name}"` : undefined, v.imo !== undefined ? `IMO ${v.imo}` : undefined].filter(Boolean).join(' ');
}

/** A ship-type prefix a party's name carries when the party is a ship ("MV PETREL 8" as payee of charter hire). */
const SHIP_PREFIX = /^\s*(?:M\s*[/.]?\s*V|M\s*[/.]?\s*T|S\s*\.?\s*S|F\s*[/.]?\s*V|LPG\s*\/?\s*C|LNG\s*\/?\s*C)\b\.?\s+\S/iu;
/** A role saying the party is a ship. */
const SHIP_ROLE = /^\s*(?:the\s+)?(?:vessel|ship|tanker|bulk\s+carrier|cargo\s+ship|carrying\s+vessel|performing\s+vessel|nominated\s+vessel|barge)\s*$/iu;

/** The parties that are ships by their name's prefix or their role: each screened as `vessels[]` are (security review 17, R17-20). */
function partiesAsVessels(tx: Transaction): { i: number; name: string }[] {
  return (tx.parties ?? []).flatMap((p, i) => (typeof p.name === 'string' && (SHIP_PREFIX.test(p.name) || (p.role !== undefined && SHIP_ROLE.test(p.role))) ? [{ i, name: p.name }] : []));
}

export function screenVessels(tx: Transaction, ctx: CheckContext | undefined, draft: DecisionDraft): void {
  const vessels = tx.vessels ?? [];
  const shipParties = partiesAsVessels(tx);
  const anyVessel = vessels.some((v) => v.name !== undefined || v.imo !== undefined);
  if (!anyVessel && shipParties.length === 0) return;
  // The Committee designated its first vessels under 2270 (2 March 2016): no list reaches earlier.
  if (tx.date < FIRST_VESSEL_DESIGNATIONS) return;
  const screen = ctx?.screenVessel;
  if (!screen && anyVessel) draft.reasons.push(NOT_SCREENED);
  for (let i = 0; i < vessels.length; i++) {
    const v = vessels[i]!;
    const imo = normalizeImo(v.imo);
    if (imo !== undefined && !isValidShipImo(imo)) {
      draft.reasons.push({
        measure: 'unscr-2371-6', resolution: 2371, paragraph: '6', effect: 'requires-review', confidence: 'S', field: `vessels[${i}].imo`,
        summary: `Vessel ${label(v)}: the IMO number fails its check digit, so it is mistyped or not the ship's real number (repainted digits are a known evasion): confirm the vessel's identity.`,
      });
    }
    // Documents write the number into the name; the screener reads it there as well (and looks up both
    // when they differ). Here it is checked like the field's, and it speaks for the ship when the field
    // is empty: a name match with another number is then contradicted as with the field.
    const named = v.name !== undefined ? imoInName(v.name)?.imo : undefined;
    if (named !== undefined && named !== imo && !isValidShipImo(named)) {
      draft.reasons.push({
        measure: 'unscr-2371-6', resolution: 2371, paragraph: '6', effect: 'requires-review', confidence: 'S', field: `vessels[${i}].name`,
        summary: `Vessel ${label(v)}: the IMO number written in its name (${named}) fails its check digit, so it is mistyped or not the ship's real number (repainted digits are a known evasion): confirm the vessel's identity.`,
      });
    }
    // A word of the name mixing Latin with another script's letters ("CHОN MA SAN" with a Cyrillic О) is how
    // look-alikes hide a listed ship: reviewed whatever the list gives (no table of look-alikes is complete).
    const hidden = v.name !== undefined ? disguisedWord(v.name) : undefined;
    if (hidden !== undefined) {
      draft.reasons.push({
        measure: 'unscr-2371-6', resolution: 2371, paragraph: '6', effect: 'requires-review', confidence: 'S', field: `vessels[${i}].name`,
        summary: undecodedReference(hidden.word) !== undefined
          ? `Vessel ${label(v)}: the name holds a character reference or byte escape no reader here decodes ("${hidden.word}"): a page may show it as a letter that hides a listed vessel's name from screening: compare the name with the 1718 Designated Vessels List by hand, read as it shows, before proceeding.`
          : hidden.why === 'mixed' && symbolInWord(hidden.word) !== undefined
          ? `Vessel ${label(v)}: the name sets a keyboard symbol drawn like a letter inside a word ("${hidden.word}"): symbols for letters (€ for E, @ for A) can hide a listed vessel's name from screening: compare the name with the 1718 Designated Vessels List by hand, read as it shows, before proceeding.`
          : hidden.why === 'mixed'
          ? `Vessel ${label(v)}: the name mixes letters of different scripts in one word ("${hidden.word}"): look-alike letters (a Cyrillic О for a Latin O) can hide a listed vessel's name from screening: compare the name with the 1718 Designated Vessels List by hand, read as it shows, before proceeding.`
          : `Vessel ${label(v)}: the name is written in a script screening does not read ("${hidden.word}"): compare it with the 1718 Designated Vessels List by hand, romanized, before proceeding.`,
      });
    }
    if (!screen) continue;
    const q: { name?: string; imo?: string } = {};
    if (v.name !== undefined) q.name = v.name;
    if (imo !== undefined) q.imo = imo;
    const imos = [imo, named].filter((x): x is string => x !== undefined);
    screenNamed(q, imos, `vessels[${i}]`, `vessels[${i}].${imo === undefined && named !== undefined ? 'name' : 'imo'}`, screen, tx.date, draft);
  }
  if (!screen) return;
  // A party that is a ship ("MV PETREL 8" as payee of charter hire; role "vessel") is screened as a vessel.
  for (const { i, name } of shipParties) {
    const named = imoInName(name)?.imo;
    screenNamed({ name, ...(named !== undefined && { imo: named }) }, named !== undefined ? [named] : [], `parties[${i}]`, `parties[${i}].name`, screen, tx.date, draft);
  }
}

/**
 * One named vessel against the list: its name and number as given; then the names it gives beside the listed
 * one (vessel-name-parts.ts): a former name ("SEA STAR (EX-PETREL 8)") or the current name beside it is the
 * listed ship's as surely (its measures), and a listed name standing whole among more words ("NEW PETREL 8",
 * "PETREL 8TH") is review: owners rename a listed ship so (security review 17, R17-2).
 */
function screenNamed(q: { name?: string; imo?: string }, imos: readonly string[], field: string, numberField: string, screen: VesselScreener, date: string, draft: DecisionDraft): void {
  const found = new Set<string>();
  for (const m of screen(q)) {
    if (m.designated > date) continue; // not yet designated on the transaction's date
    found.add(m.imo);
    draft.reasons.push(...reasonsFor(m, q, imos, field, numberField));
  }
  if (q.name === undefined) return;
  const parts = nameParts(q.name);
  if (parts !== undefined) {
    const names = [...(parts.current !== '' ? [{ n: parts.current, former: false }] : []), ...parts.former.map((n) => ({ n, former: true }))];
    for (const { n, former } of names) {
      for (const m of screen({ name: n })) {
        if (m.designated > date || found.has(m.imo) || (m.by !== 'name' && m.by !== 'name-near-miss')) continue;
        found.add(m.imo);
        const why = former
          ? `The name gives "${n}" as the vessel's former name: a ship keeps its IMO number through renamings, so a former name on the list is the listed ship. `
          : `The name gives "${n}" as the vessel's name beside a former one. `;
        draft.reasons.push(...reasonsFor(m, q, imos, field, numberField).map((r) => ({ ...r, summary: why + r.summary })));
      }
    }
  }
  for (const run of nameRuns(q.name)) {
    for (const m of screen({ name: run, nearMisses: false })) {
      if (m.by !== 'name' || m.designated > date || found.has(m.imo) || !heldWhole(m.name)) continue;
      found.add(m.imo);
      draft.reasons.push({
        measure: 'unscr-2371-6', resolution: 2371, paragraph: '6', effect: 'requires-review', confidence: 'S', field, matchedRef: `IMO ${m.imo}`, listVersion: m.listVersion,
        summary: `Vessel ${label(q)} holds the name of the designated vessel ${m.name} (IMO ${m.imo}), designated by the 1718 Committee on ${m.designated} (list ${m.listVersion}), whole among its words ("${run}"): owners rename a listed ship so (a word added before or after the name, an ordinal), so a port-entry ban, asset freeze or de-flagging may apply: establish which ship this is (its IMO number) before proceeding.`,
      });
    }
  }
}

/** The reasons a listed vessel met brings; `field` names the vessel asked about, `numberField` where its number was written. */
export function reasonsFor(m: VesselListMatch, v: { name?: string; imo?: string }, imos: readonly string[], field: string, numberField: string): Reason[] {
  const listed = `${m.name} (IMO ${m.imo}), designated by the 1718 Committee on ${m.designated} (list ${m.listVersion})`;
  if (m.by === 'name-near-miss') {
    return [{
      measure: 'unscr-2371-6', resolution: 2371, paragraph: '6', effect: 'requires-review', confidence: 'S', field, matchedRef: `IMO ${m.imo}`, listVersion: m.listVersion,
      summary: `Vessel ${label(v)} possibly is ${listed}: ${m.why !== undefined ? `its name is near the listed name: ${m.why}` : 'its name meets the listed name only by an uncertain reading (a trailing V, X or XI read as a number, a number written as a word, the ship suffix -ho or hao glued to the name)'}, as a repainted, mistyped or otherwise spelt name would: establish which ship this is before proceeding.`,
    }];
  }
  if (m.by === 'imo-near-miss') {
    return [{
      measure: 'unscr-2371-6', resolution: 2371, paragraph: '6', effect: 'requires-review', confidence: 'S', field: numberField, matchedRef: `IMO ${m.imo}`, listVersion: m.listVersion,
      summary: `Vessel ${label(v)}: the IMO number is one look-alike digit from ${listed}; a repainted number (3 <-> 8 and the like) is a known evasion: establish which ship this is.`,
    }];
  }
  // A name alone is weaker evidence; a different, valid IMO number contradicts it.
  const contradicted = m.by === 'name' && imos.length > 0 && !imos.includes(m.imo);
  const how = m.by === 'name' ? 'by name' : m.by === 'mmsi' ? 'by MMSI' : 'by IMO number';
  return m.legalBases.flatMap((b) => (BASES[b] ?? BASES.other!).map((basis) => ({ b, basis }))).map(({ b, basis }) => {
    const effect = contradicted || !(b in BASES) || b === 'other' ? ('requires-review' as const) : ('prohibits' as const);
    const summary = contradicted
      ? `Vessel ${label(v)} has the name of ${listed}, but another IMO number: if it is that ship, ${basis.what}. Establish which ship this is.`
      : `Vessel ${label(v)} is ${listed} (matched ${how}): ${basis.what}.`;
    // Named like a party's reason: the vessel it is about (field) and the listed entry it matched (its
    // IMO number, the 1718 list's key), so a memo or a reader ties each reason to its vessel.
    const r: Reason = { measure: basis.measure, resolution: basis.resolution, paragraph: basis.paragraph, effect, summary, confidence: 'S', field, matchedRef: `IMO ${m.imo}`, listVersion: m.listVersion };
    return r;
  });
}
