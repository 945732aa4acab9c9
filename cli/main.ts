// The CLI's one entry: build the command tree and dispatch. Each command lives in commands/<name>.ts.
import { Command } from 'commander';
import { registerAis } from './commands/ais.ts';
import { registerCheck } from './commands/check.ts';
import { registerDemo } from './commands/demo.ts';
import { registerLaw } from './commands/law.ts';
import { registerLedger } from './commands/ledger.ts';
import { registerList } from './commands/list.ts';
import { registerScreen } from './commands/screen.ts';
import { registerVessels } from './commands/vessels.ts';
import { EXIT } from './support/exit-codes.ts';

const program = new Command('interdict')
  .description('Apply the UN sanctions regime against the DPRK: check, screen, keep the cap ledger.')
  .showHelpAfterError()
  .exitOverride();

registerCheck(program);
registerLaw(program);
registerList(program);
registerScreen(program);
registerLedger(program);
registerDemo(program);
registerAis(program);
registerVessels(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  // commander throws on a bad flag (after printing its message) and on --help / --version.
  const err = e as { code?: string; exitCode?: number };
  if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
    process.exitCode = 0;
  } else if (typeof err.code === 'string' && err.code.startsWith('commander.')) {
    process.exitCode = EXIT.failed;
  } else {
    throw e;
  }
}
