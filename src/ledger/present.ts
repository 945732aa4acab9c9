/**
 * The ledger's records as users see them (JSON and text): quantities as plain numbers of barrels and
 * tonnes, and each notice as the sentence the Committee Secretary's notice would carry.
 */
import type { CapPeriod } from '../law/index.ts';
import { percentOfCap, remaining } from './cap-math.ts';
import type { CapSource } from './cap-source.ts';
import type { DeliveryVersion, Notice, PartyScreening, PeriodTotals } from './ledger-types.ts';
import { fromMilli } from './quantity.ts';

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 3 });
const words = (c: string): string => c.replace('-', ' ');

/** A stored delivery that calls for review: past the cap or its State's baseline, or delivered after the cease notice. */
export function callsForReview(v: { exceedsCap: boolean; exceedsBaseline: boolean; afterCease: boolean }): boolean {
  return v.exceedsCap || v.exceedsBaseline || v.afterCease;
}

/** A write calls for review (the CLI's exit 3) when it issued a notice or stored a delivery that calls for review. */
export function writeCallsForReview(stored: readonly { exceedsCap: boolean; exceedsBaseline: boolean; afterCease: boolean }[], notices: readonly unknown[]): boolean {
  return notices.length > 0 || stored.some(callsForReview);
}

/**
 * Why a delivery's vessel stands in the way of the statement, or undefined: a match or possible match on the
 * 1718 Designated Vessels List when recorded, or a vessel not screened then (`unscreened`: no vessels list
 * was imported; or recorded before vessels were screened): fail closed, a vessel nobody screened is reviewed.
 */
export function vesselReview(vessel: string | null, s: PartyScreening | null): string | undefined {
  const tail = 'review before affirming the delivery (2371 para 6, 2375 para 6: designated vessels are denied port entry)';
  if (s === null) return vessel !== null && vessel.trim() !== '' ? `vessel "${vessel}" was not screened against the 1718 Designated Vessels List when recorded: ${tail}` : undefined;
  // Screened under another name (the vessel amended since): the vessel as it stands was not screened.
  if (vessel !== null && vessel.trim() !== s.name) return `vessel "${vessel}" was not screened against the 1718 Designated Vessels List (the name screened when recorded was "${s.name}"): ${tail}`;
  if (s.result === 'clear') return undefined;
  if (s.result === 'unscreened') return `vessel "${s.name}" was not screened against the 1718 Designated Vessels List when recorded (${s.reason ?? 'no designated-vessels list imported'}): ${tail}`;
  return `vessel "${s.name}" ${s.result === 'match' ? 'matched' : 'possibly matched'} ${s.matches.map((m) => `${m.name} (${m.ref.trim()})`).join(', ')} on the 1718 Designated Vessels List when recorded: ${tail}`;
}

/** What a stored version's vessel calls for, or undefined (the notification's review line without the delivery). */
export function vesselReviewOf(v: { vessel: string | null; screening: readonly PartyScreening[] | null }): string | undefined {
  return vesselReview(v.vessel, v.screening?.find((s) => s.of === 'vessel') ?? null);
}

export function presentVersion(v: DeliveryVersion) {
  return {
    state: v.state,
    ref: v.ref,
    version: v.version,
    commodity: v.commodity,
    period: v.period,
    date: v.date,
    barrels: fromMilli(v.barrelsMilli),
    tonnes: fromMilli(v.tonnesMilli),
    derived: v.derived,
    factor: v.factor,
    product: v.product,
    derivation: v.derivation,
    afterCease: v.afterCease,
    reported: v.reportedAt,
    vessel: v.vessel,
    parties: v.parties,
    late: v.late,
    exceedsCap: v.exceedsCap,
    exceedsBaseline: v.exceedsBaseline,
    recordedAt: v.recordedAt,
    amendedBy: v.amendedBy,
    reason: v.reason,
    screening: v.screening,
  };
}

function capWords(cap: CapPeriod): string {
  const parts = [cap.capBarrels !== undefined ? `${fmt(cap.capBarrels)} bbl` : '', cap.capTonnes !== undefined ? `${fmt(cap.capTonnes)} t` : ''].filter(Boolean);
  return parts.join(' or ');
}

