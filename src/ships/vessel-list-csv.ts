/**
 * Parse the 1718 Designated Vessels List CSV (CONTRACT §5): every row validated before anything is
 * stored; the first bad row is refused with its line and field. IMO numbers must pass their check digit.
 */
import { InterdictError } from '../errors/index.ts';
import { isCountryCode } from '../geo/country-codes.ts';
import { LEGAL_BASES, type DesignatedVessel, type LegalBasis } from './designated-vessels.ts';
import { isValidShipImo, normalizeImo } from '../geo/imo.ts';
import { splitCsv } from './read-positions.ts';
import { sanitize } from './sanitize.ts';
import { nameTextProblem } from '../io/text-guard.ts';
import { MAX_DESIGNATED_VESSELS } from '../io/limits.ts';

export const VESSEL_LIST_COLUMNS = ['name', 'imo', 'mmsi', 'flag', 'callsign', 'type', 'designated', 'owner', 'legalBases'] as const;
const REQUIRED = ['name', 'imo', 'designated', 'legalBases'];

function bad(line: number, field: string, msg: string): never {
  throw new InterdictError('VESSELS_BAD_LIST', msg, { record: `line ${line}`, field });
}

export function parseVesselList(text: string): DesignatedVessel[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsv(lines[0] ?? '').map((h) => h.trim());
  const col = new Map<string, number>();
  header.forEach((h, i) => {
    if (col.has(h)) bad(1, h, 'appears twice in the header');
    if (!(VESSEL_LIST_COLUMNS as readonly string[]).includes(h)) bad(1, h, `is not a column of the list (${VESSEL_LIST_COLUMNS.join(', ')})`);
    col.set(h, i);
  });
  for (const r of REQUIRED) if (!col.has(r)) bad(1, r, 'the header must name this column');
  const out: DesignatedVessel[] = [];
  const imos = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    if (lines[i]!.trim() === '') continue;
    // The Committee's list holds some eighty vessels: a file of thousands is not it, and each import's
    // audit entry digests every row (one entry per list), so the count is bounded.
    if (out.length >= MAX_DESIGNATED_VESSELS) bad(line, 'row', `the list holds more than ${MAX_DESIGNATED_VESSELS} vessels: that is not the 1718 Designated Vessels List`);
    const cells = splitCsv(lines[i]!);
    if (cells.length !== header.length) bad(line, 'row', `has ${cells.length} cells, the header has ${header.length}`);
    // Every cell is a name, a number or a code: one line of visible text (io/text-guard.ts), checked as
    // written, before control characters are blanked for display. A control or a bidirectional override is refused.
    header.forEach((h, j) => {
      const why = nameTextProblem(cells[j]!);
      if (why !== undefined) bad(line, h, `${h} ${why}`);
    });
    const get = (k: string) => {
      const j = col.get(k);
      const v = j === undefined ? '' : sanitize(cells[j]!).trim();
      return v === '' ? undefined : v;
    };
    const name = get('name') ?? bad(line, 'name', 'is empty');
    const imoRaw = get('imo') ?? bad(line, 'imo', 'is empty');
    const imo = normalizeImo(imoRaw) ?? bad(line, 'imo', `is ${JSON.stringify(imoRaw)}, not an IMO number (7 digits)`);
    if (!isValidShipImo(imo)) bad(line, 'imo', `${imo} fails the IMO check digit (a mistyped or repainted number)`);
    if (imos.has(imo)) bad(line, 'imo', `${imo} is listed twice (also line ${imos.get(imo)})`);
    imos.set(imo, line);
    const v: DesignatedVessel = { name, imo, designated: '', legalBases: [] };
    const mmsi = get('mmsi');
    if (mmsi !== undefined) {
      if (!/^\d{9}$/.test(mmsi)) bad(line, 'mmsi', `is ${JSON.stringify(mmsi)}, not an MMSI (9 digits)`);
      v.mmsi = mmsi;
    }
    const flag = get('flag');
    if (flag !== undefined) {
      if (!isCountryCode(flag.toUpperCase())) bad(line, 'flag', `is ${JSON.stringify(flag)}, not an ISO 3166 alpha-2 code`);
      v.flag = flag.toUpperCase();
    }
    for (const k of ['callsign', 'type', 'owner'] as const) {
      const x = get(k);
      if (x !== undefined) v[k] = x;
    }
    const d = get('designated') ?? bad(line, 'designated', 'is empty');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`)) || new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) !== d) bad(line, 'designated', `is ${JSON.stringify(d)}, not a date (YYYY-MM-DD)`);
    v.designated = d;
    const bases = (get('legalBases') ?? bad(line, 'legalBases', 'is empty')).split(';').map((s) => s.trim()).filter(Boolean);
    for (const b of bases) if (!(LEGAL_BASES as readonly string[]).includes(b)) bad(line, 'legalBases', `"${b}" is not one of ${LEGAL_BASES.join(', ')}`);
    if (bases.length === 0) bad(line, 'legalBases', 'names no legal basis');
    v.legalBases = [...new Set(bases)] as LegalBasis[];
    out.push(v);
  }
  if (out.length === 0) bad(2, 'row', 'the list holds no vessel');
  return out;
}
