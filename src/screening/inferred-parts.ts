/** korean-v3: the parts of a party string found by what the list holds, screened beside the string. */
import { MAX_NAME_LENGTH } from '../io/limits.ts';
import type { ScreeningIndex } from './build-index.ts';
import { initialsParts } from './initials.ts';
import { frontParts, windowParts, type NamePart } from './name-parts.ts';
import { readsKorean } from './entity-vocabulary.ts';
import { namesInText } from './names-in-text.ts';
import { foldWords } from './normalize/fold.ts';
import { numberReadings } from './number-words.ts';
import { pinyinParts } from './pinyin-readings.ts';
import { southernInitialsParts } from './southern-initials.ts';

const runSizesOf = new WeakMap<ScreeningIndex, Map<string, number[]>>();

/** The word counts of the listed names, by their first word (folded): the runs of a party string worth
 *  reading as a name where it begins with that word. */
function runSizes(index: ScreeningIndex): Map<string, number[]> {
  let sizes = runSizesOf.get(index);
  if (sizes === undefined) {
    sizes = new Map();
    for (let id = 0; id < index.names.length; id++) {
      const full = index.names.get(id).full;
      const first = foldWords(full)[0];
      if (first === undefined) continue;
      const n = full.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      const list = sizes.get(first);
      if (list === undefined) sizes.set(first, [n]);
      else if (!list.includes(n)) list.push(n);
    }
    runSizesOf.set(index, sizes);
  }
  return sizes;
}

/**
 * korean-v3: parts of a party string it does not set apart itself (hostile review, H26, F7): a listed name
 * standing whole among its words ("NEW KOMID", "MR. KOMID", two organisations' names one after the other),
 * the runs of words of a long string (`windowParts`), and a name written with initials read as the listed
 * names it agrees with (`initialsParts`, H17), also with its family name spelt as the list spells it
 * (`southernInitialsParts`: Park Y.S. for PAK YONG SIK), and a Korean name in its Chinese reading (`pinyinParts`:
 * Piao Yongzhi for PAK YONG SIK). Each is held at possible (`mergePartMatches`). A number written in words or in
 * digits (`numberReadings`: Office Thirty-Nine for OFFICE 39) is the same name, no guess: screened in full.
 */
export function inferredParts(index: ScreeningIndex, name: string): NamePart[] {
  const out: NamePart[] = [];
  const seen = new Set<string>([name.trim().toLowerCase()]);
  for (const n of namesInText(index, name)) {
    const key = n.words.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: n.words, oneWord: !n.words.includes(' '), inferred: `the words "${n.words}", a listed name standing whole in the party's name` });
  }
  out.push(...initialsParts(index, name));
  if (name.length <= MAX_NAME_LENGTH) {
    out.push(...southernInitialsParts(index, name), ...pinyinParts(index, name));
    for (const text of numberReadings(name)) {
      if (seen.has(text.toLowerCase())) continue;
      seen.add(text.toLowerCase());
      out.push({ text, oneWord: !/\s/u.test(text.trim()) });
    }
  }
  const sizes = runSizes(index);
  if (name.length <= MAX_NAME_LENGTH) {
    out.push(...windowParts(name, (first) => sizes.get(first) ?? [], seen, (w) => index.table.isListed(w)));
    for (const p of frontParts(name, seen, (w) => index.table.isListed(w), readsKorean)) {
      const same = out.findIndex((o) => o.text.toLowerCase() === p.text.toLowerCase());
      // A run of words found again as the rest after free text (INV NO 2025/0099 KORYO BNAK): its possible
      // matches count, as the rest's do.
      if (same >= 0) {
        if (p.possibleCounts === true) out[same] = { ...out[same]!, possibleCounts: true };
        continue;
      }
      out.push(p);
    }
  }
  return out;
}
