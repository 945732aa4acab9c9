/**
 * A measure prepared for fast evaluation: sets instead of arrays, a compiled word pattern, and the
 * reasons it can give built once (shared, frozen objects: evaluation allocates little, and the CLI
 * can cache each reason's JSON text).
 */
import { formatHs, hsLevel, parseHs } from '../hs/index.ts';
import type { Applies, Effect, Exemption, Measure, TransactionType } from '../law/measure.ts';
import { phrasePattern } from '../law/word-forms.ts';
import type { Reason } from './decision.ts';
import { readDescription } from '../law/word-senses.ts';
import type { GoodsLine } from './transaction.ts';
import { symbolInWord, undecodedReference } from '../io/look-alikes.ts';

export interface CompiledExemption {
  ex: Exemption;
  reason: Reason;
  purposes?: ReadonlySet<string>;
  projects?: ReadonlySet<string>;
  /** The goods the exception covers (`ex.goods`): whether one line is among them. */
  covers?: (line: GoodsLine) => boolean;
}

/** A line is among an exception's goods by its product kind, else its HS code, else its description's words. */
function coverage(g: NonNullable<Exemption['goods']>): (line: GoodsLine) => boolean {
  const products = new Set(g.products ?? []);
  const codes = (g.hs ?? []).map((h) => parseHs(h)!);
  const words = wordsPattern(g.words ?? []);
  return (line) => {
    if (line.product !== undefined && line.product !== 'other') return products.has(line.product);
    const digits = line.hs !== undefined ? parseHs(line.hs) : undefined;
    if (digits !== undefined) return codes.some((c) => digits.startsWith(c));
    return line.description !== undefined && words !== undefined && words.test(readDescription(line.description));
  };
}

export interface CompiledMeasure {
  m: Measure;
  effect: Effect;
  applies: Applies;
  types: ReadonlySet<TransactionType>;
  products: ReadonlySet<string>;
  /** Matches the measure's well-known words in a lower-cased description. */
  words?: RegExp;
  /** HS prefixes (digits) under which the words decide for certain (`goods.wordsHs`). */
  wordsHs?: readonly string[];
  purposes?: ReadonlySet<string>;
  /** Exemptions other than Committee approval (approvals are matched by `approvals.ts`). */
  exemptions: CompiledExemption[];
  /** The measure's own Committee-approval clause, if its text provides for one. */
  approval?: CompiledExemption;
  own: Reason;
  /** Purposes the act is restricted to, the reason when another purpose is stated, and the reason when
   *  none is (a prohibition or a review asking for it, per `missingPurpose`). */
  onlyFor?: { purposes: ReadonlySet<string>; reason: Reason; none?: Reason };
  /** The reason when the cap ledger was not consulted (caps only). */
  ownNoLedger?: Reason;
  /** The purposes the measure turns on, as a person reads them (exceptions, "only for", scope): a stated
   *  purpose the engine cannot read is then review naming `purpose` and these. */
  purposeValues?: string[];
  reviews: Map<string, Reason>;
}

export function wordsPattern(words: readonly string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  // Each word in every form a description may write it (plural, spelling, compound joined or apart): word-forms.ts.
  return new RegExp(`(?:^|[^a-z0-9])(?:${[...new Set(words.map((w) => w.toLowerCase()))].map(phrasePattern).join('|')})(?![a-z0-9])`);
}

function reason(m: Measure, effect: Effect, summary: string, confidence = m.confidence, field?: string): Reason {
  const r: Reason = { measure: m.id, resolution: m.resolution, paragraph: m.paragraph, effect, summary, confidence };
  if (field !== undefined) r.field = field;
  if (m.paragraphConfidence !== undefined) r.paragraphConfidence = m.paragraphConfidence;
  return Object.freeze(r);
}

