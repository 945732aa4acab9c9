/** Identity documents: type classified across the UN's English, French and Spanish wording. */
import type { IdDocument } from './model.ts';
import { children, text, type XNode } from './xml-tree.ts';

const PASSPORT = /pass(e)?port|pasaporte/i;
const NATIONAL_ID =
  /national\s+id|identi(ty|fication)|identit[ée]|nacional\s+de\s+identidad|c[ée]dula|\bDNI\b|\bID\b|tazkira|personalausweis/i;

/** passport / national-id / other, from TYPE_OF_DOCUMENT and its free-text detail. */
export function documentKind(type: string, detail?: string): IdDocument['kind'] {
  const both = `${type} ${detail ?? ''}`;
  if (PASSPORT.test(type)) return 'passport';
  if (NATIONAL_ID.test(type)) return 'national-id';
  if (PASSPORT.test(both)) return 'passport';
  if (NATIONAL_ID.test(both)) return 'national-id';
  return 'other';
}

/** Upper case, letters and digits only: "PD 381420105" and "pd-381420105" compare equal. */
export function normalizeDocumentNumber(n: string): string {
  // NFKD splits accents off (and they are not letters), so "É" and "E" normalize alike.
  return n.normalize('NFKD').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function documents(node: XNode): IdDocument[] {
  const out: IdDocument[] = [];
  for (const d of children(node, 'INDIVIDUAL_DOCUMENT')) {
    const type = text(d, 'TYPE_OF_DOCUMENT') ?? '';
    const typeDetail = text(d, 'TYPE_OF_DOCUMENT2');
    const number = text(d, 'NUMBER') ?? '';
    const note = text(d, 'NOTE');
    // A document with neither a number nor a note carries nothing to screen or diff.
    if (number === '' && note === undefined && type === '' && typeDetail === undefined) continue;
    const doc: IdDocument = {
      type,
      kind: documentKind(type, typeDetail),
      number,
      normalized: normalizeDocumentNumber(number),
    };
    const country = text(d, 'ISSUING_COUNTRY') ?? text(d, 'COUNTRY_OF_ISSUE');
    if (country !== undefined) doc.country = country;
    const issued = text(d, 'DATE_OF_ISSUE');
    if (issued !== undefined) doc.issued = issued.slice(0, 10);
    if (note !== undefined) doc.note = note;
    if (typeDetail !== undefined) doc.typeDetail = typeDetail;
    const city = text(d, 'CITY_OF_ISSUE');
    if (city !== undefined) doc.city = city;
    out.push(doc);
  }
  return out;
}
