/**
 * korean-v3: a person's name with a neighbouring key struck in two of its words or more, each still a valid
 * syllable (YUM HO-JIM for YUN HO-JIN, LIM LWANG-IL for KIM KWANG-IL; security review 28: 46 of 80 DPRK persons
 * so written were permitted). A word that reads as another syllable is another name as often as a mistyped one,
 * so no reading corrects it; word by word against the listed persons' names of as many words of the same
 * lengths, each word the same or one letter struck for a neighbouring key, two words at least differing: a
 * possible match (the whole-name typing-error score, below the name floor), for a person to look at. One word
 * differing is one syllable changed, possible by the name score already.
 */
import type { ScreeningIndex } from './build-index.ts';
import { neighbouringKeys } from './normalize/typo-correction.ts';

/** A listed person's name in lower-case letter words, with its id. */
interface Listed { id: number; words: string[] }
const tables = new WeakMap<ScreeningIndex, Map<string, Listed[]>>();
const WORDS = /[^a-z]+/;
/** Fewest words differing for a likeness this reading reports. */
const MIN_DIFFERING = 2;

const wordsOf = (name: string): string[] => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(WORDS).filter((w) => w !== '');
/** The table's key: the words' lengths ("3-2-3" for YUN HO-JIN). */
const keyOf = (words: readonly string[]): string => words.map((w) => w.length).join('-');

function tableFor(index: ScreeningIndex): Map<string, Listed[]> {
  let t = tables.get(index);
  if (t !== undefined) return t;
  t = new Map();
  const names = index.names;
  for (let id = 0; id < names.length; id++) {
    if (names.kindOf(id) === 'low' || names.isOrganisation(id)) continue;
    const record = index.records[names.recordOf(id)];
    if (record?.kind !== 'person') continue;
    const words = wordsOf(names.get(id).full);
    if (words.length < 2 || words.length > 4) continue;
    const key = keyOf(words);
    const list = t.get(key);
    if (list === undefined) t.set(key, [{ id, words }]);
    else list.push({ id, words });
  }
  tables.set(index, t);
  return t;
}

/** Whether `a` is `b` with one letter struck for a neighbouring key (same length). */
function oneNeighbourKey(a: string, b: string): boolean {
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  return at >= 0 && neighbouringKeys(a[at]!, b[at]!);
}

/** The listed persons' names the name is, word by word, a neighbouring key struck in two words or more from. */
export function neighbourKeyCandidates(index: ScreeningIndex, name: string): { id: number; query: string; listed: string; edit: string }[] {
  const words = wordsOf(name);
  if (words.length < 2 || words.length > 4) return [];
  const out: { id: number; query: string; listed: string; edit: string }[] = [];
  for (const l of tableFor(index).get(keyOf(words)) ?? []) {
    let differing = 0;
    let ok = true;
    for (let i = 0; i < words.length && ok; i++) {
      if (words[i] === l.words[i]) continue;
      if (oneNeighbourKey(words[i]!, l.words[i]!)) differing++;
      else ok = false;
    }
    if (ok && differing >= MIN_DIFFERING) out.push({ id: l.id, query: words.join(' '), listed: l.words.join(' '), edit: `in each of ${differing} words, a neighbouring key struck` });
  }
  return out;
}
