import type { Command } from 'commander';

// Placeholder until the command lands; see the issue that introduces it.
export function registerLedger(program: Command): void {
  program.command('ledger').description('(not yet available)').action(() => {
    process.stderr.write('interdict ledger: not yet available\n');
    process.exitCode = 1;
  });
}
