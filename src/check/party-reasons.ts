/**
 * The parties of a transaction against the UN Consolidated List, as reasons. A full match of a DPRK record
 * listed by the transaction's date engages the DPRK freeze (1718 para 8(d)); a DPRK record listed later is
 * reviewed; a record of another regime engages THAT regime's freeze, and the reason says the record is
 * outside the DPRK regime (regime-freezes.ts); a regime not known here is reviewed, named. A possible match
 * (below the match threshold, at or above the review threshold) is always reviewed, naming the party, the
 * listed record, the score and what fell short: the graded evidence is never read as "no match".
 *
 * A formerly-listed record (not on the list in use, on an earlier list the database stored: `listedUntil`)
 * matched, or possibly matched, and removed AFTER the transaction's date is reviewed, naming the record, the
 * list it was on until and the transaction's date: a delisting is not retroactive, and whether the freeze
 * reached the dealing then is for a person to establish. One removed on or before the date adds nothing.
 * An earlier list the database stored and cannot read (`listsNotHeld`) replaced after the transaction's date
 * is reviewed the same way, once for the parties, naming it and how to supply it: its records are unknown.
 */
import type { CompiledMeasure } from './compiled-measure.ts';
import type { PartyMatch } from './context.ts';
import type { ListNotHeld } from '../law/party-screening.ts';
import type { Reason } from './decision.ts';
import { isDprkRegime, regimeFreeze, type RegimeFreeze } from './regime-freezes.ts';
import type { Party } from './transaction.ts';

/** The reasons one party's screening results give (empty: nothing near on the list). */
export function partyReasons(p: Party, i: number, screened: readonly PartyMatch[], date: string, measures: readonly CompiledMeasure[]): Reason[] {
  const field = `parties[${i}]`;
  const matches = screened.filter((m) => m.listedUntil === undefined);
  const former = screened.filter((m) => m.listedUntil !== undefined && m.listedUntil > date);
  const reasons = currentReasons(p, field, matches, date, measures);
  const then = former[0];
  if (then === undefined) return reasons;
  const more = former.slice(1, 4).map((m) => m.ref.trim());
  if (isDprkRegime(then.regime)) return [...reasons, ...measures.map((measure) => formerReason(p, field, then, more, citeMeasure(measure), 'the DPRK regime', date))];
  const freeze = regimeFreeze(then.regime);
  return [...reasons, formerReason(p, field, then, more, freeze !== undefined ? cite(freeze) : UNKNOWN, freeze?.title ?? `the "${then.regime}" regime`, date)];
}

/**
 * The reasons the earlier lists the database cannot read give a transaction with parties: one replaced after
 * its date may have held a party, delisted since, that the lists read no longer show (fail closed: review).
 */
export function notHeldReasons(lists: readonly ListNotHeld[], date: string, measures: readonly CompiledMeasure[]): Reason[] {
  const reasons: Reason[] = [];
  for (const l of lists) {
    if (l.until <= date) continue;
    const summary = `The parties could not be screened against the earlier UN list ${l.version}, in use until the list of ${l.until}: the database stored it without its XML (the snapshot an earlier version of Interdict bundled, not this version's), so the records it held are not known, and one it held that later lists dropped was still listed on the transaction's date, ${date}. Load that list's file (SHA-256 ${l.sha256}) again with "interdict lists load FILE" (or POST /v1/lists), which gives the stored list its XML; until then a person must check the parties against that list before proceeding.`;
    for (const measure of measures) reasons.push({ ...citeMeasure(measure), effect: 'requires-review', field: 'parties', listVersion: l.version, listedUntil: l.until, summary });
  }
  return reasons;
}

/** The reasons from the records on the list in use. */
function currentReasons(p: Party, field: string, matches: readonly PartyMatch[], date: string, measures: readonly CompiledMeasure[]): Reason[] {
  const full = matches.filter((m) => m.band !== 'possible');
  const dprk = full.filter((m) => isDprkRegime(m.regime));
  const now = dprk.find((m) => m.listedOn === undefined || m.listedOn <= date);
  if (now !== undefined) return measures.map((measure) => dprkReason(p, field, now, measure, 'prohibits', date));
  const later = dprk[0];
  if (later !== undefined) return measures.map((measure) => dprkReason(p, field, later, measure, 'requires-review', date));
  const other = full[0];
  if (other !== undefined) return [otherRegimeReason(p, field, other, date)];
  const possible = matches[0];
  if (possible === undefined) return [];
  const more = matches.slice(1, 4).map((m) => m.ref.trim());
  if (isDprkRegime(possible.regime)) return measures.map((measure) => possibleReason(p, field, possible, more, citeMeasure(measure), 'the DPRK regime'));
  const freeze = regimeFreeze(possible.regime);
  return [possibleReason(p, field, possible, more, freeze !== undefined ? cite(freeze) : UNKNOWN, freeze?.title ?? `the "${possible.regime}" regime`)];
}

interface Citation {
  measure: string;
  resolution: number;
  paragraph: string;
  confidence: Reason['confidence'];
  paragraphConfidence?: Reason['confidence'];
}

/** A regime this program does not know: no paragraph to cite (resolution 0), reviewed by a person. */
const UNKNOWN: Citation = { measure: 'unsc-list-regime-not-encoded', resolution: 0, paragraph: 'unknown', confidence: 'U' };

function citeMeasure(measure: CompiledMeasure): Citation {
  return { measure: measure.m.id, resolution: measure.m.resolution, paragraph: measure.m.paragraph, confidence: measure.m.confidence };
}

function cite(f: RegimeFreeze): Citation {
  return { measure: f.measure, resolution: f.resolution, paragraph: f.paragraph, confidence: f.confidence, ...(f.paragraphConfidence !== undefined && { paragraphConfidence: f.paragraphConfidence }) };
}

