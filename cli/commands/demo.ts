import type { Command } from 'commander';

// Placeholder until the command lands; see the issue that introduces it.
export function registerDemo(program: Command): void {
  program.command('demo').description('(not yet available)').action(() => {
    process.stderr.write('interdict demo: not yet available\n');
    process.exitCode = 1;
  });
}
