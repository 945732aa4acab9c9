/**
 * Validate one input record against CONTRACT §1 and return it as a Transaction. Hand-written rather
 * than schema-compiled: it runs once per record on million-line files, and each message must name the
 * record and the exact field. It validates in place and returns the same object (no copy: the record
 * came from JSON.parse); the only rewrites are a numeric `id` (a safe integer) or `imo` becoming a string and a service
 * written as people write it (`"service": "insuring"`) becoming `{kind: "insurance"}`. Unknown fields
 * are refused (a misspelt "contrct" must not silently drop the grandfathering date).
 */
import { findBadText, nameTextProblem } from '../io/text-guard.ts';
import { InterdictError, showValue } from '../errors/index.ts';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_TRANSACTION_GOODS, MAX_TRANSACTION_PARTIES, MAX_TRANSACTION_VESSELS } from '../io/limits.ts';
import { hsNoGoods, parseHs } from '../hs/index.ts';
import { isDateOfBirth, isValidDate } from '../law/dates.ts';
import { isCountryCode } from '../geo/country-codes.ts';
import { readServiceKind } from './service-kind.ts';
import { AIRCRAFT_USES, BANKING_ACTS, BANKING_HOLDERS, BANKING_KINDS, PRODUCTS, REPATRIATION_BARS, SERVICE_KINDS, TRANSACTION_TYPES, type Transaction } from './transaction.ts';

type Rec = Record<string, unknown>;

/** The largest number id kept exactly (Number.MAX_SAFE_INTEGER), as messages write it. */
const MAX_SAFE_ID = Number.MAX_SAFE_INTEGER.toLocaleString('en-US');
type Where = string | number;

const TOP = new Set(['id', 'type', 'date', 'from', 'to', 'goods', 'contract', 'parties', 'vessels', 'worker', 'jointVenture', 'approvals', 'purpose', 'deliveredAt', 'aircraft', 'service', 'banking']);
const GOODS = new Set(['hs', 'description', 'product', 'quantity', 'unit', 'value', 'origin']);
const PARTY = new Set(['name', 'role', 'country', 'nationality', 'dob', 'type']);
const VESSEL = new Set(['name', 'imo', 'flag']);
const APPROVAL = new Set(['measure', 'reference', 'date']);
const CONTRACT = new Set(['finalized']);
const WORKER = new Set(['nationality', 'hostNational', 'repatriationBarred']);
const JV = new Set(['established', 'project']);
const AIRCRAFT = new Set(['type', 'registration', 'operator', 'use']);
const SERVICE = new Set(['kind']);
const BANKING = new Set(['kind', 'act', 'bankCountry', 'location', 'holder', 'accounts']);
const TYPES = new Set<string>(TRANSACTION_TYPES);

function fail(record: Where, field: string, what: string): never {
  throw new InterdictError('CHECK_BAD_INPUT', `${field || 'the record'} ${what}`, { record, ...(field ? { field } : {}) });
}

