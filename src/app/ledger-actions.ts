/**
 * The cap ledger's use cases (record, amend, import, status, notices, baselines, history, where),
 * written once for the CLI and the service. Each opens the store for as long as it needs it: readers
 * for reading only (they never create a database), writers after their input proved valid.
 */
import { existsSync } from 'node:fs';
import type { CapStateLookup } from '../check/index.ts';
import { InterdictError } from '../errors/index.ts';
import type { Law } from '../law/index.ts';
import {
  capSourceFromLaw, loadCapStateLookup, openLedgerStore, parseDeliveryCsv, parseState, periodStatus, presentNotice, presentTotals, presentVersion,
  resolvePeriod, validateDelivery, fromMilli, type AmendInput, type Commodity, type DeliveryInput, type LedgerStore, type PeriodStatus,
} from '../ledger/index.ts';
import { describeDbTarget, type DbTarget } from '../store/db-target.ts';
import type { Access } from '../store/open-database.ts';
import type { Engine } from './engine.ts';

const todayUtc = (): string => new Date().toISOString().slice(0, 10);

export async function withLedger<T>(engine: Engine, target: DbTarget, access: Access, fn: (store: LedgerStore) => Promise<T>): Promise<T> {
  const store = await openLedgerStore({ caps: capSourceFromLaw(engine.law()), target, access });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * What `check` consults: the ledger at `target` as of each transaction's date. The default database
 * that nothing has written yet is simply no ledger; a named one that does not exist is an error.
 */
export async function openCapStateLookup(target: DbTarget, law: Law): Promise<CapStateLookup | undefined> {
  if (target.kind === 'sqlite' && target.isDefault && !existsSync(target.file)) return undefined;
  let store;
  try {
    store = await openLedgerStore({ caps: capSourceFromLaw(law), target, access: 'read' });
  } catch (e) {
    // A database that exists but holds no ledger (only a vessels list, say) is no ledger, not an error.
    if (e instanceof InterdictError && e.code === 'STORE_NOT_FOUND' && (target.kind === 'postgres' || existsSync(target.file))) return undefined;
    throw e;
  }
  try {
    return await loadCapStateLookup(store, law);
  } finally {
    await store.close();
  }
}


export interface RecordOutcome {
  created: boolean;
  record: ReturnType<typeof presentVersion>;
  period: ReturnType<typeof presentTotals>;
  notices: ReturnType<typeof presentNotice>[];
}

/** Record one delivery; the input is validated before the database is opened. */
export async function recordDelivery(engine: Engine, target: DbTarget, input: DeliveryInput): Promise<RecordOutcome> {
  const caps = capSourceFromLaw(engine.law());
  validateDelivery(input, caps, todayUtc());
  return withLedger(engine, target, 'write', async (store) => {
    const r = await store.record(input);
    return { created: r.created, record: presentVersion(r.record), period: presentTotals(r.totals, caps), notices: r.notices.map((n) => presentNotice(n, caps)) };
  });
}

export async function amendDelivery(engine: Engine, target: DbTarget, input: AmendInput) {
  const caps = capSourceFromLaw(engine.law());
  return withLedger(engine, target, 'write', async (store) => {
    const r = await store.amend(input);
    return { before: presentVersion(r.before), after: presentVersion(r.after), period: presentTotals(r.totals, caps), notices: r.notices.map((n) => presentNotice(n, caps)) };
  });
}

/** Import a CSV of reports, all or nothing; every row is validated before the database is opened. */
export async function importDeliveries(engine: Engine, target: DbTarget, text: string, file: string, onProgress?: (done: number, total: number) => void) {
  const caps = capSourceFromLaw(engine.law());
  const { inputs, labels } = parseDeliveryCsv(text, file);
  try {
    inputs.forEach((input, i) => validateDelivery(input, caps, todayUtc(), labels[i]));
  } catch (e) {
    if (e instanceof InterdictError) throw e.at({ file });
    throw e;
  }
  return withLedger(engine, target, 'write', async (store) => {
    let results;
    try {
      results = await store.recordAll(inputs, { labels, onProgress: (done) => onProgress?.(done, inputs.length) });
    } catch (e) {
      if (e instanceof InterdictError) throw e.at({ file });
      throw e;
    }
    const notices = results.flatMap((r) => r.notices);
    const created = results.filter((r) => r.created);
    return {
      file,
      rows: inputs.length,
      created: created.length,
      unchanged: results.length - created.length,
      notices: notices.map((n) => presentNotice(n, caps)),
      flagged: created.filter((r) => r.record.exceedsCap || r.record.exceedsBaseline || r.record.late).map((r) => presentVersion(r.record)),
      exceeded: created.some((r) => r.record.exceedsCap || r.record.exceedsBaseline),
    };
  });
}

export async function ledgerStatus(engine: Engine, target: DbTarget, commodity: Commodity, period: string | undefined): Promise<PeriodStatus> {
  const caps = capSourceFromLaw(engine.law());
  const cap = resolvePeriod(caps, commodity, period, todayUtc());
  return withLedger(engine, target, 'read', (store) => periodStatus(store, caps, cap));
}

export async function ledgerNotices(engine: Engine, target: DbTarget) {
  const caps = capSourceFromLaw(engine.law());
  return withLedger(engine, target, 'read', async (store) => (await store.notices()).map((n) => presentNotice(n, caps)));
}

export async function baselines(engine: Engine, target: DbTarget, set?: { state: string | undefined; barrels?: string | undefined; tonnes?: string | undefined }) {
  if (set) parseState(set.state); // refuse a bad State before the database is opened
  return withLedger(engine, target, set ? 'write' : 'read', async (store) => {
    const list = set ? [await store.setBaseline(set.state ?? '', set.barrels, set.tonnes)] : await store.baselines();
    return list.map((b) => ({ state: b.state, version: b.version, barrels: b.barrelsMilli === null ? null : fromMilli(b.barrelsMilli), tonnes: b.tonnesMilli === null ? null : fromMilli(b.tonnesMilli), setAt: b.setAt }));
  });
}

export async function deliveryHistory(engine: Engine, target: DbTarget, state: string, ref: string) {
  const versions = await withLedger(engine, target, 'read', async (store) => (await store.history(state, ref)).map(presentVersion));
  if (versions.length === 0) throw new InterdictError('LEDGER_NOT_FOUND', `no report from state ${state} with ref "${ref}"`, { record: ref, field: 'ref' });
  return versions;
}

/** Where the database is, and whether anything has been written there yet. */
export function ledgerWhere(target: DbTarget): { database: string; kind: DbTarget['kind']; isDefault: boolean; exists: boolean | null } {
  return {
    database: describeDbTarget(target),
    kind: target.kind,
    isDefault: target.kind === 'sqlite' && target.isDefault,
    exists: target.kind === 'sqlite' ? existsSync(target.file) : null,
  };
}
