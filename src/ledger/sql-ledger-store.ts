/**
 * LedgerStore over any SqlDriver. The ledger's rules live in write-delivery.ts and amend-delivery.ts;
 * this file wires them to transactions and holds the read queries.
 */
import { InterdictError } from '../errors/index.ts';
import { todayUtc } from '../law/dates.ts';
import { amendDelivery } from './amend-delivery.ts';
import type { Amount } from './cap-math.ts';
import type { CapSource } from './cap-source.ts';
import type { AmendOptions, BaselineOptions, DeliveryQuery, LedgerStore, RecordAllOptions, RecordOptions, WriteOptions } from './ledger-store.ts';
import type { Baseline, Commodity, DeliveryInput, MonthStateRow } from './ledger-types.ts';
import { parseMilli } from './quantity.ts';
import { hasArea, migrate } from '../store/migrate.ts';
import { LEDGER_MIGRATIONS } from './sql/ledger-migrations.ts';
import { CORRECTION_COLUMNS, CURRENT_FROM, NOTICE_COLUMNS, toBaseline, toCorrection, toNotice, toTotals, toVersion, VERSION_COLUMNS, VERSION_FROM } from './sql/rows.ts';
import type { SqlDriver } from '../store/sql-driver.ts';
import { parseState, validateDelivery } from './validate-delivery.ts';
import { writeDelivery, type WriteCtx } from './write-delivery.ts';


/**
 * Open a store over a driver: migrations run first (safe from many processes at once); a reader only
 * reads, and never creates a ledger where there is none (a PostgreSQL connection is never read-only
 * itself, so `readOnly` says what the caller asked for).
 */
export async function openSqlLedgerStore(driver: SqlDriver, caps: CapSource, readOnly = driver.readOnly): Promise<LedgerStore> {
  try {
    if (!readOnly) await migrate(driver, 'ledger', LEDGER_MIGRATIONS);
    else if (!(await hasLedger(driver))) {
      // A database another area created (a vessels list, the service's accounts) holds no ledger yet.
      throw new InterdictError('STORE_NOT_FOUND', 'the database holds no cap ledger: nothing has been recorded there');
    }
  } catch (e) {
    await driver.close().catch(() => undefined);
    throw e;
  }
  return new SqlLedgerStore(driver, caps);
}

/** Whether the database holds a cap ledger (its area, or the tables of one written before areas were numbered). */
/** A baseline's State and amounts as stored (milli-units), refused naming the field; callers check before opening a database too. */
export function parseBaseline(stateIn: string | undefined, barrels?: string | number, tonnes?: string | number): { state: string; b: number | undefined; t: number | undefined } {
  const state = parseState(stateIn);
  const b = parseMilli(barrels, 'barrels');
  const t = parseMilli(tonnes, 'tonnes');
  if (b === undefined && t === undefined) throw new InterdictError('LEDGER_BAD_INPUT', 'a baseline needs barrels or tonnes', { field: 'barrels' });
  return { state, b, t };
}

export async function hasLedger(driver: SqlDriver): Promise<boolean> {
  // hasArea knows a ledger written before areas had their own numbering (its tables and schema_migrations), and asks
  // without a statement on a missing table, which on PostgreSQL would end the snapshot the caller reads in.
  return hasArea(driver, 'ledger');
}

class SqlLedgerStore implements LedgerStore {
  readonly backend: SqlDriver['backend'];

  constructor(
    private readonly db: SqlDriver,
    private readonly caps: CapSource,
  ) {
    this.backend = db.backend;
  }

  private write<T>(fn: (ctx: WriteCtx) => Promise<T>, opts: Pick<WriteOptions, 'now' | 'first'> = {}): Promise<T> {
    return this.db.transaction(async (tx) => {
      await opts.first?.(tx);
      return fn({ tx, caps: this.caps, now: opts.now ?? new Date().toISOString() });
    });
  }

  async record(input: DeliveryInput, opts: RecordOptions = {}) {
    const valid = validateDelivery(input, this.caps, opts.today ?? todayUtc());
    return this.write(async (ctx) => {
      const r = await writeDelivery(ctx, valid);
      if (opts.within) await opts.within(ctx.tx, r);
      return r;
    }, opts);
  }

