// `interdict demo` (what `npm start` runs): the main job on the bundled examples, end to end, with the
// embedded defaults — a fresh SQLite ledger and the bundled UN list. It drives the real commands in this
// process, so what it shows is exactly what a user gets from them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { InterdictError } from '../../src/errors/index.ts';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { runAction } from '../support/run-action.ts';
import { registerCheck } from './check.ts';
import { registerLedger } from './ledger.ts';
import { registerScreen } from './screen.ts';

const EXAMPLES = path.join(PROJECT_ROOT, 'examples');

function heading(text: string): void {
  process.stdout.write(`\n== ${text}\n\n`);
}

/** Run one real command in-process; a step that fails (exit 1) stops the demo. */
async function step(args: string[]): Promise<void> {
  const program = new Command('interdict').exitOverride();
  registerCheck(program);
  registerLedger(program);
  registerScreen(program);
  process.exitCode = 0;
  await program.parseAsync(args, { from: 'user' });
  if (process.exitCode === EXIT.failed) throw new InterdictError('CLI_STEP_FAILED', `demo step failed: interdict ${args.join(' ')}`);
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Run the main job on the bundled examples: ledger import, check, screen')
    .option('--keep', 'keep the demo ledger database and print where it is')
    .action(
      runAction(async (opts: { keep?: boolean }): Promise<ExitCode> => {
        const dir = mkdtempSync(path.join(tmpdir(), 'interdict-demo-'));
        const db = path.join(dir, 'ledger.db');
        try {
          heading('1. Cap ledger: import State reports of refined petroleum deliveries (examples/deliveries.csv)');
          await step(['ledger', 'import', path.join(EXAMPLES, 'deliveries.csv'), '--db', db, '--format', 'human']);
          await step(['ledger', 'status', '--commodity', 'refined-petroleum', '--period', '2018', '--db', db, '--format', 'human']);
          heading('2. Check transactions against the law in force on their dates (examples/transactions.ndjson)');
          await step(['check', path.join(EXAMPLES, 'transactions.ndjson'), '--db', db, '--format', 'human']);
          heading('3. Screen a customer file against the bundled UN list (examples/customers.csv)');
          await step(['screen', '--input', path.join(EXAMPLES, 'customers.csv'), '--format', 'human']);
          if (opts.keep) process.stdout.write(`\nledger database kept at ${db}\n`);
          return EXIT.ok;
        } finally {
          if (!opts.keep) rmSync(dir, { recursive: true, force: true });
        }
      }),
    );
}
