/**
 * Word forms: the law data writes each identifying word once ("submarine", "armoured vehicle", "clam"), and a
 * description may write it in the plural or the singular, in British or American spelling, with a space, a
 * hyphen or nothing between the words of a compound ("armored personnel carriers", "clams", "anti aircraft
 * guns"). `phrasePattern` compiles one word of the data into a regular-expression source matching all those
 * forms, so every measure's vocabulary is read the same way and a list never has to spell out "tank, tanks".
 *
 * Inflection is read on the last word of a compound, the head noun ("fighter jets", "sea cucumbers"); a
 * spelling variant on any word. Folding can only add readings, never take one away: a form that also names
 * something else is a word sense (`word-senses.ts`), not a reason to drop the form.
 */

/** British and American spellings of the same stem: a word containing one is also read with the other. */
const SPELLINGS: readonly (readonly [string, string])[] = [
  ['armour', 'armor'], ['defence', 'defense'], ['offence', 'offense'], ['aluminium', 'aluminum'], ['mollusc', 'mollusk'],
  ['jewellery', 'jewelry'], ['tyre', 'tire'], ['sulphur', 'sulfur'], ['fibre', 'fiber'], ['colour', 'color'],
  ['aeroplane', 'airplane'], ['pyjama', 'pajama'], ['grey', 'gray'], ['centre', 'center'], ['harbour', 'harbor'],
  ['calibre', 'caliber'], ['manoeuvr', 'maneuver'], ['programme', 'program'], ['moulded', 'molded'], ['mould', 'mold'],
  ['storey', 'story'], ['woollen', 'woolen'], ['organis', 'organiz'],
];

/** Words a trailing "s" does not make plural, or whose singular names something else ("arms" is not an arm). */
const NO_SINGULAR = new Set(['arms', 'shorts', 'goods', 'glasses', 'means', 'news', 'series', 'species', 'works', 'clothes', 'jeans', 'trousers', 'pants', 'mercedes', 'lexus', 'munitions', 'materiel', 'electronics', 'textiles', 'ammunition']);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The word in each spelling the table knows ("armoured" → armoured, armored). */
function spellings(word: string): string[] {
  const out = new Set([word]);
  for (const [a, b] of SPELLINGS) {
    for (const w of [...out]) {
      if (w.includes(a)) out.add(w.replace(a, b));
      if (w.includes(b)) out.add(w.replace(b, a));
    }
  }
  return [...out];
}

/** The singular a plural may stand for ("clams" → clam, "anchovies" → anchovy, "torpedoes" → torpedo). */
function singulars(w: string): string[] {
  if (w.length < 4 || !w.endsWith('s') || /(?:ss|us|is)$/.test(w) || NO_SINGULAR.has(w)) return [];
  const out = [w.slice(0, -1)];
  if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  else if (/(?:ches|shes|xes|zes|sses|oes)$/.test(w)) out.push(w.slice(0, -2));
  else if (w.endsWith('ves')) out.push(w.slice(0, -3) + 'f', w.slice(0, -3) + 'fe');
  return out;
}

/** The plurals a singular may take ("clam" → clams, "anchovy" → anchovies, "knife" → knives, "torpedo" → torpedoes). */
function plurals(w: string): string[] {
  if (/(?:s|x|z|ch|sh)$/.test(w)) return [w + 'es'];
  if (/[^aeiou]y$/.test(w)) return [w.slice(0, -1) + 'ies'];
  if (w.endsWith('o')) return [w + 's', w + 'es'];
  if (w.endsWith('fe')) return [w + 's', w.slice(0, -2) + 'ves'];
  if (w.endsWith('f')) return [w + 's', w.slice(0, -1) + 'ves'];
  if (w.endsWith('man')) return [w + 's', w.slice(0, -3) + 'men'];
  return [w + 's'];
}

/** The forms of a head noun: itself, its singular if it is a plural, and the plurals of each. */
export function inflections(word: string): string[] {
  // Short words, codes and numbers ("jet a", "ts-1", "ngl") are written as they are.
  if (word.length < 3 || /[0-9]/.test(word)) return [word];
  const out = new Set([word]);
  const bases = [word, ...singulars(word)];
  for (const b of bases) {
    out.add(b);
    if (!(b === word && NO_SINGULAR.has(word))) for (const p of plurals(b)) out.add(p);
  }
  return [...out];
}

/** The words of a compound as the data writes them ("anti-aircraft gun" → anti, aircraft, gun). */
function tokens(phrase: string): string[] {
  return phrase.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t !== '');
}

/** Every form of one word of a compound: spellings, and for the last word (the head) its inflections. */
function forms(token: string, head: boolean): string[] {
  const out = new Set<string>();
  for (const s of spellings(token)) for (const f of head ? inflections(s) : [s]) out.add(f);
  // Longest first, so an alternation tries "clams" before "clam" (the boundary check would reject it anyway).
  return [...out].sort((a, b) => b.length - a.length);
}

/** A regular-expression source (no anchors) matching every form of `phrase` in a lower-cased text. */
export function phrasePattern(phrase: string): string {
  const ts = tokens(phrase);
  // Words of a compound may stand apart, hyphenated or joined ("anti-aircraft", "anti aircraft", "antiaircraft").
  return ts.map((t, i) => `(?:${forms(t, i === ts.length - 1).map(escape).join('|')})`).join('[\\s-]*');
}

/** The forms the first word of `phrase` may take in a description (the key a word-by-word reader looks up). */
export function firstWordForms(phrase: string): string[] {
  const ts = tokens(phrase);
  if (ts.length === 0) return [];
  return forms(ts[0]!, ts.length === 1);
}
