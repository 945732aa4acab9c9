/**
 * The one way the CLI writes results: back-pressure honoured, a closed pipe (`| head -1`) ends output
 * quietly instead of a stack trace, and any other output failure is reported once, honestly. Human text
 * goes through the terminal sanitiser: nothing from the input can move the cursor or repaint a line.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { InterdictError } from '../../src/errors/index.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { reportError } from './run-action.ts';
import { forTerminal } from './sanitize.ts';

export class Output {
  /** The reader went away (EPIPE): later writes are dropped, and that is not an error. */
  closed = false;
  /** Another write failure (a full disk, /dev/full): the results did not reach their destination. */
  failure: Error | undefined;

  constructor(private readonly stream: Writable = process.stdout) {
    stream.on('error', (e: NodeJS.ErrnoException) => this.fail(e));
  }

  private fail(e: NodeJS.ErrnoException): void {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') this.closed = true;
    else this.failure ??= e;
  }

  /** Write bytes; resolves when more may follow. */
  write = async (bytes: Buffer | string): Promise<void> => {
    if (this.closed || this.failure) return;
    let ok: boolean;
    try {
      ok = this.stream.write(bytes);
    } catch (e) {
      this.fail(e as NodeJS.ErrnoException);
      return;
    }
    // `once` rejects when the stream errors while it waits; the error itself is recorded by fail().
    if (!ok && !this.closed && !this.failure) await once(this.stream, 'drain').catch(() => undefined);
  };

  /**
   * True while the stream holds bytes not yet handed to the system. Files, and on Linux pipes and
   * terminals, are written synchronously, so this is usually false right after a write.
   */
  holding = (): boolean => this.stream.writableLength > 0;

  /** Human-readable text: sanitised for a terminal, then written. */
  text = (s: string): Promise<void> => this.write(forTerminal(s.endsWith('\n') ? s : `${s}\n`));

  /** JSON of a value, pretty, one newline after. */
  json = (v: unknown): Promise<void> => this.write(`${JSON.stringify(v, null, 2)}\n`);

  /** Resolve once everything written so far has been handed to the system (errors surface here). */
  async settle(): Promise<void> {
    if (this.closed || this.failure) return;
    await new Promise<void>((resolve) => this.stream.write('', () => resolve()));
  }

  /** The end of a command's output: a write that failed (not a closed pipe) is the command's failure. */
  async finish(): Promise<void> {
    await this.settle();
    if (this.failure) throw new InterdictError('CLI_IO', `cannot write the output: ${this.failure.message}`, { file: 'stdout' });
  }
}

/** Write a command's result (JSON or human text) and end its output; a failed write is exit 1 (CLI_IO). */
export async function writeResult(text: string, format: 'json' | 'human'): Promise<void> {
  const out = new Output();
  await (format === 'json' ? out.write(text) : out.text(text));
  await out.finish();
}

/** Write the result of a change that was stored: exit 4 when it cannot be written (see afterCommit), else undefined. */
export async function writeCommitted(text: string, format: 'json' | 'human', what: string, hint: string): Promise<ExitCode | undefined> {
  const out = new Output();
  await (format === 'json' ? out.write(text) : out.text(text));
  return afterCommit(out, what, true, hint);
}

/**
 * After a write committed, its result must still reach the user. If it cannot (a full disk), say what was
 * stored and return exit 4, never 1 ("nothing stored") and never silently; under --format json the
 * message is JSON like every other error. When nothing was stored (the same report again), a failed
 * write is an ordinary output failure (exit 1).
 */
export async function afterCommit(out: Output, what: string, stored: boolean, hint: string): Promise<ExitCode | undefined> {
  await out.settle();
  if (!out.failure) return undefined;
  if (!stored) throw new InterdictError('CLI_IO', `cannot write the output: ${out.failure.message} (nothing was changed)`, { file: 'stdout' });
  reportError({
    code: 'CLI_OUTPUT_AFTER_COMMIT',
    message: `STORED ${what}, but the result could not be written: ${out.failure.message}`,
    hint,
  });
  return EXIT.storedOutputFailed;
}
