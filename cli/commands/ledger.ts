// `interdict ledger record|amend|import|status|notices|report|baseline|history|where`: the refined petroleum
// and crude oil cap ledger (CONTRACT §3, §3a). Parse the flags, call the app layer's use case, print.
import type { Command } from 'commander';
import type { RecordOutcome, ScreeningDeps } from '../../src/app/ledger-entry.ts';
import { DEFAULT_BARRELS_PER_TONNE, FACTOR_RANGE, LARGE_DELIVERY_FACTOR, LEDGER_PRODUCT_NAMES } from '../../src/app/limits.ts';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { afterCommit, Output } from '../support/output.ts';
import { CliFlagError, resolveFormat, runAction } from '../support/run-action.ts';
import { inline } from '../support/sanitize.ts';
import { asOption } from './users.ts';

interface DbOpts { db?: string; format?: string }
type Presented = RecordOutcome['record'];
const collect = (v: string, prev: string[]): string[] => [...prev, v];
const app = () => import('../../src/app/ledger-entry.ts');
type App = Awaited<ReturnType<typeof app>>;
type LedgerStoreOf = Parameters<Parameters<App['withLedger']>[3]>[0];
type LawOf = ReturnType<InstanceType<App['Engine']>['law']>;

/** Read one report from the ledger and print it: JSON as it is, otherwise the text `text` makes of it (CSV, an HTML document). */
async function printReport<T>(db: string | undefined, format: string, read: (a: App, store: LedgerStoreOf, law: LawOf) => Promise<T>, text: (a: App, r: T) => string): Promise<ExitCode> {
  const a = await app();
  const engine = new a.Engine();
  const r = await a.withLedger(engine, a.parseDbTarget(db), 'read', (store) => read(a, store, engine.law()));
  const out = new Output();
  if (format === 'json') await out.json(r);
  else await out.write(text(a, r));
  await out.finish();
  return EXIT.ok;
}

/** Exit 3 (review) when a write calls for review (writeCallsForReview: a notice, a cap or baseline passed, after the cease notice); else 0. */
function exitFor(review: boolean): ExitCode {
  return review ? EXIT.review : EXIT.ok;
}

type AppEngine = InstanceType<Awaited<ReturnType<typeof app>>['Engine']>;

/** The CLI's operator acts for any State, named in the audit log when the ledger's database holds the service's (the OS account, and --as). */
async function cliEngine(as?: string): Promise<{ engine: AppEngine; actor: { name: string; state: null } }> {
  const { Engine, cliActor } = await app();
  return { engine: new Engine(), actor: { name: cliActor(as), state: null } };
}

/** The parties' screener, loaded only when a delivery names parties: the list in use in the database, as the service's (databaseScreening). */
async function cliScreening(engine: AppEngine, target: Parameters<Awaited<ReturnType<typeof app>>['databaseScreening']>[0], namesParties: boolean, namesVessel = false): Promise<ScreeningDeps> {
  const { databaseScreening } = await app();
  return databaseScreening(target, engine, namesParties, namesVessel);
}

function flagsLine(v: Presented): string {
  const f = [v.afterCease ? 'DELIVERED AFTER THE CEASE NOTICE' : '', v.exceedsCap ? 'EXCEEDS THE CAP' : '', v.exceedsBaseline ? "EXCEEDS THE STATE'S BASELINE (2375 para 15)" : '', v.late ? 'reported late' : '', v.derived ? `${v.derived} derived at ${v.factor} bbl/t (${v.derivation}${v.product ? `, ${v.product}` : ''})` : ''];
  return f.filter(Boolean).join('; ');
}

/** A flag given with an empty value (`--factor ''`) is a mistake, not "use the default". */
function refuseEmpty(o: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(o)) if (v === '' && k !== 'db') throw new CliFlagError(`--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} is empty: give a value or leave the flag out`, k);
}


/** A command that writes: logged, when the database holds the service's audit log, under the OS account and --as. */
const writeOptions = (c: Command): Command => asOption(dbOption(c));

const dbOption = (c: Command): Command =>
  c.option('--db <file>', 'ledger database: a SQLite file or a postgres:// URL (default: INTERDICT_DATABASE_URL, else the file "interdict ledger where" prints)').option('--format <format>', 'json or human (human on a terminal)');

