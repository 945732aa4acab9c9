/**
 * Output held back until the whole input has proved valid ("nothing written unless all of it is
 * valid"), in bounded memory: the first bytes stay in memory, the rest go to a temporary file that is
 * removed afterwards. A run that fails discards it, so nothing reaches the reader.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InterdictError } from '../errors/index.ts';
import type { ByteSink } from './byte-sink.ts';

const IN_MEMORY = 16 << 20;

// Spools with a temporary file: removed if the process is stopped by a signal (SIGTERM, SIGINT, SIGHUP),
// which would otherwise end it without running any cleanup.
const live = new Set<Spool>();
let handlersInstalled = false;
function removeOnSignal(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      for (const s of live) s.discard();
      process.exit(code);
    });
  }
}

export class Spool {
  private readonly held: Buffer[] = [];
  private heldBytes = 0;
  private dir: string | undefined;
  private fd: number | undefined;
  bytes = 0;

  /** Hold these bytes: `kept` if the buffer itself is held (the caller must not reuse it), else `copied`. */
  add(b: Buffer | string): 'kept' | 'copied' {
    const buf = typeof b === 'string' ? Buffer.from(b) : b;
    if (buf.length === 0) return 'copied';
    this.bytes += buf.length;
    if (this.fd === undefined && this.heldBytes + buf.length <= IN_MEMORY) {
      this.held.push(buf);
      this.heldBytes += buf.length;
      return 'kept';
    }
    try {
      if (this.fd === undefined) {
        removeOnSignal();
        live.add(this);
        this.dir = mkdtempSync(path.join(tmpdir(), 'interdict-out-'));
        this.fd = openSync(path.join(this.dir, 'spool'), 'w+');
        for (const h of this.held.splice(0)) writeAll(this.fd, h);
        this.heldBytes = 0;
      }
      writeAll(this.fd, buf);
    } catch (e) {
      // The temporary folder, not the input, is what failed (hostile new user, M5: a full TMPDIR was reported as
      // "cannot read" the input file).
      this.discard();
      throw new InterdictError('CLI_IO', `cannot hold the output in the temporary folder ${tmpdir()} (${(e as Error).message}): free space there, or set TMPDIR to a folder with room; nothing was written`, { field: 'TMPDIR' });
    }
    return 'copied';
  }

  /** Copy everything to `out`, honouring back-pressure; then release the temporary file. */
  async drainTo(out: ByteSink): Promise<void> {
    try {
      for (const h of this.held) await out.write(h);
      if (this.fd !== undefined) {
        // Read back synchronously (a regular file) into one buffer, filled again whenever the sink says it
        // no longer holds it: a fresh buffer per chunk cost about 12,000 page faults on bench:check's
        // 300,000 lines (3-4% of the run).
        let buf = Buffer.allocUnsafe(1 << 20);
        for (let at = 0; ; ) {
          const n = readSync(this.fd, buf, 0, buf.length, at);
          if (n === 0) break;
          at += n;
          await out.write(n === buf.length ? buf : buf.subarray(0, n));
          if (out.holding?.() !== false) buf = Buffer.allocUnsafe(1 << 20);
        }
      }
    } finally {
      this.discard();
    }
  }

  /** Drop what was held (a failed run writes nothing). */
  discard(): void {
    live.delete(this);
    this.held.length = 0;
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.fd = undefined;
    this.dir = undefined;
  }
}

/** writeSync may write less than asked (a signal, a nearly full disk): write until all of it is out. */
function writeAll(fd: number, b: Buffer): void {
  for (let done = 0; done < b.length; ) done += writeSync(fd, b, done, b.length - done);
}
