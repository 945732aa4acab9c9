/**
 * The use case "check these transactions": the input is read once, as a stream, whatever its size;
 * every record is validated, evaluated and encoded as it comes, and the output is held back (in memory,
 * then a temporary file) until the last record proved valid, so bad input still means nothing written.
 * Memory is bounded by a chunk, not by the input. The cap ledger and the screener are opened only when
 * the input needs them.
 */
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { OutcomeTally, parseInput, type CapStateLookup, type Decision, type InputShape, type OutcomeFlags, type VesselScreener } from '../check/index.ts';
import { NdjsonDecisionWriter } from '../check/ndjson/ndjson-decision-writer.ts';
import { InterdictError } from '../errors/index.ts';
import { forEachLine, ioError, readStream, Spool, stripBom, type ByteSink } from '../io/index.ts';
import type { Law } from '../law/index.ts';
import type { DbTarget } from '../store/index.ts';
import { evaluateOne, lazyContext, lineChecker, type LazyContext } from './check-lines.ts';
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
  if (ledger === undefined || (ledger.kind === 'sqlite' && ledger.isDefault && !existsSync(ledger.file))) return lazyContext(engine);
  // The cap ledger and the imported 1718 vessels list live in the same database; either may be absent.
  const [{ openCapStateLookup }, { openVesselScreener }] = await Promise.all([import('./ledger-actions.ts'), import('./vessel-screener.ts')]);
  const [capState, screenVessel]: [CapStateLookup | undefined, VesselScreener | undefined] = await Promise.all([openCapStateLookup(ledger, law), openVesselScreener(ledger)]);
  return lazyContext(engine, capState, screenVessel);
}

async function checkInto(engine: Engine, source: Readable, ctx: LazyContext, req: CheckRequest, spool: Spool): Promise<CheckSummary> {
  const law = engine.law();
  const tally = new OutcomeTally();
  const head = await peekShape(source);
  if (head.shape === 'whole') {
    // A JSON array or a single object is one value: parsed whole (validated entirely before evaluation).
    const text = stripBom((await readStream(head.rest)).toString('utf8'));
    const { shape, transactions } = parseInput(text);
    const decisions = transactions.map((tx, k) => evaluateOne(tx, law, ctx, k + 1));
    for (const d of decisions) tally.add(d);
    if (req.format === 'human') decisions.forEach((d, i) => spool.add(`${i > 0 ? '\n' : ''}${req.describe(d, i)}\n`));
    else if (shape === 'array') spool.add(decisions.length === 0 ? '[]\n' : `[\n${decisions.map((d) => `  ${JSON.stringify(d)}`).join(',\n')}\n]\n`);
    else spool.add(`${JSON.stringify(decisions[0], null, 2)}\n`);
    return { records: decisions.length, shape, prohibited: tally.prohibited, flagged: tally.flagged };
  }
  // NDJSON: one pass, a line at a time. INVARIANT: a bad line throws before the spool is drained.
  const writer = req.format === 'json' ? new NdjsonDecisionWriter((b) => spool.add(b)) : undefined;
  const checker = lineChecker(law, ctx, writer ? (d) => writer.add(d) : (d, i) => spool.add(`${i > 0 ? '\n' : ''}${req.describe(d, i)}\n`));
  await forEachLine(head.rest, checker.each);
  writer?.flush();
  return { records: checker.records(), shape: 'ndjson', prohibited: checker.tally.prohibited, flagged: checker.tally.flagged };
}

/**
 * Decide the input's shape from its start, reading only as far as it must: `{` whose first line is a
 * whole object with more after it is NDJSON (streamed); `[`, or `{` that is not (one object, maybe
 * pretty-printed), is one value read whole; anything else is NDJSON whose first line will be refused.
 */
async function peekShape(source: Readable): Promise<{ shape: 'ndjson' | 'whole'; rest: Readable }> {
  const it = source[Symbol.asyncIterator]();
  const taken: Buffer[] = [];
  let text = '';
  let shape: 'ndjson' | 'whole' = 'whole';
  for (;;) {
    const body = text.trimStart();
    const nl = body.indexOf('\n');
    if (body.length > 0 && body[0] !== '{') {
      shape = body[0] === '[' ? 'whole' : 'ndjson';
      break;
    }
    if (nl >= 0 && body.slice(nl).trim() !== '') {
      shape = parsesAsObject(body.slice(0, nl)) ? 'ndjson' : 'whole';
      break;
    }
    const r = await it.next();
    if (r.done) break; // one line or none: read whole (parseInput names an empty input)
    taken.push(r.value as Buffer);
    text = stripBom(Buffer.concat(taken).toString('utf8'));
  }
  const rest = Readable.from((async function* () {
    if (taken.length > 0) yield Buffer.concat(taken);
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value as Buffer;
    }
  })());
  return { shape, rest };
}

function parsesAsObject(line: string): boolean {
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}
