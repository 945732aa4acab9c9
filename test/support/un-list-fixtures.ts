// The real UN list snapshots the tests use, all inside the repository: the bundled 2026-01-28 release in
// data/un-list/, the two older ones compressed in test/fixtures/un-list/ (see PROVENANCE.md there),
// decompressed once per process into a temporary folder.
import { mkdirSync, mkdtempSync, rmSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let dir: string | undefined;

/** The path of the snapshot of `date` (2020-11-30, 2025-04-19 or 2026-01-28), as an XML file. */
export function unListSnapshot(date: string): string {
  const bundled = path.join(root, 'data', 'un-list', `consolidated-${date}.xml`);
  if (existsSync(bundled)) return bundled;
  const gz = path.join(root, 'test', 'fixtures', 'un-list', `consolidated-${date}.xml.gz`);
  if (!existsSync(gz)) throw new Error(`no UN list snapshot of ${date} in the repository`);
  if (dir === undefined) {
    dir = mkdtempSync(path.join(tmpdir(), 'interdict-un-list-'));
    const made = dir;
    process.on('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `consolidated-${date}.xml`);
  if (!existsSync(file)) writeFileSync(file, gunzipSync(readFileSync(gz)));
  return file;
}
