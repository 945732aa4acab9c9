/**
 * A name that hides letters, for every use case that screens one: a word mixing scripts ("KOMㅣD" with a Hangul
 * jamo, "K口MID", "CHОL" with a Cyrillic О) or written in a script screening does not read ("КОМИД"), as
 * `disguisedWord` tells it, and whether a screening result explains it. `check` reviews such a party
 * (`mixed-script`, `unread-script`), a monitored subject opens a `disguised-name` alert (alerts/disguised-alerts.ts),
 * and `screen` answers it beside the matches (`disguise`), exit 3 when nothing matched (security review 27: it
 * said "nothing found").
 */
import { disguisedWord, unmaskLookAlikes } from '../io/look-alikes.ts';
import { latinReading, type ScreeningMatch } from '../screening/index.ts';

export const DISGUISE_REASONS = ['mixed-script', 'unread-script'] as const;
export type DisguiseReason = (typeof DISGUISE_REASONS)[number];

/** What hides letters in a name: the reason (check's review causes), the field and the word as written. */
export interface Disguise {
  reason: DisguiseReason;
  field: 'name';
  word: string;
}

/** The first disguised word of a name (a subject's, a screened query's), or undefined (one name: no aliases). */
export function disguiseOf(subject: { name: string }): Disguise | undefined {
  const d = disguisedWord(subject.name);
  return d === undefined ? undefined : { reason: d.why === 'mixed' ? 'mixed-script' : 'unread-script', field: 'name', word: d.word };
}

const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’ʼ‘`´]/gu;
/** A word as screening compares it: NFKD, marks and apostrophes taken, lower case. */
const fold = (s: string): string => s.normalize('NFKD').replace(MARKS, '').replace(APOSTROPHES, '').toLowerCase();

/** Whether a result's listed name holds the disguised word as the look-alike or the Cyrillic reading reads it (Latin letters and digits only). */
export function disguiseExplained(d: Disguise, results: readonly ScreeningMatch[]): boolean {
  // The look-alike reading (KOMІD with a Cyrillic І), or a word wholly in Cyrillic or Greek read in Latin letters (КОМИД).
  const word = fold(latinReading(d.word) ?? unmaskLookAlikes(d.word));
  if (!/^[a-z0-9]+$/.test(word)) return false; // a letter no reading takes to Latin: nothing listed can be this word
  return results.some((m) => fold(m.name).split(/[^a-z0-9]+/).includes(word));
}

/** The disguise of a name no result explains, or undefined. */
export function unexplainedDisguise(name: string, results: readonly ScreeningMatch[]): Disguise | undefined {
  const d = disguiseOf({ name });
  return d !== undefined && !disguiseExplained(d, results) ? d : undefined;
}
