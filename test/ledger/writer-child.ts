/**
 * A writer process for the reliability tests. It prints "ready", then takes jobs from stdin, one JSON
 * line each ({target, prefix, count, barrels}): it records `count` deliveries one by one, printing
 * "ok <ref>" after each commit (so the parent knows exactly which records were acknowledged) and
 * "done <prefix>" at the end. One process serves several jobs, so the tests pay its start-up once.
 * Usage: node --import tsx test/ledger/writer-child.ts
 */
import readline from 'node:readline';
import { loadLaw } from '../../src/law/index.ts';
import { capSourceFromLaw } from '../../src/ledger/cap-source.ts';
import type { LedgerStore } from '../../src/ledger/ledger-store.ts';
import { openSqlLedgerStore } from '../../src/ledger/sql-ledger-store.ts';
import { openPostgresDriver } from '../../src/store/postgres-driver.ts';
import { openSqliteDriver } from '../../src/store/sqlite-driver.ts';
import type { Target } from './backends.ts';

interface Job {
  target: Target;
  prefix: string;
  count: number;
  barrels: number;
}

const caps = capSourceFromLaw(loadLaw());

async function open(t: Target): Promise<LedgerStore> {
  const driver = t.kind === 'sqlite' ? openSqliteDriver(t.file) : await openPostgresDriver(t.url, { schema: t.schema, maxConnections: 1 });
  return openSqlLedgerStore(driver, caps);
}

process.stdout.write('ready\n');
for await (const line of readline.createInterface({ input: process.stdin })) {
  if (line.trim() === '') continue;
  const job = JSON.parse(line) as Job;
  const store = await open(job.target);
  for (let i = 0; i < job.count; i++) {
    const ref = `${job.prefix}-${i}`;
    await store.record({ commodity: 'refined-petroleum', state: 'CN', date: '2018-06-01', reported: '2018-06-02', barrels: job.barrels, ref });
    process.stdout.write(`ok ${ref}\n`);
  }
  await store.close();
  process.stdout.write(`done ${job.prefix}\n`);
}