function isObj(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function obj(r: Where, v: unknown, field: string, allowed: ReadonlySet<string>): Rec {
  if (!isObj(v)) fail(r, field, 'must be an object');
  for (const k in v) {
    if (allowed.has(k)) continue;
    // The name of an unknown field comes from the input: shown by its start and length when long.
    const shown = k.length <= 60 ? k : `${k.slice(0, 60)}… (${k.length.toLocaleString('en-US')} characters)`;
    fail(r, field ? `${field}.${shown}` : shown, `is not a known field (known: ${[...allowed].join(', ')})`);
  }
  return v;
}

function str(r: Where, v: unknown, field: string): void {
  if (v !== undefined && typeof v !== 'string') fail(r, field, 'must be a string');
  if (typeof v === 'string' && v.length > MAX_TEXT_LENGTH) fail(r, field, `is ${v.length.toLocaleString('en-US')} characters long; at most ${MAX_TEXT_LENGTH.toLocaleString('en-US')} are read`);
}

/**
 * A name or an identifier (a party's or a vessel's name, the record's id, a registration, a reference):
 * one line of visible text, as a subject's name is (io/text-guard.ts). Free text (a purpose, a goods
 * description, a project) may hold tabs and line breaks; no text holds other controls or bidi controls.
 */
function oneLine(r: Where, v: unknown, field: string): void {
  if (typeof v !== 'string') return;
  const why = nameTextProblem(v);
  if (why !== undefined) fail(r, field, why);
}

function date(r: Where, v: unknown, field: string): void {
  if (v === undefined) return;
  if (typeof v !== 'string' || !isValidDate(v)) fail(r, field, `is ${showValue(v)}, which is not a real date in the form YYYY-MM-DD`);
}

/** A date of birth may be as precise as the user knows it: YYYY, YYYY-MM or YYYY-MM-DD, each real. */
function dob(r: Where, v: unknown, field: string): void {
  if (v === undefined) return;
  if (typeof v !== 'string' || !isDateOfBirth(v)) fail(r, field, `is ${showValue(v)}, which is not a real date of birth (YYYY, YYYY-MM or YYYY-MM-DD)`);
}

function country(r: Where, v: unknown, field: string): void {
  if (v === undefined) return;
  if (typeof v !== 'string' || !isCountryCode(v)) fail(r, field, `is ${showValue(v)}, which is not an ISO 3166 alpha-2 country code (e.g. "CN", "KP")`);
}

function oneOf(r: Where, v: unknown, field: string, allowed: readonly string[]): void {
  if (v === undefined) return;
  if (typeof v !== 'string' || !allowed.includes(v)) fail(r, field, `is ${showValue(v)}, which is not one of ${allowed.join(', ')}`);
}

function arr(r: Where, v: unknown, field: string, max?: number): unknown[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) fail(r, field, 'must be an array');
  if (max !== undefined && v.length > max) fail(r, field, `holds ${v.length.toLocaleString('en')} entries: one transaction names at most ${max.toLocaleString('en')}`);
  return v;
}

