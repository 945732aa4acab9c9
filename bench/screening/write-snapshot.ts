/**
 * Writes a score snapshot: every fixed query of snapshot-queries.ts with the refs and scores one algorithm
 * gives it on the bundled list. A reviewer reads the diff of this file when the matcher changes.
 *   node --import tsx bench/screening/write-snapshot.ts korean-v2
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { snapshotOf } from './snapshot.ts';

const algorithm = process.argv[2] ?? 'korean-v2';
const here = path.dirname(fileURLToPath(import.meta.url));
const file = path.join(here, '..', '..', 'test', 'fixtures', `screening-${algorithm}-snapshot.json`);
const rows = snapshotOf(algorithm);
writeFileSync(file, `${JSON.stringify({ algorithm, queries: rows.length, rows }, null, 1)}\n`);
console.log(`wrote ${rows.length} queries to ${path.relative(process.cwd(), file)}`);
