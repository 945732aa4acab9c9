// `interdict demo` (what `npm start` runs): the main job on the bundled examples, end to end, with the
// embedded defaults — a fresh SQLite ledger and the bundled UN list. It drives the real commands in this
// process, so what it shows is exactly what a user gets from them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { Output } from '../support/output.ts';
import { runAction } from '../support/run-action.ts';
import { registerCheck } from './check.ts';
import { registerLedger } from './ledger.ts';
import { registerScreen } from './screen.ts';

/** The demo's own lines (its headings), through the CLI's one output writer like the steps' results. */
const heading = (out: Output, text: string): Promise<void> => out.text(`\n== ${text}\n\n`);

class StepFailed extends Error {}

/** Run one real command in-process; a step that fails (exit 1) stops the demo. */
async function step(args: string[]): Promise<void> {
  const program = new Command('interdict').exitOverride();
  registerCheck(program);
  registerLedger(program);
  registerScreen(program);
  process.exitCode = 0;
  await program.parseAsync(args, { from: 'user' });
  if (process.exitCode === EXIT.failed) throw new StepFailed(`demo step failed: interdict ${args.join(' ')}`);
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Run the main job on the bundled examples: ledger import, check, screen')
    .option('--keep', 'keep the demo ledger database and print where it is')
    .action(
      runAction(async (opts: { keep?: boolean }): Promise<ExitCode> => {
        const { examplesDir } = await import('../../src/app/demo-entry.ts');
        const dir = mkdtempSync(path.join(tmpdir(), 'interdict-demo-'));
        const db = path.join(dir, 'ledger.db');
        const out = new Output();
        try {
          await heading(out, '1. Cap ledger: import State reports of refined petroleum deliveries (examples/deliveries.csv)');
          await step(['ledger', 'import', path.join(examplesDir(), 'deliveries.csv'), '--db', db, '--format', 'human']);
          await step(['ledger', 'status', '--commodity', 'refined-petroleum', '--period', '2018', '--db', db, '--format', 'human']);
          await heading(out, '2. Check transactions against the law in force on their dates (examples/transactions.ndjson)');
          await step(['check', path.join(examplesDir(), 'transactions.ndjson'), '--db', db, '--format', 'human']);
          await heading(out, '3. Screen a customer file against the bundled UN list (examples/customers.csv)');
          await step(['screen', '--input', path.join(examplesDir(), 'customers.csv'), '--format', 'human']);
          if (opts.keep) await out.text(`\nledger database kept at ${db}\n`);
          await out.finish();
          return EXIT.ok;
        } catch (e) {
          if (e instanceof StepFailed) {
            const { InterdictError } = await import('../../src/errors/index.ts');
            throw new InterdictError('CLI_STEP_FAILED', e.message);
          }
          throw e;
        } finally {
          if (!opts.keep) rmSync(dir, { recursive: true, force: true });
        }
      }),
    );
}
