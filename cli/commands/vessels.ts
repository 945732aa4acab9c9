// `interdict vessels import FILE.csv [--db]`: load the 1718 Designated Vessels List (all rows or none).
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InterdictError } from '../../src/errors/index.ts';
import { parseDbTarget, type DbTarget } from '../../src/store/db-target.ts';
import { openDatabase } from '../../src/store/open-database.ts';
import { parseVesselList } from '../../src/ships/vessel-list-csv.ts';
import { importVesselList } from '../../src/ships/vessel-store.ts';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { resolveFormat, runAction } from '../support/run-action.ts';

/**
 * The database is shared: `check --db` reads the cap ledger from the same file or server and expects its
 * tables, so a database first written by this import gets them too (an empty ledger).
 */
async function ensureLedgerTables(target: DbTarget): Promise<void> {
  const [ledger, law] = await Promise.all([import('../../src/ledger/index.ts'), import('../../src/law/index.ts')]);
  const store = await ledger.openLedgerStore({ caps: ledger.capSourceFromLaw(law.loadLaw()), target, access: 'write' });
  await store.close();
}

export function registerVessels(program: Command): void {
  const vessels = program.command('vessels').description('The 1718 Designated Vessels List that check and ais scan screen against');
  vessels
    .command('import')
    .description('Import the 1718 Committee Designated Vessels List (CSV: name,imo,mmsi,flag,callsign,type,designated,owner,legalBases)')
    .argument('<file>', 'the list as CSV')
    .option('--db <file>', 'database: a SQLite file (default: in your data directory) or a postgres:// URL')
    .option('--format <format>', 'json or human (human on a terminal)')
    .action(
      runAction(async (file: string, o: { db?: string; format?: string }): Promise<ExitCode> => {
        const format = resolveFormat(o.format);
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch (e) {
          throw new InterdictError('CLI_IO', `cannot read "${file}": ${(e as Error).message}`, { file });
        }
        // INVARIANT: every row is validated before the database is opened.
        let list;
        try {
          list = parseVesselList(text);
        } catch (e) {
          throw e instanceof InterdictError ? e.at({ file }) : e;
        }
        const target = parseDbTarget(o.db);
        await ensureLedgerTables(target);
        const driver = await openDatabase(target, { access: 'write' });
        try {
          const r = await importVesselList(driver, list, file);
          process.stdout.write(format === 'json' ? `${JSON.stringify(r)}\n` : `Imported ${r.vessels} designated vessels (${r.version}).\n`);
        } finally {
          await driver.close();
        }
        return EXIT.ok;
      }),
    );
}
