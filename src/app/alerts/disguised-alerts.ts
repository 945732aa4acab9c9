/**
 * A monitored subject whose name hides letters (security review finding V3): a word mixing scripts ("KOMㅣD"
 * with a Hangul jamo, "K口MID", "CHОL" with a Cyrillic О) or written in a script screening does not read
 * ("КОМИД"), as `disguisedWord` tells it (`check` answers `review` for such a party: `mixed-script`,
 * `unread-script`). When no screening result explains the disguise, no name alert opens (a name alert is a
 * pair of subject and listed record, and there is no record), so the subject opens an alert of its own,
 * kind `disguised-name`: no listed record (its reference is the placeholder `disguised-name`), the reason,
 * the field and the word. It is decided like any alert, under four eyes.
 *
 * A result explains the disguise when its listed name holds the word as the look-alike reading reads it
 * ("KOMІD" with a Cyrillic І is read KOMID and found as KPe.001: the name alert is in the queue already). A
 * word no reading takes to Latin letters (a jamo, a Han character, a Cyrillic word) is explained by nothing.
 *
 * One alert per subject and name: the alert's subject fingerprint is the name's (disguiseFingerprint), so
 * screening the subject again (the same batch sent again, a list loaded) opens nothing while the alert is
 * undecided or decided, and a confirmed false positive suppresses it as it suppresses a name alert's pair
 * (until its expiry); a new name is a new alert.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_REVIEW_THRESHOLD, type ScreeningMatch } from '../../screening/index.ts';
import { disguiseExplained, disguiseOf, type DisguiseReason } from '../name-disguise.ts';

export { DISGUISE_REASONS, disguiseExplained, disguiseOf, type Disguise, type DisguiseReason } from '../name-disguise.ts';
import type { SqlTx } from '../../store/index.ts';
import type { ListInUse } from '../lists/list-store.ts';
import type { StoredSubject } from '../subjects/subject-types.ts';
import { alreadyDecided, insertAlert } from './open-alerts.ts';

/** The list reference a disguised-name alert carries: it names no listed record. */
export const DISGUISED_REF = 'disguised-name';
/** The algorithm a disguised-name alert names (its match comes from no screening of the list). */
export const DISGUISED_ALGORITHM = 'disguised-word';

/** The fingerprint a disguised-name alert keeps for its subject: the name's alone (one alert per subject and name). */
export function disguiseFingerprint(name: string): string {
  return createHash('sha256').update(`${DISGUISED_REF}\0${name}`).digest('hex').slice(0, 32);
}

/** What a reader is told of the disguise (the alert's explanation, the web page). */
export function disguiseSummary(d: { reason: DisguiseReason; field: string; word: string }): string {
  return d.reason === 'mixed-script'
    ? `The subject's ${d.field} mixes letters of different scripts in one word ("${d.word}"), or holds a character drawn like a letter that is none: look-alike letters can hide a listed name from screening, and no listed name explains it. Compare the name with the list by hand, read as it shows.`
    : `The subject's ${d.field} is written in a script screening does not read ("${d.word}"): a listed name written in it (KOMID as КОМИД) cannot be found. Compare the name, romanized, with the list by hand.`;
}

/**
 * Open the subject's disguised-name alert, in the caller's transaction, when its name is disguised and none of
 * `results` (the subject screened against the whole list in use) explains it. The alert's ids (none or one).
 */
export async function openDisguisedAlert(tx: SqlTx, subject: StoredSubject, results: readonly ScreeningMatch[], list: ListInUse, actor: string, now: string, owner: object): Promise<number[]> {
  const d = disguiseOf(subject);
  if (d === undefined || disguiseExplained(d, results)) return [];
  const subjectFp = disguiseFingerprint(subject.name);
  if (await alreadyDecided(tx, subject.id, DISGUISED_REF, DISGUISED_REF, subjectFp, now, owner)) return [];
  const listVersion = list.list.version.id;
  const score = DEFAULT_REVIEW_THRESHOLD;
  // The alert's "match" in the shape every alert reader knows (ref, name, score, explanation), naming no record.
  const match = {
    ref: DISGUISED_REF, name: '', score, band: 'possible', kind: DISGUISED_REF, reason: d.reason, field: d.field, word: d.word,
    explanation: [{ feature: d.reason, score: 0, weight: 0, detail: disguiseSummary(d) }], algorithm: DISGUISED_ALGORITHM, listVersion,
  };
  const snapshot = JSON.stringify({ id: subject.id, name: subject.name, ...(subject.dob && { dob: subject.dob }), ...(subject.nationality && { nationality: subject.nationality }), ...(subject.type && { type: subject.type }) });
  const id = await insertAlert(tx, {
    subjectId: subject.id, subjectJson: snapshot, listRef: DISGUISED_REF, score, band: 'possible', matchJson: JSON.stringify(match), algorithm: DISGUISED_ALGORITHM, listVersion,
    recordFp: DISGUISED_REF, subjectFp, openedBy: actor, kind: 'disguised-name', eventId: null,
  }, { kind: 'disguised-name', subject: subject.id, reason: d.reason, field: d.field, word: d.word, listVersion }, now);
  return id === undefined ? [] : [id];
}
