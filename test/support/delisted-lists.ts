// UN lists that delist records, crafted from the bundled 2026-01-28 snapshot: the records removed, the
// dateGenerated set to a later day (a later release of the list that no longer holds them).
import { readFileSync } from 'node:fs';
import { unListSnapshot } from './un-list-fixtures.ts';

/** The bundled list without the records `refs`, generated on `day` (YYYY-MM-DD). */
export function listWithout(refs: readonly string[], day: string, from: string = readFileSync(unListSnapshot('2026-01-28'), 'utf8')): string {
  let xml = from;
  for (const ref of refs) {
    const at = xml.indexOf(`<REFERENCE_NUMBER>${ref}</REFERENCE_NUMBER>`);
    if (at < 0) throw new Error(`no record ${ref} in the list`);
    const tag = ref.charAt(2) === 'e' ? 'ENTITY' : 'INDIVIDUAL';
    const start = xml.lastIndexOf(`<${tag}>`, at);
    const end = xml.indexOf(`</${tag}>`, at) + `</${tag}>`.length;
    xml = xml.slice(0, start) + xml.slice(end);
  }
  return xml.replace(/dateGenerated="[^"]+"/, `dateGenerated="${day}T00:00:00.000Z"`);
}

/** A goods transaction on `date` with one party named `name` (nothing else in it engages a measure). */
export function partyTransaction(date: string, name: string, extra: Record<string, string> = {}): Record<string, unknown> {
  return { id: `tx-${date}`, type: 'goods', date, from: 'CN', to: 'DE', goods: [{ hs: '8703.23' }], parties: [{ name, ...extra }] };
}

/** The bundled list with the record `ref` given another name (its aliases dropped), generated on `day`. */
export function listRenaming(ref: string, name: string, day: string): string {
  const xml = readFileSync(unListSnapshot('2026-01-28'), 'utf8');
  const at = xml.indexOf(`<REFERENCE_NUMBER>${ref}</REFERENCE_NUMBER>`);
  if (at < 0) throw new Error(`no record ${ref} in the list`);
  const tag = ref.charAt(2) === 'e' ? 'ENTITY' : 'INDIVIDUAL';
  const start = xml.lastIndexOf(`<${tag}>`, at);
  const end = xml.indexOf(`</${tag}>`, at) + `</${tag}>`.length;
  const record = xml.slice(start, end).replace(/<FIRST_NAME>[^<]*<\/FIRST_NAME>/, `<FIRST_NAME>${name}</FIRST_NAME>`).replace(new RegExp(`<${tag}_ALIAS>[\\s\\S]*?</${tag}_ALIAS>`, 'g'), '');
  return (xml.slice(0, start) + record + xml.slice(end)).replace(/dateGenerated="[^"]+"/, `dateGenerated="${day}T00:00:00.000Z"`);
}
