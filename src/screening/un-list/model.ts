/**
 * Our model of the UN Security Council Consolidated List. The XML parser (parse-un-list.ts) fills it;
 * the matcher, `list info` and `list diff` read it. Everything here is frozen after parsing.
 */

export type RecordKind = 'person' | 'entity';

/** primary = the listed name; good/low = alias quality (individuals: Good/Low, entities: a.k.a.);
 *  former = an entity's f.k.a. */
export type NameKind = 'primary' | 'good' | 'low' | 'former';

export interface ListedName {
  /** As printed by the UN, whitespace collapsed (line breaks and runs of spaces folded to one space). */
  full: string;
  kind: NameKind;
  /** For individuals' primary names: the name parts FIRST_NAME … FOURTH_NAME, in order, empty ones dropped. */
  parts?: string[];
  /** Original script (NAME_ORIGINAL_SCRIPT) when this is that form. */
  script?: 'original';
  /** The UN's note on an alias (e.g. "formerly listed as"), when given. */
  note?: string;
}

/** A date of birth with its precision. `exact`: a full date; `year`: a year only (month-year collapses to its
 *  year with `month`); `range`: BETWEEN from–to years; `approximate`: the UN said APPROXIMATELY. */
export type DateOfBirth =
  | { precision: 'exact'; date: string } // YYYY-MM-DD
  | { precision: 'year'; year: number; month?: number }
  | { precision: 'range'; fromYear: number; toYear: number }
  | { precision: 'approximate'; year: number };

export interface IdDocument {
  type: string; // as given (may be French or Spanish), trimmed
  kind: 'passport' | 'national-id' | 'other';
  number: string; // as given
  normalized: string; // upper case, letters and digits only
  country?: string; // as given (ISSUING_COUNTRY or COUNTRY_OF_ISSUE)
  issued?: string;
  note?: string;
  /** TYPE_OF_DOCUMENT2: the UN's free-text detail of the type (e.g. "national passport"), when given. */
  typeDetail?: string;
  city?: string; // CITY_OF_ISSUE
}

export interface ImoNumber {
  number: string; // 7 digits
  kind: 'ship' | 'company';
  valid: boolean; // check digit verified
}

export interface ListRecord {
  dataId: string;
  versionNum?: string;
  kind: RecordKind;
  /** Trimmed reference number, e.g. KPi.063, KPe.051. */
  ref: string;
  regime: string; // UN_LIST_TYPE, e.g. DPRK
  names: ListedName[]; // names[0] is the primary name
  datesOfBirth: DateOfBirth[];
  placesOfBirth: string[];
  nationalities: string[];
  designations: string[];
  documents: IdDocument[];
  addresses: string[];
  imoNumbers: ImoNumber[];
  listedOn?: string; // YYYY-MM-DD
  updatedOn: string[]; // LAST_DAY_UPDATED values, YYYY-MM-DD
  comments?: string;
  gender?: string;
  /** TITLE/VALUE (individuals), e.g. "Maulavi", "Haji". */
  titles?: string[];
  /** Dates of birth the UN gives only as words we cannot turn into a date ("30-35 years old",
   *  a Hijri date), kept as printed so nothing is lost. */
  dobNotes?: string[];
}

export interface ListVersion {
  /** CONSOLIDATED_LIST@dateGenerated as given. */
  dateGenerated: string;
  /** sha256 of the file's bytes, hex. */
  sha256: string;
  /** `${dateGenerated}#${sha256.slice(0, 12)}`: what every screening result records. */
  id: string;
}

export interface UnList {
  version: ListVersion;
  source: string; // file path or 'bundled'
  records: readonly ListRecord[];
  /** Size of the file in bytes. */
  byteLength?: number;
  /** Faults in the UN's own data that did not stop loading (e.g. a name with U+FFFD replacement
   *  characters, a reference used twice), each naming the record. */
  warnings?: string[];
}
