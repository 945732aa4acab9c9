/**
 * The recall index: every listed name prepared once (words interned, variants built) and an inverted index
 * from syllable readings and word keys to names. Building it is the start-up cost of `interdict screen`.
 */
import { splitParentheticals } from './normalize/fold.ts';
import { clearKeyCaches, nameKeys, prepareName } from './name-form.ts';
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

/** Names of a record as matched: parenthesised acronyms become names of their own, quotes go. */
function namesOf(r: ListRecord): { full: string; kind: NameKind }[] {
  const out: { full: string; kind: NameKind }[] = [];
  for (const n of r.names) {
    const { main, extras } = splitParentheticals(n.full);
    if (main !== '') out.push({ full: main === n.full ? n.full : main, kind: n.kind });
    // An acronym or original-script form in brackets carries the kind of the name it belongs to.
    for (const e of extras) out.push({ full: e, kind: n.kind });
  }
  return out;
}

/** `profile` defaults to the algorithm's; another is only for measuring a change (the bench). */
export function buildIndex(list: UnList, algorithm: string, profile: MatcherProfile = profileOf(algorithm)): ScreeningIndex {
  const table = new WordTable(undefined, profile);
  const names = new NameStoreBuilder();
  const postings = new PostingsBuilder();
  list.records.forEach((r, ri) => {
    for (const n of namesOf(r)) {
      const form = prepareName(n.full, table);
      if (form.variants.length === 0) continue;
      const id = names.add(ri, n.full, n.kind, form);
      for (const k of nameKeys(form)) postings.add(k, id);
    }
  });
  clearKeyCaches();
  return { algorithm, profile, listVersion: list.version.id, records: list.records, names: names.build(table), postings: postings.build(), table };
}
