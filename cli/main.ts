// The CLI's one entry: build the command tree and dispatch. Each command lives in commands/<name>.ts and
// loads the app layer only when it runs, so `--help`, `--version` and `law list` start fast.
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { onCacheWarning } from '../src/app/cache-entry.ts';
import { PROJECT_ROOT } from '../src/project-root.ts';
import { registerAudit } from './commands/audit.ts';
import { registerAis } from './commands/ais.ts';
import { registerCheck } from './commands/check.ts';
import { registerDb } from './commands/db.ts';
import { registerDemo } from './commands/demo.ts';
import { registerLaw } from './commands/law.ts';
import { registerLedger } from './commands/ledger.ts';
import { registerList } from './commands/list.ts';
import { registerLists } from './commands/lists-load.ts';
import { registerScreen } from './commands/screen.ts';
import { registerServe } from './commands/serve.ts';
import { registerSessions } from './commands/sessions.ts';
import { registerSubjects } from './commands/subjects.ts';
import { registerUsers } from './commands/users.ts';
import { registerVessels } from './commands/vessels.ts';
import { EXIT } from './support/exit-codes.ts';
import { reportError, wantsJson, warn } from './support/run-action.ts';

// A reader that goes away (`| head -1`) is not an error, and a failed write is reported by the command
// that wrote (cli/support/output.ts): the stream's own 'error' event must never crash the process.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

// A cache entry that does not verify (edited by someone without this user's cache key) is ignored; say so once.
onCacheWarning((message) => warn({ code: 'CACHE_NOT_USED', message }));

function version(): string {
  const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

const program = new Command('interdict')
  .description('Apply the UN sanctions regime against the DPRK: check, screen, keep the cap ledger, scan AIS for ships.')
  .version(version(), '-V, --version', 'print the version')
  .showHelpAfterError()
  .exitOverride()
  // Usage errors (a missing argument, an unknown flag or command) are reported once, by reportError below:
  // JSON under --format json, as every other error.
  .configureOutput({ writeErr: (text) => (wantsJson() ? undefined : process.stderr.write(text)) });

registerCheck(program);
registerLaw(program);
registerList(program);
registerScreen(program);
registerLedger(program);
registerDemo(program);
registerServe(program);
registerUsers(program);
registerSubjects(program);
registerLists(program);
registerAudit(program);
registerDb(program);
registerSessions(program);
registerAis(program);
registerVessels(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  // commander throws on a bad flag (after printing its message) and on --help / --version.
  const err = e as { code?: string; exitCode?: number };
  if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || (err.code === 'commander.help' && err.exitCode === 0)) {
    process.exitCode = 0;
  } else if (err.code === 'commander.help') {
    // A group of commands called without one of them (`interdict ledger`): its help on a terminal, but no success,
    // which a script running `interdict ledger $SUB` with SUB empty took for one (hostile new user, M3).
    if (wantsJson()) reportError({ code: 'CLI_BAD_FLAG', message: 'a command is missing: name one of the commands this group holds', hint: 'Run the command with --help to see the commands it holds.' });
    process.exitCode = EXIT.failed;
  } else if (typeof err.code === 'string' && err.code.startsWith('commander.')) {
    if (wantsJson()) reportError({ code: 'CLI_BAD_FLAG', message: (e as Error).message.replace(/^error: /, ''), hint: 'Run the command with --help to see the flags it takes.' });
    process.exitCode = EXIT.failed;
  } else {
    reportError(e);
    process.exitCode = EXIT.failed;
  }
}
