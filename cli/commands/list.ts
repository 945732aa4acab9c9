import type { Command } from 'commander';

// Placeholder until the command lands; see the issue that introduces it.
export function registerList(program: Command): void {
  program.command('list').description('(not yet available)').action(() => {
    process.stderr.write('interdict list: not yet available\n');
    process.exitCode = 1;
  });
}
