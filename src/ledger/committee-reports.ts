/**
 * The documents the Committee and States send (2375 para 14, 2397 paras 4-5), built from the ledger:
 * the Committee's table (one row per delivery, barrels and how they were derived, running total), the
 * State's 30-day notification (its deliveries, vessels, every party with its screening at recording),
 * and the Secretary's notices. Plain data here; CSV and HTML in render-reports.ts.
 */
import { InterdictError } from '../errors/index.ts';
import { addDays, type CapPeriod } from '../law/index.ts';
import { percentOfCap } from './cap-math.ts';
import type { CapSource } from './cap-source.ts';
import type { LedgerStore } from './ledger-store.ts';
import type { Commodity, DeliveryVersion, PartyScreening } from './ledger-types.ts';
import { noticeSentence, vesselReview } from './present.ts';
import { fromMilli } from './quantity.ts';

/** A delivery as every report gives it: its reference and date, the figure as reported, its barrels. */
export interface ReportedDelivery {
  ref: string;
  date: string;
  /** The quantity and unit as the State reported them (barrels when it gave barrels). */
  quantity: number;
  unit: 'bbl' | 't';
  product: string | null;
  barrels: number;
  derivation: string;
  afterCease: boolean;
}

export interface TableReportRow extends ReportedDelivery {
  year: number;
  month: number;
  state: string;
  /** The factor that derived the barrels; null when they are as reported (the tonnes' factor is not the table's). */
  factor: number | null;
  runningBarrels: number;
  /** Percent of the cap after this delivery; null where the period has no aggregate cap (2375 para 15). */
  percentOfCap: number | null;
}

export interface TableReport {
  commodity: Commodity;
  period: string;
  start: string;
  end: string;
  capBarrels: number | null;
  capTonnes: number | null;
  resolution: number;
  paragraph: string;
  rows: TableReportRow[];
}

export function asReported(v: DeliveryVersion): Pick<ReportedDelivery, 'quantity' | 'unit'> {
  return v.derived === 'barrels' ? { quantity: fromMilli(v.tonnesMilli), unit: 't' } : { quantity: fromMilli(v.barrelsMilli), unit: 'bbl' };
}

export async function committeeTable(store: LedgerStore, cap: CapPeriod): Promise<TableReport> {
  const records = await store.records(cap.commodity, cap.period); // by date, then id; current versions
  let b = 0;
  let t = 0;
  const hasCap = cap.capBarrels !== undefined || cap.capTonnes !== undefined;
  const rows = records.map((v): TableReportRow => {
    b += v.barrelsMilli;
    t += v.tonnesMilli;
    return {
      year: Number(v.date.slice(0, 4)), month: Number(v.date.slice(5, 7)), state: v.state, ref: v.ref, date: v.date, ...asReported(v),
      product: v.product, barrels: fromMilli(v.barrelsMilli), derivation: v.derivation, factor: v.derived === 'barrels' ? v.factor : null, runningBarrels: fromMilli(b),
      percentOfCap: hasCap ? percentOfCap(cap, { barrelsMilli: b, tonnesMilli: t }) : null, afterCease: v.afterCease,
    };
  });
  return {
    commodity: cap.commodity, period: cap.period, start: cap.start, end: cap.end, capBarrels: cap.capBarrels ?? null, capTonnes: cap.capTonnes ?? null,
    resolution: cap.resolution, paragraph: cap.paragraph, rows,
  };
}

export interface NotificationDelivery extends ReportedDelivery {
  commodity: Commodity;
  tonnes: number;
  vessel: string | null;
  /** Every party, with its screening when the delivery was recorded (null: not screened then). */
  parties: { name: string; screening: PartyScreening | null }[];
  /** The vessel screened against the 1718 Designated Vessels List when recorded; null when it was not. */
  vesselScreening: PartyScreening | null;
  late: boolean;
}

export interface StateNotification {
  state: string;
  from: string;
  to: string;
  deliveries: NotificationDelivery[];
  /** 2375 para 14(c), 2397 para 5: the purpose the State affirms. */
  purpose: string;
  /**
   * What stands in the way of that statement: a party that matched or possibly matched the list when
   * recorded (2375 para 14(b)) is named here for review, never passed over.
   */
  review: string[];
}

export const LIVELIHOOD_STATEMENT =
  'The supplying State affirms that each transfer above was exclusively for livelihood purposes of DPRK nationals, ' +
  'unrelated to generating revenue for the DPRK\'s nuclear or ballistic missile programmes or other activities prohibited ' +
  'by the resolutions, and that no individual or entity designated by the Committee, nor any acting on their behalf, was involved ' +
  '(resolution 2375 (2017) para 14, resolution 2397 (2017) para 5).';

