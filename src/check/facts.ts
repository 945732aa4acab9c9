/**
 * Facts about a transaction that the law data states (`applies.when`, `applies.whenAny`, an exemption's
 * `requires`): where the supply happens, what the goods are, how much, who receives a service. Each fact
 * holds, fails (the transaction says something else: the sentence says what) or is missing (the field
 * that would decide it). Pure reads of the parsed transaction; nothing here decides an outcome.
 */
import { parseHs } from '../hs/index.ts';
import type { Fact } from '../law/measure.ts';
import { capUnit, litresPerUnit } from './goods-value.ts';
import { bankingInText } from './dprk-link.ts';
import { originOf } from './goods-origin.ts';
import type { GoodsLine, Transaction } from './transaction.ts';

export type FactResult = { ok: true } | { ok: false; missing: string } | { ok: false; fails: string; field: string };

/** What the evaluation has found before the fact is read (the goods measures ran first). */
export interface Findings {
  /** A goods measure prohibits the transaction's goods (on a service: the cargo of the vessel served). */
  cargoProhibited?: boolean;
}

const OK: FactResult = { ok: true };

/** Values compare without case, spaces or punctuation: "Tu-204-100B" is "TU204100B". */
function fold(v: string | boolean | number): string {
  return typeof v === 'string' ? v.toUpperCase().replace(/[^A-Z0-9]+/g, '') : String(v).toUpperCase();
}

function shown(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : String(v);
}

/** Whether one value satisfies the fact's comparison (`is`, `not`, `in`, `above`). */
function compare(f: Fact, v: string | boolean | number): boolean {
  if (f.is !== undefined && fold(v) !== fold(f.is)) return false;
  if (f.not !== undefined && fold(v) === fold(f.not)) return false;
  if (f.in !== undefined && !f.in.some((x) => fold(x) === fold(v))) return false;
  if (f.above !== undefined && !(typeof v === 'number' && v > f.above)) return false;
  return true;
}

function scalar(f: Fact, v: string | boolean | number | undefined, field: string): FactResult {
  if (v === undefined) return { ok: false, missing: field };
  return compare(f, v) ? OK : { ok: false, fails: `${f.says}, but ${field} is ${shown(v)}`, field };
}

/** The transaction's field a scalar fact reads. */
function read(tx: Transaction, field: Fact['field']): string | boolean | number | undefined {
  switch (field) {
    case 'to': return tx.to;
    case 'from': return tx.from;
    case 'deliveredAt': return tx.deliveredAt;
    case 'service.kind': return tx.service?.kind;
    case 'aircraft.type': return tx.aircraft?.type;
    case 'aircraft.use': return tx.aircraft?.use;
    case 'aircraft.operator': return tx.aircraft?.operator;
    case 'banking.kind': return tx.banking?.kind;
    case 'banking.act': return tx.banking?.act;
    case 'banking.bankCountry': return tx.banking?.bankCountry;
    case 'banking.location': return tx.banking?.location;
    case 'banking.holder': return tx.banking?.holder;
    case 'banking.accounts': return tx.banking?.accounts;
    case 'worker.hostNational': return tx.worker?.hostNational;
    case 'worker.repatriationBarred': return tx.worker?.repatriationBarred;
    default: return undefined;
  }
}

/** `partner`: the side of from/to that is not the DPRK (a joint venture's or carve-out's other country). */
function partner(f: Fact, tx: Transaction): FactResult {
  const sides = [tx.from, tx.to].filter((c): c is string => c !== undefined && c !== 'KP');
  if (sides.length === 0) return { ok: false, missing: tx.from === undefined ? 'from' : 'to' };
  if (sides.some((c) => compare(f, c))) return OK;
  return { ok: false, fails: `${f.says}, but the other country is ${sides.join(' and ')}`, field: tx.from !== 'KP' ? 'from' : 'to' };
}

