/** Import a CSV of delivery reports, all or nothing: `interdict ledger import`. */
import { InterdictError } from '../../errors/index.ts';
import type { Law } from '../../law/index.ts';
import { capSourceFromLaw, parseDeliveryCsv, parseState, presentNotice, presentVersion, validateDelivery, type LedgerStore } from '../../ledger/index.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { deliveryEntry } from './ledger-audit.ts';
import { mayReportFor, type LedgerActor } from './ledger-actor.ts';
import type { ScreeningDeps } from './record-delivery.ts';
import { screenParties } from './screen-parties.ts';

export interface ImportOutcome {
  file: string;
  rows: number;
  created: number;
  unchanged: number;
  notices: ReturnType<typeof presentNotice>[];
  flagged: ReturnType<typeof presentVersion>[];
  /** Something new went past a cap or a baseline, or was delivered after the cease notice (exit 3). */
  exceeded: boolean;
}

/** Parse and validate a whole import file without a store (the CLI: before it opens a database). */
export function checkImport(law: Law, text: string, file: string): void {
  const caps = capSourceFromLaw(law);
  const { inputs, labels } = parseDeliveryCsv(text, file);
  const today = new Date().toISOString().slice(0, 10);
  try {
    inputs.forEach((input, i) => validateDelivery(input, caps, today, labels[i]));
  } catch (e) {
    if (e instanceof InterdictError) throw e.at({ file });
    throw e;
  }
}

export async function importDeliveries(
  store: LedgerStore, law: Law, actor: LedgerActor, text: string, file: string, deps: ScreeningDeps & { onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportOutcome> {
  const caps = capSourceFromLaw(law);
  const { inputs, labels } = parseDeliveryCsv(text, file);
  let results;
  try {
    for (const [i, input] of inputs.entries()) {
      try {
        mayReportFor(actor, parseState(input.state, labels[i]));
      } catch (e) {
        if (e instanceof InterdictError) throw e.at({ record: labels[i] });
        throw e;
      }
      const screening = screenParties(input.parties, deps.screenParty, deps.listVersion ?? '');
      if (screening) input.screening = screening;
    }
    results = await store.recordAll(inputs, {
      labels, onProgress: (done) => deps.onProgress?.(done, inputs.length),
      // One entry per new report, committed with the import or not at all; a repeat logs nothing.
      ...(actor.audited && { within: async (tx, forUpdate, rs) => { for (const r of rs) if (r.created) await appendAudit(tx, forUpdate, deliveryEntry(actor.name, r)); } }),
    });
  } catch (e) {
    if (e instanceof InterdictError) throw e.at({ file });
    throw e;
  }
  const created = results.filter((r) => r.created);
  return {
    file,
    rows: inputs.length,
    created: created.length,
    unchanged: results.length - created.length,
    notices: results.flatMap((r) => r.notices).map((n) => presentNotice(n, caps)),
    flagged: created.filter((r) => r.record.exceedsCap || r.record.exceedsBaseline || r.record.late || r.record.afterCease).map((r) => presentVersion(r.record)),
    exceeded: created.some((r) => r.record.exceedsCap || r.record.exceedsBaseline || r.record.afterCease),
  };
}