export function noticeSentence(n: Notice, cap: CapPeriod | undefined): string {
  const of = cap ? `the ${words(n.commodity)} cap for ${n.period} (${capWords(cap)}, UNSCR ${cap.resolution} para ${cap.paragraph})` : `the ${words(n.commodity)} cap for ${n.period}`;
  const head = `${n.threshold} % of ${of} reached: ${fmt(fromMilli(n.totalBarrelsMilli))} bbl / ${fmt(fromMilli(n.totalTonnesMilli))} t (${n.percent} %) after ${n.state} ref ${n.ref}`;
  if (n.kind === 'correction') {
    return `Correction: an amended report (${n.state} ref ${n.ref}) took the ${words(n.commodity)} total for ${n.period} back to ${fmt(fromMilli(n.totalBarrelsMilli))} bbl / ${fmt(fromMilli(n.totalTonnesMilli))} t (${n.percent} %), below the ${n.threshold} % notified before: that notice no longer holds${n.threshold === (cap ? Math.max(...cap.thresholds) : -1) ? ', and States may supply again within the cap' : ''}.`;
  }
  return n.cease ? `${head}. States must cease supplying ${words(n.commodity)} to the DPRK for the rest of the period${cap ? ` (to ${cap.end})` : ''}.` : `${head}.`;
}

export function presentNotice(n: Notice, caps: CapSource) {
  const cap = caps.periods(n.commodity).find((p) => p.period === n.period);
  return {
    kind: n.kind,
    commodity: n.commodity,
    period: n.period,
    threshold: n.threshold,
    cease: n.cease,
    /** The period's total in barrels when the notice was issued (CONTRACT §3a). */
    total: fromMilli(n.totalBarrelsMilli),
    ref: n.ref,
    state: n.state,
    totalBarrels: fromMilli(n.totalBarrelsMilli),
    totalTonnes: fromMilli(n.totalTonnesMilli),
    percent: n.percent,
    record: { state: n.state, ref: n.ref, version: n.version },
    issuedAt: n.issuedAt,
    message: noticeSentence(n, cap),
  };
}

export function presentTotals(t: PeriodTotals, caps: CapSource) {
  const cap = caps.periods(t.commodity).find((p) => p.period === t.period);
  const rem = cap ? remaining(cap, t) : {};
  return {
    commodity: t.commodity,
    period: t.period,
    start: cap?.start ?? null,
    end: cap?.end ?? null,
    measure: cap?.measure ?? null,
    capBarrels: cap?.capBarrels ?? null,
    capTonnes: cap?.capTonnes ?? null,
    totalBarrels: fromMilli(t.barrelsMilli),
    totalTonnes: fromMilli(t.tonnesMilli),
    records: t.records,
    percent: cap ? percentOfCap(cap, t) : null,
    remainingBarrels: rem.barrelsMilli === undefined ? null : fromMilli(Math.max(0, rem.barrelsMilli)),
    remainingTonnes: rem.tonnesMilli === undefined ? null : fromMilli(Math.max(0, rem.tonnesMilli)),
    overBarrels: rem.barrelsMilli !== undefined && rem.barrelsMilli < 0 ? fromMilli(-rem.barrelsMilli) : null,
    overTonnes: rem.tonnesMilli !== undefined && rem.tonnesMilli < 0 ? fromMilli(-rem.tonnesMilli) : null,
  };
}

/** "28,690 bbl / 3,444 t" (either part may be absent); undefined when there is neither. */
export function amountText(barrels: number | null, tonnes: number | null, joiner = ' / '): string | undefined {
  const parts = [barrels !== null ? `${fmt(barrels)} bbl` : '', tonnes !== null ? `${fmt(tonnes)} t` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(joiner) : undefined;
}

/** What a period without an aggregate bound says instead of a percent (2375 para 15: per-State baselines). */
export const NO_AGGREGATE_CAP = 'no aggregate cap in this period (each State is held to its own baseline, 2375 para 15)';

export function totalsLine(t: ReturnType<typeof presentTotals>): string {
  const rem = amountText(t.remainingBarrels, t.remainingTonnes);
  const over = amountText(t.overBarrels, t.overTonnes, ' or ');
  const against = rem === undefined ? NO_AGGREGATE_CAP : `${t.percent ?? '?'} % of the cap, ${over === undefined ? `remaining ${rem}` : `over the cap by ${over}`}`;
  return `${words(t.commodity)} ${t.period}: ${fmt(t.totalBarrels)} bbl / ${fmt(t.totalTonnes)} t in ${t.records} record(s), ${against}`;
}

export { fmt as formatNumber };
