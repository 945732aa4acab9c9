// `interdict serve`: the HTTP API and the web page over the same engine and database (CONTRACT §4).
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { HEAVY_RATE } from '../../src/app/limits.ts';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { openLogStream } from '../support/log-stream.ts';
import { afterCommit, Output } from '../support/output.ts';
import { CliFlagError, runAction, warn } from '../support/run-action.ts';

interface ServeOpts {
  host: string;
  port: string;
  db?: string;
  logLevel: string;
  demo?: boolean;
  checkpoints?: string;
  checkpointEvery: string;
  requestTimeout: string;
  maxConnections: string;
  maxConnectionsPerAddress?: string;
  rateLimit: string;
  addressRateLimit: string;
  workPerMinute: string;
  requireRestrictedRole?: boolean;
}

function whole(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliFlagError(`--${flag} must be a whole number from ${min} to ${max}, not "${value}"`, flag);
  return n;
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
    .option('--checkpoints <file>', 'append a signed checkpoint of the audit chain to FILE periodically and on shutdown')
    .option('--checkpoint-every <seconds>', 'how often to sign the chain\'s head, when it moved', '300')
    .option('--request-timeout <seconds>', 'a request (headers and body) must arrive within this', '60')
    .option('--max-connections <n>', 'open connections at most', '1024')
    .option('--max-connections-per-address <n>', 'open connections from one client address at most (default: a sixteenth of --max-connections; at most an eighth)')
    .option('--rate-limit <n>', `requests per minute per API key or session (0: no limit; heavy routes get 1/${HEAVY_RATE.share} of it, at most ${HEAVY_RATE.max})`, '1200')
    .option('--address-rate-limit <n>', 'requests per minute from one client address, counted before any credential (0: no limit)', '6000')
    .option('--work-per-minute <seconds>', 'seconds of batch work (screening, checking, imports) one API key or session may take in any minute (0: no limit)', '60')
    .option('--require-restricted-role', 'PostgreSQL: refuse to start when connected as the owner of audit_log or a superuser')
    .action(runAction((opts: ServeOpts) => serve(opts)));
}

