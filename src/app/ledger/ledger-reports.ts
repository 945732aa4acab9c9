/** `interdict ledger report table|notification|notices` and the service's report pages: one use case each. */
import { todayUtc as today, type Law } from '../../law/index.ts';
import { capSourceFromLaw, parseCommodity, parseDate, parseState, resolvePeriod, type Commodity, type LedgerStore } from '../../ledger/index.ts';
import { committeeTable, crudeReport, secretaryNotes, stateNotification, type CrudeReport, type SecretaryNote, type StateNotification, type TableReport } from '../../ledger/committee-reports.ts';
import { InterdictError } from '../../errors/index.ts';
import type { LedgerActor } from './ledger-actor.ts';

/** The committee table; a reader held to its State (readerOfAccount) keeps the running totals and its own rows only.
 *  `commodity` as sent, read here by the one rule (as every report's parameters are). */
export async function reportTable(store: LedgerStore, law: Law, commodity: string | undefined, period: string | undefined, reader?: LedgerActor): Promise<TableReport> {
  const t = await committeeTable(store, resolvePeriod(capSourceFromLaw(law), parseCommodity(commodity), period, today()));
  const own = reader?.state;
  return own === undefined || own === null ? t : { ...t, rows: t.rows.filter((r) => r.state === own) };
}

/** One State's notification; a reader held to its State gets its own whatever it asks for (none without a State). */
export async function reportNotification(store: LedgerStore, _law: Law, state: string | undefined, from: string | undefined, to: string | undefined, reader?: LedgerActor): Promise<StateNotification> {
  const s = parseState(reader === undefined || reader.state === null ? state : reader.state);
  const f = parseDate(from, 'from');
  const t = parseDate(to, 'to');
  if (t < f) throw new InterdictError('LEDGER_BAD_INPUT', `to (${t}) is before from (${f})`, { field: 'to' });
  return stateNotification(store, s, f, t);
}

export interface NotesReport {
  commodity: Commodity;
  period: string;
  notes: SecretaryNote[];
}

export async function reportNotices(store: LedgerStore, law: Law, commodityAsSent: string | undefined, period: string | undefined): Promise<NotesReport> {
  const caps = capSourceFromLaw(law);
  const commodity = parseCommodity(commodityAsSent);
  const cap = resolvePeriod(caps, commodity, period, today());
  return { commodity, period: cap.period, notes: await secretaryNotes(store, caps, cap) };
}

/** The crude oil report for the 90-day window (2397 para 4's fixed schedule) holding `date` (default today). */
export async function reportCrude(store: LedgerStore, law: Law, date: string | undefined): Promise<CrudeReport> {
  return crudeReport(store, capSourceFromLaw(law), date === undefined ? today() : parseDate(date, 'date'));
}
