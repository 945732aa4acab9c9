/**
 * A query's stated type (person or entity) against a record's kind. The party type is data-entry metadata,
 * often wrong (a sole trader, a person's trading name, a company entered as a person): korean-v3 keeps a
 * record of the other kind, held to a possible match at most, so a person compares them. Earlier versions
 * screen only records of the stated type (their results stay what they were).
 */
import { GENERIC_CAP } from './generic-entity.ts';
import type { RecordKind } from './un-list/model.ts';
import type { ExplanationEntry } from './types.ts';

/** The most a record of the other kind than the query states scores: below the match threshold. */
export const TYPE_CAP = GENERIC_CAP;

const KIND_WORDS: Record<RecordKind, { one: string; many: string }> = {
  person: { one: 'an individual', many: 'individuals' },
  entity: { one: 'an entity', many: 'entities' },
};

/** The explanation entry for a query's stated type; `soft`: korean-v3 (records of the other kind kept). */
export function typeEvidence(stated: RecordKind, record: RecordKind, soft: boolean): ExplanationEntry {
  if (!soft) return { feature: 'type', score: 0, weight: 0, detail: `only ${KIND_WORDS[stated].many} were screened` };
  if (stated === record) return { feature: 'type', score: 0, weight: 0, detail: `the party is given as ${KIND_WORDS[stated].one}, as the record is` };
  return {
    feature: 'type', score: 0, weight: 0,
    detail: `the party is given as ${KIND_WORDS[stated].one}, the record is of ${KIND_WORDS[record].one}: a stated type is often wrong, so the record is kept, held to a possible match (score at most ${TYPE_CAP})`,
  };
}

/** A record of the other kind than the query states: its score held to TYPE_CAP, the hold written on the
 *  type entry as what it took away (so a possible match's shortfall names it). */
export function holdOtherType(explanation: ExplanationEntry[], score: number): number {
  if (score <= TYPE_CAP) return score;
  const entry = explanation.find((e) => e.feature === 'type');
  if (entry !== undefined) entry.score = Math.round((TYPE_CAP - score) * 1000) / 1000;
  return TYPE_CAP;
}
