// `interdict vessels import FILE.csv [--db]`: load the 1718 Designated Vessels List (all rows or none).
import type { Command } from 'commander';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { afterCommit, Output } from '../support/output.ts';
import { resolveFormat, runAction } from '../support/run-action.ts';

export function registerVessels(program: Command): void {
  const vessels = program.command('vessels').description('The 1718 Designated Vessels List that check and ais scan screen against');
  vessels
    .command('import')
    .description('Import the 1718 Committee Designated Vessels List (CSV: name,imo,mmsi,flag,callsign,type,designated,owner,legalBases)')
    .argument('<file>', 'the list as CSV')
    .option('--db <file>', 'database: a SQLite file (default: in your data directory) or a postgres:// URL')
    .option('--format <format>', 'json or human (human on a terminal)')
    .option('--as <name>', 'the name to record beside your OS account in the audit log')
    .option('--allow-removals', 'import a list that drops or changes designated vessels of the list in use (refused without it)')
    .option('--allow-future', 'import a list that designates vessels after today (refused without it: until that day check permits them)')
    .action(
      runAction(async (file: string, o: { db?: string; format?: string; as?: string; allowRemovals?: boolean; allowFuture?: boolean }): Promise<ExitCode> => {
        const format = resolveFormat(o.format);
        const { importVessels } = await import('../../src/app/vessels-entry.ts');
        const r = await importVessels(file, o.db, o.as, o.allowRemovals === true, o.allowFuture === true);
        const out = new Output();
        await (format === 'json' ? out.write(`${JSON.stringify(r)}\n`) : out.text(r.changed ? `Imported ${r.vessels} designated vessels (${r.version}): ${r.added} added, ${r.changedVessels} changed, ${r.removed} dropped.` : `Nothing changed: ${r.version} (${r.vessels} vessels) is already the list in use.`));
        return (await afterCommit(out, `the vessels list from ${file} (${r.vessels} vessels)`, r.changed, 'it is the list in use now; importing the same file again changes nothing')) ?? EXIT.ok;
      }),
    );
}
