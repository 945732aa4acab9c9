// `interdict db migrate|grant`: PostgreSQL set-up by the owner of the tables, so the service can run as a
// role that cannot switch the audit log's triggers off (docs/service.md, "Security").
import type { Command } from 'commander';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { writeCommitted } from '../support/output.ts';
import { resolveFormat, runAction } from '../support/run-action.ts';

const dbHelp = 'database: a postgres:// URL connected as the owner of the tables (or INTERDICT_DATABASE_URL)';

type Driver = Awaited<ReturnType<typeof import('../../src/app/service/index.ts').openDatabase>>;

async function withDriver<T>(db: string | undefined, fn: (driver: Driver) => Promise<T>): Promise<T> {
  const { openDatabase, parseDbTarget } = await import('../../src/app/service/index.ts');
  const driver = await openDatabase(parseDbTarget(db), { access: 'write' });
  try {
    return await fn(driver);
  } finally {
    await driver.close();
  }
}

export function registerDb(program: Command): void {
  const db = program.command('db').description('Database set-up by its owner: migrations, and the restricted role the service runs as');
  db.command('migrate')
    .description("Create or upgrade every area's tables (run as the tables' owner)")
    .option('--db <url>', dbHelp)
    .option('--format <format>', 'json or human')
    .action(runAction(async (o: { db?: string; format?: string }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { migrateAll } = await import('../../src/app/service/index.ts');
      await withDriver(o.db, migrateAll);
      return (await writeCommitted(format === 'json' ? `${JSON.stringify({ migrated: true })}\n` : 'every area is up to date\n', format, 'the migrations', 'running it again changes nothing')) ?? EXIT.ok;
    }));
  db.command('grant')
    .argument('<role>', 'the PostgreSQL role the service will connect as (created when missing)')
    .description('Migrate, then give ROLE what the service needs: read and write its tables, only SELECT and INSERT on audit_log, never ownership')
    .option('--db <url>', dbHelp)
    .option('--format <format>', 'json or human')
    .action(runAction(async (role: string, o: { db?: string; format?: string }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { grantServiceRole } = await import('../../src/app/service/index.ts');
      const r = await withDriver(o.db, (driver) => grantServiceRole(driver, role));
      const text = format === 'json' ? `${JSON.stringify(r)}\n`
        : `${r.created ? 'created' : 'updated'} role ${r.role}: ${r.tables.length} tables (audit_log: SELECT, INSERT only). Connect the service as it, e.g. postgres://${r.role}:PASSWORD@host/db\n`;
      return (await writeCommitted(text, format, `role ${r.role} and its grants`, 'running it again changes nothing')) ?? EXIT.ok;
    }));
}
