// `interdict lists load FILE`: make a new UN list the one in use; subjects are re-screened against what changed.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { writeCommitted } from '../support/output.ts';
import { resolveFormat, runAction } from '../support/run-action.ts';
import { asOption, service, withService } from './users.ts';

export function registerLists(program: Command): void {
  const lists = program.command('lists').description('The UN list the service uses, and its history');
  asOption(lists
    .command('load')
    .argument('<file>', 'a UN consolidated list XML file')
    .description('Load a new list: diff against the one in use, re-screen every subject against added and changed records')
    .option('--db <file>', 'database: a SQLite file or a postgres:// URL')
    .option('--allow-removals', 'load a list that removes records of the list in use (or gives a reference twice): without it such a list is refused, naming what it removes')
    .option('--format <format>', 'json or human'))
    .action(runAction(async (file: string, o: { db?: string; format?: string; as?: string; allowRemovals?: boolean }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { cliActor, ioError, readListUpdate, updateList } = await service();
      const actor = cliActor(o.as);
      let xml: Buffer;
      try {
        xml = readFileSync(file);
      } catch (e) {
        throw ioError(file, e);
      }
      // The file is read before the database is opened: a file that is no list makes no database.
      const parsed = await readListUpdate(xml, file);
      const r = await withService(o.db, (svc) => updateList(svc, xml, { actor, operator: true }, { file, parsed, ...(o.allowRemovals === true && { allowRemovals: true }) }));
      const text = format === 'json' ? `${JSON.stringify(r)}\n`
        : r.restored !== undefined ? `the stored list ${r.restored.version} holds its XML again (it was stored without it by an earlier version of Interdict); the list in use is ${r.to}\n`
          : !r.changed ? `${r.to} is already the list in use; nothing changed\n`
            : `list ${r.from} -> ${r.to}: ${r.added} added, ${r.changedRecords} changed, ${r.removed} removed; ${r.rescreened} subjects re-screened, ${r.alertsOpened} alerts opened\n`;
      return (await writeCommitted(text, format, `list ${r.to}`, 'see it with GET /v1/list; loading the same file again changes nothing')) ?? EXIT.ok;
    }));
}