/** The details of a delivery, the same for `record` (as reported) and `amend` (as corrected). */
function deliveryOptions(c: Command, as: 'reported' | 'corrected'): Command {
  const fix = as === 'corrected';
  return c
    .option('--barrels <n>', fix ? 'corrected barrels' : 'barrels, as reported')
    .option('--tonnes <n>', fix ? 'corrected tonnes' : 'tonnes, as reported')
    .option('--product <p>', `refined petroleum product (${LEDGER_PRODUCT_NAMES.join(', ')}): a tonnage is converted by its factor`)
    .option('--factor <bblPerTonne>', `barrels per tonne to derive the unit not given, overriding the product (${FACTOR_RANGE.min} to ${FACTOR_RANGE.max}; default ${DEFAULT_BARRELS_PER_TONNE['refined-petroleum']} refined petroleum, ${DEFAULT_BARRELS_PER_TONNE['crude-oil']} crude oil)`)
    .option('--confirm-large', `accept a single delivery above ${LARGE_DELIVERY_FACTOR} times the period's cap (otherwise refused as a typing error)`)
    .option('--reported <date>', fix ? 'corrected reported-at date' : 'date the State reported it (default today)')
    .option('--vessel <name>', fix ? 'corrected vessel' : 'vessel')
    .option('--party <name>', fix ? 'parties (repeatable; replaces the list)' : 'a party to the transfer (repeatable)', collect, []);
}

