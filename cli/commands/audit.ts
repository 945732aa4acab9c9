// `interdict audit verify`: check the audit log's hash chain; exit 0 intact, 2 broken (naming the first bad entry).
import type { Command } from 'commander';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { resolveFormat, runAction } from '../support/run-action.ts';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description("The service's tamper-evident audit log");
  audit
    .command('verify')
    .description('Recompute the hash chain; exit 0 when intact, 2 when not (naming the first entry that fails)')
    .option('--db <file>', 'database: a SQLite file or a postgres:// URL')
    .option('--format <format>', 'json or human')
    .action(runAction(async (o: { db?: string; format?: string }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { openDatabase, parseDbTarget, verifyAudit } = await import('../../src/app/service/index.ts');
      // Read only: verifying never creates or changes a database.
      const driver = await openDatabase(parseDbTarget(o.db), { access: 'read' });
      try {
        const r = await verifyAudit(driver);
        if (format === 'json') process.stdout.write(`${JSON.stringify(r)}\n`);
        else process.stdout.write(r.ok ? `audit log intact: ${r.entries} entries\n` : `audit log BROKEN at entry ${r.firstBad}: ${r.problem} (${r.entries} entries verified before it)\n`);
        return r.ok ? EXIT.ok : EXIT.prohibited;
      } finally {
        await driver.close();
      }
    }));
}
