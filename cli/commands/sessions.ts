// `interdict sessions rotate-secret`: a new server secret for web sessions; the old one is still accepted
// until every session it signed has expired (docs/service.md, "Security").
import type { Command } from 'commander';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { writeCommitted } from '../support/output.ts';
import { resolveFormat, runAction } from '../support/run-action.ts';

export function registerSessions(program: Command): void {
  const sessions = program.command('sessions').description("Web sessions: the deployment's server secret");
  sessions.command('rotate-secret')
    .description('Draw a new session secret in the config directory; sessions signed with the old one last until they expire (12 h). Running servers see it within a second')
    .option('--drop-previous', 'keep no old secret (one leaked): every session ends at once and everyone signs in again')
    .option('--format <format>', 'json or human')
    .action(runAction(async (o: { format?: string; dropPrevious?: boolean }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { rotateSessionSecret, InterdictError } = await import('../../src/app/service/index.ts');
      if (process.env.INTERDICT_SESSION_SECRET) {
        throw new InterdictError('CLI_BAD_FLAG', 'the secret comes from INTERDICT_SESSION_SECRET: rotate it there (the old value in INTERDICT_SESSION_SECRET_PREVIOUS for 12 hours; to drop a leaked one, leave INTERDICT_SESSION_SECRET_PREVIOUS out)', { field: 'INTERDICT_SESSION_SECRET' });
      }
      const r = rotateSessionSecret(Date.now(), { dropPrevious: o.dropPrevious === true });
      const text = format === 'json' ? `${JSON.stringify(r)}\n`
        : r.previousUntil === null ? `new session secret in ${r.file}; no previous one is kept: every session has ended, everyone signs in again\n`
          : `new session secret in ${r.file}; the previous one is accepted until ${r.previousUntil} (a leaked one: rotate-secret --drop-previous)\n`;
      return (await writeCommitted(text, format, `a new session secret in ${r.file}`, 'do not rotate again at once: the previous secret is kept for the sessions it signed')) ?? EXIT.ok;
    }));
}
