/**
 * korean-v3: a name written with initials and its family name spelt another way than the list spells it (hostile
 * review, H6): "Park Y.S.", "Y. S. Park", "PARK Y S", "Choi C. S.", where the list writes PAK YONG SIK and CHOE
 * CHUN SIK. Reading initials (`initials.ts`) asks each written-out word to be the listed word itself; a full
 * name is read through its Korean readings, under which Park, Pak and Bak, Choi and Choe, Lee, Rhee, Ri and Yi
 * are one family name. Here the written-out words that read as a Korean family name are read as each listed
 * family name whose readings they share (the initial sound rule applied, as at a family name), and the name so
 * spelt is read through its initials as before: held at possible, as every reading of initials is.
 */
import type { ScreeningIndex } from './build-index.ts';
import { initialsParts } from './initials.ts';
import type { NamePart } from './name-parts.ts';
import { isFamilyName } from './normalize/family-names.ts';
import { readingsOverlap, segmentSyllables, syllableReadings } from './normalize/syllables.ts';

const LATIN_WORD = /^[a-z]+$/;
/** A lone letter, or two or three letters standing alone (initials run together: PARK YS). */
const HAS_INITIALS = /(?:^|[\s.])\p{L}{1,3}(?:[\s.]|$)/u;
const WORD_BREAKS = /[\s.\-\u2010-\u2015]+/u;

/** The family names the listed persons' names are written with, each with its readings (once per index). */
const familyWordsOf = new WeakMap<ScreeningIndex, readonly { word: string; readings: readonly number[] }[]>();

function familyWords(index: ScreeningIndex): readonly { word: string; readings: readonly number[] }[] {
  let out = familyWordsOf.get(index);
  if (out !== undefined) return out;
  const seen = new Map<string, readonly number[]>();
  for (let id = 0; id < index.names.length; id++) {
    const r = index.records[index.names.recordOf(id)];
    if (r === undefined || r.kind !== 'person') continue;
    const words = index.names.get(id).full.toLowerCase().split(WORD_BREAKS);
    for (const w of [words[0], words[words.length - 1]]) {
      if (w === undefined || seen.has(w) || !LATIN_WORD.test(w) || !isFamilyName(w)) continue;
      const readings = syllableReadings(w, true);
      if (readings !== null) seen.set(w, readings);
    }
  }
  out = [...seen].map(([word, readings]) => ({ word, readings }));
  familyWordsOf.set(index, out);
  return out;
}

/** At most this many spellings tried per written-out word (Lee reads as Ri, Yi, I, Rhee…). */
const MAX_SPELLINGS = 6;

/**
 * The readings of a name with initials whose family name the list spells otherwise: `initialsParts` of the name
 * with that word written as the list writes it, each labelled with the spelling read.
 */
export function southernInitialsParts(index: ScreeningIndex, name: string): NamePart[] {
  if (!HAS_INITIALS.test(name)) return [];
  const tokens = name.trim().split(WORD_BREAKS).filter((t) => t !== '');
  if (tokens.length < 2 || tokens.length > 5) return [];
  // An initial: a lone letter, or two or three letters that read as no Korean syllables (YS, not YONG or IL).
  const lower = tokens.map((t) => t.toLowerCase());
  if (!lower.some((t) => t.length === 1 || (t.length <= 3 && LATIN_WORD.test(t) && segmentSyllables(t).length === 0))) return [];
  const out: NamePart[] = [];
  const seen = new Set<string>();
  tokens.forEach((token, i) => {
    const w = lower[i]!;
    if (w.length < 2 || !LATIN_WORD.test(w) || !isFamilyName(w)) return;
    const readings = syllableReadings(w, true);
    if (readings === null) return;
    const spellings = familyWords(index).filter((f) => f.word !== w && readingsOverlap(readings, f.readings)).slice(0, MAX_SPELLINGS);
    for (const f of spellings) {
      const spelt = tokens.map((t, k) => (k === i ? f.word : t)).join(' ');
      for (const p of initialsParts(index, spelt)) {
        if (seen.has(p.text)) continue;
        seen.add(p.text);
        out.push({ ...p, inferred: `"${name.trim()}" read with ${token} as the family name ${f.word.toUpperCase()} and its initials as the listed name's words ("${p.text}")` });
      }
    }
  });
  return out;
}
