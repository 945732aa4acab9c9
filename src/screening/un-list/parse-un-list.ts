/**
 * Parse the UN Security Council Consolidated List XML into our model. All or nothing: the whole file is
 * read into new objects and frozen before it is returned; any problem throws LIST_INVALID and nothing
 * of the file is kept.
 */
import { InterdictError } from '../../errors/index.ts';
import { isValidDate } from '../../law/dates.ts';
import { findBadText, nameTextProblem } from '../../io/text-guard.ts';
import { calendarDate, datesOfBirth, type Where } from './dates.ts';
import { documents } from './documents.ts';
import { findImoNumbers } from './imo.ts';
import type { ListRecord, ListVersion, RecordKind, UnList } from './model.ts';
import { listedNames } from './names.ts';
import { places } from './places.ts';
import { deepFreeze, recallList, rememberList, sha256Hex } from './recent-lists.ts';
import { children, parseXml, rootAttribute, tagsOf, text, values, type XNode } from './xml-tree.ts';

function invalid(file: string, message: string, extra: { record?: string; field?: string } = {}): InterdictError {
  return new InterdictError('LIST_INVALID', message, { file, ...extra });
}

const GENERATED = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;

/** An ISO 8601 date, or date and time, whose day exists. */
function isGeneratedDate(s: string): boolean {
  const m = GENERATED.exec(s);
  return m !== null && isValidDate(m[1]!);
}

export function listVersion(dateGenerated: string, sha256: string): ListVersion {
  return { dateGenerated, sha256, id: `${dateGenerated}#${sha256.slice(0, 12)}` };
}

