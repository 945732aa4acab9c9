/**
 * Row <-> object mapping, in one place for every backend. Postgres returns BIGINT and SUM() as
 * strings, SQLite as numbers, so every number goes through Number(); booleans are stored as 0/1 on
 * both dialects to keep one logical schema.
 */
import type { Baseline, Commodity, DeliveryVersion, Notice, PeriodTotals } from '../ledger-types.ts';
import type { Derivation, Product } from '../products.ts';
import type { Row } from '../../store/sql-driver.ts';

export const VERSION_COLUMNS =
  'd.id, d.state, d.ref, v.version, v.commodity, v.period, v.delivery_date, v.barrels_milli, v.tonnes_milli, v.derived, ' +
  'v.factor, v.reported_at, v.vessel, v.parties, v.late, v.exceeds_cap, v.exceeds_baseline, v.recorded_at, v.amended_by, v.reason, ' +
  'v.product, v.derivation, v.after_cease, v.screening';

export const VERSION_FROM = 'deliveries d JOIN delivery_versions v ON v.delivery_id = d.id';
export const CURRENT_FROM = 'deliveries d JOIN delivery_versions v ON v.delivery_id = d.id AND v.version = d.current_version';

const num = (v: unknown): number => Number(v ?? 0);
const str = (v: unknown): string => String(v);
const optStr = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function toVersion(r: Row): DeliveryVersion {
  return {
    id: num(r.id),
    state: str(r.state),
    ref: str(r.ref),
    version: num(r.version),
    commodity: str(r.commodity) as Commodity,
    period: str(r.period),
    date: str(r.delivery_date),
    barrelsMilli: num(r.barrels_milli),
    tonnesMilli: num(r.tonnes_milli),
    derived: optStr(r.derived) as DeliveryVersion['derived'],
    factor: r.factor === null || r.factor === undefined ? null : Number(r.factor),
    reportedAt: str(r.reported_at),
    vessel: optStr(r.vessel),
    parties: JSON.parse(str(r.parties)) as string[],
    late: num(r.late) === 1,
    exceedsCap: num(r.exceeds_cap) === 1,
    exceedsBaseline: num(r.exceeds_baseline) === 1,
    recordedAt: str(r.recorded_at),
    amendedBy: optStr(r.amended_by),
    reason: optStr(r.reason),
    product: optStr(r.product) as Product | null,
    // Records written before migration 3 carry no derivation: a derived figure then used the default.
    derivation: (optStr(r.derivation) ?? (r.derived === 'barrels' ? 'default-factor' : 'as-reported')) as Derivation,
    afterCease: num(r.after_cease) === 1,
    screening: r.screening === null || r.screening === undefined ? null : (JSON.parse(str(r.screening)) as DeliveryVersion['screening']),
  };
}

export function versionParams(v: DeliveryVersion): unknown[] {
  return [
    v.id, v.version, v.commodity, v.period, v.date, v.barrelsMilli, v.tonnesMilli, v.derived, v.factor, v.reportedAt, v.vessel,
    JSON.stringify(v.parties), v.late ? 1 : 0, v.exceedsCap ? 1 : 0, v.exceedsBaseline ? 1 : 0, v.recordedAt, v.amendedBy, v.reason,
    v.product, v.derivation, v.afterCease ? 1 : 0, v.screening === null ? null : JSON.stringify(v.screening),
  ];
}

export const INSERT_VERSION =
  'INSERT INTO delivery_versions (delivery_id, version, commodity, period, delivery_date, barrels_milli, tonnes_milli, derived, factor, ' +
  'reported_at, vessel, parties, late, exceeds_cap, exceeds_baseline, recorded_at, amended_by, reason, product, derivation, after_cease, screening) ' +
  'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

export const NOTICE_COLUMNS =
  'n.id, n.commodity, n.period, n.threshold, n.cease, n.total_barrels_milli, n.total_tonnes_milli, n.percent, n.delivery_id, n.version, n.issued_at, d.state, d.ref';

/** The correction notices in the same shape (`corrects` names the threshold notice). */
export const CORRECTION_COLUMNS =
  'c.id, c.notice_id, c.commodity, c.period, c.threshold, c.total_barrels_milli, c.total_tonnes_milli, c.percent, c.delivery_id, c.version, c.issued_at, d.state, d.ref';

export function toCorrection(r: Row): Notice {
  return { ...toNotice(r), kind: 'correction', corrects: num(r.notice_id), cease: false };
}

export function toNotice(r: Row): Notice {
  return {
    id: num(r.id),
    kind: 'threshold',
    corrects: null,
    commodity: str(r.commodity) as Commodity,
    period: str(r.period),
    threshold: num(r.threshold),
    cease: num(r.cease) === 1,
    totalBarrelsMilli: num(r.total_barrels_milli),
    totalTonnesMilli: num(r.total_tonnes_milli),
    percent: num(r.percent),
    deliveryId: num(r.delivery_id),
    version: num(r.version),
    state: str(r.state),
    ref: str(r.ref),
    issuedAt: str(r.issued_at),
  };
}

export function toTotals(r: Row): PeriodTotals {
  return {
    commodity: str(r.commodity) as Commodity,
    period: str(r.period),
    barrelsMilli: num(r.barrels_milli),
    tonnesMilli: num(r.tonnes_milli),
    records: num(r.records),
  };
}

export function toBaseline(r: Row): Baseline {
  return {
    state: str(r.state),
    version: num(r.version),
    barrelsMilli: r.barrels_milli === null || r.barrels_milli === undefined ? null : num(r.barrels_milli),
    tonnesMilli: r.tonnes_milli === null || r.tonnes_milli === undefined ? null : num(r.tonnes_milli),
    setAt: str(r.set_at),
  };
}