export async function stateNotification(store: LedgerStore, state: string, from: string, to: string): Promise<StateNotification> {
  const deliveries: NotificationDelivery[] = [];
  let after: { date: string; id: number } | undefined;
  // Page through (a State's 30 days rarely hold many; the loop bounds memory all the same).
  for (;;) {
    const page = await store.deliveries({ state, from, to, order: 'asc', limit: 500, ...(after && { after }) });
    for (const v of page.items) {
      deliveries.push({
        commodity: v.commodity, ref: v.ref, date: v.date, ...asReported(v), product: v.product, barrels: fromMilli(v.barrelsMilli), tonnes: fromMilli(v.tonnesMilli),
        derivation: v.derivation, vessel: v.vessel,
        parties: v.parties.map((name) => ({ name, screening: v.screening?.find((s) => s.name === name && s.of === undefined) ?? null })),
        vesselScreening: v.screening?.find((s) => s.of === 'vessel') ?? null,
        afterCease: v.afterCease, late: v.late,
      });
    }
    const last = page.items[page.items.length - 1];
    if (page.items.length < 500 || !last) break;
    after = { date: last.date, id: last.id };
  }
  const review = deliveries.flatMap((d) => d.parties.filter((p) => p.screening !== null && p.screening.result !== 'clear').map((p) =>
    `${d.ref} (${d.date}): party "${p.name}" ${p.screening!.result === 'match' ? 'matched' : 'possibly matched'} ${p.screening!.matches.map((m) => m.ref.trim()).join(', ')} on the list when recorded: review before affirming that no designated person or entity was involved`)).concat(
    deliveries.flatMap((d) => {
      const why = vesselReview(d.vessel, d.vesselScreening);
      return why === undefined ? [] : [`${d.ref} (${d.date}): ${why}`];
    }));
  return { state, from, to, deliveries, purpose: LIVELIHOOD_STATEMENT, review };
}

export interface SecretaryNote {
  kind: 'threshold' | 'correction';
  threshold: number;
  commodity: Commodity;
  period: string;
  total: number;
  totalTonnes: number;
  percent: number;
  state: string;
  ref: string;
  issuedAt: string;
  text: string;
}

export async function secretaryNotes(store: LedgerStore, caps: CapSource, cap: CapPeriod): Promise<SecretaryNote[]> {
  const notices = (await store.notices()).filter((n) => n.commodity === cap.commodity && n.period === cap.period);
  return notices.map((n) => ({
    kind: n.kind, threshold: n.threshold, commodity: n.commodity, period: n.period, total: fromMilli(n.totalBarrelsMilli), totalTonnes: fromMilli(n.totalTonnesMilli),
    percent: n.percent, state: n.state, ref: n.ref, issuedAt: n.issuedAt, text: noticeSentence(n, caps.periods(n.commodity).find((p) => p.period === n.period)),
  }));
}

export interface CrudeReport {
  /** The 90-day window on 2397 para 4's fixed schedule (counted from the first aggregate crude period's start). */
  window: number;
  from: string;
  to: string;
  /** The day the supplying States' report for the window is due (the day after it ends). */
  due: string;
  byState: { state: string; barrels: number; tonnes: number; deliveries: number }[];
  deliveries: NotificationDelivery[];
}

const DAY_MS = 86_400_000;
const daysFrom = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

/**
 * 2397 para 4: States report crude oil every 90 days counted from adoption (22 Mar 2018, 20 Jun 2018,
 * ...): a fixed schedule, not 90 days after each delivery. The anchor and the 90 days are the law's
 * (the first crude period with an aggregate cap, and its reporting window).
 */
export async function crudeReport(store: LedgerStore, caps: CapSource, date: string): Promise<CrudeReport> {
  const first = caps.periods('crude-oil').find((p) => p.capBarrels !== undefined || p.capTonnes !== undefined);
  if (!first) throw new InterdictError('LEDGER_NO_PERIOD', 'the law data defines no aggregate crude oil cap', { field: 'date' });
  if (date < first.start) throw new InterdictError('LEDGER_NO_PERIOD', `the 90-day crude oil reports start on ${first.start} (resolution ${first.resolution} para ${first.paragraph}), after ${date}`, { field: 'date' });
  const days = first.reportWithinDays;
  const window = Math.floor(daysFrom(first.start, date) / days) + 1;
  const from = addDays(first.start, (window - 1) * days);
  const to = addDays(from, days - 1);
  const deliveries: NotificationDelivery[] = [];
  const byState = new Map<string, { b: number; t: number; n: number }>();
  let after: { date: string; id: number } | undefined;
  for (;;) {
    const page = await store.deliveries({ commodity: 'crude-oil', from, to, order: 'asc', limit: 500, ...(after && { after }) });
    for (const v of page.items) {
      deliveries.push({
        commodity: v.commodity, ref: v.ref, date: v.date, ...asReported(v), product: v.product, barrels: fromMilli(v.barrelsMilli), tonnes: fromMilli(v.tonnesMilli),
        derivation: v.derivation, vessel: v.vessel, parties: v.parties.map((name) => ({ name, screening: v.screening?.find((s) => s.name === name && s.of === undefined) ?? null })),
        vesselScreening: v.screening?.find((s) => s.of === 'vessel') ?? null,
        afterCease: v.afterCease, late: v.late,
      });
      const s = byState.get(v.state) ?? { b: 0, t: 0, n: 0 };
      byState.set(v.state, { b: s.b + v.barrelsMilli, t: s.t + v.tonnesMilli, n: s.n + 1 });
    }
    const last = page.items[page.items.length - 1];
    if (page.items.length < 500 || !last) break;
    after = { date: last.date, id: last.id };
  }
  return {
    window, from, to, due: addDays(to, 1),
    byState: [...byState].sort(([a], [b]) => a.localeCompare(b)).map(([state, x]) => ({ state, barrels: fromMilli(x.b), tonnes: fromMilli(x.t), deliveries: x.n })),
    deliveries,
  };
}
