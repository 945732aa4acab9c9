/**
 * Check one chunk of an NDJSON input (whole lines) into NDJSON decision bytes. Used by the CLI on the
 * main thread and by `ndjson-worker.ts` on a second one; lines are numbered within the chunk and the
 * caller adds the lines of the chunks before it to any error.
 */
import { OutcomeTally } from './outcome-tally.ts';
import { isInterdictError, type ErrorCode } from '../errors/index.ts';
import type { Law } from '../law/measure.ts';
import { forEachNdjsonRecord } from './parse-input.ts';
import type { CheckContext } from './context.ts';
import { evaluate } from './evaluate.ts';
import { NdjsonDecisionWriter } from './ndjson-writer.ts';

/** What a chunk produced: its decision bytes and worst outcome, or the first bad record in it. */
export type ChunkResult =
  | { ok: true; buffers: Buffer[]; records: number; lines: number; prohibited: boolean; flagged: boolean }
  | { ok: false; lines: number; error: { code: ErrorCode; message: string; record?: number; field?: string } };

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function checkNdjsonChunk(text: string, law: Law, ctx?: CheckContext): ChunkResult {
  const out = new NdjsonDecisionWriter();
  const tally = new OutcomeTally();
  try {
    forEachNdjsonRecord(text, (tx) => {
      const d = evaluate(tx, law, ctx);
      tally.add(d);
      out.add(d);
    });
  } catch (e) {
    if (!isInterdictError(e)) throw e;
    const error: { code: ErrorCode; message: string; record?: number; field?: string } = { code: e.code, message: e.message };
    if (typeof e.location.record === 'number') error.record = e.location.record;
    if (e.location.field !== undefined) error.field = e.location.field;
    return { ok: false, lines: countLines(text), error };
  }
  return { ok: true, buffers: out.buffers(), records: out.count, lines: countLines(text), prohibited: tally.prohibited, flagged: tally.flagged };
}
