/**
 * Worker-thread entry: check the byte range [start, end) of an NDJSON file (whole lines) and post the
 * ChunkResult back, transferring the output buffers. No terminal, no exit: the parent decides.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { loadLaw } from '../law/index.ts';
import { checkNdjsonChunk } from './ndjson-chunk.ts';

interface Job {
  file: string;
  start: number;
  end: number;
  lawDir: string;
}

const job = workerData as Job;
const bytes = Buffer.allocUnsafe(job.end - job.start);
const fd = openSync(job.file, 'r');
try {
  let got = 0;
  while (got < bytes.length) {
    const n = readSync(fd, bytes, got, bytes.length - got, job.start + got);
    if (n === 0) break;
    got += n;
  }
} finally {
  closeSync(fd);
}
const result = checkNdjsonChunk(bytes.toString('utf8'), loadLaw(job.lawDir));
parentPort!.postMessage(result, result.ok ? result.buffers.map((b) => b.buffer as ArrayBuffer) : []);
