// `interdict check FILE|-`: validate the whole input, then evaluate and print (CONTRACT §1).
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InterdictError } from '../../src/errors/index.ts';
import { loadLaw, type Law } from '../../src/law/index.ts';
import {
  checkNdjsonParallel, decisionToJson, describeDecision, detectShape, evaluate, forEachNdjsonRecord, NdjsonDecisionWriter,
  OutcomeTally, PARALLEL_MIN_BYTES, parseInput,
  type CapStateLookup, type CheckContext, type OutcomeFlags, type PartyScreener, type Transaction,
} from '../../src/check/index.ts';
import { openVesselScreener } from '../../src/ships/vessel-screener.ts';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { resolveFormat, runAction } from '../support/run-action.ts';

/**
 * The ledger: with `--db` or INTERDICT_DATABASE_URL, read the cap state once from the store so
 * evaluation stays synchronous. Without either, every capped delivery says "the cap ledger was not
 * consulted" and stays conditional. Imported lazily: a run without a ledger never loads database drivers.
 */
async function openCapState(db: string | undefined, law: Law): Promise<CapStateLookup | undefined> {
  if (db === undefined && process.env.INTERDICT_DATABASE_URL === undefined) return undefined;
  const ledger = await import('../../src/ledger/index.ts');
  const store = await ledger.openLedgerStore({ caps: ledger.capSourceFromLaw(law), access: 'read', ...(db !== undefined ? { db } : {}) });
  try {
    return await ledger.loadCapStateLookup(store, law);
  } finally {
    await store.close();
  }
}

/**
 * The party screener over the bundled UN list (or `--list FILE`). Loaded only when some record names
 * parties, so a goods-only run never builds the name index.
 */
async function openScreener(listFile: string | undefined): Promise<PartyScreener> {
  const [screening, lists] = await Promise.all([import('../../src/screening/index.ts'), import('../../src/screening/un-list/index.ts')]);
  return screening.createPartyScreener(lists.loadUnList(listFile));
}

function readInput(file: string): Buffer {
  try {
    return readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    throw new InterdictError('CLI_IO', `cannot read "${file}": ${(e as Error).message}`, { file });
  }
}

/** A big NDJSON file that needs neither ledger nor screener can be checked on two threads. */
function parallelCandidate(file: string, bytes: Buffer, format: string, db: string | undefined): boolean {
  if (file === '-' || format !== 'json' || bytes.length < PARALLEL_MIN_BYTES) return false;
  if (db !== undefined || process.env.INTERDICT_DATABASE_URL !== undefined) return false;
  if (bytes.indexOf('"parties"') >= 0 || bytes.indexOf('"vessels"') >= 0) return false;
  const nl = bytes.indexOf(10);
  return detectShape(bytes.toString('utf8', 0, nl < 0 ? bytes.length : Math.min(bytes.length, nl + 1 + 4096))).shape === 'ndjson';
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('Check transactions (JSON object, JSON array or NDJSON; "-" for stdin) against the law in force on their dates')
    .argument('<file>', 'input file, or - for stdin')
    .option('--format <format>', 'json or human (human on a terminal)')
    .option('--db <file>', 'cap ledger database to consult for refined petroleum and crude oil')
    .option('--list <file>', 'UN consolidated list XML to screen parties against (default: the bundled snapshot)')
    .action(
      runAction(async (file: string, opts: { format?: string; db?: string; list?: string }): Promise<ExitCode> => {
        const format = resolveFormat(opts.format);
        const law = loadLaw();
        const bytes = readInput(file);
        if (parallelCandidate(file, bytes, format, opts.db)) {
          // INVARIANT: both halves are validated before a byte is written.
          const r = await checkNdjsonParallel(file, bytes, law);
          if (r) {
            for (const b of r.buffers) process.stdout.write(b);
            return exitFor(r);
          }
        }
        const text = bytes.toString('utf8');
        const ctx: CheckContext = {};
        const capState = await openCapState(opts.db, law);
        if (capState) ctx.capState = capState;
        // Load the screener only when some record names parties (a cheap scan of the raw text).
        if (text.includes('"parties"')) ctx.screenParty = await openScreener(opts.list);
        const screenVessel = text.includes('"vessels"') ? await openVesselScreener(opts.db) : undefined;
        if (screenVessel) ctx.screenVessel = screenVessel;
        const tally = new OutcomeTally();
        if (format === 'json' && detectShape(text).shape === 'ndjson') {
          // One pass: validate, evaluate and serialize each line, holding only the output text.
          // INVARIANT: nothing is written until every line has been validated (a bad line throws first).
          const out = new NdjsonDecisionWriter();
          forEachNdjsonRecord(text, (tx) => {
            const d = evaluate(tx, law, ctx);
            tally.add(d);
            out.add(d);
          });
          for (const b of out.buffers()) process.stdout.write(b);
          return exitFor(tally);
        }
        // INVARIANT: the whole input is validated before anything is written.
        const { shape, transactions } = parseInput(text);
        return writeDecisions(transactions, shape, format, law, ctx, tally);
      }),
    );
}

/** CONTRACT exit codes: 2 if any decision is prohibited, else 3 if any is review or conditional, else 0. */
function exitFor(t: OutcomeFlags): ExitCode {
  return t.prohibited ? EXIT.prohibited : t.flagged ? EXIT.review : EXIT.ok;
}

function writeDecisions(txs: Transaction[], shape: string, format: 'json' | 'human', law: ReturnType<typeof loadLaw>, ctx: CheckContext, tally: OutcomeTally): ExitCode {
  // Output is held until every decision is made, then written at once.
  const out: string[] = [];
  for (let i = 0; i < txs.length; i++) {
    const d = evaluate(txs[i]!, law, ctx);
    tally.add(d);
    if (format === 'human') out.push(`${i > 0 ? '\n' : ''}${describeDecision(d, i)}\n`);
    else if (shape === 'ndjson') out.push(`${decisionToJson(d)}\n`);
    else if (shape === 'array') out.push(`${i > 0 ? ',\n' : '[\n'}  ${decisionToJson(d)}`);
    else out.push(`${JSON.stringify(d, null, 2)}\n`);
  }
  if (format === 'json' && shape === 'array') out.push(txs.length === 0 ? '[]\n' : '\n]\n');
  process.stdout.write(out.join(''));
  return exitFor(tally);
}
