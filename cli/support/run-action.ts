import { isInterdictError, storageProblem, type InterdictError } from '../../src/errors/index.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { forTerminal } from './sanitize.ts';

export type OutputFormat = 'json' | 'human';

/** CONTRACT: human is the default on a terminal, json otherwise. */
export function resolveFormat(flag: string | undefined): OutputFormat {
  if (flag === undefined) return process.stdout.isTTY ? 'human' : 'json';
  if (flag === 'json' || flag === 'human') return flag;
  throw new CliFlagError(`--format must be json or human, not "${flag}"`, 'format');
}

export class CliFlagError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The --format a command was asked for, read from the arguments (errors are written in it). */
export function wantsJson(): boolean {
  const argv = process.argv;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--format') return argv[i + 1] === 'json';
    if (argv[i]?.startsWith('--format=')) return argv[i] === '--format=json';
  }
  return !process.stdout.isTTY && !process.stderr.isTTY;
}

interface ErrorBody {
  code: string;
  message: string;
  field?: string;
  record?: string | number;
  file?: string;
  hint?: string;
}

/** A report that is not an exception (e.g. stored, but its result unwritten): already an error body. */
function isBody(e: unknown): e is ErrorBody {
  return typeof e === 'object' && e !== null && !(e instanceof Error) && typeof (e as ErrorBody).code === 'string' && typeof (e as ErrorBody).message === 'string';
}

function bodyOf(e: unknown): ErrorBody {
  if (isBody(e)) return e;
  const machine = storageProblem(e);
  if (machine !== undefined || isInterdictError(e)) {
    const err: InterdictError = machine ?? (e as InterdictError);
    return {
      code: err.code,
      message: err.message,
      ...(err.location.field !== undefined && { field: err.location.field }),
      ...(err.location.record !== undefined && { record: err.location.record }),
      ...(err.location.file !== undefined && { file: err.location.file }),
      hint: err.hint,
    };
  }
  if (e instanceof CliFlagError) return { code: 'CLI_BAD_FLAG', message: e.message, ...(e.field !== undefined && { field: e.field }), hint: 'Run the command with --help to see the flags it takes.' };
  // Not a user error: one line, no stack (a stack helps nobody who ran the command; INTERDICT_DEBUG shows it).
  const message = e instanceof Error ? e.message : String(e);
  if (process.env.INTERDICT_DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  return { code: 'INTERNAL', message, hint: 'This is a fault in interdict; run again with INTERDICT_DEBUG=1 to see where.' };
}

/** Write an error on stderr: JSON under --format json (CONTRACT), else a line a person reads. */
export function reportError(e: unknown | ErrorBody): void {
  const body = bodyOf(e);
  if (wantsJson()) {
    process.stderr.write(`${JSON.stringify({ error: body })}\n`);
    return;
  }
  const machine = storageProblem(e);
  if (machine !== undefined || isInterdictError(e)) {
    process.stderr.write(`${forTerminal((machine ?? (e as InterdictError)).describe())}\n`);
    return;
  }
  process.stderr.write(forTerminal(`error ${body.code}: ${body.field ? `field "${body.field}": ` : ''}${body.message}\n${body.hint ? `hint: ${body.hint}\n` : ''}`));
}

/**
 * Wrap a command's action: its return value is the exit code; a user error prints one clear message
 * on stderr and exits 1 with nothing on stdout (commands hold their output until their input is valid).
 */
export function runAction<A extends unknown[]>(action: (...args: A) => Promise<ExitCode> | ExitCode) {
  return async (...args: A): Promise<void> => {
    try {
      process.exitCode = await action(...args);
    } catch (e) {
      reportError(e);
      process.exitCode = EXIT.failed;
    }
  };
}

/** A warning on stderr (JSON under --format json), never mixed with the results on stdout. */
export function warn(w: { code: string; message: string }): void {
  process.stderr.write(wantsJson() ? `${JSON.stringify({ warning: w })}\n` : forTerminal(`warning ${w.code}: ${w.message}\n`));
}