function parseRecord(node: XNode, kind: RecordKind, file: string, index: number): ListRecord {
  const dataId = text(node, 'DATAID');
  const ref = text(node, 'REFERENCE_NUMBER'); // text() trims: "KPe.051 " → "KPe.051"
  const label = ref ?? (dataId !== undefined ? `DATAID ${dataId}` : `#${index + 1}`);
  const where: Where = { file, record: label };
  const tag = kind === 'person' ? 'INDIVIDUAL' : 'ENTITY';
  if (dataId === undefined) throw invalid(file, `${tag} ${label} has no DATAID`, { record: label, field: 'DATAID' });
  if (ref === undefined) {
    throw invalid(file, `${tag} with DATAID ${dataId} has no REFERENCE_NUMBER`, { record: label, field: 'REFERENCE_NUMBER' });
  }
  const names = listedNames(node, kind === 'person');
  if (names[0]?.kind !== 'primary' || names[0].script !== undefined) {
    throw invalid(file, `${tag} ${ref} has no name (FIRST_NAME is empty)`, { record: ref, field: 'FIRST_NAME' });
  }
  const regime = text(node, 'UN_LIST_TYPE');
  if (regime === undefined) throw invalid(file, `${tag} ${ref} has no UN_LIST_TYPE`, { record: ref, field: 'UN_LIST_TYPE' });
  const isPerson = kind === 'person';
  const dob = isPerson ? datesOfBirth(node, where) : { dates: [], notes: [] };
  const comments = text(node, 'COMMENTS1');
  const listed = text(node, 'LISTED_ON');
  const record: ListRecord = {
    dataId,
    kind,
    ref,
    regime,
    names,
    datesOfBirth: dob.dates,
    placesOfBirth: isPerson ? places(node, 'INDIVIDUAL_PLACE_OF_BIRTH') : [],
    nationalities: values(node, 'NATIONALITY'),
    designations: values(node, 'DESIGNATION'),
    documents: isPerson ? documents(node) : [],
    addresses: places(node, isPerson ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS'),
    imoNumbers: findImoNumbers(comments, isPerson ? 'ship' : 'company'),
    updatedOn: values(node, 'LAST_DAY_UPDATED').map((d) => calendarDate(where, 'LAST_DAY_UPDATED', d)),
  };
  const versionNum = text(node, 'VERSIONNUM');
  if (versionNum !== undefined) record.versionNum = versionNum;
  if (listed !== undefined) record.listedOn = calendarDate(where, 'LISTED_ON', listed);
  if (comments !== undefined) record.comments = comments;
  const gender = text(node, 'GENDER');
  if (gender !== undefined) record.gender = gender;
  const titles = values(node, 'TITLE');
  if (titles.length > 0) record.titles = titles;
  if (dob.notes.length > 0) record.dobNotes = dob.notes;
  return record;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Faults in the UN's data that a reader should know of but that do not make the list unusable. */
function dataWarnings(records: readonly ListRecord[]): string[] {
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  for (const r of records) {
    const other = seen.get(r.ref);
    if (other !== undefined) warnings.push(`${r.ref}: the reference is used by two records (DATAID ${other} and ${r.dataId})`);
    seen.set(r.ref, r.dataId);
    // The 2026-01-28 release itself carries U+FFFD in TAi.068's original-script name.
    for (const n of r.names) {
      if (n.full.includes('\uFFFD')) {
        warnings.push(`${r.ref}: the name "${n.full}" contains replacement characters (U+FFFD) in the source file`);
      }
    }
  }
  return warnings;
}

/**
 * The list's text is held to the rule every other input is (io/text-guard.ts): XML may carry what is not
 * text (a non-character, raw or as a character reference), and a name a bidirectional override or a
 * control character, which would then reach every screening answer and alert that quotes it. Refused,
 * naming the record and the field.
 */
function refuseNonText(records: readonly ListRecord[], source: string): void {
  for (const r of records) {
    const bad = findBadText(r);
    if (bad !== undefined) throw invalid(source, `record ${r.ref}: ${bad.message}`, { record: r.ref, field: bad.field });
    for (const [i, n] of r.names.entries()) {
      const why = nameTextProblem(n.full);
      if (why !== undefined) throw invalid(source, `record ${r.ref}: the name "${JSON.stringify(n.full).slice(1, 81)}" ${why}`, { record: r.ref, field: `names[${i}]` });
    }
  }
}

/**
 * Parse a UN consolidated list. `source` names the file in messages and in the result (a path, or
 * 'bundled'). Throws LIST_INVALID (with file, record and field) on anything unreadable.
 */
export function parseUnList(xml: string | Buffer, source: string): UnList {
  const bytes = typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml;
  const sha256 = sha256Hex(bytes);
  return recallList(sha256, source) ?? rememberList(parseFresh(xml, bytes, sha256, source));
}

function parseFresh(xml: string | Buffer, bytes: Buffer, sha256: string, source: string): UnList {
  let textXml: string;
  try {
    // Strict: a file in another encoding must not be silently turned into replacement characters.
    textXml = typeof xml === 'string' ? xml : utf8.decode(xml);
  } catch {
    throw invalid(source, 'the file is not UTF-8 text (the UN publishes the list in UTF-8)');
  }
  if (textXml.charCodeAt(0) === 0xfeff) textXml = textXml.slice(1);
  if (textXml.trim() === '') throw invalid(source, 'the file is empty');
  const parsed = parseXml(textXml);
  if ('problem' in parsed) {
    const at = parsed.problem.line !== undefined ? ` (line ${parsed.problem.line})` : '';
    throw invalid(source, `${parsed.problem.message}${at}`);
  }
  const roots = tagsOf(parsed.doc).filter((k) => k !== '?xml');
  const root = children(parsed.doc, 'CONSOLIDATED_LIST')[0];
  if (root === undefined || roots.length !== 1) {
    throw invalid(source, `the root element is <${roots[0] ?? 'none'}>, not <CONSOLIDATED_LIST>`);
  }
  const dateGenerated = rootAttribute(parsed.doc, 'CONSOLIDATED_LIST', 'dateGenerated')?.trim();
  if (dateGenerated === undefined || dateGenerated === '') {
    throw invalid(source, 'CONSOLIDATED_LIST has no dateGenerated attribute', { field: 'dateGenerated' });
  }
  // It becomes the list version every screening result records: a real date and time, as the UN writes it.
  if (!isGeneratedDate(dateGenerated)) {
    throw invalid(source, `CONSOLIDATED_LIST dateGenerated "${dateGenerated.slice(0, 60)}" is not a date and time (e.g. 2026-01-28T00:00:11.197Z)`, { field: 'dateGenerated' });
  }
  const records: ListRecord[] = [];
  const individuals = children(root, 'INDIVIDUALS').flatMap((g) => children(g, 'INDIVIDUAL'));
  const entities = children(root, 'ENTITIES').flatMap((g) => children(g, 'ENTITY'));
  individuals.forEach((n, i) => records.push(parseRecord(n, 'person', source, i)));
  entities.forEach((n, i) => records.push(parseRecord(n, 'entity', source, i)));
  if (records.length === 0) {
    // An empty list is legal XML but never a real UN release: refuse it rather than screen against nothing.
    throw invalid(source, 'the list holds no INDIVIDUAL or ENTITY records');
  }
  refuseNonText(records, source);
  const list: UnList = { version: listVersion(dateGenerated, sha256), source, records, byteLength: bytes.length };
  const warnings = dataWarnings(records);
  if (warnings.length > 0) list.warnings = warnings;
  // INVARIANT: a list is complete and immutable once returned.
  return deepFreeze(list);
}
