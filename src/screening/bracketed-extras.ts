/**
 * korean-v3: what a listed name's bracketed part is. The UN writes more than acronyms in brackets: a country
 * ("AL-HARAMAIN FOUNDATION (PAKISTAN)", "(UNION OF THE COMOROS)"), a note about the name ("(birth name)",
 * "(COMBAT NAME)", "(NGO)", "(martyrs)", "(previously listed as)", a passport's particulars), a list of other
 * names ("(Hassan Ghul; Hassan Gul; Hasan Gul)"), a name in its original script with its label. Each bracketed
 * part used to become a name of its own, so "Trading Corporation of Pakistan" matched the listed name PAKISTAN and
 * was prohibited, and every Vietnamese family name Ngo was a possible match for NGO (held-back evaluation 9127).
 *
 * - a place of the qualifiers' (HONG KONG, a city) is part of the name it follows, as before;
 * - a country by its name says which branch (the foundation's of Pakistan, of Kenya): the name is the one before
 *   it, and the country no name of its own (kept in the name, it held "AL-HARAMAIN FOUNDATION" to a possible 0.8);
 * - a note is no name: dropped;
 * - names separated by ";" are each a name; "original script: …" is the name after the label, and
 *   "… - sub-unit name" the name before it;
 * - anything else (an acronym, a name in another script, another name) is a name of its own, as before.
 */
import { isIsoKey, nationalityKey } from './countries.ts';
import { foldWords } from './normalize/fold.ts';

export type Extra = { place: true } | { names: string[] };

/** Notes the list writes in brackets about a name, folded. */
const NOTES = new Set(['ngo', 'birth name', 'combat name', 'martyrs', 'third', 'previously listed as', 'original script', 'sheikh']);
/** Notes by how they begin: a branch's address, a document's particulars, a false identity. */
const NOTE_OPENINGS = /^(?:branch located in|false identity|\w+ passport no|passport no)\b/i;
const LABEL = /^original script\s*:\s*/i;
const SUB_UNIT = /\s+-\s+sub-unit name$/i;

/** `isPlace`: the index's own test of a bracketed place (its qualifiers). */
export function readExtra(text: string, isPlace: (t: string) => boolean): Extra {
  const t = text.trim();
  const folded = foldWords(t).join(' ');
  if (isPlace(t)) return { place: true };
  // A country by its name (four letters at least: an acronym such as PAK or UAE stays an acronym).
  const country = nationalityKey(t);
  if (country !== undefined && isIsoKey(country) && folded.replace(/[^a-z]/g, '').length >= 4) return { names: [] };
  if (NOTES.has(folded) || NOTE_OPENINGS.test(t)) return { names: [] };
  // A document's particulars (numbers among four words or more) name no one.
  if (/\d/.test(t) && folded.split(' ').length >= 4) return { names: [] };
  const names = t.split(';').map((n) => n.replace(LABEL, '').replace(SUB_UNIT, '').trim()).filter((n) => n !== '' && !NOTES.has(foldWords(n).join(' ')));
  return { names };
}
