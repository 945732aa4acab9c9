// `interdict ledger record|amend|import|status|notices|baseline|history`: the refined petroleum and
// crude oil cap ledger (CONTRACT §3). Parse, validate, call the ledger, print.
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import fs from 'node:fs';
import { InterdictError } from '../../src/errors/index.ts';
import { loadLaw } from '../../src/law/index.ts';
import {
  capSourceFromLaw, openLedgerStore, parseDeliveryCsv, periodStatus, presentNotice, presentTotals, presentVersion, resolvePeriod,
  statusCsv, statusHuman, totalsLine, validateDelivery, fromMilli, type CapSource, type Commodity, type LedgerStore, type Notice,
  type DeliveryVersion, COMMODITIES, parseState,
} from '../../src/ledger/index.ts';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { CliFlagError, resolveFormat, runAction } from '../support/run-action.ts';

interface DbOpts { db?: string; format?: string }
const today = (): string => new Date().toISOString().slice(0, 10);
const collect = (v: string, prev: string[]): string[] => [...prev, v];
const print = (text: string): void => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
const json = (v: unknown): void => print(JSON.stringify(v, null, 2));

/** Open the store for one command; `read` commands never create an empty ledger at a mistyped path. */
async function withStore<T>(caps: CapSource, opts: DbOpts, fn: (store: LedgerStore) => Promise<T>, read = false): Promise<T> {
  const store = await openLedgerStore({ caps, access: read ? 'read' : 'write', ...(opts.db !== undefined ? { db: opts.db } : {}) });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Exit 3 (review) when a write issued a notice or went past a cap or a State's baseline; else 0. */
function exitFor(records: DeliveryVersion[], notices: Notice[]): ExitCode {
  return notices.length > 0 || records.some((r) => r.exceedsCap || r.exceedsBaseline) ? EXIT.review : EXIT.ok;
}

function flagsLine(v: DeliveryVersion): string {
  const f = [v.exceedsCap ? 'EXCEEDS THE CAP' : '', v.exceedsBaseline ? "EXCEEDS THE STATE'S BASELINE (2375 para 15)" : '', v.late ? 'reported late' : '', v.derived ? `${v.derived} derived at ${v.factor} bbl/t` : ''];
  return f.filter(Boolean).join('; ');
}

function commodityFlag(v: string | undefined): Commodity {
  if (v === undefined || !COMMODITIES.includes(v as Commodity)) throw new CliFlagError(`--commodity must be refined-petroleum or crude-oil, not "${v ?? ''}"`);
  return v as Commodity;
}

const dbOption = (c: Command): Command =>
  c.option('--db <file>', 'ledger database: a SQLite file (default: in your data directory) or a postgres:// URL').option('--format <format>', 'json or human (human on a terminal)');

/** The details of a delivery, the same for `record` (as reported) and `amend` (as corrected). */
function deliveryOptions(c: Command, as: 'reported' | 'corrected'): Command {
  const fix = as === 'corrected';
  return c
    .option('--barrels <n>', fix ? 'corrected barrels' : 'barrels, as reported')
    .option('--tonnes <n>', fix ? 'corrected tonnes' : 'tonnes, as reported')
    .option('--factor <bblPerTonne>', 'barrels per tonne to derive the unit not given (default 8.33 refined petroleum, 7.33 crude oil)')
    .option('--reported <date>', fix ? 'corrected reported-at date' : 'date the State reported it (default today)')
    .option('--vessel <name>', fix ? 'corrected vessel' : 'vessel')
    .option('--party <name>', fix ? 'parties (repeatable; replaces the list)' : 'a party to the transfer (repeatable)', collect, []);
}

export function registerLedger(program: Command): void {
  const ledger = program.command('ledger').description('The refined petroleum and crude oil cap ledger (UNSCR 2375 paras 14-15, 2397 paras 4-5)');

  const record = dbOption(ledger.command('record').description('Record one delivery reported by a State; exit 3 if it triggered a notice or exceeds a cap'))
    .requiredOption('--commodity <c>', 'refined-petroleum or crude-oil')
    .requiredOption('--state <code>', 'the reporting (supplying) State, ISO 3166 alpha-2')
    .requiredOption('--date <date>', 'delivery date YYYY-MM-DD')
    .option('--ref <id>', "the State's reference: the same State and ref again never counts twice");
  deliveryOptions(record, 'reported')
    .action(runAction(async (o: DbOpts & Record<string, string | undefined> & { party: string[] }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const caps = capSourceFromLaw(loadLaw());
      const input = { commodity: o.commodity, state: o.state, date: o.date, barrels: o.barrels, tonnes: o.tonnes, factor: o.factor, ref: o.ref, reported: o.reported, vessel: o.vessel, parties: o.party };
      validateDelivery(input, caps, today()); // refuse bad input before the database is even opened
      return withStore(caps, o, async (store) => {
        const r = await store.record(input);
        const out = { created: r.created, record: presentVersion(r.record), period: presentTotals(r.totals, caps), notices: r.notices.map((n) => presentNotice(n, caps)) };
        if (format === 'json') json(out);
        else {
          const flags = flagsLine(r.record);
          print([`${r.created ? 'recorded' : 'already recorded (unchanged)'}: ${r.record.state} ref ${r.record.ref}, ${fromMilli(r.record.barrelsMilli)} bbl / ${fromMilli(r.record.tonnesMilli)} t on ${r.record.date}${flags ? ` [${flags}]` : ''}`, totalsLine(out.period), ...out.notices.map((n) => `NOTICE: ${n.message}`)].join('\n'));
        }
        return exitFor(r.created ? [r.record] : [], r.notices);
      });
    }));

  const amend = dbOption(ledger.command('amend').description('Amend a recorded delivery: a new version, with who and why; nothing is deleted'))
    .requiredOption('--state <code>', 'the reporting State')
    .requiredOption('--ref <id>', "the State's reference of the report to amend")
    .requiredOption('--by <who>', 'who makes the amendment')
    .option('--reason <text>', 'why')
    .option('--date <date>', 'corrected delivery date');
  deliveryOptions(amend, 'corrected')
    .action(runAction(async (o: DbOpts & Record<string, string | undefined> & { party: string[] }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const caps = capSourceFromLaw(loadLaw());
      return withStore(caps, o, async (store) => {
        const r = await store.amend({ state: o.state, ref: o.ref, by: o.by, reason: o.reason, date: o.date, barrels: o.barrels, tonnes: o.tonnes, factor: o.factor, reported: o.reported, vessel: o.vessel, ...(o.party.length > 0 ? { parties: o.party } : {}) });
        const out = { before: presentVersion(r.before), after: presentVersion(r.after), period: presentTotals(r.totals, caps), notices: r.notices.map((n) => presentNotice(n, caps)) };
        if (format === 'json') json(out);
        else print([`amended ${r.after.state} ref ${r.after.ref}: version ${r.before.version} -> ${r.after.version} by ${r.after.amendedBy}`, `  before: ${fromMilli(r.before.barrelsMilli)} bbl / ${fromMilli(r.before.tonnesMilli)} t on ${r.before.date}`, `  after:  ${fromMilli(r.after.barrelsMilli)} bbl / ${fromMilli(r.after.tonnesMilli)} t on ${r.after.date}`, totalsLine(out.period), ...out.notices.map((n) => `NOTICE: ${n.message}`)].join('\n'));
        return exitFor([r.after], r.notices);
      });
    }));

  dbOption(ledger.command('import').argument('<file>', 'CSV: state,commodity,date,barrels,tonnes,ref[,reported][,vessel][,parties][,factor]').description('Import delivery reports from CSV, all or nothing'))
    .action(runAction(async (file: string, o: DbOpts): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const caps = capSourceFromLaw(loadLaw());
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (e) {
        throw new InterdictError('CLI_IO', `cannot read ${file}: ${(e as Error).message}`, { file });
      }
      const { inputs, labels } = parseDeliveryCsv(text, file);
      try {
        inputs.forEach((input, i) => validateDelivery(input, caps, today(), labels[i]));
      } catch (e) {
        if (e instanceof InterdictError) throw e.at({ file });
        throw e;
      }
      const bar = process.stderr.isTTY ? new SingleBar({ stream: process.stderr, format: 'importing [{bar}] {value}/{total} rows' }) : undefined;
      bar?.start(inputs.length, 0);
      return withStore(caps, o, async (store) => {
        let results;
        try {
          results = await store.recordAll(inputs, { labels, onProgress: (done) => bar?.update(done) });
        } catch (e) {
          if (e instanceof InterdictError) throw e.at({ file });
          throw e;
        } finally {
          bar?.stop();
        }
        const notices = results.flatMap((r) => r.notices);
        const created = results.filter((r) => r.created);
        const flagged = created.filter((r) => r.record.exceedsCap || r.record.exceedsBaseline || r.record.late).map((r) => presentVersion(r.record));
        const out = { file, rows: inputs.length, created: created.length, unchanged: results.length - created.length, notices: notices.map((n) => presentNotice(n, caps)), flagged };
        if (format === 'json') json(out);
        else print([`${file}: ${out.rows} rows, ${out.created} recorded, ${out.unchanged} already recorded`, ...flagged.map((f) => `  ${f.state} ${f.ref}: ${[f.exceedsCap ? 'exceeds the cap' : '', f.exceedsBaseline ? 'exceeds baseline' : '', f.late ? 'late' : ''].filter(Boolean).join(', ')}`), ...out.notices.map((n) => `NOTICE: ${n.message}`)].join('\n'));
        return exitFor(created.map((r) => r.record), notices);
      });
    }));

  ledger.command('status').description("A period's cap, total, percent, remaining, by month and by State")
    .requiredOption('--commodity <c>', 'refined-petroleum or crude-oil')
    .option('--period <p>', 'a period key (2018, 2017-Q4, 2017-12-22/2018-12-21), a year or a date (default: today)')
    .option('--db <file>', 'ledger database (SQLite file or postgres:// URL)')
    .option('--format <format>', 'json, human or csv (human on a terminal)')
    .action(runAction(async (o: DbOpts & { commodity?: string; period?: string }): Promise<ExitCode> => {
      const format = o.format === 'csv' ? 'csv' : resolveFormat(o.format);
      const caps = capSourceFromLaw(loadLaw());
      const cap = resolvePeriod(caps, commodityFlag(o.commodity), o.period, today());
      return withStore(caps, o, async (store) => {
        const s = await periodStatus(store, caps, cap);
        print(format === 'json' ? JSON.stringify(s, null, 2) : format === 'csv' ? statusCsv(s) : statusHuman(s));
        return EXIT.ok;
      }, true);
    }));

  dbOption(ledger.command('notices').description('Every threshold notice issued, oldest first'))
    .action(runAction(async (o: DbOpts): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const caps = capSourceFromLaw(loadLaw());
      return withStore(caps, o, async (store) => {
        const notices = (await store.notices()).map((n) => presentNotice(n, caps));
        if (format === 'json') json(notices);
        else print(notices.length === 0 ? 'no notices issued' : notices.map((n) => `${n.issuedAt}  ${n.message}`).join('\n'));
        return EXIT.ok;
      }, true);
    }));

  dbOption(ledger.command('baseline').description("Set a State's crude oil baseline (2375 para 15); without quantities, list the baselines"))
    .option('--state <code>', 'the State')
    .option('--barrels <n>', 'crude oil it supplied in the 12 months before 11 Sep 2017, barrels')
    .option('--tonnes <n>', 'the same in tonnes')
    .action(runAction(async (o: DbOpts & { state?: string; barrels?: string; tonnes?: string }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const caps = capSourceFromLaw(loadLaw());
      const setting = o.state !== undefined || o.barrels !== undefined || o.tonnes !== undefined;
      if (setting) parseState(o.state); // refuse a bad State before the database is opened
      return withStore(caps, o, async (store) => {
        const list = setting ? [await store.setBaseline(o.state ?? '', o.barrels, o.tonnes)] : await store.baselines();
        const shown = list.map((b) => ({ state: b.state, version: b.version, barrels: b.barrelsMilli === null ? null : fromMilli(b.barrelsMilli), tonnes: b.tonnesMilli === null ? null : fromMilli(b.tonnesMilli), setAt: b.setAt }));
        if (format === 'json') json(shown);
        else print(shown.length === 0 ? 'no baselines configured' : shown.map((b) => `${b.state}: ${b.barrels ?? '-'} bbl / ${b.tonnes ?? '-'} t (version ${b.version}, set ${b.setAt})`).join('\n'));
        return EXIT.ok;
      });
    }));

  dbOption(ledger.command('history').description('Every version of one report, oldest first'))
    .requiredOption('--state <code>', 'the reporting State')
    .requiredOption('--ref <id>', "the State's reference")
    .action(runAction(async (o: DbOpts & { state: string; ref: string }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const caps = capSourceFromLaw(loadLaw());
      return withStore(caps, o, async (store) => {
        const versions = (await store.history(o.state, o.ref)).map(presentVersion);
        if (versions.length === 0) throw new InterdictError('LEDGER_NOT_FOUND', `no report from state ${o.state} with ref "${o.ref}"`, { record: o.ref, field: 'ref' });
        if (format === 'json') json(versions);
        else print(versions.map((v) => `v${v.version} ${v.recordedAt}${v.amendedBy ? ` by ${v.amendedBy}${v.reason ? ` (${v.reason})` : ''}` : ''}: ${v.barrels} bbl / ${v.tonnes} t on ${v.date}, reported ${v.reported}`).join('\n'));
        return EXIT.ok;
      }, true);
    }));
}