export function compileMeasure(m: Measure): CompiledMeasure | undefined {
  if (!m.effect || !m.applies) return undefined;
  const all = (m.exemptions ?? []).map((ex): CompiledExemption => {
    const c: CompiledExemption = { ex, reason: reason(m, ex.effect, ex.summary, ex.confidence ?? m.confidence) };
    if (ex.purposes) c.purposes = new Set(ex.purposes);
    if (ex.projects) c.projects = new Set(ex.projects);
    if (ex.goods) c.covers = coverage(ex.goods);
    return c;
  });
  const exemptions = all.filter((c) => c.ex.kind !== 'approval');
  const approval = all.find((c) => c.ex.kind === 'approval');
  const measure: CompiledMeasure = {
    m,
    effect: m.effect,
    applies: m.applies,
    types: new Set(m.applies.types),
    products: new Set(m.applies.goods?.products ?? []),
    exemptions,
    own: reason(m, m.effect, m.summary),
    reviews: new Map(),
  };
  if (approval) measure.approval = approval;
  const words = wordsPattern(m.applies.goods?.words ?? []);
  if (words) measure.words = words;
  if (m.applies.goods?.wordsHs) measure.wordsHs = m.applies.goods.wordsHs.map((h) => parseHs(h)!);
  if (m.applies.purposes) measure.purposes = new Set(m.applies.purposes);
  if (m.onlyForPurposes) {
    const list = m.onlyForPurposes.join(' or ');
    measure.onlyFor = { purposes: new Set(m.onlyForPurposes), reason: reason(m, 'prohibits', `The measure "${m.title}" (${m.resolution} para ${m.paragraph}) allows the act only for ${list} purposes; the stated purpose is not one of them.`) };
    if (m.missingPurpose === 'prohibits') {
      measure.onlyFor.none = reason(m, 'prohibits', `The measure "${m.title}" (${m.resolution} para ${m.paragraph}) allows the act only for ${list} purposes, and none is stated: the act is prohibited.`);
    } else if (m.missingPurpose === 'requires-review') {
      measure.onlyFor.none = reviewReason(measure, 'purpose', 'purpose');
    }
  }
  const values = purposeValuesOf(m);
  if (values.length > 0) measure.purposeValues = values;
  if (m.cap) {
    measure.ownNoLedger = reason(m, m.effect, `${m.summary} The cap ledger was not consulted: confirm the remaining cap and that no cease notice was issued before supplying.`);
  }
  return measure;
}

/** The purposes a measure turns on without a Committee approval, then those its approval clause covers. */
function purposeValuesOf(m: Measure): string[] {
  const own = new Set<string>([...(m.onlyForPurposes ?? []), ...(m.applies?.purposes ?? [])]);
  for (const ex of m.exemptions ?? []) if (ex.kind === 'purpose') for (const p of ex.purposes ?? []) own.add(p);
  if (own.size === 0) return [];
  const out = [...own];
  for (const ex of m.exemptions ?? []) {
    if (ex.kind !== 'approval') continue;
    for (const p of ex.purposes ?? []) if (!own.has(p)) out.push(`${p} (with a Committee approval)`);
  }
  return out;
}

/** The cap's bounds as a person reads them ("500,000 bbl", "US$400,870,018 or 7,500,000 t"). */
function capText(measure: CompiledMeasure): string {
  const c = measure.m.cap;
  const parts: string[] = [];
  if (c?.usd !== undefined) parts.push(`US$${c.usd.toLocaleString('en-US')}`);
  if (c?.barrels !== undefined) parts.push(`${c.barrels.toLocaleString('en-US')} bbl`);
  if (c?.tonnes !== undefined) parts.push(`${c.tonnes.toLocaleString('en-US')} t`);
  return parts.length > 0 ? parts.join(' or ') : 'a per-State baseline';
}

