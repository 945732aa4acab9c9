/**
 * McCune–Reischauer syllables (breves and apostrophes dropped, as the UN writes them) to Hangul, for the
 * bench's Hangul queries. Written independently of the matcher's tables: it picks one plausible Hangul
 * spelling per syllable (o → ㅓ after y or in closed syllables, the commoner reading in given names).
 */
const INITIALS: [string, number][] = [
  ['tch', 13], ['ch', 12], ['kk', 1], ['tt', 4], ['pp', 8], ['ss', 10], ['k', 0], ['g', 0], ['n', 2], ['t', 3], ['d', 3],
  ['r', 5], ['l', 5], ['m', 6], ['p', 7], ['b', 7], ['s', 9], ['j', 12], ['h', 18],
];
const MEDIALS: [string, number][] = [
  ['wae', 10], ['yae', 3], ['ae', 1], ['ya', 2], ['ye', 7], ['yo', 6], ['wa', 9], ['oe', 11], ['wo', 14], ['we', 15],
  ['wi', 16], ['yu', 17], ['ui', 19], ['a', 0], ['e', 5], ['o', 4], ['u', 13], ['i', 20],
];
const FINALS: [string, number][] = [['ng', 21], ['k', 1], ['n', 4], ['l', 8], ['m', 16], ['p', 17], ['', 0]];

/** Hangul for one MR syllable, or undefined when it does not parse. */
export function mrSyllableToHangul(syl: string): string | undefined {
  const s = syl.toLowerCase();
  for (const [ini, ii] of [...INITIALS, ['', 11] as [string, number]]) {
    if (!s.startsWith(ini)) continue;
    for (const [med, mi] of MEDIALS) {
      if (!s.startsWith(med, ini.length)) continue;
      const rest = s.slice(ini.length + med.length);
      const fin = FINALS.find(([f]) => f === rest);
      if (fin === undefined) continue;
      let medial = mi;
      // o: ㅗ when open (ko, cho, ro); ㅓ when closed (chol, song, jong); yo: ㅕ (yong, myong, hyok).
      if (med === 'o' && fin[0] === '') medial = 8;
      return String.fromCodePoint(0xac00 + (ii * 21 + medial) * 28 + fin[1]);
    }
  }
  return undefined;
}
