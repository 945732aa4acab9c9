// `interdict users add|list|revoke`: service accounts and their API keys (CONTRACT §4).
import type { Command } from 'commander';
import type { Service } from '../../src/app/service/index.ts';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { resolveFormat, runAction } from '../support/run-action.ts';

interface DbOpts {
  db?: string;
  format?: string;
}
const collect = (v: string, prev: string[]): string[] => [...prev, v];

/** The service's use cases, loaded when a command runs (not at start-up). */
export const service = () => import('../../src/app/service/index.ts');

export async function withService<T>(db: string | undefined, fn: (svc: Service) => Promise<T>): Promise<T> {
  const { openService, parseDbTarget } = await service();
  const svc = await openService({ target: parseDbTarget(db) });
  try {
    return await fn(svc);
  } finally {
    await svc.close();
  }
}

const dbOption = (c: Command): Command =>
  c.option('--db <file>', 'database: a SQLite file or a postgres:// URL (default: as "interdict ledger where")').option('--format <format>', 'json or human');

export function registerUsers(program: Command): void {
  const users = program.command('users').description('Service accounts: roles analyst, releaser, reporter (one State), auditor, admin');
  dbOption(users.command('add').argument('<name>', 'account name').description('Add an account and print its API key (shown once, stored only as a hash)'))
    .option('--role <role>', 'a role (repeatable): analyst, releaser, reporter, auditor, admin', collect, [])
    .option('--state <code>', 'for a reporter: the State it reports for (ISO 3166 alpha-2)')
    .action(runAction(async (name: string, o: DbOpts & { role: string[]; state?: string }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { addAccount, cliActor } = await service();
      const { account, key } = await withService(o.db, (svc) => addAccount(svc.driver, { name, roles: o.role, ...(o.state !== undefined && { state: o.state }) }, cliActor()));
      if (format === 'json') process.stdout.write(`${JSON.stringify({ ...account, key })}\n`);
      else process.stdout.write(`added ${account.name} (${account.roles.join(', ')}${account.state ? `, State ${account.state}` : ''})\nAPI key (shown this once; send it as "Authorization: Bearer KEY"):\n  ${key}\n`);
      return EXIT.ok;
    }));
  dbOption(users.command('list').description('Accounts, their roles and whether they are revoked (never their keys)'))
    .action(runAction(async (o: DbOpts): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { listAccounts } = await service();
      const all = await withService(o.db, (svc) => listAccounts(svc.driver));
      if (format === 'json') process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
      else {
        const lines = all.map((a) => `${a.name.padEnd(20)} ${a.roles.join(',').padEnd(24)} ${(a.state ?? '').padEnd(3)} ${a.revokedAt ? `revoked ${a.revokedAt}` : `since ${a.createdAt}`}`);
        process.stdout.write(`${lines.length ? lines.join('\n') : 'no accounts'}\n`);
      }
      return EXIT.ok;
    }));
  dbOption(users.command('revoke').argument('<name>', 'account name').description('Revoke an account: its key stops working at once'))
    .action(runAction(async (name: string, o: DbOpts): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { revokeAccount, cliActor } = await service();
      const a = await withService(o.db, (svc) => revokeAccount(svc.driver, name, cliActor()));
      process.stdout.write(format === 'json' ? `${JSON.stringify(a)}\n` : `revoked ${a.name}\n`);
      return EXIT.ok;
    }));
}
