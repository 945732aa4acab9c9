/**
 * The use case "check these transactions": the input is read once, as a stream, whatever its size;
 * every record is validated, evaluated and encoded as it comes, and the output is held back (in memory,
 * then a temporary file) until the last record proved valid, so bad input still means nothing written.
 * Memory is bounded by a chunk, not by the input. The cap ledger and the screener are opened only when
 * the input needs them.
 */
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { OutcomeTally, parseWholeInput, type Decision, type InputShape, type OutcomeFlags } from '../check/index.ts';
import { NdjsonDecisionWriter } from '../check/ndjson/ndjson-decision-writer.ts';
import { InterdictError } from '../errors/index.ts';
import { firstInvalidUtf8Line, notUtf8Message, forEachLine, ioError, MAX_WHOLE_JSON_BYTES, peekJsonShape, Spool, stripBom, type ByteSink } from '../io/index.ts';
import type { Law } from '../law/index.ts';
import { describeDbTarget, type DbTarget } from '../store/db-target.ts';
import { checkContext, decideAll, type LazyContext } from './check-context.ts';
import { lineChecker } from './check-lines.ts';
import type { Engine } from './engine.ts';

export type CheckFormat = 'json' | 'human';

export interface CheckRequest {
  /** The input's name for messages: a file path, or "-" for standard input. */
  sourceName: string;
  /** Where the cap ledger is; undefined = none. A default target that does not exist yet is no ledger. */
  ledger?: DbTarget;
  format: CheckFormat;
  /** How a decision reads for a person (the interface's business). */
  describe: (d: Decision, index: number) => string;
}

export interface CheckSummary extends OutcomeFlags {
  records: number;
  shape: InputShape;
}

/** Check a whole stream; output goes to `out` only once all of it is valid. */
export async function checkStream(engine: Engine, source: Readable, out: ByteSink, req: CheckRequest): Promise<CheckSummary> {
  const law = engine.law();
  const ctx = await prepareContext(engine, law, req.ledger);
  const spool = new Spool();
  try {
    let summary: CheckSummary;
    try {
      summary = await checkInto(engine, source, ctx, req, spool);
    } catch (e) {
      // A read failure (no such file, a folder, permission) is named as the input's, not a crash.
      if (e instanceof InterdictError || (e as NodeJS.ErrnoException).code === undefined) throw e;
      throw ioError(req.sourceName, e);
    }
    await spool.drainTo(out);
    return summary;
  } finally {
    spool.discard();
  }
}

async function prepareContext(engine: Engine, law: Law, ledger: DbTarget | undefined): Promise<LazyContext> {
  // The default database nobody has written yet (the usual case) holds nothing to consult: then the
  // ledger and store modules and the SQLite driver are never loaded (about 40 ms of start-up).
  let partyScreener = () => engine.partyScreener();
  if (ledger === undefined || (ledger.kind === 'sqlite' && ledger.isDefault && !existsSync(ledger.file))) return checkContext({ partyScreener });
  // The database's cap ledger, vessels list and UN list in use, read as the service reads its own
  // (check-sources.ts). Parties are screened against the list in use there when it holds one (what `lists
  // load` or POST /v1/lists put there, maybe newer than the bundled snapshot); a --list given wins.
  // The records earlier lists stored there held and the list in use does not come with it (formerly-listed.ts).
  const { checkSourcesAt, partyScreenerWith } = await import('./check-sources.ts');
  const { listInUse, formerlyListed, ...sources } = await checkSourcesAt(ledger, law, engine.options.listFile === undefined);
  if (listInUse !== undefined) {
    let screener: ReturnType<typeof partyScreenerWith> | undefined;
    partyScreener = () => (screener ??= partyScreenerWith(listInUse.index, formerlyListed));
  }
  // A database the user named (flag or variable) must hold one of them; only the default may be empty.
  const named = ledger.kind === 'postgres' || !ledger.isDefault ? describeDbTarget(ledger) : undefined;
  return checkContext({ partyScreener, ...sources, ...(named !== undefined && { named }) });
}

async function checkInto(engine: Engine, source: Readable, ctx: LazyContext, req: CheckRequest, spool: Spool): Promise<CheckSummary> {
  const law = engine.law();
  const head = await peekJsonShape(source);
  if (head.shape === 'whole') {
    const tally = new OutcomeTally();
    // A JSON array or a single object is one value: parsed whole (validated entirely before evaluation),
    // so its size is bounded; NDJSON has no such bound.
    const raw = await readWhole(head.rest);
    const bad = firstInvalidUtf8Line(raw);
    if (bad !== undefined) throw new InterdictError('CHECK_BAD_INPUT', notUtf8Message('the input', raw, bad), { record: bad });
    const text = stripBom(raw.toString('utf8'));
    const { shape, transactions } = parseWholeInput(text);
    const decisions = await decideAll(transactions, law, ctx);
    for (const d of decisions) tally.add(d);
    if (req.format === 'human') decisions.forEach((d, i) => spool.add(`${i > 0 ? '\n' : ''}${req.describe(d, i)}\n`));
    else if (shape === 'array') spool.add(decisions.length === 0 ? '[]\n' : `[\n${decisions.map((d) => `  ${JSON.stringify(d)}`).join(',\n')}\n]\n`);
    // One object answers as it came: on one line (also a one-record NDJSON batch), or pretty-printed.
    else spool.add(`${JSON.stringify(decisions[0], null, text.trim().includes('\n') ? 2 : undefined)}\n`);
    return { records: decisions.length, shape, prohibited: tally.prohibited, flagged: tally.flagged };
  }
  // NDJSON: one pass, a line at a time. INVARIANT: a bad line throws before the spool is drained.
  const writer = req.format === 'json' ? new NdjsonDecisionWriter((b) => spool.add(b)) : undefined;
  const checker = lineChecker(law, ctx, writer ? (d) => writer.add(d) : (d, i) => spool.add(`${i > 0 ? '\n' : ''}${req.describe(d, i)}\n`));
  await forEachLine(head.rest, checker.each, {
    onInvalidUtf8: (record) => {
      throw new InterdictError('CHECK_BAD_INPUT', notUtf8Message('the transaction', undefined, record), { record });
    },
    maxLineLength: MAX_WHOLE_JSON_BYTES,
    onLineTooLong: (record) => {
      throw new InterdictError('CHECK_BAD_INPUT', `the line is longer than ${MAX_WHOLE_JSON_BYTES >> 20} MiB (one transaction per line)`, { record });
    },
  });
  writer?.flush();
  return { records: checker.records(), shape: 'ndjson', prohibited: checker.tally.prohibited, flagged: checker.tally.flagged };
}


async function readWhole(source: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += (chunk as Buffer).length;
    if (size > MAX_WHOLE_JSON_BYTES) {
      throw new InterdictError('CHECK_BAD_INPUT', `the input is one JSON value (an array or an object) of more than ${MAX_WHOLE_JSON_BYTES >> 20} MiB, which is read whole: give it as NDJSON (one transaction per line), which is read as a stream whatever its size`, {});
    }
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts, size);
}