function capitalize(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/** Why a measure needs review, phrased for a person; cached per (cause, field). */
export type ReviewCause = 'product' | 'goods' | 'direction' | 'grandfather' | 'gate' | 'error' | 'value' | 'purpose' | 'quantity' | 'cap-value' | 'baseline' | 'condition' | 'fallback' | 'claim' | 'claim-missing' | 'purpose-unknown' | 'dprk-link' | 'dprk-link-missing' | 'banking-text' | 'hs-words' | 'hs-range' | 'mixed-script' | 'unread-script' | 'sts' | 'currency' | 'goods-mixed' | 'goods-unread';

/** Sentences that carry transaction text (a stated purpose, an HS code, a quantity) are cached too, as the same
 *  text recurs across a file, but only up to this many per measure: free text must not grow memory without bound. */
const MAX_CACHED = 4096;

export function reviewReason(measure: CompiledMeasure, cause: ReviewCause, field: string, detail = ''): Reason {
  const key = `${cause}|${field}|${detail}`;
  const hit = measure.reviews.get(key);
  if (hit) return hit;
  const cached = cause !== 'error' && measure.reviews.size < MAX_CACHED;
  // Titles are noun phrases of every shape ("No work authorizations for ..."), so quote them whole.
  const t = `the measure "${measure.m.title}"`;
  let summary: string;
  switch (cause) {
    case 'product':
      summary = `The HS code covers more than one kind of goods, so it cannot tell whether ${t} (${measure.m.resolution} para ${measure.m.paragraph}) applies: give "${field}" or a plain description.`;
      break;
    case 'goods':
      summary = `The goods are not identified (no HS code, product kind or recognisable description), so ${t} (${measure.m.resolution} para ${measure.m.paragraph}) may apply: give "${field}".`;
      break;
    case 'direction':
      summary = `${capitalize(t)} (${measure.m.resolution} para ${measure.m.paragraph}) would apply if the goods ${field === 'to' ? 'go to' : 'come from'} the DPRK: give "${field}".`;
      break;
    case 'grandfather':
      summary = `${capitalize(t)} (${measure.m.resolution} para ${measure.m.paragraph}) applies unless ${detail}: give "${field}".`;
      break;
    case 'value':
      summary = `${capitalize(t)} (${measure.m.resolution} para ${measure.m.paragraph}) reaches only items worth more than US$${(measure.applies.goods?.minValueUsd ?? 0).toLocaleString('en-US')} each: give "${field}" (the line's value in US dollars).`;
      break;
    case 'currency':
      summary = `${capitalize(t)} (${measure.m.resolution} para ${measure.m.paragraph}) reaches only items worth more than US$${(measure.applies.goods?.minValueUsd ?? 0).toLocaleString('en-US')} each. "${field}" is read as US dollars (the record has no currency), but the line names another currency ("${detail}", in its unit or description), so the item may be worth more than the threshold: give "${field}" in US dollars, converted at the rate of the transaction's date.`;
      break;
    case 'purpose':
      summary = `${capitalize(t)} (${measure.m.resolution} para ${measure.m.paragraph}) allows the act only for ${(measure.m.onlyForPurposes ?? []).join(' or ')} purposes, and none is stated: give "${field}".`;
      break;
    case 'quantity':
      summary = `${capitalize(t)} (${measure.m.resolution} para ${measure.m.paragraph}) allows the act only within a cap (${capText(measure)}), and a single delivery above the whole cap is prohibited; the line gives no quantity: give "${field}" with its unit.`;
      break;
    case 'cap-value':
      summary = `${capitalize(t)} (${measure.m.resolution} para ${measure.m.paragraph}) caps the act at ${capText(measure)}, whichever is lower, and a single delivery above the whole cap is prohibited; the line gives no value: give "${field}" (the line's value in US dollars).`;
      break;
    case 'baseline':
      summary = `${capitalize(t)} (${measure.m.resolution} para ${measure.m.paragraph}) limits each supplying State to its own baseline (what it supplied in the 12 months before adoption); no per-State baseline is configured for this check, so the ceiling cannot be applied: confirm the supplying State's baseline and what it has supplied since.`;
      break;
    case 'condition':
      summary = `${capitalize(t)} (${measure.m.resolution} para ${measure.m.paragraph}) reaches only new goods: say in "${field}" whether the item is new or used (second-hand).`;
      break;
    case 'error':
      summary = `${capitalize(t)} (${measure.m.resolution} para ${measure.m.paragraph}) could not be evaluated (${detail}), so the engine will not pass it: review by hand.`;
      break;
    case 'fallback':
      summary = `${detail} goes to the DPRK and is in HS chapter 27 (mineral fuels, oils and gases), yet no measure names it. The petroleum measures give no HS list, so it may be a refined petroleum product under the cap of ${measure.m.resolution} para ${measure.m.paragraph} (or a condensate or natural gas liquid under 2375 para 13): establish what the product is before supplying; nothing in chapter 27 passes unexamined.`;
      break;
    case 'claim':
      summary = `The exception claimed under ${t} (${measure.m.resolution} para ${measure.m.paragraph}) does not fit the facts: ${detail}. It does not hold as stated: review before relying on it.`;
      break;
    case 'claim-missing':
      summary = `The exception claimed under ${t} (${measure.m.resolution} para ${measure.m.paragraph}) needs a fact the transaction does not give — ${detail}: give "${field}".`;
      break;
    case 'purpose-unknown':
      summary = `${capitalize(t)} (${measure.m.resolution} para ${measure.m.paragraph}) turns on the purpose, and the stated purpose ${detail} is not one the engine can read: it reads ${(measure.purposeValues ?? []).join(', ')}. Give "${field}" as one of them, or review the claim by hand.`;
      break;
    case 'dprk-link':
      summary = `${capitalize(t)} (${measure.m.resolution} para ${measure.m.paragraph}) reaches acts tied to the DPRK, directly or indirectly. What the record states for it (from, to, the vessel's flag, owner or recipient, the worker's nationality) does not show such a tie, but ${detail} ("${field}"): establish whether the act goes to, comes from or serves the DPRK before relying on it.`;
      break;
    case 'dprk-link-missing': {
      // detail: the link as the review says it, then "|" and the missing input (a field name, no "|").
      const cut = detail.lastIndexOf('|');
      const missing = detail.slice(cut + 1);
      summary = `${capitalize(t)} (${measure.m.resolution} para ${measure.m.paragraph}) reaches acts tied to the DPRK, directly or indirectly. What the record states for it (from, to, the vessel's flag, owner or recipient, the worker's nationality) does not show such a tie, but ${detail.slice(0, cut)} ("${field}"), and "${missing}", on which the measure also turns, is not given: give "${missing}" and establish whether the act goes to, comes from or serves the DPRK before relying on it.`;
      break;
    }
    case 'hs-words':
      summary = `The description of ${detail} names goods ${t} (${measure.m.resolution} para ${measure.m.paragraph}) reaches, but its HS code is not one the measure lists: a code that does not match the goods is how banned goods are misdeclared. Check "${field}" against the description before relying on it.`;
      break;
    case 'hs-range': {
      // detail: the line's code (digits), coarser than codes the measure lists.
      const finer = [...(measure.applies.goods?.hs ?? []), ...(measure.applies.goods?.ambiguousHs ?? [])].map((h) => parseHs(h)!).filter((c) => c.length > detail.length && c.startsWith(detail));
      const shown = finer.slice(0, 6).map((c) => `HS ${formatHs(c)}`).join(', ') + (finer.length > 6 ? ` and ${finer.length - 6} more` : '');
      summary = `HS ${formatHs(detail)} is a ${hsLevel(detail)} that takes in goods ${t} (${measure.m.resolution} para ${measure.m.paragraph}) reaches (${shown}) and goods it does not, so the code cannot tell whether it applies: give "${field}" at a finer level, or a plain description.`;
      break;
    }
    case 'mixed-script':
      // detail: the word, as it shows.
      summary = undecodedReference(detail) !== undefined
        ? `The name in "${field}" holds a character reference or byte escape no reader here decodes ("${detail}"): a page may show it as a letter that hides a listed name from screening, so ${t} (${measure.m.resolution} para ${measure.m.paragraph}) cannot be ruled out: compare the name with the list by hand, read as it shows, before proceeding.`
        : symbolInWord(detail) !== undefined
        ? `The name in "${field}" sets a keyboard symbol drawn like a letter inside a word ("${detail}"): symbols for letters (@ for A, € for E, () for O) can hide a listed name from screening, so ${t} (${measure.m.resolution} para ${measure.m.paragraph}) cannot be ruled out: compare the name with the list by hand, read as it shows, before proceeding.`
        : `The name in "${field}" mixes letters of different scripts in one word ("${detail}"): look-alike letters (a Cyrillic О for a Latin O) can hide a listed name from screening, so ${t} (${measure.m.resolution} para ${measure.m.paragraph}) cannot be ruled out: compare the name with the list by hand, read as it shows, before proceeding.`;
      break;
    case 'unread-script':
      // detail: the word, as written.
      summary = `The name in "${field}" is written in a script screening does not read ("${detail}"): a listed name written in it (KOMID as КОМИД) cannot be found, so ${t} (${measure.m.resolution} para ${measure.m.paragraph}) cannot be ruled out: screen the name as it is romanized, or compare it with the list by hand, before proceeding.`;
      break;
    case 'goods-mixed':
      // detail: the word, as it shows.
      summary = `The goods description in "${field}" hides letters in a word ("${detail}": letters of different scripts, a character that shows as nothing (a zero-width space, a soft hyphen, a joiner: named as [U+…]), or a keyboard symbol or another script's digit drawn like a letter): a disguised word can hide goods ${t} (${measure.m.resolution} para ${measure.m.paragraph}) reaches, so it cannot be ruled out: read the description as it shows and check the goods (and the HS code) against it before proceeding.`;
      break;
    case 'goods-unread':
      // detail: the word, as written.
      summary = `The goods description in "${field}" holds a word in a script the check does not read ("${detail}"): goods ${t} (${measure.m.resolution} para ${measure.m.paragraph}) reaches may be named in it, so it cannot be ruled out: give the description in English (or check the goods and the HS code against it by hand) before proceeding.`;
      break;
    case 'sts':
      summary = `${capitalize(t)} (${measure.m.resolution} para ${measure.m.paragraph}) prohibits ship-to-ship transfers to or from DPRK-flagged vessels of goods supplied to or from the DPRK, and ${detail} ("${field}"): if the goods passed between the vessels at sea, it applies. Establish how the goods were carried before relying on it (record it as a vessel-transfer if they were transferred ship-to-ship).`;
      break;
    case 'banking-text':
      summary = `The purpose describes a bank's presence (an account, or a bank's branch, subsidiary, office or correspondent relationship) and the transaction has a DPRK link, so ${t} (${measure.m.resolution} para ${measure.m.paragraph}) may apply; no "${field}" object says what it is: give "${field}" (kind, act, bankCountry, location, holder, accounts) to decide it.`;
      break;
    default:
      summary = `Whether ${t} (${measure.m.resolution} para ${measure.m.paragraph}) applies depends on "${field}", which is missing.`;
  }
  const r = reason(measure.m, 'requires-review', summary, measure.m.confidence, field);
  if (cached) measure.reviews.set(key, r);
  return r;
}
