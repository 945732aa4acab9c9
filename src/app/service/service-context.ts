/**
 * Everything a request needs, opened once per process: the law, the database (ledger and service tables
 * in one), the list in use. Nothing here is state of its own: every fact lives in the database, so
 * several processes on one PostgreSQL database are one service.
 */
import type { KeyObject } from 'node:crypto';
import { userInfo } from 'node:os';
import { InterdictError } from '../../errors/index.ts';
import { ACCOUNT_NAME, ACCOUNT_NAME_RULE } from '../../io/limits.ts';
import { loadLaw, type Law } from '../../law/index.ts';
import { capSourceFromLaw, openSqlLedgerStore, type CapSource, type LedgerStore } from '../../ledger/index.ts';
import { parseDbTarget, type DbTarget } from '../../store/db-target.ts';
import { openDatabase } from '../../store/open-database.ts';
import type { SqlDriver } from '../../store/sql-driver.ts';
import { ensureAuditBaseline } from '../audit/audit-baseline.ts';
import { readHeldLedger } from '../ledger/held-ledger.ts';
import { ensureListRow, ListCache } from '../lists/list-store.ts';
import { migrateService } from './migrate-service.ts';
import { hasArea } from '../../store/migrate.ts';

export interface Service {
  driver: SqlDriver;
  law: Law;
  caps: CapSource;
  /** The ledger's writes (each holds the rows it builds on: ledger-audit.ts). Reads go through readLedger. */
  ledger: LedgerStore;
  /** A read of the ledger (status, notices, reports, deliveries), in one snapshot, the ledger held to the
   *  audit log first (held-ledger.ts): a row changed in the database is refused (409), as check refuses. */
  readLedger<T>(read: (store: LedgerStore) => Promise<T>): Promise<T>;
  lists: ListCache;
  /** The signed checkpoints this deployment keeps (`serve --checkpoints`): the service's own verify checks them too. */
  checkpoints?: { file: string; keys: readonly KeyObject[] };
  /** Why the service acts on nothing: its audit log failed verification against the signed checkpoints
   *  (`watchCheckpoints`); every request but the health probe and the audit verification is refused (503). */
  auditHalted?: string;
  close(): Promise<void>;
}

export interface OpenServiceOptions {
  target?: DbTarget;
  /** An open driver (tests: PGlite); the service closes it. */
  driver?: SqlDriver;
  schema?: string;
  /** Parse and index the list in use now (a server, before it says it is ready) rather than on first use. */
  preloadList?: boolean;
  /** The database must be there already (OpenDatabaseOptions.mustExist). */
  mustExist?: boolean;
}


export async function openService(opts: OpenServiceOptions = {}): Promise<Service> {
  const law = loadLaw();
  const caps = capSourceFromLaw(law);
  const driver = opts.driver ?? (await openDatabase(opts.target ?? parseDbTarget(undefined), { access: 'write', ...(opts.schema ? { schema: opts.schema } : {}), ...(opts.mustExist === true && { mustExist: true }) }));
  // A command on accounts already stored, against a database that holds none (an empty PostgreSQL database, a
  // ledger file): refused before any table is made there.
  if (opts.mustExist === true && !(await hasArea(driver, 'service'))) {
    await driver.close();
    throw new InterdictError('STORE_NOT_FOUND', 'the database holds no service accounts: nothing has been recorded there by the service', { field: 'db' });
  }
  const ledger = await openSqlLedgerStore(driver, caps); // migrates the ledger's tables
  try {
    await migrateService(driver);
    await driver.transaction((tx) => ensureListRow(tx));
    // The rows as they are when row digests begin (once): from then on each must match its last entry.
    await ensureAuditBaseline(driver, cliActor());
  } catch (e) {
    await ledger.close().catch(() => undefined);
    throw e;
  }
  const lists = new ListCache();
  if (opts.preloadList) await lists.current(driver);
  // The owner of what the hold keeps between reads is the open database, as for check (check-sources.ts).
  const readLedger = <T>(read: (store: LedgerStore) => Promise<T>): Promise<T> => readHeldLedger(driver, caps, read, driver);
  return { driver, law, caps, ledger, readLedger, lists, close: () => ledger.close() };
}

/**
 * Who did something at this machine's CLI, as the audit log names them: the operating system's account
 * running the command (not $USER, which anyone can set), and the name the person gave with `--as NAME`,
 * recorded as a claim beside it ("cli:alice as bob").
 */
export function cliActor(as?: string): string {
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    // No entry in the user database (a container's bare uid): the uid itself.
    user = `uid ${process.getuid?.() ?? 'unknown'}`;
  }
  if (as === undefined) return `cli:${user}`;
  const name = as.trim();
  if (!ACCOUNT_NAME.test(name)) {
    throw new InterdictError('CLI_BAD_FLAG', `--as "${as.slice(0, 80)}" must be a name of ${ACCOUNT_NAME_RULE}`, { field: 'as' });
  }
  return `cli:${user} as ${name}`;
}