function vesselFlag(f: Fact, tx: Transaction): FactResult {
  const vessels = tx.vessels ?? [];
  // A service to an aircraft and no vessel: a vessel's measure has nothing to reach (2270 para 19 covers aircraft).
  if (vessels.length === 0 && tx.aircraft !== undefined) return { ok: false, fails: `${f.says}, but the service is for an aircraft`, field: 'vessels' };
  let missing: string | undefined;
  const flags: string[] = [];
  for (let i = 0; i < vessels.length; i++) {
    const flag = vessels[i]!.flag;
    if (flag === undefined) missing ??= `vessels[${i}].flag`;
    else if (compare(f, flag)) return OK;
    else flags.push(flag);
  }
  if (missing !== undefined || vessels.length === 0) return { ok: false, missing: missing ?? 'vessels' };
  return { ok: false, fails: `${f.says}, but the vessel flag is ${flags.join(', ')}`, field: 'vessels' };
}

/**
 * The registry a vessel is entered in: `to` when given; else a vessel's own flag when it satisfies the fact
 * (registering a DPRK-flagged vessel is registering it in the DPRK's registry). A vessel of another flag may
 * be moving to a new registry, so without `to` it decides nothing: `to` is missing.
 */
function registry(f: Fact, tx: Transaction): FactResult {
  if (tx.to !== undefined) return compare(f, tx.to) ? OK : { ok: false, fails: `${f.says}, but the registry (to) is ${tx.to}`, field: 'to' };
  for (const v of tx.vessels ?? []) if (v.flag !== undefined && compare(f, v.flag)) return OK;
  return { ok: false, missing: 'to' };
}

/**
 * The parties in a role (`roles`: words the role contains, so "owner" picks "registered owner" and
 * "shipowner"): their country, else nationality. Holds when one of them satisfies the fact; a party with
 * no country says nothing, and no such party means the fact does not hold (the record names no owner).
 */
function partiesCountry(f: Fact, tx: Transaction): FactResult {
  const roles = f.roles ?? [];
  const seen: string[] = [];
  const parties = tx.parties ?? [];
  for (let i = 0; i < parties.length; i++) {
    const p = parties[i]!;
    const role = p.role?.toLowerCase();
    if (role === undefined || !roles.some((r) => role.includes(r))) continue;
    const c = p.country ?? p.nationality;
    if (c === undefined) continue;
    if (compare(f, c)) return OK;
    seen.push(`parties[${i}] ("${p.role}") is of ${c}`);
  }
  return { ok: false, fails: seen.length > 0 ? `${f.says}, but ${seen.join('; ')}` : `${f.says}, but no party is named as ${roles.join(', ')} with a country`, field: 'parties' };
}

/** Quantity in the fact's units: the line's own unit when the fact bounds it (volumes in litres). */
function quantityOver(f: Fact, line: GoodsLine, i: number): FactResult {
  const q = line.quantity;
  if (q === undefined) return { ok: false, missing: `goods[${i}].quantity` };
  const max = f.atMost!;
  const perUnit = litresPerUnit(line.unit);
  const u = perUnit !== undefined ? 'l' : capUnit(line.unit);
  let amount: number | undefined;
  let bound: number | undefined;
  let unit = '';
  if (u === 'bbl' && max.bbl !== undefined) [amount, bound, unit] = [q, max.bbl, 'bbl'];
  else if (u === 't' && max.t !== undefined) [amount, bound, unit] = [q, max.t, 't'];
  else if (u === 'kg' && (max.kg !== undefined || max.t !== undefined)) [amount, bound, unit] = max.kg !== undefined ? [q, max.kg, 'kg'] : [q / 1000, max.t!, 't'];
  else if (u === 'l' && max.l !== undefined) [amount, bound, unit] = [q * perUnit!, max.l, 'l'];
  if (amount === undefined || bound === undefined) return { ok: false, missing: `goods[${i}].unit` };
  if (amount <= bound) return OK;
  const limit = Object.entries(max).map(([k, v]) => `${v.toLocaleString('en-US')} ${k}`).join(' or ');
  return { ok: false, fails: `${f.says} (at most about ${limit}), but goods[${i}] is ${amount.toLocaleString('en-US')} ${unit}`, field: `goods[${i}].quantity` };
}

