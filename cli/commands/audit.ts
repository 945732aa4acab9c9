// `interdict audit verify|checkpoint`: check the audit log (the chain, signed checkpoints, the tables
// against the log; exit 0 all hold, 2 naming the first failure) and sign its head (CONTRACT §4b).
import type { Command } from 'commander';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { writeCommitted, writeResult } from '../support/output.ts';
import { resolveFormat, runAction } from '../support/run-action.ts';

const collect = (v: string, prev: string[]): string[] => [...prev, v];
const app = () => import('../../src/app/service/index.ts');

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description("The service's tamper-evident audit log");
  audit
    .command('verify')
    .description('Recompute the hash chain, check signed checkpoints against it, compare the tables with the log; exit 0 when all hold, 2 when not (naming the first failure)')
    .option('--db <file>', 'database: a SQLite file or a postgres:// URL')
    .option('--checkpoints <file>', 'a checkpoint file ("audit checkpoint --out", "serve --checkpoints"): every checkpoint must hold')
    .option('--public-key <file>', 'a PEM key checkpoints may be signed with (repeatable; default: the signing key, INTERDICT_AUDIT_KEY or the config directory)', collect, [])
    .option('--format <format>', 'json or human')
    .action(runAction(async (o: { db?: string; checkpoints?: string; publicKey: string[]; format?: string }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { checkpointOptions, loadPublicKey, loadSigningKey, openDatabase, parseDbTarget, verifyAudit } = await app();
      // Everything that can be refused as bad input is read before the database is opened.
      const checkpoints = o.checkpoints === undefined ? {} : checkpointOptions(o.checkpoints, o.publicKey.length > 0 ? o.publicKey.map(loadPublicKey) : [loadSigningKey(false).publicKey], true);
      // Read only: verifying never creates or changes a database.
      const driver = await openDatabase(parseDbTarget(o.db), { access: 'read' });
      try {
        const r = await verifyAudit(driver, checkpoints);
        if (format === 'json') await writeResult(`${JSON.stringify(r)}\n`, format);
        else if (r.ok) await writeResult(`audit log intact: ${r.entries} entries${r.checkpoints !== undefined ? `, ${r.checkpoints} signed checkpoints hold` : ''}, the tables agree with the log\n`, format);
        else await writeResult(`audit log BROKEN${r.firstBad !== undefined ? ` at entry ${r.firstBad}` : ''}: ${r.problem} (${r.entries} entries in the chain)\n`, format);
        return r.ok ? EXIT.ok : EXIT.prohibited;
      } finally {
        await driver.close();
      }
    }));
  audit
    .command('checkpoint')
    .description('Verify the chain, then append its head signed with Ed25519 as one JSON line {seq, hash, at, keyId, signature} to FILE')
    .requiredOption('--out <file>', 'the checkpoint file to append to (keep it away from the database)')
    .option('--db <file>', 'database: a SQLite file or a postgres:// URL')
    .option('--format <format>', 'json or human')
    .action(runAction(async (o: { db?: string; out: string; format?: string }): Promise<ExitCode> => {
      const format = resolveFormat(o.format);
      const { appendCheckpoint, InterdictError, loadSigningKey, openDatabase, parseDbTarget, signHeadFor } = await app();
      const key = loadSigningKey(true);
      const driver = await openDatabase(parseDbTarget(o.db), { access: 'read' });
      try {
        // The file's earlier checkpoints say from which entry MACs are in use: the chain must still hold them.
        const c = await signHeadFor(driver, key, o.out).catch((e: unknown) => {
          // A chain that does not verify is a finding (exit 2), not a failure of the command.
          if (e instanceof InterdictError && 'verify' in e) return e;
          throw e;
        });
        if (c instanceof InterdictError) {
          await writeResult(format === 'json' ? `${JSON.stringify((c as unknown as { verify: unknown }).verify)}\n` : `${c.message}\n`, format);
          return EXIT.prohibited;
        }
        try {
          appendCheckpoint(o.out, c);
        } catch (e) {
          throw new InterdictError('CLI_IO', `cannot append to ${o.out}: ${(e as Error).message}`, { file: o.out });
        }
        // The checkpoint is appended: when its line cannot be written here, say so (exit 4), never exit 0.
        const text = format === 'json' ? `${JSON.stringify(c)}\n` : `signed entry ${c.seq} (${c.hash.slice(0, 16)}…) with key ${c.keyId}; appended to ${o.out}\n`;
        return (await writeCommitted(text, format, `the checkpoint of entry ${c.seq}`, `it is in ${o.out}; see it with "interdict audit verify --checkpoints ${o.out}"`)) ?? EXIT.ok;
      } finally {
        await driver.close();
      }
    }));
}
