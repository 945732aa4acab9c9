/**
 * A list given with `--list` that lacks records the bundled list holds: warned about (engine.ts), and, so
 * that the warning is not the only thing between a listed party and "permitted", its parties are screened
 * against those records too.
 *
 * - By default the records count as listed, as the bundled list holds them: a party listed by the transaction's
 *   date is prohibited, one listed after it reviewed (party-reasons.ts), each match naming the bundled list's
 *   version. A list given older than the bundled one, or of its day, cannot have delisted them, and one dated
 *   later may be a file cut short under a date written by hand (hostile new user: a record cut from a list of
 *   the bundled day was permitted).
 * - With `--allow-removals` (the operator vouching for the list, as `lists load --allow-removals` does) and a list
 *   dated after the bundled one, a record it lacks was delisted between the two: it is read as the database reads
 *   a record an earlier stored list held (formerly-listed.ts), listed until the list given's day, so a transaction
 *   dated before it is reviewed, naming the record, and one dated on or after it is not held up by it.
 */
import type { PartyScreener } from '../../law/party-screening.ts';
import { buildIndex, createPartyScreener, type ScreeningIndex } from '../../screening/index.ts';
import type { ListRecord, UnList } from '../../screening/un-list/index.ts';
import { partyScreenerWith, type FormerRecord } from './formerly-listed.ts';

/**
 * The records of `bundled` that `given` does not hold, in the bundled list's order: by reference, or under their
 * reference without one of their names (renamed: KPe.001 kept as "ZZQX HOLDINGS" made KOMID permitted; an alias
 * dropped or names run together did too: security re-reviews). Fail closed: a real release that drops an alias
 * only adds the bundled record's screening beside it.
 */
export function recordsLacking(given: UnList, bundled: UnList): ListRecord[] {
  const held = new Map(given.records.map((r) => [r.ref.trim(), r]));
  return bundled.records.filter((r) => {
    const there = held.get(r.ref.trim());
    // Any name dropped counts (a re-test kept KPe.001 with one alias only, or its names run together, and KOMID was
    // permitted): the bundled record is screened too, its names all listed.
    return there === undefined || namesDropped(r, there);
  });
}

/**
 * The records of `from` that `to` keeps under their reference without some of their names, each with the names it
 * lost: `wholesale` when none is kept (KPe.001 kept as "ZZQX HOLDINGS"). A party written with a dropped alias is no
 * longer matched, so the operator's `lists load` asks for --allow-removals for these as for a record removed
 * (security re-review: an alias of a listed entity dropped was loaded without a word).
 */
export function recordsWithNamesDropped(from: UnList, to: UnList): { record: ListRecord; dropped: string[]; wholesale: boolean }[] {
  const next = new Map(to.records.map((r) => [r.ref.trim(), r]));
  const out: { record: ListRecord; dropped: string[]; wholesale: boolean }[] = [];
  for (const r of from.records) {
    const there = next.get(r.ref.trim());
    if (there === undefined) continue;
    const names = new Set(there.names.map((n) => nameKey(n.full)));
    const dropped = r.names.filter((n) => !names.has(nameKey(n.full))).map((n) => n.full);
    if (dropped.length > 0) out.push({ record: r, dropped, wholesale: dropped.length === r.names.length });
  }
  return out;
}

/** A name by its words: case, accents and punctuation aside, the spaces between words kept (a name run together is
 *  another name to screening). */
const nameKey = (full: string): string => full.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Whether `after` lacks some name of `before`. */
function namesDropped(before: ListRecord, after: ListRecord): boolean {
  const names = new Set(after.names.map((n) => nameKey(n.full)));
  return before.names.some((n) => !names.has(nameKey(n.full)));
}

/** Whether the bundled records a list given lacks count as delisted on its day (the header): only with the
 *  operator's `--allow-removals` and a list dated after the bundled one's day. */
export function lackingDelisted(given: UnList, bundled: UnList, allowRemovals: boolean): boolean {
  return allowRemovals && given.version.dateGenerated.slice(0, 10) > bundled.version.dateGenerated.slice(0, 10);
}

/** The party screener over the list given, with the bundled records it lacks read as the header says. */
export function screenerWithLacking(given: ScreeningIndex, givenList: UnList, bundled: UnList, lacking: readonly ListRecord[], algorithm: string, allowRemovals = false): PartyScreener {
  if (lacking.length === 0) return createPartyScreener(given);
  const index = buildIndex({ version: bundled.version, source: bundled.source, records: lacking }, algorithm);
  if (!lackingDelisted(givenList, bundled, allowRemovals)) return concatScreeners(createPartyScreener(given), createPartyScreener(index));
  const until = givenList.version.dateGenerated.slice(0, 10);
  const records = new Map<string, FormerRecord>(lacking.map((record) => [record.ref.trim(), { record, listedUntil: until, lastListVersion: bundled.version.id }]));
  return partyScreenerWith(given, { key: '', records, index, notHeld: [] });
}

/** Both screeners' matches, and the listed names both find in a free text, the first's first. */
function concatScreeners(first: PartyScreener, second: PartyScreener): PartyScreener {
  const both = <T>(a: readonly T[], b: readonly T[]): readonly T[] => (b.length === 0 ? a : [...a, ...b]);
  const screen: PartyScreener = (party) => both(first(party), second(party));
  const [a, b] = [first.namesIn, second.namesIn];
  if (a !== undefined && b !== undefined) screen.namesIn = (text) => both(a(text), b(text));
  if (first.partySpansIn !== undefined) screen.partySpansIn = first.partySpansIn;
  return screen;
}