function screened(m: PartyMatch): Pick<Reason, 'matchedRef' | 'score' | 'algorithm' | 'listVersion' | 'listedOn' | 'listedUntil' | 'band' | 'regime'> {
  return {
    matchedRef: m.ref.trim(), score: m.score, algorithm: m.algorithm, listVersion: m.listVersion, band: m.band ?? 'match', regime: m.regime,
    ...(m.listedOn !== undefined && { listedOn: m.listedOn }), ...(m.listedUntil !== undefined && { listedUntil: m.listedUntil }),
  };
}

const how = (m: PartyMatch): string => `score ${m.score.toFixed(2)}, ${m.algorithm}, list ${m.listVersion}`;

function dprkReason(p: Party, field: string, m: PartyMatch, measure: CompiledMeasure, effect: 'prohibits' | 'requires-review', date: string): Reason {
  const summary = effect === 'prohibits'
    ? `Party "${p.name}" matches ${m.name} (${m.ref.trim()}${m.listedOn !== undefined ? `, listed on ${m.listedOn}` : ''}), designated under the DPRK regime (${how(m)}): its assets are frozen and no dealings are allowed.`
    : `Party "${p.name}" matches ${m.name} (${m.ref.trim()}), designated under the DPRK regime later, on ${m.listedOn} (${how(m)}): the asset freeze did not reach it on ${date}, but check the dealing and anything done with this party from ${m.listedOn} on.`;
  return { ...citeMeasure(measure), effect, summary, field, ...screened(m) };
}

function otherRegimeReason(p: Party, field: string, m: PartyMatch, date: string): Reason {
  const f = regimeFreeze(m.regime);
  const listed = `${m.name} (${m.ref.trim()}${m.listedOn !== undefined ? `, listed on ${m.listedOn}` : ''})`;
  if (f === undefined) {
    return {
      ...UNKNOWN, effect: 'requires-review', field, ...screened(m),
      summary: `Party "${p.name}" matches ${listed}, listed under the "${m.regime}" regime, outside the DPRK regime and not known to this program (${how(m)}): its measures are not encoded here, so the dealing cannot be cleared: check that regime's measures before proceeding.`,
    };
  }
  const outside = `listed under ${f.title}, outside the DPRK regime (${how(m)})`;
  const note = f.note !== undefined ? ` (${f.note})` : '';
  let effect: Reason['effect'] = 'prohibits';
  let summary = `Party "${p.name}" matches ${listed}, ${outside}: its assets are frozen under resolution ${f.resolution} (${f.paragraph})${note} and no dealings are allowed.`;
  if (!f.freeze) {
    effect = 'requires-review';
    summary = `Party "${p.name}" matches ${listed}, ${outside}: ${f.note ?? 'no asset freeze applies'} (resolution ${f.resolution} para ${f.paragraph}); no asset freeze reaches it, but check the dealing before proceeding.`;
  } else if (f.ended !== undefined && date > f.ended) {
    effect = 'requires-review';
    summary = `Party "${p.name}" matches ${listed}, ${outside}: the regime's asset freeze (resolution ${f.resolution} para ${f.paragraph}) lapsed after ${f.ended}${note}: check the dealing before proceeding.`;
  } else if (m.listedOn !== undefined && m.listedOn > date) {
    effect = 'requires-review';
    summary = `Party "${p.name}" matches ${m.name} (${m.ref.trim()}), ${outside}, listed later, on ${m.listedOn}: the asset freeze of resolution ${f.resolution} para ${f.paragraph} did not reach it on ${date}, but check the dealing and anything done with this party from ${m.listedOn} on.`;
  }
  return { ...cite(f), effect, summary, field, ...screened(m) };
}

function possibleReason(p: Party, field: string, m: PartyMatch, more: readonly string[], c: Citation, regime: string): Reason {
  const others = more.length > 0 ? ` (further possible matches: ${more.join(', ')})` : '';
  const why = m.shortfall !== undefined && m.shortfall !== '' ? `: ${m.shortfall}` : '';
  return {
    ...c, effect: 'requires-review', field, ...screened(m),
    summary: `Party "${p.name}" possibly matches ${m.name} (${m.ref.trim()}, listed under ${regime}): score ${m.score.toFixed(2)} is below the match threshold (${m.algorithm}, list ${m.listVersion})${why}${others}. A person must compare them before proceeding.`,
  };
}

/** A formerly-listed record removed after the transaction's date: reviewed whatever its band (fail closed). */
function formerReason(p: Party, field: string, m: PartyMatch, more: readonly string[], c: Citation, regime: string, date: string): Reason {
  const others = more.length > 0 ? ` (further formerly-listed records near it: ${more.join(', ')})` : '';
  const near = m.band === 'possible' ? `possibly matches (score ${m.score.toFixed(2)} is below the match threshold${m.shortfall !== undefined && m.shortfall !== '' ? `: ${m.shortfall}` : ''})` : 'matches';
  const since = m.listedOn !== undefined ? ` from ${m.listedOn}` : '';
  return {
    ...c, effect: 'requires-review', field, ...screened(m),
    summary: `Party "${p.name}" ${near} ${m.name} (${m.ref.trim()}), formerly listed under ${regime}: it was on the UN list${since} until the list of ${m.listedUntil} (last held by list ${m.listVersion}; score ${m.score.toFixed(2)}, ${m.algorithm}), and so still listed on the transaction's date, ${date}, while the list in use no longer holds it${others}. A delisting is not retroactive: whether the asset freeze applied to the dealing then is for a person to establish before proceeding.`,
  };
}
