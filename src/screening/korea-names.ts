/**
 * korean-v3 queries: Choson, Chosun, Joseon (조선, the DPRK's own name for Korea) or the French Corée, where an
 * organisation's name carries it in place of Korea ("Joseon Ryeonbong General Corp" for KOREA RYONBONG
 * GENERAL CORPORATION). As written the word is no word of the listed name, which falls to the possible band,
 * and a contradicting country then removes it. This reading puts Korea in its place; screened beside the name
 * as written, so a listed name that says Choson itself is still met as it is written.
 */
const KOREA_WORDS: ReadonlySet<string> = new Set(['choson', 'chosun', 'joseon', 'joson', 'coree']);

/** The folded words with each name of Korea read as korea, or undefined when there is none. */
export function koreaReading(words: readonly string[]): string[] | undefined {
  if (!words.some((w) => KOREA_WORDS.has(w))) return undefined;
  return words.map((w) => (KOREA_WORDS.has(w) ? 'korea' : w));
}

/** The Workers' Party of Korea as the press writes it (folded words). */
const PARTY_PHRASES: readonly (readonly string[])[] = [
  ['workers', 'party', 'of', 'korea'], ['korean', 'workers', 'party'], ['korea', 'workers', 'party'], ['workers', 'party'], ['wpk'], ['kwp'],
];

/**
 * korean-v3 queries: a body of the Workers' Party of Korea as the press writes it ("WPK Central Committee
 * Munitions Industry Department", "Munitions Industry Department of the Workers' Party", "KWP Propaganda and
 * Agitation Dept"; hostile review H16). The list names most of them without the party (MUNITIONS INDUSTRY
 * DEPARTMENT, ORGANIZATION AND GUIDANCE DEPARTMENT), one with it in full (CENTRAL MILITARY COMMISSION OF THE
 * WORKERS' PARTY OF KOREA), so the party's words held such a name at the possible band at best. Two readings,
 * each screened beside the name as written: the party and its Central Committee left out (with the "of the"
 * before them), and WPK, KWP, (the) Korean Workers' Party read as "workers party of korea". "Workers' Party of"
 * another country is another party: nothing is read then.
 */
export function workersPartyReadings(words: readonly string[]): string[][] {
  if (!words.some((w) => w === 'wpk' || w === 'kwp' || w === 'party')) return [];
  const without: string[] = [];
  const expanded: string[] = [];
  let found = false;
  for (let i = 0; i < words.length;) {
    const phrase = PARTY_PHRASES.find((p) => p.every((w, k) => words[i + k] === w));
    if (phrase === undefined) {
      without.push(words[i] as string);
      expanded.push(words[i] as string);
      i++;
      continue;
    }
    // "Workers' Party of Brazil": another party.
    if (phrase.length === 2 && phrase[0] === 'workers' && words[i + 2] === 'of') return [];
    found = true;
    expanded.push('workers', 'party', 'of', 'korea');
    i += phrase.length;
    // "of the" (or "of") before the party goes with it; so does its Central Committee (CC) on either side.
    while (without.length > 0 && (without[without.length - 1] === 'the' || without[without.length - 1] === 'of')) without.pop();
    if (without[without.length - 1] === 'committee' && without[without.length - 2] === 'central') without.length -= 2;
    if (words[i] === 'central' && words[i + 1] === 'committee') i += 2;
    else if (words[i] === 'cc') i += 1;
  }
  if (!found) return [];
  const out: string[][] = [];
  if (without.length > 0) out.push(without);
  if (expanded.join(' ') !== words.join(' ')) out.push(expanded);
  return out;
}