async function serve(opts: ServeOpts): Promise<ExitCode> {
  // Loaded when the command runs: the server and its framework cost nothing to other commands' start-up.
  const [{ default: pino }, { buildServer, maxShare }, entry] = await Promise.all([import('pino'), import('../../http/server.ts'), import('../../src/app/serve-entry.ts')]);
  const { ensureFirstAdmin, loadDemoData, cliActor, openService, describeDbTarget, parseDbTarget, InterdictError, loadSessionSecrets, checkDbRole, roleProblem } = entry;
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliFlagError(`--port must be a port number, not "${opts.port}"`);
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(opts.logLevel)) throw new CliFlagError(`--log-level "${opts.logLevel}" is not a level`);
  const rateLimit = whole('rate-limit', opts.rateLimit, 0, 10_000_000);
  const maxConnections = whole('max-connections', opts.maxConnections, 1, 1_000_000);
  // A handful of addresses must not take every slot: one address holds at most an eighth (http/limits.ts).
  const limits = {
    requestTimeoutMs: whole('request-timeout', opts.requestTimeout, 1, 3600) * 1000,
    maxConnections,
    ...(opts.maxConnectionsPerAddress !== undefined && { maxConnectionsPerAddress: whole('max-connections-per-address', opts.maxConnectionsPerAddress, 1, maxShare(maxConnections)) }),
    perAddressPerMinute: whole('address-rate-limit', opts.addressRateLimit, 0, 10_000_000),
    perMinute: rateLimit,
    heavyPerMinute: Math.max(1, Math.min(HEAVY_RATE.max, Math.floor(rateLimit / HEAVY_RATE.share))),
    workPerMinuteMs: whole('work-per-minute', opts.workPerMinute, 0, 3600) * 1000,
  };
  const checkpointEvery = whole('checkpoint-every', opts.checkpointEvery, 1, 86_400) * 1000;
  // The secrets come first: a server that cannot sign sessions or checkpoints must not start half-way.
  const sessionSecrets = loadSessionSecrets();
  // The disk caches (parsed list, law) are keyed with the audit MAC key rather than the session secret
  // (security review N4): the MAC key has the same job (telling what Interdict wrote from what someone
  // who can write the storage put there), every process of the deployment and its operator share it,
  // and it is never rotated, while a session secret rotation would change the key under a running
  // server. The cache key is derived from it under a label of its own (io/cache-mac.ts).
  entry.useCacheSecret(entry.auditMacKey(true)!);
  // A checkpoint file that can never be written (a folder, a folder that is not there) is a bad flag, said before
  // anything starts: the server used to start, log the failure with a stack and sign nothing (hostile new user).
  if (opts.checkpoints !== undefined) {
    const at = statSync(opts.checkpoints, { throwIfNoEntry: false });
    if (at?.isDirectory() === true) throw new CliFlagError(`--checkpoints ${opts.checkpoints} is a folder: give a file in it (it is created on the first checkpoint)`, 'checkpoints');
    if (at === undefined && statSync(path.dirname(path.resolve(opts.checkpoints)), { throwIfNoEntry: false })?.isDirectory() !== true) throw new CliFlagError(`--checkpoints ${opts.checkpoints}: the folder ${path.dirname(path.resolve(opts.checkpoints))} does not exist`, 'checkpoints');
  }
  const signingKey = opts.checkpoints !== undefined ? entry.loadSigningKey(true) : undefined;
  const target = parseDbTarget(opts.db);
  // The address is tried before the database is opened: a start that cannot listen makes no database (hostile new
  // user: a busy port left a new database file behind). It is tried again by the server itself below.
  const busy = port === 0 ? undefined : await entry.tryListen(opts.host, port);
  if (busy !== undefined) throw cannotListen(busy, opts.host, port);
  const svc = await openService({ target, preloadList: true });
  const role = await checkDbRole(svc.driver).catch(() => undefined);
  const problem = role === undefined ? undefined : roleProblem(role);
  if (role !== undefined && problem !== undefined) {
    const why = `connected to PostgreSQL as "${role.role}", ${problem}: whoever holds these credentials can do more than the service needs (switch off the triggers that keep the audit log append-only, or make code that runs when Interdict reads). Run the service as a role made with "interdict db grant ROLE" (docs/service.md, Security)`;
    if (opts.requireRestrictedRole) {
      await svc.close();
      throw new InterdictError('STORE_OPEN', why, { field: 'db' });
    }
    warn({ code: 'SERVICE_DB_ROLE', message: why });
  }
  // Without signed checkpoints the log is checked against itself alone: whoever can write the database can
  // rewrite it whole, re-hashed, and verify says intact (security review, MEDIUM: a start gave no word of it).
  if (opts.checkpoints === undefined) {
    warn({ code: 'SERVICE_NO_CHECKPOINTS', message: 'the audit log\'s head is not signed (no --checkpoints FILE): a rewrite of the whole log by whoever can write the database is not detected; give --checkpoints FILE (docs/service.md, Security)' });
  }
  const demo = opts.demo ? await loadDemoData(svc, 'demo') : undefined;
  // Request logs (pino, one JSON line each) go to stderr; stdout carries only what a person must read.
  // Buffered: one system call per few kilobytes of log, written out on every way the process ends.
  let logFatal: (err: unknown, what: string) => void = (err) => process.stderr.write(`${String(err)}\n`);
  const { stream: logStream, flush } = openLogStream(pino, (err, what) => logFatal(err, what));
  const { app } = await buildServer(svc, { logger: { level: opts.logLevel, stream: logStream }, sessionSecrets, limits });
  logFatal = (err, what) => app.log.fatal({ err }, `${what}: the server stops`);
  let address: string;
  try {
    address = await app.listen({ host: opts.host, port });
  } catch (e) {
    await app.close().catch(() => undefined);
    await svc.close();
    // No account was created: the next start that listens makes the first admin and prints its key.
    throw cannotListen(e, opts.host, port);
  }
  // The first admin is made only once the server listens, so a start that fails never swallows its key.
  // Had it been made and its key lost, the operator at this machine adds another admin with
  // "interdict users add NAME --role admin" (the CLI holds the database, so it needs no key).
  const adminKey = await ensureFirstAdmin(svc.driver, cliActor());
  let checkpointer: InstanceType<typeof entry.Checkpointer> | undefined;
  if (opts.checkpoints !== undefined && signingKey !== undefined) {
    // The service's own verify (GET /v1/audit/verify, the audit page) checks the same file.
    svc.checkpoints = { file: opts.checkpoints, keys: [signingKey.publicKey] };
    // A log that fails verification halts the service (every request but the probes: 503) until it verifies.
    checkpointer = entry.watchCheckpoints(svc, signingKey, opts.checkpoints, { info: (f, m) => app.log.info(f, m), error: (f, m) => app.log.error(f, m) });
    await checkpointer.tick(true); // the first at once (after the first admin, so it signs that too)
    checkpointer.start(checkpointEvery);
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
  const output = new Output();
  await output.text(`${out.join('\n')}\n`);
  // The first admin's key is shown this once: when it cannot be written, the server stops and says the
  // account was stored (exit 4), rather than serve with a key nobody saw. Without a key to show, a
  // start line that cannot be written does not stop the service (its logs go to stderr).
  if (adminKey !== undefined) {
    const code = await afterCommit(output, 'the first admin account', true, `its key cannot be shown again: at this machine, run "interdict users key admin${opts.db ? ` --db ${opts.db}` : ''}" for a new one`);
    if (code !== undefined) {
      await app.close().then(() => checkpointer?.stop()).then(() => svc.close()).finally(flush);
      return code;
    }
  }
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
      void app.close().then(() => checkpointer?.stop()).then(() => svc.close()).finally(() => {
        clearTimeout(deadline);
        flush();
        resolve();
      });
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  return EXIT.ok;
}

/** Why a server cannot listen at host:port, as the flag to change. */
function cannotListen(e: unknown, host: string, port: number): CliFlagError {
  const code = (e as { code?: string }).code;
  const why = code === 'EADDRINUSE' ? 'the port is in use' : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' ? 'no such address on this machine' : (e as Error).message;
  return new CliFlagError(`cannot listen on ${host}:${port}: ${why} (nothing else changed: start again${code === 'EADDRINUSE' ? ' with a free --port' : ''})`, code === 'EADDRINUSE' ? 'port' : 'host');
}
