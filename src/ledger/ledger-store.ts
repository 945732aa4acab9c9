/**
 * The one store interface (SQLite, PostgreSQL, PGlite behind it; one test suite over all three).
 * Every method that writes validates its whole input first and then commits in one durable
 * transaction: it either stores everything or nothing.
 */
import type { Amount } from './cap-math.ts';
import type {
  AmendInput,
  AmendResult,
  Baseline,
  Commodity,
  DeliveryInput,
  DeliveryVersion,
  MonthStateRow,
  Notice,
  PeriodTotals,
  RecordResult,
} from './ledger-types.ts';
import type { Backend, SqlTx } from '../store/sql-driver.ts';

export interface WriteOptions {
  /**
   * Runs first inside the write's transaction, before anything is read or written (the service holds the
   * rows the write builds on to the audit log here, so a row changed in the database is not built on).
   */
  first?: (tx: SqlTx) => Promise<void>;
  /** The reported-at date when a report gives none (YYYY-MM-DD); defaults to today (UTC). */
  today?: string;
  /**
   * The moment the write is stamped with (ISO timestamp; default the clock): a replay of a past year
   * dates its notices and corrections in that year, as they were issued.
   */
  now?: string;
}

export interface RecordOptions extends WriteOptions {
  /**
   * Runs inside the record's transaction, after it is written (the service appends its audit entry
   * here): both commit or neither.
   */
  within?: (tx: SqlTx, result: RecordResult) => Promise<void>;
}

export interface AmendOptions extends WriteOptions {
  /** Runs inside the amendment's transaction (the service's audit entry): both commit or neither. */
  within?: (tx: SqlTx, result: AmendResult) => Promise<void>;
}

export interface RecordAllOptions extends WriteOptions {
  labels?: readonly string[];
  onProgress?: (done: number) => void;
  /** Runs inside the import's transaction, after every row is written (an audit entry): all commit or none. */
  within?: (tx: SqlTx, results: RecordResult[]) => Promise<void>;
}

export interface BaselineOptions {
  /** Runs inside the baseline's transaction (an audit entry): both commit or neither. */
  within?: (tx: SqlTx, result: Baseline) => Promise<void>;
}

export interface DeliveryQuery {
  state?: string;
  commodity?: Commodity;
  /** Delivery dates from and to (inclusive). */
  from?: string;
  to?: string;
  order: 'asc' | 'desc';
  after?: { date: string; id: number };
  limit: number;
}

export interface LedgerStore {
  readonly backend: Backend;
  /** Record one delivery report; the same (state, ref) with the same content again is a no-op. */
  record(input: DeliveryInput, opts?: RecordOptions): Promise<RecordResult>;
  /**
   * Record many reports all-or-nothing (an import file): every row is validated first (an error names
   * the row by its label, "row N" by default), then all are written in one transaction.
   */
  recordAll(inputs: readonly DeliveryInput[], opts?: RecordAllOptions): Promise<RecordResult[]>;
  /** A new version of a stored report; totals follow the latest version. */
  amend(input: AmendInput, opts?: AmendOptions): Promise<AmendResult>;
  /** Every version of a report, oldest first (empty when unknown). */
  history(state: string, ref: string): Promise<DeliveryVersion[]>;
  /** The maintained totals of every period that holds records (optionally one commodity). */
  periodTotals(commodity?: Commodity): Promise<PeriodTotals[]>;
  /** The period's totals summed afresh from the current versions (to check the maintained ones). */
  recomputeTotals(commodity: Commodity, period: string): Promise<Amount & { records: number }>;
  /** The Committee's table for one period: quantities by month and reporting State. */
  monthStateRows(commodity: Commodity, period: string): Promise<MonthStateRow[]>;
  /** Current versions of a period's records, by date then id. */
  records(commodity: Commodity, period: string): Promise<DeliveryVersion[]>;
  /**
   * Current versions of deliveries, one page at a time by (date, id): newest first unless `order` is
   * asc; `after` is the last key of the previous page. `total` counts every match, not the page.
   */
  deliveries(q: DeliveryQuery): Promise<{ items: DeliveryVersion[]; total: number }>;
  /** Every notice issued, oldest first. */
  notices(): Promise<Notice[]>;
  /** Store a State's crude oil baseline (2375 para 15); a new value is a new version. */
  setBaseline(state: string, barrels?: string | number, tonnes?: string | number, opts?: BaselineOptions): Promise<Baseline>;
  /** The latest baseline of each State. */
  baselines(): Promise<Baseline[]>;
  /** A State's crude oil total (current versions) delivered between two dates inclusive. */
  stateCrudeTotal(state: string, start: string, end: string): Promise<Amount>;
  close(): Promise<void>;
}
