import { isInterdictError } from '../../src/errors/index.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

export type OutputFormat = 'json' | 'human';

/** CONTRACT: human is the default on a terminal, json otherwise. */
export function resolveFormat(flag: string | undefined): OutputFormat {
  if (flag === undefined) return process.stdout.isTTY ? 'human' : 'json';
  if (flag === 'json' || flag === 'human') return flag;
  throw new CliFlagError(`--format must be json or human, not "${flag}"`);
}

export class CliFlagError extends Error {}

/**
 * Wrap a command's action: its return value is the exit code; a user error prints one clear message
 * on stderr and exits 1 with nothing on stdout (commands buffer or stream only after validation).
 */
export function runAction<A extends unknown[]>(action: (...args: A) => Promise<ExitCode> | ExitCode) {
  return async (...args: A): Promise<void> => {
    try {
      process.exitCode = await action(...args);
    } catch (e) {
      if (isInterdictError(e)) {
        process.stderr.write(`${e.describe()}\n`);
      } else if (e instanceof CliFlagError) {
        process.stderr.write(`error CLI_BAD_FLAG: ${e.message}\n`);
      } else {
        const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
        process.stderr.write(`error INTERNAL: ${msg}\n`);
      }
      process.exitCode = EXIT.failed;
    }
  };
}