function goodsFact(f: Fact, tx: Transaction, lines: readonly number[] | undefined): FactResult {
  const goods = tx.goods ?? [];
  const which = lines ?? goods.map((_, i) => i);
  if (which.length === 0) return { ok: false, missing: 'goods' };
  const fails: string[] = [];
  let field: string | undefined;
  for (const i of which) {
    const line = goods[i]!;
    let r: FactResult;
    if (f.field === 'goods.hs') {
      const digits = line.hs !== undefined ? parseHs(line.hs) : undefined;
      if (digits === undefined) r = { ok: false, missing: `goods[${i}].hs` };
      else r = f.hs!.some((p) => digits.startsWith(parseHs(p) ?? p)) ? OK : { ok: false, fails: `${f.says}, but goods[${i}] is HS ${line.hs}`, field: `goods[${i}].hs` };
    } else if (f.field === 'goods.quantity') {
      r = quantityOver(f, line, i);
    } else {
      r = scalar(f, originOf(line), `goods[${i}].origin`);
    }
    if (r.ok) continue;
    if ('missing' in r) return r;
    fails.push(r.fails);
    field ??= r.field;
  }
  return fails.length === 0 ? OK : { ok: false, fails: fails.join('; '), field: field! };
}

/** One fact against the transaction; `lines`: the goods lines in question (all when undefined); `found`: what the evaluation found so far. */
export function checkFact(f: Fact, tx: Transaction, lines?: readonly number[], found?: Findings): FactResult {
  switch (f.field) {
    case 'partner': return partner(f, tx);
    case 'vessels.flag': return vesselFlag(f, tx);
    case 'registry': return registry(f, tx);
    case 'parties.country': return partiesCountry(f, tx);
    case 'goods.prohibited':
      if (found?.cargoProhibited === undefined) return { ok: false, missing: 'goods' };
      return compare(f, found.cargoProhibited) ? OK : { ok: false, fails: `${f.says}, but no goods measure prohibits the goods`, field: 'goods' };
    case 'goods.hs':
    case 'goods.quantity':
    case 'goods.origin':
      return goodsFact(f, tx, lines);
    default:
      if (f.absent === true) {
        const v = read(tx, f.field);
        if (v !== undefined) return { ok: false, fails: `${f.says}, but ${f.field} is given`, field: f.field };
        // A purpose that describes a bank's presence (with a DPRK link) is a banking record the text states.
        if (f.field.startsWith('banking.') && bankingInText(tx)) return { ok: false, fails: `${f.says}, but the purpose describes a bank's presence`, field: 'purpose' };
        return OK;
      }
      // A banking fact on a transaction that describes no banking presence does not hold: an ordinary
      // payment is not a branch or an account (asking for `banking.kind` would review every payment). But a
      // purpose that describes one (an account, a bank's branch or office) beside a DPRK link asks for it.
      if (tx.banking === undefined && f.field.startsWith('banking.')) {
        return bankingInText(tx) ? { ok: false, missing: 'banking' } : { ok: false, fails: `${f.says}, but the transaction describes no banking presence`, field: 'banking' };
      }
      return scalar(f, read(tx, f.field), f.field);
  }
}

/**
 * Every fact: when some fail, those are what the answer says (a claim that does not fit is decided by
 * what it says, and a field also missing is named beside them); else the first missing field; else ok.
 */
export function checkFacts(facts: readonly Fact[], tx: Transaction, lines?: readonly number[]): FactResult {
  const fails: string[] = [];
  let field: string | undefined;
  let missing: string | undefined;
  for (const f of facts) {
    const r = checkFact(f, tx, lines);
    if (r.ok) continue;
    if ('missing' in r) missing ??= r.missing;
    else {
      fails.push(r.fails);
      field ??= r.field;
    }
  }
  if (fails.length > 0) return { ok: false, fails: `${fails.join('; ')}${missing !== undefined ? `; and "${missing}" is not given` : ''}`, field: field! };
  return missing !== undefined ? { ok: false, missing } : OK;
}