/** Validate `raw` (one parsed JSON value); `record` names it in errors (line number, index or id). */
export function parseTransaction(raw: unknown, record: string | number): Transaction {
  const r = record;
  const notText = findBadText(raw);
  if (notText !== undefined) throw new InterdictError('CHECK_BAD_INPUT', `${notText.message}: send text only`, { record: r, field: notText.field });
  const o = obj(r, raw, '', TOP);
  const type = o.type;
  if (type === undefined) fail(r, 'type', `is required (one of ${TRANSACTION_TYPES.join(', ')})`);
  if (typeof type !== 'string' || !TYPES.has(type)) fail(r, 'type', `is ${showValue(type)}, which is not a transaction type (one of ${TRANSACTION_TYPES.join(', ')})`);
  if (o.date === undefined) fail(r, 'date', 'is required (YYYY-MM-DD)');
  date(r, o.date, 'date');
  if (o.id !== undefined) {
    if (typeof o.id === 'number') {
      // A number id is written back as a string: only a whole number JSON carries exactly (within
      // ±2^53-1) keeps its digits; 1e400 would come back "Infinity", 12345678901234567890 another id.
      if (!Number.isSafeInteger(o.id)) fail(r, 'id', `is read as ${String(o.id)}, which is not a whole number from -${MAX_SAFE_ID} to ${MAX_SAFE_ID} (a larger number loses digits): send such an id as a string`);
      o.id = String(o.id);
    }
    else if (typeof o.id !== 'string') fail(r, 'id', 'must be a string');
    str(r, o.id, 'id');
    oneLine(r, o.id, 'id');
  }
  country(r, o.from, 'from');
  country(r, o.to, 'to');
  str(r, o.purpose, 'purpose');
  const goods = arr(r, o.goods, 'goods', MAX_TRANSACTION_GOODS);
  if (goods) for (let i = 0; i < goods.length; i++) goodsLine(r, goods[i], i);
  if (o.contract !== undefined) date(r, obj(r, o.contract, 'contract', CONTRACT).finalized, 'contract.finalized');
  const parties = arr(r, o.parties, 'parties', MAX_TRANSACTION_PARTIES);
  if (parties) for (let i = 0; i < parties.length; i++) party(r, parties[i], i);
  const vessels = arr(r, o.vessels, 'vessels', MAX_TRANSACTION_VESSELS);
  if (vessels) {
    for (let i = 0; i < vessels.length; i++) {
      const at = `vessels[${i}]`;
      const v = obj(r, vessels[i], at, VESSEL);
      str(r, v.name, `${at}.name`);
      oneLine(r, v.name, `${at}.name`);
      if (typeof v.imo === 'number') v.imo = String(v.imo);
      else str(r, v.imo, `${at}.imo`);
      if (v.imo !== undefined && !/^(IMO ?)?\d{7}$/i.test(v.imo as string)) fail(r, `${at}.imo`, `is ${showValue(v.imo)}, which is not an IMO number (7 digits)`);
      country(r, v.flag, `${at}.flag`);
    }
  }
  country(r, o.deliveredAt, 'deliveredAt');
  if (o.worker !== undefined) {
    const w = obj(r, o.worker, 'worker', WORKER);
    country(r, w.nationality, 'worker.nationality');
    if (w.hostNational !== undefined && typeof w.hostNational !== 'boolean') fail(r, 'worker.hostNational', 'must be true or false (the worker is also a national of the State that authorizes the work)');
    oneOf(r, w.repatriationBarred, 'worker.repatriationBarred', REPATRIATION_BARS);
  }
  if (o.aircraft !== undefined) {
    const a = obj(r, o.aircraft, 'aircraft', AIRCRAFT);
    str(r, a.type, 'aircraft.type');
    str(r, a.registration, 'aircraft.registration');
    oneLine(r, a.type, 'aircraft.type');
    oneLine(r, a.registration, 'aircraft.registration');
    country(r, a.operator, 'aircraft.operator');
    oneOf(r, a.use, 'aircraft.use', AIRCRAFT_USES);
  }
  if (type === 'service') {
    if (o.service === undefined) fail(r, 'service.kind', `is required for a service (one of ${SERVICE_KINDS.join(', ')})`);
    // "service": "insurance" is short for {"kind": "insurance"}.
    if (typeof o.service === 'string') o.service = { kind: o.service };
    const sv = obj(r, o.service, 'service', SERVICE);
    if (sv.kind === undefined) fail(r, 'service.kind', `is required (one of ${SERVICE_KINDS.join(', ')})`);
    // The kind as people write it ("Insuring", "crew services", "time charter") becomes the contract's noun.
    const kind = typeof sv.kind === 'string' ? readServiceKind(sv.kind) : undefined;
    if (kind === undefined) fail(r, 'service.kind', `is ${showValue(sv.kind)}, which is not one of ${SERVICE_KINDS.join(', ')} (their verbs are read too: insure, insuring, charter, crewing, ...)`);
    sv.kind = kind;
  } else if (o.service !== undefined) {
    fail(r, 'service', `is read only on a transaction of type "service" (this one is "${type}")`);
  }
  if (o.banking !== undefined) {
    if (type !== 'financial') fail(r, 'banking', `is read only on a transaction of type "financial" (this one is "${type}")`);
    const b = obj(r, o.banking, 'banking', BANKING);
    if (b.kind === undefined) fail(r, 'banking.kind', `is required (one of ${BANKING_KINDS.join(', ')})`);
    oneOf(r, b.kind, 'banking.kind', BANKING_KINDS);
    if (b.act === undefined) fail(r, 'banking.act', `is required (one of ${BANKING_ACTS.join(', ')})`);
    oneOf(r, b.act, 'banking.act', BANKING_ACTS);
    country(r, b.bankCountry, 'banking.bankCountry');
    country(r, b.location, 'banking.location');
    oneOf(r, b.holder, 'banking.holder', BANKING_HOLDERS);
    if (b.accounts !== undefined && (typeof b.accounts !== 'number' || !Number.isInteger(b.accounts) || b.accounts < 0)) fail(r, 'banking.accounts', 'must be a whole number of zero or more (the accounts the holder then has at banks in that State)');
  }
  if (o.jointVenture !== undefined) {
    const jv = obj(r, o.jointVenture, 'jointVenture', JV);
    date(r, jv.established, 'jointVenture.established');
    str(r, jv.project, 'jointVenture.project');
  }
  const approvals = arr(r, o.approvals, 'approvals');
  if (approvals) {
    for (let i = 0; i < approvals.length; i++) {
      const at = `approvals[${i}]`;
      const a = obj(r, approvals[i], at, APPROVAL);
      if (typeof a.measure !== 'string' || a.measure === '') fail(r, `${at}.measure`, 'is required (the measure id the approval covers)');
      if (typeof a.reference !== 'string' || a.reference.trim() === '') fail(r, `${at}.reference`, 'is required (the Committee reference)');
      oneLine(r, a.measure, `${at}.measure`);
      oneLine(r, a.reference, `${at}.reference`);
      date(r, a.date, `${at}.date`);
    }
  }
  return o as unknown as Transaction;
}

