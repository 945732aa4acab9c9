// `interdict users add|list|revoke`: service accounts and their API keys (CONTRACT §4).
import type { Command } from 'commander';
import type { Service } from '../../src/app/service/index.ts';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { writeCommitted, writeResult } from '../support/output.ts';
import { resolveFormat, runAction } from '../support/run-action.ts';

interface DbOpts {
  db?: string;
  format?: string;
}
const collect = (v: string, prev: string[]): string[] => [...prev, v];

/** The service's use cases, loaded when a command runs (not at start-up). */
export const service = () => import('../../src/app/service/index.ts');

/** `mustExist`: the command acts on accounts already stored, so a database that is not there is not made. */
export async function withService<T>(db: string | undefined, fn: (svc: Service) => Promise<T>, mustExist = false): Promise<T> {
  const { openService, parseDbTarget } = await service();
  const svc = await openService({ target: parseDbTarget(db), mustExist });
  try {
    return await fn(svc);
  } finally {
    await svc.close();
  }
}

const dbOption = (c: Command): Command =>
  c.option('--db <file>', 'database: a SQLite file or a postgres:// URL (default: as "interdict ledger where")').option('--format <format>', 'json or human');

/** `--as NAME`: who the person at the terminal says they are, logged beside the OS account (never instead of it). */
export const asOption = (c: Command): Command => c.option('--as <name>', 'the name to record beside your OS account in the audit log');

const showRoles = (a: { roles: string[]; pending?: { roles: string[] } }): string => `${a.roles.join(', ') || 'no roles yet'}${a.pending ? `; waiting for a second admin: ${a.pending.roles.join(', ')}` : ''}`;

export function registerUsers(program: Command): void {
  const users = program.command('users').description('Service accounts: roles analyst, releaser, reporter (one State), auditor, admin');
  asOption(dbOption(users.command('add').argument('<name>', 'account name').description('Add an account and print its API key (shown once, stored only as a hash); run here, at the server, the grant applies at once')))
    .option('--role <role>', 'a role (repeatable): analyst, releaser, reporter, auditor, admin', collect, [])
    .option('--state <code>', 'for a reporter: the State it reports for (ISO 3166 alpha-2)')
    .action(runAction(async (name: string, o: DbOpts & { role: string[]; state?: string; as?: string }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { addAccount, cliActor, validateAccount } = await service();
      const actor = cliActor(o.as);
      // Refused before the database is opened: a bad role leaves no new database behind.
      validateAccount({ name, roles: o.role, ...(o.state !== undefined && { state: o.state }) });
      const { account, key } = await withService(o.db, (svc) => addAccount(svc.driver, { name, roles: o.role, ...(o.state !== undefined && { state: o.state }) }, { actor, operator: true }));
      // The key is shown this once: when it cannot be written, say the account was stored (exit 4).
      const text = format === 'json' ? `${JSON.stringify({ ...account, key })}\n`
        : `added ${account.name} (${showRoles(account)}${account.state ? `, State ${account.state}` : ''})\nAPI key (shown this once; send it as "Authorization: Bearer KEY"):\n  ${key}\n`;
      return (await writeCommitted(text, format, `account ${account.name}`, `its key cannot be shown again: revoke it ("interdict users revoke ${account.name}") and add it anew`)) ?? EXIT.ok;
    }));
  dbOption(users.command('list').description('Accounts, their roles and whether they are revoked (never their keys)'))
    .action(runAction(async (o: DbOpts): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { listAccounts } = await service();
      const all = await withService(o.db, (svc) => listAccounts(svc.driver), true);
      if (format === 'json') await writeResult(`${JSON.stringify(all, null, 2)}\n`, format);
      else {
        const lines = all.map((a) => `${a.name.padEnd(20)} ${a.roles.join(',').padEnd(24)} ${(a.state ?? '').padEnd(3)} ${a.revokedAt ? `revoked ${a.revokedAt}` : `since ${a.createdAt}`}${a.pending ? ` (waiting: ${a.pending.roles.join(',')}, asked by ${a.pending.by})` : ''}`);
        await writeResult(`${lines.length ? lines.join('\n') : 'no accounts'}\n`, format);
      }
      return EXIT.ok;
    }));
  asOption(dbOption(users.command('key').argument('<name>', 'account name').description("Issue the account a new API key (shown once; the old one stops working): issued here, at the server, it is seen by no one else, so it gives the account back a key of its own after an admin issued or rotated it")))
    .action(runAction(async (name: string, o: DbOpts & { as?: string }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { rotateKey, cliActor } = await service();
      const actor = cliActor(o.as);
      const { account, key } = await withService(o.db, (svc) => rotateKey(svc.driver, name, { actor, operator: true }), true);
      const text = format === 'json' ? `${JSON.stringify({ ...account, key })}\n`
        : `new key for ${account.name} (the old one no longer works)\nAPI key (shown this once; send it as "Authorization: Bearer KEY"):\n  ${key}\n`;
      return (await writeCommitted(text, format, `the new key of ${account.name}`, `it cannot be shown again: run "interdict users key ${account.name}" once more`)) ?? EXIT.ok;
    }));
  asOption(dbOption(users.command('revoke').argument('<name>', 'account name').description('Revoke an account: its key stops working at once (never the last admin)')))
    .action(runAction(async (name: string, o: DbOpts & { as?: string }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { revokeAccount, cliActor } = await service();
      const actor = cliActor(o.as);
      const a = await withService(o.db, (svc) => revokeAccount(svc.driver, name, actor), true);
      return (await writeCommitted(format === 'json' ? `${JSON.stringify(a)}\n` : `revoked ${a.name}\n`, format, `the revocation of ${a.name}`, 'see it with "interdict users list"; do not run it again')) ?? EXIT.ok;
    }));
  asOption(dbOption(users.command('confirm').argument('<name>', 'account name')
    .description("Confirm an admin's pending grant of analyst, releaser or admin, as the operator at the server (the single-admin bootstrap)")))
    .action(runAction(async (name: string, o: DbOpts & { as?: string }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { confirmGrant, cliActor } = await service();
      const actor = cliActor(o.as);
      const a = await withService(o.db, (svc) => confirmGrant(svc.driver, name, { actor, operator: true }), true);
      return (await writeCommitted(format === 'json' ? `${JSON.stringify(a)}\n` : `confirmed: ${a.name} now holds ${a.roles.join(', ')}\n`, format, `the grant to ${a.name}`, 'see it with "interdict users list"; do not run it again')) ?? EXIT.ok;
    }));
}
