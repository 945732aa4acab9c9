import type { Command } from 'commander';

// Placeholder until the command lands; see the issue that introduces it.
export function registerScreen(program: Command): void {
  program.command('screen').description('(not yet available)').action(() => {
    process.stderr.write('interdict screen: not yet available\n');
    process.exitCode = 1;
  });
}
