/**
 * The audit entries of the cap ledger's writes, with the rows each wrote (audit-rows.ts): a delivery's
 * record and version, its period's totals (both periods when an amendment moved it), the notices and
 * correction notices it issued, a State's baseline. Appended inside the write's own transaction, so the
 * rows and their entry commit together or not at all. The service always logs; the CLI logs when the
 * ledger's database also holds the service's audit log (a plain ledger file has no log).
 */
import type { AmendResult, Baseline, Notice, RecordResult } from '../../ledger/index.ts';
import type { SqlTx } from '../../store/index.ts';
import { lockChain, type AuditInput } from '../audit/audit-log.ts';
import type { RowRef } from '../audit/audit-rows.ts';
import { LEDGER_WRITE_TABLES, rowNotAsRecorded } from '../audit/recorded-rows.ts';
import { tampered } from '../audit/row-guard.ts';

/**
 * An audited write's first step: the chain's lock (writers queue in one order), then the rows it builds
 * on held to the log (recorded-rows.ts), so its entry never records a change made in the database as
 * Interdict's. `owner`: what keeps the log's digests between writes (the open store).
 */
export function holdLedgerRows(owner: object): (tx: SqlTx) => Promise<void> {
  return async (tx) => {
    await lockChain(tx);
    const row = await rowNotAsRecorded(tx, LEDGER_WRITE_TABLES, owner);
    if (row !== undefined) throw tampered(`the cap ledger (${row})`);
  };
}

function noticeRows(notices: readonly Notice[]): RowRef[] {
  return notices.map((n) => ({ table: n.kind === 'correction' ? 'notice_corrections' : 'notices', key: [n.id] }));
}

/** The rows a new delivery wrote. */
export function recordRows(r: RecordResult): RowRef[] {
  return [
    { table: 'deliveries', key: [r.record.id] },
    { table: 'delivery_versions', key: [r.record.id, r.record.version] },
    { table: 'period_totals', key: [r.totals.commodity, r.totals.period] },
    ...noticeRows(r.notices),
  ];
}

/** The rows an amendment wrote: the new version, the record's current version, both periods' totals. */
export function amendRows(r: AmendResult): RowRef[] {
  const periods = [...new Set([r.before.period, r.after.period])].sort();
  return [
    { table: 'deliveries', key: [r.after.id] },
    { table: 'delivery_versions', key: [r.after.id, r.after.version] },
    ...periods.map((p) => ({ table: 'period_totals', key: [r.after.commodity, p] })),
    ...noticeRows(r.notices),
  ];
}

export function deliveryEntry(actor: string, r: RecordResult): AuditInput {
  return {
    actor, action: 'delivery.record', target: `delivery:${r.record.state}:${r.record.ref}`,
    detail: {
      commodity: r.record.commodity, date: r.record.date, barrelsMilli: r.record.barrelsMilli, tonnesMilli: r.record.tonnesMilli, notices: r.notices.map((n) => n.threshold),
      ...(r.record.afterCease && { afterCease: true }),
    },
    rows: recordRows(r),
  };
}

export function amendEntry(actor: string, r: AmendResult): AuditInput {
  return {
    actor, action: 'delivery.amend', target: `delivery:${r.after.state}:${r.after.ref}`,
    detail: { version: r.after.version, barrelsMilli: r.after.barrelsMilli, tonnesMilli: r.after.tonnesMilli, date: r.after.date, reason: r.after.reason, notices: r.notices.map((n) => `${n.kind}:${n.threshold}`) },
    rows: amendRows(r),
  };
}

export function baselineEntry(actor: string, b: Baseline): AuditInput {
  return {
    actor, action: 'ledger.baseline', target: `baseline:${b.state}`,
    detail: { version: b.version, barrelsMilli: b.barrelsMilli, tonnesMilli: b.tonnesMilli },
    rows: [{ table: 'baselines', key: [b.state, b.version] }],
  };
}
