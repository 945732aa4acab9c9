/**
 * Parse a list and index it in a worker thread (list-worker.ts): the server keeps answering meanwhile.
 * What comes back is the same list and index the main thread would have built (a structured clone, the
 * index's classes given back by indexFromBytes), frozen like every parsed list.
 */
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { InterdictError, type ErrorCode } from '../../errors/index.ts';
import { ALGORITHM, indexFromBytes, type ScreeningIndex } from '../../screening/index.ts';
import type { UnList } from '../../screening/un-list/index.ts';
import { deepFreeze } from '../../screening/un-list/recent-lists.ts';

// Beside this file, in the same language as it: list-worker.js when compiled; list-worker.ts under tsx
// (development and tests), whose loader a worker thread does not inherit: there the thread starts with
// a line that loads it through tsx's own API.
const AS_TS = import.meta.url.endsWith('.ts');
const WORKER = new URL(`./list-worker${AS_TS ? '.ts' : '.js'}`, import.meta.url);

function startWorker(workerData: unknown): Worker {
  if (!AS_TS) return new Worker(WORKER, { workerData });
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${api}).then((m) => m.tsImport(${JSON.stringify(WORKER.href)}, ${JSON.stringify(import.meta.url)}))`, { eval: true, workerData });
}

interface Answer {
  list?: Uint8Array;
  index?: Uint8Array;
  fingerprints?: Map<string, string>;
  error?: { code?: ErrorCode; message: string; location?: ConstructorParameters<typeof InterdictError>[2] };
}

export async function parseListOffThread(xml: Buffer, source: string): Promise<{ list: UnList; index: ScreeningIndex; fingerprints: Map<string, string> }> {
  const answer = await askWorker(xml, source, false);
  const list = deepFreeze(v8.deserialize(answer.list!) as UnList);
  return { list, index: indexFromBytes(answer.index!, list, ALGORITHM), fingerprints: answer.fingerprints! };
}

/** The list alone, not indexed: an earlier stored list read for which records it held (formerly-listed.ts). */
export async function parseListOnlyOffThread(xml: Buffer, source: string): Promise<UnList> {
  const answer = await askWorker(xml, source, true);
  return deepFreeze(v8.deserialize(answer.list!) as UnList);
}

async function askWorker(xml: Buffer, source: string, listOnly: boolean): Promise<Answer> {
  const answer = await new Promise<Answer>((resolve, reject) => {
    const worker = startWorker({ xml, source, listOnly });
    worker.once('message', (m: Answer) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the list parser's thread stopped (exit ${code})`));
    });
  });
  if (answer.error !== undefined) {
    if (answer.error.code !== undefined) throw new InterdictError(answer.error.code, answer.error.message, answer.error.location);
    throw new Error(answer.error.message);
  }
  return answer;
}
