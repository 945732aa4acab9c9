// `interdict check FILE|-`: decide transactions against the law in force on their dates (CONTRACT §1).
// Parse the flags, call the app layer, print. The app layer streams the input and holds the output
// until the whole input proved valid.
import type { Command } from 'commander';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { Output } from '../support/output.ts';
import { CliFlagError, resolveFormat, runAction, warn } from '../support/run-action.ts';
import { forTerminal, inline } from '../support/sanitize.ts';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('Check transactions (JSON object, JSON array or NDJSON; "-" for stdin) against the law in force on their dates')
    .argument('<file>', 'input file, or - for stdin')
    .option('--format <format>', 'json or human (human on a terminal)')
    .option('--db <file>', 'cap ledger and vessels list to consult: a SQLite file or a postgres:// URL (default: INTERDICT_DATABASE_URL, else the default database when it exists; see "interdict ledger where")')
    .option('--list <file>', 'UN consolidated list XML to screen parties against (default: the list in use in the --db database when it holds one, else the bundled snapshot)')
    .option('--allow-removals', 'with --list: records of the bundled list that a later list lacks count as delisted on its day (without it they count as listed)')
    .action(
      runAction(async (file: string, opts: { format?: string; db?: string; list?: string; allowRemovals?: boolean }): Promise<ExitCode> => {
        const format = resolveFormat(opts.format);
        const { Engine, checkStream, describeDecision, openSource, parseDbTarget } = await import('../../src/app/check-entry.ts');
        if (opts.allowRemovals === true && opts.list === undefined) throw new CliFlagError('--allow-removals goes with --list FILE (the list whose removals you vouch for)');
        const engine = new Engine({ ...(opts.list !== undefined && { listFile: opts.list }), ...(opts.allowRemovals === true && { allowRemovals: true }), warn });
        const ledger = parseDbTarget(opts.db);
        const out = new Output();
        const summary = await checkStream(engine, openSource(file), out, {
          sourceName: file,
          ledger,
          format,
          describe: (d, i) => forTerminal(describeDecision(d.id !== undefined ? { ...d, id: inline(d.id) } : d, i)),
        });
        await out.finish();
        return summary.prohibited ? EXIT.prohibited : summary.flagged ? EXIT.review : EXIT.ok;
      }),
    );
}
