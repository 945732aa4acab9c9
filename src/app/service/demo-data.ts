/**
 * The demo data `interdict serve --demo` loads, so a first-time user sees alerts and cap use at once:
 * the bundled example customers as monitored subjects and the example State reports in the ledger.
 * Safe to load again: subjects are upserted and a State's reference counts once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDeliveryCsv } from '../../ledger/index.ts';
import { PROJECT_ROOT } from '../../project-root.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { deliveryEntry, holdLedgerRows } from '../ledger/ledger-audit.ts';
import { importSubjectsCsv } from '../subjects/import-subjects.ts';
import type { Service } from './service-context.ts';

const EXAMPLES = path.join(PROJECT_ROOT, 'examples');

export async function loadDemoData(svc: Service, actor: string): Promise<{ subjects: number; alertsOpened: number; deliveriesCreated: number }> {
  const customers = path.join(EXAMPLES, 'customers.csv');
  const s = await importSubjectsCsv(svc, readFileSync(customers), customers, actor);
  const deliveries = path.join(EXAMPLES, 'deliveries.csv');
  const { inputs, labels } = parseDeliveryCsv(readFileSync(deliveries, 'utf8'), deliveries);
  // The entries commit with the reports (ledger-audit.ts).
  const results = await svc.ledger.recordAll(inputs, { labels, first: holdLedgerRows(svc.ledger), within: async (tx, rs) => { for (const r of rs) if (r.created) await appendAudit(tx, deliveryEntry(actor, r)); } });
  const created = results.filter((r) => r.created);
  return { subjects: s.subjects.length, alertsOpened: s.alertsOpened, deliveriesCreated: created.length };
}