export function registerLedger(program: Command): void {
  const ledger = program.command('ledger').description('The refined petroleum and crude oil cap ledger (UNSCR 2375 paras 14-15, 2397 paras 4-5)');

  const record = writeOptions(ledger.command('record').description('Record one delivery reported by a State; exit 3 if it triggered a notice or exceeds a cap'))
    .requiredOption('--commodity <c>', 'refined-petroleum or crude-oil')
    .requiredOption('--state <code>', 'the reporting (supplying) State, ISO 3166 alpha-2')
    .requiredOption('--date <date>', 'delivery date YYYY-MM-DD')
    .option('--ref <id>', "the State's reference: the same State and ref again never counts twice");
  deliveryOptions(record, 'reported')
    .action(runAction(async (o: DbOpts & Record<string, string | undefined> & { party: string[] }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      refuseEmpty(o);
      const { recordDelivery, checkDeliveryInput, parseDbTarget, partyNames, totalsLine, withLedger, writeCallsForReview } = await app();
      const input = {
        commodity: o.commodity, state: o.state, date: o.date, barrels: o.barrels, tonnes: o.tonnes, factor: o.factor, ref: o.ref, reported: o.reported, vessel: o.vessel, parties: o.party,
        product: o.product, confirmLarge: o.confirmLarge === (true as unknown),
      };
      const target = parseDbTarget(o.db);
      const { engine, actor } = await cliEngine(o.as);
      checkDeliveryInput(engine.law(), input); // before the database is opened: bad input leaves nothing
      const deps = await cliScreening(engine, target, partyNames(o.party).length > 0, o.vessel !== undefined && o.vessel.trim() !== '');
      const r = await withLedger(engine, target, 'write', (store, audited) => recordDelivery(store, engine.law(), { ...actor, audited }, input, deps), actor.name);
      const out = new Output();
      if (format === 'json') await out.json(r);
      else {
        const flags = flagsLine(r.record);
        await out.text([`${r.created ? 'recorded' : 'already recorded (unchanged)'}: ${r.record.state} ref ${inline(r.record.ref)}, ${r.record.barrels} bbl / ${r.record.tonnes} t on ${r.record.date}${flags ? ` [${flags}]` : ''}`, totalsLine(r.period), ...r.notices.map((n) => `NOTICE: ${n.message}`), ...r.review.map((w) => `REVIEW: ${inline(w)}`)].join('\n'));
      }
      return (await afterCommit(out, `the delivery ${r.record.state} ref "${r.record.ref}"`, r.created, 'see it with "interdict ledger history" or "interdict ledger status"; do not send it again')) ?? exitFor(writeCallsForReview(r.created ? [r.record] : [], r.notices));
    }));

  const amend = writeOptions(ledger.command('amend').description('Amend a recorded delivery: a new version, with who and why; nothing is deleted'))
    .requiredOption('--state <code>', 'the reporting State')
    .requiredOption('--ref <id>', "the State's reference of the report to amend")
    .requiredOption('--by <who>', 'who makes the amendment')
    .option('--reason <text>', 'why')
    .option('--date <date>', 'corrected delivery date');
  deliveryOptions(amend, 'corrected')
    .action(runAction(async (o: DbOpts & Record<string, string | undefined> & { party: string[] }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      refuseEmpty(o);
      const { amendDelivery, parseDbTarget, partyNames, totalsLine, withLedger, writeCallsForReview } = await app();
      const { engine, actor } = await cliEngine(o.as);
      const deps = await cliScreening(engine, parseDbTarget(o.db), partyNames(o.party).length > 0);
      const input = {
        state: o.state, ref: o.ref, by: o.by, reason: o.reason, date: o.date, barrels: o.barrels, tonnes: o.tonnes, factor: o.factor, reported: o.reported, vessel: o.vessel,
        product: o.product, ...(o.confirmLarge === (true as unknown) && { confirmLarge: true }), ...(o.party.length > 0 ? { parties: o.party } : {}),
      };
      // An amendment changes a report already stored: a database that is not there is not made.
      const r = await withLedger(engine, parseDbTarget(o.db), 'write', (store, audited) => amendDelivery(store, engine.law(), { ...actor, audited }, input, deps), actor.name, true);
      const out = new Output();
      if (format === 'json') await out.json(r);
      else await out.text([`amended ${r.after.state} ref ${inline(r.after.ref)}: version ${r.before.version} -> ${r.after.version} by ${inline(r.after.amendedBy ?? '')}`, `  before: ${r.before.barrels} bbl / ${r.before.tonnes} t on ${r.before.date}`, `  after:  ${r.after.barrels} bbl / ${r.after.tonnes} t on ${r.after.date}${flagsLine(r.after) ? ` [${flagsLine(r.after)}]` : ''}`, totalsLine(r.period), ...r.notices.map((n) => `${n.kind === 'correction' ? 'CORRECTION' : 'NOTICE'}: ${n.message}`)].join('\n'));
      return (await afterCommit(out, `the amendment of ${r.after.state} ref "${r.after.ref}" (version ${r.after.version})`, true, 'see it with "interdict ledger history" or "interdict ledger status"; do not send it again')) ?? exitFor(writeCallsForReview([r.after], r.notices));
    }));

  writeOptions(ledger.command('import').argument('<file>', 'CSV: state,commodity,date,barrels,tonnes,ref[,reported][,vessel][,parties][,factor][,product]; - for stdin').description('Import delivery reports from CSV, all or nothing'))
    .action(runAction(async (file: string, o: DbOpts & { as?: string }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { importDeliveries, checkImport, parseDbTarget, readAllText, withLedger } = await app();
      const target = parseDbTarget(o.db);
      const text = await readAllText(file, 'LEDGER_BAD_INPUT', 'the delivery reports');
      const { engine, actor } = await cliEngine(o.as);
      const { namesParties } = checkImport(engine.law(), text, file); // every row before the database is opened
      // Parties are screened when a row names them, against the list in use in the database (as the service does).
      const deps = await cliScreening(engine, target, namesParties, true); // a row may name a vessel: screened against the vessels list imported there
      const { progressBar } = await import('../support/progress.ts');
      const bar = progressBar('importing', 'rows');
      let r;
      try {
        r = await withLedger(engine, target, 'write', (store, audited) => importDeliveries(store, engine.law(), { ...actor, audited }, text, file, { ...deps, onProgress: (done, total) => bar?.update(done, total) }), actor.name);
      } finally {
        bar?.stop();
      }
      const out = new Output();
      if (format === 'json') {
        const { review: _review, ...shown } = r;
        await out.json(shown);
      } else {
        await out.text([`${inline(file)}: ${r.rows} rows, ${r.created} recorded, ${r.unchanged} already recorded`, ...r.flagged.map((f) => `  ${f.state} ${inline(f.ref)}: ${[f.afterCease ? 'after the cease notice' : '', f.exceedsCap ? 'exceeds the cap' : '', f.exceedsBaseline ? 'exceeds baseline' : '', f.late ? 'late' : ''].filter(Boolean).join(', ')}`), ...r.notices.map((n) => `NOTICE: ${n.message}`), ...r.vesselReview.map((w) => `REVIEW: ${inline(w)}`)].join('\n'));
      }
      return (await afterCommit(out, `the import of ${r.created} new reports from ${file}`, r.created > 0, 'see them with "interdict ledger status"; importing the same file again stores nothing twice')) ?? exitFor(r.review);
    }));

  ledger.command('status').description("A period's cap, total, percent, remaining, by month and by State")
    .requiredOption('--commodity <c>', 'refined-petroleum or crude-oil')
    .option('--period <p>', 'a period key (2018, 2017-Q4, 2017-12-22/2018-12-21), a year or a date (default: today)')
    .option('--db <file>', 'ledger database (SQLite file or postgres:// URL)')
    .option('--format <format>', 'json, human or csv (human on a terminal)')
    .action(runAction(async (o: DbOpts & { commodity?: string; period?: string }): Promise<ExitCode> => {
      const format = o.format === 'csv' ? 'csv' : resolveFormat(o.format);
      const { Engine, ledgerStatus, parseDbTarget, statusCsv, statusHuman, statusJson, withLedger } = await app();
      const engine = new Engine();
      const s = await withLedger(engine, parseDbTarget(o.db), 'read', (store) => ledgerStatus(store, engine.law(), o.commodity, o.period));
      const out = new Output();
      if (format === 'json') await out.json(statusJson(s));
      else if (format === 'csv') await out.write(statusCsv(s.periods));
      else await out.text(s.periods.map(statusHuman).join('\n\n'));
      await out.finish();
      return EXIT.ok;
    }));

  dbOption(ledger.command('notices').description('Every threshold notice issued, oldest first'))
    .action(runAction(async (o: DbOpts): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { Engine, ledgerNotices, parseDbTarget, withLedger } = await app();
      const engine = new Engine();
      const notices = await withLedger(engine, parseDbTarget(o.db), 'read', (store) => ledgerNotices(store, engine.law()));
      const out = new Output();
      if (format === 'json') await out.json(notices);
      else await out.text(notices.length === 0 ? 'no notices issued' : notices.map((n) => `${n.issuedAt}  ${n.message}`).join('\n'));
      await out.finish();
      return EXIT.ok;
    }));

  registerReports(ledger);

  writeOptions(ledger.command('baseline').description("Set a State's crude oil baseline (2375 para 15); without quantities, list the baselines"))
    .option('--state <code>', 'the State')
    .option('--barrels <n>', 'crude oil it supplied in the 12 months before 11 Sep 2017, barrels')
    .option('--tonnes <n>', 'the same in tonnes')
    .action(runAction(async (o: DbOpts & { state?: string; barrels?: string; tonnes?: string; as?: string }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { Engine, baselines, cliActor, parseDbTarget } = await app();
      const setting = o.state !== undefined || o.barrels !== undefined || o.tonnes !== undefined;
      const shown = await baselines(new Engine(), parseDbTarget(o.db), setting ? { state: o.state, barrels: o.barrels, tonnes: o.tonnes } : undefined, cliActor(o.as));
      const out = new Output();
      if (format === 'json') await out.json(shown);
      else await out.text(shown.length === 0 ? 'no baselines configured' : shown.map((b) => `${b.state}: ${b.barrels ?? '-'} bbl / ${b.tonnes ?? '-'} t (version ${b.version}, set ${b.setAt})`).join('\n'));
      if (!setting) await out.finish();
      return (setting ? await afterCommit(out, `the baseline of ${o.state ?? ''}`, true, 'see it with "interdict ledger baseline"; setting it again changes nothing') : undefined) ?? EXIT.ok;
    }));

  dbOption(ledger.command('history').description('Every version of one report, oldest first'))
    .requiredOption('--state <code>', 'the reporting State')
    .requiredOption('--ref <id>', "the State's reference")
    .action(runAction(async (o: DbOpts & { state: string; ref: string }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { Engine, deliveryHistory, parseDbTarget } = await app();
      const versions = await deliveryHistory(new Engine(), parseDbTarget(o.db), o.state, o.ref);
      const out = new Output();
      if (format === 'json') await out.json(versions);
      else await out.text(versions.map((v) => `v${v.version} ${v.recordedAt}${v.amendedBy ? ` by ${inline(v.amendedBy)}${v.reason ? ` (${inline(v.reason)})` : ''}` : ''}: ${v.barrels} bbl / ${v.tonnes} t on ${v.date}, reported ${v.reported}`).join('\n'));
      await out.finish();
      return EXIT.ok;
    }));

  dbOption(ledger.command('where').description('Where the ledger database is (the one every command and the service share by default)'))
    .action(runAction(async (o: DbOpts): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { ledgerWhere, parseDbTarget } = await app();
      const w = ledgerWhere(parseDbTarget(o.db));
      const out = new Output();
      if (format === 'json') await out.json(w);
      else await out.text(`${w.database}${w.isDefault ? ' (the default)' : ''}${w.exists === false ? ' - nothing recorded there yet' : ''}`);
      await out.finish();
      return EXIT.ok;
    }));
}

