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
import { LEDGER_SMALL_TABLES, LEDGER_TABLES, rowNotAsRecorded, rowWhereNotAsRecorded } from '../audit/recorded-rows.ts';
import { tampered } from '../audit/row-guard.ts';

/**
 * An audited write's first step: the chain's lock (writers queue in one order), then the rows it builds on
 * held to the log (recorded-rows.ts): a period's totals, the notices it must not issue twice, a State's
 * baseline (the small tables, whole), and the record a repeat or an amendment is matched to with its
 * versions (`records`: those of these reports; none given, the whole ledger, as for an import). A row added,
 * changed or removed in the database would otherwise steer the write, and its entry would record the
 * outcome as Interdict's. `owner`: what keeps the log's digests between writes (the open store).
 */
export function holdLedgerRows(owner: object, records?: readonly { state: string; ref: string }[]): (tx: SqlTx) => Promise<void> {
  return async (tx) => {
    await lockChain(tx);
    // No one else writes the ledger until this write commits: the rows held here are the rows it then reads.
    await tx.lockTables(LEDGER_TABLES.tables);
    let row = await rowNotAsRecorded(tx, records === undefined ? LEDGER_TABLES : LEDGER_SMALL_TABLES, owner);
    for (const r of records ?? []) {
      row ??= await rowWhereNotAsRecorded(tx, LEDGER_TABLES, 'deliveries', 'state = ? AND ref = ?', [r.state, r.ref], owner);
      row ??= await rowWhereNotAsRecorded(tx, LEDGER_TABLES, 'delivery_versions', 'delivery_id IN (SELECT id FROM deliveries WHERE state = ? AND ref = ?)', [r.state, r.ref], owner);
    }
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
