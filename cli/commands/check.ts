import type { Command } from 'commander';

// Placeholder until the command lands; see the issue that introduces it.
export function registerCheck(program: Command): void {
  program.command('check').description('(not yet available)').action(() => {
    process.stderr.write('interdict check: not yet available\n');
    process.exitCode = 1;
  });
}
