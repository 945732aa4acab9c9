/**
 * Designated vessels named in a transaction's free text. Bills of lading and charter-hire payments name the
 * ship in the narrative ("charter hire MV PETREL 8", "steel pipes, vessel: PETREL 8 IMO 9562233"), not in
 * `vessels[]`, yet the dealing is with that ship as surely.
 *  - An IMO number marked as one ("IMO 9562233", "IMO No. …") of a listed vessel is that ship: its
 *    measures, as for `vessels[].imo` (a look-alike repaint reviewed).
 *  - A seven-digit number standing alone that is a listed vessel's IMO number (its check digit valid) may be
 *    one, or an invoice number: `review`.
 *  - A listed vessel's name, read as `vessels[].name` is (prefix, NO., suffix -ho, Hangul…), standing whole
 *    among the words: `review`; the text may name the ship for another reason, so a person decides. Only
 *    the name's own readings, not near misses: every short word would otherwise be near some listed name.
 */
import { asciiDigits, isValidShipImo, markedImos } from '../geo/imo.ts';
import type { CheckContext, VesselListMatch } from './context.ts';
import type { Reason } from './decision.ts';
import { pushReason, type DecisionDraft } from './decision-draft.ts';
import { nameTextFields } from './match-text-names.ts';
import { FIRST_VESSEL_DESIGNATIONS, reasonsFor } from './screen-vessels.ts';
import { numbersRead } from './vessel-name-parts.ts';
import type { Transaction } from './transaction.ts';

/** The longest run of words tried as a name ("M / V TONG SAN NO 2 HO" is 8 when cut at every mark). */
const MAX_NAME_WORDS = 8;
/** Texts longer than this are read in their first this many words (a limit on work, never silent: see below). */
const MAX_TEXT_WORDS = 2000;

const BARE_NUMBER = /(?<![0-9])(\d{7})(?![0-9])/gu;

const quoted = (text: string): string => JSON.stringify(text.length > 120 ? `${text.slice(0, 117)}...` : text);

function where(field: string): string {
  return field === 'purpose' ? 'The purpose' : field === 'jointVenture.project' ? "The joint venture's project" : field.endsWith('.description') ? `${field.replace('.description', '')}'s description` : `The field ${field}`;
}

/**
 * Every free-text field a ship can be named in: the purpose, descriptions and project, and a party's name and
 * role, an approval's reference, the id ("MV PETREL 8" as payee, "owner of IMO 9562233", "PETREL 8 hire": security
 * review 17, R17-20). `vessels[]` names are screened as names (screen-vessels.ts), not here.
 */
function shipTextFields(tx: Transaction): { field: string; text: string }[] {
  const out = nameTextFields(tx).filter((f) => !f.field.startsWith('vessels['));
  tx.parties?.forEach((p, i) => {
    if (typeof p.name === 'string' && p.name.trim() !== '') out.push({ field: `parties[${i}].name`, text: p.name });
  });
  return out;
}

function reviewReason(field: string, text: string, m: VesselListMatch, what: string): Reason {
  return {
    measure: 'unscr-2371-6', resolution: 2371, paragraph: '6', effect: 'requires-review', confidence: 'S', field, matchedRef: `IMO ${m.imo}`, listVersion: m.listVersion,
    summary: `${where(field)} (${quoted(text)}) names ${what} of the designated vessel ${m.name} (IMO ${m.imo}), designated by the 1718 Committee on ${m.designated} (list ${m.listVersion}): the ship is not in the transaction's vessels, but the dealing may be with it (a port-entry ban, asset freeze or de-flagging): a person must check before proceeding.`,
  };
}

/** Review (or the measures, for a marked IMO number) for each designated vessel the free text names. */
export function matchVesselsInText(tx: Transaction, ctx: CheckContext | undefined, draft: DecisionDraft): void {
  const screen = ctx?.screenVessel;
  if (screen === undefined || tx.date < FIRST_VESSEL_DESIGNATIONS) return;
  // A ship `vessels[]` already named was screened there: the text adds nothing about it.
  const named = new Set(draft.reasons.filter((r) => (r.field?.startsWith('vessels[') === true || r.field?.startsWith('parties[') === true) && r.matchedRef?.startsWith('IMO ')).map((r) => r.matchedRef!.slice(4)));
  for (const { field, text } of shipTextFields(tx)) {
    const found = new Set<string>(named);
    const on = (m: VesselListMatch) => m.designated <= tx.date && !found.has(m.imo);
    // Marked IMO numbers: the ship's number as surely as in `vessels[].imo`.
    // Fullwidth or another script's digits, and the digits grouped ("IMO 956 2233"), read as the number (R17-22).
    for (const { imo } of markedImos(text)) {
      for (const m of screen({ imo })) {
        if (!on(m)) continue;
        found.add(m.imo);
        for (const r of reasonsFor(m, { imo }, [imo], field, field)) pushReason(draft, { ...r, summary: `${where(field)} (${quoted(text)}) gives IMO ${imo}. ${r.summary}` });
      }
    }
    // A listed number standing alone, its check digit valid.
    for (const x of asciiDigits(text).matchAll(BARE_NUMBER)) {
      const n = x[1]!;
      if (!isValidShipImo(n)) continue;
      for (const m of screen({ imo: n })) if (m.by === 'imo' && on(m)) { found.add(m.imo); pushReason(draft, reviewReason(field, text, m, `the number ${n}, the IMO number`)); }
    }
    // Listed names standing whole among the words.
    // Words joined by a hyphen, a dot or a slash ("(ex-PETREL 8)", "ex.PETREL 8", "SEA STAR/PETREL 8") are read
    // apart too: a second reading, so "M/V" and "NO.8" keep their own (security review 17, R17-2).
    const split = (t: string): string[] => t.split(/[\s,;:()[\]{}"'“”‘’]+/u).filter((w) => w !== '').slice(0, MAX_TEXT_WORDS);
    const words = split(text);
    const readings = /[-–—./]/u.test(text) ? [words, split(text.replace(/[-–—./]+/gu, ' '))] : [words];
    // A number written as a word ("PETREL EIGHT", "TONG SAN NO. TWO") or with an ordinal ending, read as its
    // digits: a further reading (security review 18, R18-4).
    for (const ws of [...readings]) {
      const bare = numbersRead(ws);
      if (bare.some((w, i) => w !== ws[i])) readings.push(bare);
    }
    for (const ws of readings) for (let i = 0; i < ws.length; i++) {
      for (let k = 1; k <= MAX_NAME_WORDS && i + k <= ws.length; k++) {
        const run = ws.slice(i, i + k).join(' ');
        for (const m of screen({ name: run, nearMisses: false })) {
          if (m.by !== 'name' || !on(m)) continue;
          found.add(m.imo);
          pushReason(draft, reviewReason(field, text, m, `"${run}", the name`));
        }
      }
    }
    if (words.length === MAX_TEXT_WORDS) {
      pushReason(draft, {
        measure: 'unscr-2371-6', resolution: 2371, paragraph: '6', effect: 'requires-review', confidence: 'S', field,
        summary: `${where(field)} is longer than ${MAX_TEXT_WORDS} words; only its first ${MAX_TEXT_WORDS} were read for designated vessels: read the rest.`,
      });
    }
  }
}
