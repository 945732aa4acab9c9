// `interdict serve`: the HTTP API and the web page over the same engine and database (CONTRACT §4).
import type { Command } from 'commander';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { CliFlagError, runAction } from '../support/run-action.ts';

interface ServeOpts {
  host: string;
  port: string;
  db?: string;
  logLevel: string;
  demo?: boolean;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the HTTP API and the web page on the shared database (SQLite file by default, or INTERDICT_DATABASE_URL)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0: any free port)', '8080')
    .option('--db <file>', 'database: a SQLite file or a postgres:// URL (default: as "interdict ledger where")')
    .option('--log-level <level>', 'request log level (fatal, error, warn, info, debug)', 'info')
    .option('--demo', 'load the bundled examples first: customers as monitored subjects (alerts), State reports in the ledger')
    .action(runAction((opts: ServeOpts) => serve(opts)));
}

async function serve(opts: ServeOpts): Promise<ExitCode> {
  // Loaded when the command runs: the server and its framework cost nothing to other commands' start-up.
  const [{ default: pino }, { buildServer }, { ensureFirstAdmin }, { loadDemoData }, { cliActor, openService }, { describeDbTarget, parseDbTarget, InterdictError }] = await Promise.all([
    import('pino'), import('../../http/server.ts'), import('../../src/app/accounts/accounts.ts'), import('../../src/app/service/demo-data.ts'),
    import('../../src/app/service/service-context.ts'), import('../../src/app/index.ts'),
  ]);
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliFlagError(`--port must be a port number, not "${opts.port}"`);
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(opts.logLevel)) throw new CliFlagError(`--log-level "${opts.logLevel}" is not a level`);
  const target = parseDbTarget(opts.db);
  const svc = await openService({ target, preloadList: true });
  const adminKey = await ensureFirstAdmin(svc.driver, cliActor());
  const demo = opts.demo ? await loadDemoData(svc, 'demo') : undefined;
  // Request logs (pino, one JSON line each) go to stderr; stdout carries only what a person must read.
  // Buffered (asynchronous) writes: one system call per few kilobytes of log, not per line; flushed on exit.
  const logStream = pino.destination({ dest: 2, sync: false, minLength: 4096 });
  const { app } = await buildServer(svc, { logger: { level: opts.logLevel, stream: logStream } });
  let address: string;
  try {
    address = await app.listen({ host: opts.host, port });
  } catch (e) {
    await app.close().catch(() => undefined);
    await svc.close();
    const code = (e as { code?: string }).code;
    const why = code === 'EADDRINUSE' ? 'the port is in use' : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' ? 'no such address on this machine' : (e as Error).message;
    throw new InterdictError('CLI_BAD_FLAG', `cannot listen on ${opts.host}:${port}: ${why}`, { field: code === 'EADDRINUSE' ? 'port' : 'host' });
  }
  const out: string[] = [`Interdict service listening on ${address} (database ${describeDbTarget(target)})`];
  if (demo !== undefined) {
    out.push(`Demo data: ${demo.subjects} example customers monitored (${demo.alertsOpened} new alerts), ${demo.deliveriesCreated} new State reports in the ledger`);
  }
  if (adminKey !== undefined) {
    out.push(
      'First start: created the account "admin". Its API key, shown this once:',
      `  ${adminKey}`,
      `Use it as "Authorization: Bearer KEY"; add others with: interdict users add NAME --role analyst|releaser|reporter|auditor|admin [--state CN]${opts.db ? ` --db ${opts.db}` : ''}`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
  // SIGTERM drains: stop accepting, let requests in flight finish, close the database, exit 0.
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      app.log.info('shutting down: draining requests');
      // Idle keep-alive connections go now; a client that never finishes its request gets 10 s, then is cut.
      app.server.closeIdleConnections();
      const deadline = setTimeout(() => app.server.closeAllConnections(), 10_000);
      deadline.unref();
      void app.close().then(() => svc.close()).finally(() => {
        clearTimeout(deadline);
        logStream.flushSync();
        resolve();
      });
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  return EXIT.ok;
}
