/**
 * The documents the Committee and States send (2375 para 14, 2397 paras 4-5), built from the ledger:
 * the Committee's table (one row per delivery, barrels and how they were derived, running total), the
 * State's 30-day notification (its deliveries, vessels, every party with its screening at recording),
 * and the Secretary's notices. Plain data here; CSV and HTML in render-reports.ts.
 */
import type { CapPeriod } from '../law/index.ts';
import { percentOfCap } from './cap-math.ts';
import type { CapSource } from './cap-source.ts';
import type { LedgerStore } from './ledger-store.ts';
import type { Commodity, DeliveryVersion, PartyScreening } from './ledger-types.ts';
import { noticeSentence } from './present.ts';
import { fromMilli } from './quantity.ts';

export interface TableReportRow {
  year: number;
  month: number;
  state: string;
  ref: string;
  date: string;
  /** The quantity and unit as the State reported them (barrels when it gave barrels). */
  quantity: number;
  unit: 'bbl' | 't';
  product: string | null;
  barrels: number;
  derivation: string;
  /** The factor that derived the barrels; null when they are as reported (the tonnes' factor is not the table's). */
  factor: number | null;
  runningBarrels: number;
  /** Percent of the cap after this delivery; null where the period has no aggregate cap (2375 para 15). */
  percentOfCap: number | null;
  afterCease: boolean;
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

export function asReported(v: DeliveryVersion): { quantity: number; unit: 'bbl' | 't' } {
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

export interface NotificationDelivery {
  commodity: Commodity;
  ref: string;
  date: string;
  quantity: number;
  unit: 'bbl' | 't';
  product: string | null;
  barrels: number;
  tonnes: number;
  derivation: string;
  vessel: string | null;
  /** Every party, with its screening when the delivery was recorded (null: not screened then). */
  parties: { name: string; screening: PartyScreening | null }[];
  afterCease: boolean;
  late: boolean;
}

export interface StateNotification {
  state: string;
  from: string;
  to: string;
  deliveries: NotificationDelivery[];
  /** 2375 para 14(c), 2397 para 5: the purpose the State affirms. */
  purpose: string;
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
        parties: v.parties.map((name) => ({ name, screening: v.screening?.find((s) => s.name === name) ?? null })),
        afterCease: v.afterCease, late: v.late,
      });
    }
    const last = page.items[page.items.length - 1];
    if (page.items.length < 500 || !last) break;
    after = { date: last.date, id: last.id };
  }
  return { state, from, to, deliveries, purpose: LIVELIHOOD_STATEMENT };
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
