// `interdict subjects import FILE.csv`: monitored subjects, screened on import; every hit (a match or a
// possible match) opens an alert.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { writeCommitted } from '../support/output.ts';
import { resolveFormat, runAction } from '../support/run-action.ts';
import { asOption, service, withService } from './users.ts';

export function registerSubjects(program: Command): void {
  const subjects = program.command('subjects').description('Customers and counterparties monitored against the UN list');
  asOption(subjects
    .command('import')
    .argument('<file>', 'CSV with header id,name[,dob][,nationality][,type]')
    .description('Add or update subjects (all or nothing), screen each, open an alert for every hit; exit 2 when any matched, 3 when only possible matches were found')
    .option('--db <file>', 'database: a SQLite file or a postgres:// URL')
    .option('--format <format>', 'json or human'))
    .action(runAction(async (file: string, o: { db?: string; format?: string; as?: string }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { checkSubjectsCsv, importSubjectsCsv, cliActor, ioError } = await service();
      const actor = cliActor(o.as);
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (e) {
        throw ioError(file, e);
      }
      // A bad row (bytes that are not UTF-8 included) refuses the file, naming the row, before the database
      // is opened: nothing is stored, and no new database is left behind.
      await checkSubjectsCsv(bytes, file);
      const r = await withService(o.db, (svc) => importSubjectsCsv(svc, bytes, file, actor));
      const count = (s: string): number => r.subjects.filter((x) => x.status === s).length;
      const text = format === 'json' ? `${JSON.stringify(r)}\n`
        : `${r.subjects.length} subjects (${count('created')} new, ${count('updated')} changed, ${count('unchanged')} unchanged) against list ${r.listVersion}: ${r.matched} matched, ${r.possible} possible matches, ${r.alertsOpened} alerts opened\n`;
      const failed = await writeCommitted(text, format, `the ${r.subjects.length} subjects and their alerts`, 'see the alerts in the service; importing the same file again changes nothing');
      if (failed !== undefined) return failed;
      return r.matched > 0 ? EXIT.prohibited : r.possible > 0 ? EXIT.review : EXIT.ok;
    }));
}
