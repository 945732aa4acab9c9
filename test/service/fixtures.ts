/** The UN list snapshots the service tests load, as bytes (see test/support/un-list-fixtures.ts). */
import { readFileSync } from 'node:fs';
import { unListSnapshot } from '../support/un-list-fixtures.ts';

export function olderListXml(): Buffer {
  return readFileSync(unListSnapshot('2025-04-19'));
}

export function bundledListXml(): Buffer {
  return readFileSync(unListSnapshot('2026-01-28'));
}
