import type { Command } from 'commander';

// Placeholder until the command lands; see the issue that introduces it.
export function registerLaw(program: Command): void {
  program.command('law').description('(not yet available)').action(() => {
    process.stderr.write('interdict law: not yet available\n');
    process.exitCode = 1;
  });
}