  async recordAll(inputs: readonly DeliveryInput[], opts: RecordAllOptions = {}) {
    const label = (i: number): string => opts.labels?.[i] ?? `row ${i + 1}`;
    const today = opts.today ?? todayUtc();
    const valid = inputs.map((input, i) => validateDelivery(input, this.caps, today, label(i)));
    return this.write(async (ctx) => {
      const out = [];
      for (const [i, v] of valid.entries()) {
        try {
          out.push(await writeDelivery(ctx, v));
        } catch (e) {
          if (e instanceof InterdictError) throw e.at({ record: label(i) });
          throw e;
        }
        opts.onProgress?.(i + 1);
      }
      if (opts.within) await opts.within(ctx.tx, out);
      return out;
    }, opts);
  }

  async amend(input: Parameters<LedgerStore['amend']>[0], opts: AmendOptions = {}) {
    return this.write(async (ctx) => {
      const r = await amendDelivery(ctx, input, opts.today ?? todayUtc());
      if (opts.within) await opts.within(ctx.tx, r);
      return r;
    }, opts);
  }

  async history(state: string, ref: string) {
    const rows = await this.db.all(`SELECT ${VERSION_COLUMNS} FROM ${VERSION_FROM} WHERE d.state = ? AND d.ref = ? ORDER BY v.version`, [state.toUpperCase(), ref]);
    return rows.map(toVersion);
  }

  async periodTotals(commodity?: Commodity) {
    const where = commodity ? 'WHERE commodity = ? AND records > 0' : 'WHERE records > 0';
    const rows = await this.db.all(`SELECT commodity, period, barrels_milli, tonnes_milli, records FROM period_totals ${where} ORDER BY commodity, period`, commodity ? [commodity] : []);
    return rows.map(toTotals);
  }

  async recomputeTotals(commodity: Commodity, period: string) {
    const rows = await this.db.all<{ b: unknown; t: unknown; n: unknown }>(
      `SELECT COALESCE(SUM(v.barrels_milli), 0) AS b, COALESCE(SUM(v.tonnes_milli), 0) AS t, COUNT(*) AS n FROM ${CURRENT_FROM} WHERE v.commodity = ? AND v.period = ?`,
      [commodity, period],
    );
    const r = rows[0];
    return { barrelsMilli: Number(r?.b ?? 0), tonnesMilli: Number(r?.t ?? 0), records: Number(r?.n ?? 0) };
  }

