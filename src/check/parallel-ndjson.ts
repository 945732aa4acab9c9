/**
 * Check a large NDJSON file on two threads: the file is cut at a line boundary; a worker checks the
 * second part while this thread checks the first (a little more than half, as the worker starts late). Each half is validated,
 * evaluated and serialised into memory; the caller writes only when both halves proved valid, and an
 * error names the line as counted in the whole file. Used only without a ledger or screener (those
 * are functions of this thread), and only for files big enough to repay a worker's start-up.
 */
import { Worker } from 'node:worker_threads';
import { InterdictError } from '../errors/index.ts';
import type { Law } from '../law/measure.ts';
import { checkNdjsonChunk, type ChunkResult } from './ndjson-chunk.ts';

/** Below this size one thread is faster than starting a worker (which loads the law itself). */
export const PARALLEL_MIN_BYTES = 16 << 20;

export interface ParallelResult {
  buffers: Buffer[];
  records: number;
  prohibited: boolean;
  flagged: boolean;
}

/**
 * About how many input bytes this thread checks while a worker starts (loads modules and the law):
 * this thread takes that much more than half, so both finish together. Measured, not critical.
 */
const WORKER_START_BYTES = 24 << 20;

/** Where to cut: just after the first newline past this thread's share (undefined if there is none). */
function cutPoint(bytes: Buffer): number | undefined {
  const share = Math.min(0.85, Math.max(0.5, (bytes.length + WORKER_START_BYTES) / (2 * bytes.length)));
  const nl = bytes.indexOf(10, Math.floor(bytes.length * share));
  return nl < 0 || nl + 1 >= bytes.length ? undefined : nl + 1;
}

// The engine runs as TypeScript through tsx (no build step), so the worker registers tsx's loader
// before importing its entry, as bin/interdict.js does for the CLI.
const WORKER_BOOT = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(new URL('./ndjson-worker.ts', import.meta.url).href)}); })`;

function runWorker(file: string, start: number, end: number, lawDir: string): Promise<ChunkResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER_BOOT, { eval: true, workerData: { file, start, end, lawDir } });
    let settled = false;
    w.once('message', (m: ChunkResult) => {
      settled = true;
      if (m.ok) m.buffers = m.buffers.map((u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength));
      resolve(m);
      void w.terminate();
    });
    w.once('error', (e) => {
      settled = true;
      reject(e);
    });
    w.once('exit', (code) => {
      if (!settled) reject(new Error(`the check worker stopped (exit code ${code}) before reporting`));
    });
  });
}

function fail(r: Extract<ChunkResult, { ok: false }>, linesBefore: number): never {
  const e = r.error;
  const loc: { record?: number; field?: string } = {};
  if (e.record !== undefined) loc.record = e.record + linesBefore;
  if (e.field !== undefined) loc.field = e.field;
  throw new InterdictError(e.code, e.message, loc);
}

/**
 * `bytes` is the whole file as read by the caller (this thread decodes only its half; the worker
 * reads the other half itself). Returns undefined when the file cannot be cut.
 */
export async function checkNdjsonParallel(file: string, bytes: Buffer, law: Law): Promise<ParallelResult | undefined> {
  const cut = cutPoint(bytes);
  if (cut === undefined) return undefined;
  const second = runWorker(file, cut, bytes.length, law.dir);
  // Keep the worker's promise from being reported as unhandled while this thread works.
  second.catch(() => undefined);
  const first = checkNdjsonChunk(bytes.toString('utf8', 0, cut), law);
  // If the worker could not run, check the second half here: slower, same answer.
  const other = await second.catch(() => checkNdjsonChunk(bytes.toString('utf8', cut), law));
  if (!first.ok) fail(first, 0);
  if (!other.ok) fail(other, first.lines);
  return {
    buffers: [...first.buffers, ...other.buffers],
    records: first.records + other.records,
    prohibited: first.prohibited || other.prohibited,
    flagged: first.flagged || other.flagged,
  };
}
