/**
 * An MMSI's first three digits (the Maritime Identification Digits) name the flag State that assigned
 * it (445 = DPRK). Read once from data/ais/mid-flags.csv (ITU table via libais, with ISO codes).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';

export type FlagSource = 'data' | 'mid' | 'unknown';

let table: Map<number, string> | undefined;

function load(): Map<number, string> {
  const m = new Map<number, string>();
  const text = readFileSync(path.join(PROJECT_ROOT, 'data', 'ais', 'mid-flags.csv'), 'utf8');
  for (const line of text.split('\n').slice(1)) {
    const c = /^(\d{3}),.*,([A-Z]{2})$/.exec(line.trim());
    if (c) m.set(Number(c[1]), c[2]!);
  }
  return m;
}

/** The ISO alpha-2 flag of a ship station's MMSI (nine digits starting 2-7), else undefined. */
export function flagOfMmsi(mmsi: number): string | undefined {
  table ??= load();
  if (!Number.isInteger(mmsi) || mmsi < 200000000 || mmsi > 799999999) return undefined;
  return table.get(Math.floor(mmsi / 1000000));
}