  async monthStateRows(commodity: Commodity, period: string): Promise<MonthStateRow[]> {
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT SUBSTR(v.delivery_date, 1, 7) AS month, d.state AS state, SUM(v.barrels_milli) AS b, SUM(v.tonnes_milli) AS t, COUNT(*) AS n ` +
        `FROM ${CURRENT_FROM} WHERE v.commodity = ? AND v.period = ? GROUP BY SUBSTR(v.delivery_date, 1, 7), d.state ORDER BY month, state`,
      [commodity, period],
    );
    return rows.map((r) => ({ month: String(r.month), state: String(r.state), barrelsMilli: Number(r.b), tonnesMilli: Number(r.t), records: Number(r.n) }));
  }

  async records(commodity: Commodity, period: string) {
    const rows = await this.db.all(`SELECT ${VERSION_COLUMNS} FROM ${CURRENT_FROM} WHERE v.commodity = ? AND v.period = ? ORDER BY v.delivery_date, d.id`, [commodity, period]);
    return rows.map(toVersion);
  }

  async deliveries(q: DeliveryQuery) {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown): void => {
      where.push(clause);
      params.push(value);
    };
    if (q.state !== undefined) add('d.state = ?', q.state);
    if (q.commodity !== undefined) add('v.commodity = ?', q.commodity);
    if (q.from !== undefined) add('v.delivery_date >= ?', q.from);
    if (q.to !== undefined) add('v.delivery_date <= ?', q.to);
    const filter = where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '';
    const count = await this.db.all<{ n: unknown }>(`SELECT COUNT(*) AS n FROM ${CURRENT_FROM}${filter}`, params);
    const cmp = q.order === 'asc' ? '>' : '<';
    const page = q.after ? [...where, `(v.delivery_date ${cmp} ? OR (v.delivery_date = ? AND d.id ${cmp} ?))`] : where;
    const pageParams = q.after ? [...params, q.after.date, q.after.date, q.after.id] : params;
    const dir = q.order === 'asc' ? 'ASC' : 'DESC';
    const rows = await this.db.all(
      `SELECT ${VERSION_COLUMNS} FROM ${CURRENT_FROM}${page.length > 0 ? ` WHERE ${page.join(' AND ')}` : ''} ORDER BY v.delivery_date ${dir}, d.id ${dir} LIMIT ${Math.floor(q.limit)}`,
      pageParams,
    );
    return { items: rows.map(toVersion), total: Number(count[0]?.n ?? 0) };
  }

  async notices() {
    // One after the other: this.db may be one connection (a snapshot, a transaction), which runs one query at a time.
    const rows = await this.db.all(`SELECT ${NOTICE_COLUMNS} FROM notices n JOIN deliveries d ON d.id = n.delivery_id ORDER BY n.id`);
    const corrections = await this.db.all(`SELECT ${CORRECTION_COLUMNS} FROM notice_corrections c JOIN deliveries d ON d.id = c.delivery_id ORDER BY c.id`);
    // Oldest first. Each kind keeps its own insert (id) order, which is the order the period lock gave
    // them (clocks of two processes may disagree); corrections are merged in by their time, after any
    // notice of the same moment.
    const t = rows.map(toNotice);
    const c = corrections.map(toCorrection);
    const out = [];
    let i = 0;
    let j = 0;
    while (i < t.length || j < c.length) {
      if (j >= c.length || (i < t.length && t[i]!.issuedAt <= c[j]!.issuedAt)) out.push(t[i++]!);
      else out.push(c[j++]!);
    }
    return out;
  }

  async setBaseline(stateIn: string, barrels?: string | number, tonnes?: string | number, opts: BaselineOptions = {}): Promise<Baseline> {
    const { state, b, t } = parseBaseline(stateIn, barrels, tonnes);
    return this.write(async (ctx) => {
      const prev = await ctx.tx.all<{ v: unknown }>('SELECT MAX(version) AS v FROM baselines WHERE state = ?', [state]);
      const version = Number(prev[0]?.v ?? 0) + 1;
      await ctx.tx.run('INSERT INTO baselines (state, version, barrels_milli, tonnes_milli, set_at) VALUES (?, ?, ?, ?, ?)', [state, version, b ?? null, t ?? null, ctx.now]);
      const result = { state, version, barrelsMilli: b ?? null, tonnesMilli: t ?? null, setAt: ctx.now };
      if (opts.within) await opts.within(ctx.tx, result);
      return result;
    });
  }

  async baselines() {
    const rows = await this.db.all(
      'SELECT b.state, b.version, b.barrels_milli, b.tonnes_milli, b.set_at FROM baselines b ' +
        'WHERE b.version = (SELECT MAX(x.version) FROM baselines x WHERE x.state = b.state) ORDER BY b.state',
    );
    return rows.map(toBaseline);
  }

  async stateCrudeTotal(state: string, start: string, end: string): Promise<Amount> {
    const rows = await this.db.all<{ b: unknown; t: unknown }>(
      `SELECT COALESCE(SUM(v.barrels_milli), 0) AS b, COALESCE(SUM(v.tonnes_milli), 0) AS t FROM ${CURRENT_FROM} ` +
        "WHERE d.state = ? AND v.commodity = 'crude-oil' AND v.delivery_date >= ? AND v.delivery_date <= ?",
      [state, start, end],
    );
    return { barrelsMilli: Number(rows[0]?.b ?? 0), tonnesMilli: Number(rows[0]?.t ?? 0) };
  }

  close() {
    return this.db.close();
  }
}