/** `ledger report table|notification|notices`: the Committee's documents (CONTRACT §3a). */
function registerReports(ledger: Command): void {
  const report = ledger.command('report').description("The Committee's table, a State's 30-day notification, the Secretary's notices");
  const fmt = (v: string | undefined, allowed: string[]): string => {
    const f = v ?? 'json';
    if (!allowed.includes(f)) throw new CliFlagError(`--format must be ${allowed.join(', ')}, not "${f}"`, 'format');
    return f;
  };
  report.command('table').description("The Committee's table: one row per delivery, barrels and how derived, running total, % of cap")
    .requiredOption('--commodity <c>', 'refined-petroleum or crude-oil')
    .option('--period <p>', 'a period key, a year or a date (default: today)')
    .option('--db <file>', 'ledger database (SQLite file or postgres:// URL)')
    .option('--format <format>', 'json, csv or html', 'json')
    .action(runAction(async (o: DbOpts & { commodity?: string; period?: string }): Promise<ExitCode> => {
      const format = fmt(o.format, ['json', 'csv', 'html']);
      return printReport(o.db, format, (a, store, law) => a.reportTable(store, law, o.commodity, o.period),
        (a, t) => (format === 'csv' ? a.tableCsv(t) : a.htmlDocument(`${t.commodity} ${t.period}`, a.tableHtml(t))));
    }));
  report.command('notification').description("A State's notification: its deliveries in a window, vessels, every party and its screening at recording")
    .requiredOption('--state <code>', 'the reporting State')
    .requiredOption('--from <date>', 'first delivery date')
    .requiredOption('--to <date>', 'last delivery date')
    .option('--db <file>', 'ledger database (SQLite file or postgres:// URL)')
    .option('--format <format>', 'json or html', 'json')
    .action(runAction(async (o: DbOpts & { state?: string; from?: string; to?: string }): Promise<ExitCode> => {
      const format = fmt(o.format, ['json', 'html']);
      return printReport(o.db, format, (a, store, law) => a.reportNotification(store, law, o.state, o.from, o.to),
        (a, n) => a.htmlDocument(`Notification ${n.state} ${n.from} to ${n.to}`, a.notificationHtml(n)));
    }));
  report.command('crude').description('The crude oil report for a 90-day window on the fixed schedule of 2397 para 4 (counted from adoption)')
    .option('--date <date>', 'a day inside the window (default: today)')
    .option('--db <file>', 'ledger database (SQLite file or postgres:// URL)')
    .option('--format <format>', 'json or html', 'json')
    .action(runAction(async (o: DbOpts & { date?: string }): Promise<ExitCode> => {
      const format = fmt(o.format, ['json', 'html']);
      return printReport(o.db, format, (a, store, law) => a.reportCrude(store, law, o.date),
        (a, r) => a.htmlDocument(`Crude oil ${r.from} to ${r.to}`, a.crudeHtml(r)));
    }));
  report.command('notices').description("The Secretary's notes to all States for one period: threshold and correction notices")
    .requiredOption('--commodity <c>', 'refined-petroleum or crude-oil')
    .option('--period <p>', 'a period key, a year or a date (default: today)')
    .option('--db <file>', 'ledger database (SQLite file or postgres:// URL)')
    .option('--format <format>', 'json or html', 'json')
    .action(runAction(async (o: DbOpts & { commodity?: string; period?: string }): Promise<ExitCode> => {
      const format = fmt(o.format, ['json', 'html']);
      return printReport(o.db, format, (a, store, law) => a.reportNotices(store, law, o.commodity, o.period),
        (a, r) => a.htmlDocument(`Notices ${r.commodity} ${r.period}`, a.notesHtml(r.commodity, r.period, r.notes)));
    }));
}
