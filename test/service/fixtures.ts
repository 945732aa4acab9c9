/** The older UN list snapshot (test/fixtures/un-list, see its PROVENANCE.md), decompressed. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { bundledListPath } from '../../src/screening/un-list/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

export function olderListXml(): Buffer {
  return gunzipSync(readFileSync(path.join(here, '..', 'fixtures', 'un-list', 'consolidated-2025-04-19.xml.gz')));
}

export function bundledListXml(): Buffer {
  return readFileSync(bundledListPath());
}
