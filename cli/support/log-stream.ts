/**
 * The server's request log: pino lines on stderr through a buffered destination (a system call per few
 * kilobytes, not per line). A buffer loses its last lines if the process dies before writing them, so
 * every way out writes it first: a normal exit, a signal's shutdown, and an uncaught error (logged as
 * fatal, then the buffer written, then exit 1). Only SIGKILL, which no process can catch, loses them.
 */
import type pino from 'pino';

export interface LogStream {
  stream: ReturnType<typeof pino.destination>;
  flush(): void;
}

export function openLogStream(pinoModule: typeof pino, fatal: (err: unknown, what: string) => void): LogStream {
  const stream = pinoModule.destination({ dest: 2, sync: false, minLength: 4096 });
  const flush = (): void => {
    try {
      stream.flushSync();
    } catch {
      // stderr closed: nothing more can be written
    }
  };
  process.on('exit', flush);
  const die = (what: string) => (err: unknown): void => {
    fatal(err, what);
    flush();
    process.exit(1);
  };
  process.once('uncaughtException', die('uncaught exception'));
  process.once('unhandledRejection', die('unhandled rejection'));
  return { stream, flush };
}
