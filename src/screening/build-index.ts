/**
 * The recall index: every listed name prepared once (words interned, variants built) and an inverted index
 * from syllable readings and word keys to names. Building it is the start-up cost of `interdict screen`.
 */
import { joinPhrases } from './entity-vocabulary.ts';
import { readExtra } from './bracketed-extras.ts';
import { foldWords, splitParentheticals } from './normalize/fold.ts';
import { qualifierMask } from './weak-words.ts';
import { prepareName } from './name-form.ts';
import { hasOrganisationWord } from './name-folding.ts';
import { clearKeyCaches, nameKeys } from './name-keys.ts';
import { NameStoreBuilder, type NameStore } from './name-store.ts';
import { PostingsBuilder, type Postings } from './postings.ts';
import { profileOf, type MatcherProfile } from './profile.ts';
import type { ListRecord, NameKind, UnList } from './un-list/model.ts';
import { WordTable } from './words.ts';

export type { IndexedName } from './name-store.ts';

export interface ScreeningIndex {
  algorithm: string;
  profile: MatcherProfile;
  listVersion: string;
  records: readonly ListRecord[];
  names: NameStore;
  postings: Postings;
  table: WordTable;
}

/** Names of a record as matched: parenthesised acronyms become names of their own, quotes go. korean-v3:
 *  a bracketed place ("LEADER (HONG KONG) INTERNATIONAL") stays part of the name, and a short initialism
 *  of an entity (KNIC, DCB, KOMID) is matched only exactly. */
function namesOf(r: ListRecord, v3: boolean): { full: string; kind: NameKind; exactOnly: boolean }[] {
  const out: { full: string; kind: NameKind; exactOnly: boolean }[] = [];
  const initialism = (text: string): boolean => v3 && r.kind === 'entity' && isInitialism(text);
  for (const n of r.names) {
    let { main, extras } = splitParentheticals(n.full);
    if (v3 && extras.length > 0) {
      // A place stays part of the name, a note goes, a list of names is each a name (bracketed-extras.ts).
      const read = extras.map((e) => ({ e, x: readExtra(e, isBracketedPlace) }));
      main = [main, ...read.filter((r) => 'place' in r.x).map((r) => r.e)].join(' ').trim();
      extras = read.flatMap((r) => ('names' in r.x ? r.x.names : []));
    }
    if (main !== '') out.push({ full: main === n.full ? n.full : main, kind: n.kind, exactOnly: initialism(main) });
    // An acronym or original-script form in brackets carries the kind of the name it belongs to.
    for (const e of extras) out.push({ full: e, kind: n.kind, exactOnly: initialism(e) });
  }
  return out;
}

/** A bracketed place of the qualifiers' (HONG KONG, a city): part of the name it follows. */
const isBracketedPlace = (e: string): boolean => qualifierMask(joinPhrases(foldWords(e)), true).every((x) => x);

/** korean-v3: one word of at most six capitals (KNIC, DCB, KOMID, "KOMID"), or letters with dots (D.C.B.). */
function isInitialism(text: string): boolean {
  const t = text.replace(/["'’]/g, '').trim();
  return /^\p{Lu}{2,6}$/u.test(t) || /^(?:\p{Lu}\.){2,6}$/u.test(t);
}

/** `profile` defaults to the algorithm's; another is only for measuring a change (the bench). */
export function buildIndex(list: UnList, algorithm: string, profile: MatcherProfile = profileOf(algorithm)): ScreeningIndex {
  const table = new WordTable(undefined, profile);
  const names = new NameStoreBuilder();
  const postings = new PostingsBuilder();
  list.records.forEach((r, ri) => {
    for (const n of namesOf(r, profile.entityVocabulary)) {
      const form = prepareName(n.full, table);
      if (form.variants.length === 0) continue;
      const id = names.add(ri, n.full, n.kind, form, n.exactOnly, profile.entityVocabulary && hasOrganisationWord(form));
      for (const k of nameKeys(form)) postings.add(k, id);
    }
  });
  clearKeyCaches();
  return { algorithm, profile, listVersion: list.version.id, records: list.records, names: names.build(table), postings: postings.build(), table };
}