function goodsLine(r: Where, g: unknown, i: number): void {
  // Field names are built only on failure: this runs for every goods line of every record.
  if (!isObj(g)) fail(r, `goods[${i}]`, 'must be an object');
  for (const k in g) if (!GOODS.has(k)) obj(r, g, `goods[${i}]`, GOODS);
  const hs = g.hs;
  if (hs !== undefined && (typeof hs !== 'string' || parseHs(hs) === undefined)) {
    fail(r, `goods[${i}].hs`, `is ${showValue(hs)}, which is not an HS code (write "62", "6203", "6203.42" or "620342")`);
  }
  const none = hs !== undefined ? hsNoGoods(parseHs(hs)!) : undefined;
  if (none !== undefined) fail(r, `goods[${i}].hs`, `is ${showValue(hs)}, which names no goods: ${none}`);
  const description = g.description;
  if (description !== undefined && (typeof description !== 'string' || description.length > MAX_TEXT_LENGTH)) str(r, description, `goods[${i}].description`);
  const product = g.product;
  if (product !== undefined && (typeof product !== 'string' || !PRODUCTS.has(product))) {
    fail(r, `goods[${i}].product`, `is ${showValue(product)}, which is not a known product kind (e.g. crude-oil, condensate, refined-petroleum, textiles, other)`);
  }
  const q = g.quantity;
  if (typeof q === 'number' && !Number.isFinite(q)) fail(r, `goods[${i}].quantity`, 'is too large to be a number (it reads as infinity): give the quantity as written in the document');
  if (q !== undefined && (typeof q !== 'number' || !Number.isFinite(q) || q < 0)) fail(r, `goods[${i}].quantity`, 'must be a number of zero or more');
  const unit = g.unit;
  if (unit !== undefined && (typeof unit !== 'string' || unit.length > MAX_TEXT_LENGTH)) str(r, unit, `goods[${i}].unit`);
  const v = g.value;
  if (typeof v === 'number' && !Number.isFinite(v)) fail(r, `goods[${i}].value`, 'is too large to be a number (it reads as infinity): give the value in US dollars as written');
  if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0)) fail(r, `goods[${i}].value`, 'must be a number of zero or more (the value in US dollars)');
  if (g.origin !== undefined) country(r, g.origin, `goods[${i}].origin`);
}

function party(r: Where, p: unknown, i: number): void {
  const at = `parties[${i}]`;
  const po = obj(r, p, at, PARTY);
  if (typeof po.name !== 'string' || po.name.trim() === '') fail(r, `${at}.name`, 'is required (a non-empty name)');
  if (po.name.length > MAX_NAME_LENGTH) fail(r, `${at}.name`, `is ${po.name.length.toLocaleString('en-US')} characters long; at most ${MAX_NAME_LENGTH.toLocaleString('en-US')} are screened`);
  oneLine(r, po.name, `${at}.name`);
  oneLine(r, po.role, `${at}.role`);
  str(r, po.role, `${at}.role`);
  dob(r, po.dob, `${at}.dob`);
  country(r, po.country, `${at}.country`);
  country(r, po.nationality, `${at}.nationality`);
  if (po.type !== undefined && po.type !== 'person' && po.type !== 'entity') fail(r, `${at}.type`, 'must be "person" or "entity"');
}
