/**
 * HS codes as users write them: "62" (chapter), "6203" (heading), "6203.42" or "620342" (subheading),
 * and longer national lines ("6203.42.10", "62034210"). Normalised to digits only, so prefix matching
 * is plain string work: chapter 62 covers heading 6203 covers subheading 620342.
 */

/** Digits of a parsed HS code: 2, 4, 6, 8 or 10 of them. */
export type HsDigits = string;

const HS_RE = /^(\d{2})(?:(\d{2})(?:\.?(\d{2})(?:\.?(\d{2})(?:\.?(\d{2}))?)?)?)?$/;

const memo = new Map<string, HsDigits | null>();
const MEMO_MAX = 50_000;

/** The digits of a valid HS code, or undefined if `raw` is not one ("abc", "620", "6203.4"). */
export function parseHs(raw: string): HsDigits | undefined {
  // Codes repeat heavily in real traffic: remember the answers (bounded).
  const hit = memo.get(raw);
  if (hit !== undefined) return hit ?? undefined;
  const s = raw.trim();
  // Dots may appear only between pairs after the heading: "62.03" is not how HS is written.
  const digits = HS_RE.test(s) ? s.replace(/\./g, '') : undefined;
  if (memo.size < MEMO_MAX) memo.set(raw, digits ?? null);
  return digits;
}

/**
 * Why well-formed digits name no goods, or undefined: chapter 00 does not exist, chapter 77 is reserved (the
 * Harmonized System classifies nothing there), and no chapter has a heading 00. A code that names no goods
 * identifies none, so it must not let a line pass as goods no measure lists (security review 17, R17-3).
 */
export function hsNoGoods(digits: HsDigits): string | undefined {
  const chapter = digits.slice(0, 2);
  if (chapter === '00') return 'chapter 00 does not exist (chapters run from 01 to 97)';
  if (chapter === '77') return 'chapter 77 is reserved in the Harmonized System: no goods are classified there';
  if (digits.length >= 4 && digits.slice(2, 4) === '00') return `heading ${digits.slice(0, 4)} does not exist (the headings of a chapter start at ${chapter}01)`;
  return undefined;
}

/**
 * Chapters 98 and 99 are left to national tariffs for special provisions (goods returned, temporary imports,
 * quotas): such a code says how goods are treated, not what they are, so the line is identified by its
 * product or description, or not at all.
 */
export function hsNational(digits: HsDigits): boolean {
  return digits >= '98';
}

/** The level of a parsed code, for messages and listings. */
export function hsLevel(digits: HsDigits): 'chapter' | 'heading' | 'subheading' | 'national line' {
  if (digits.length === 2) return 'chapter';
  if (digits.length === 4) return 'heading';
  if (digits.length === 6) return 'subheading';
  return 'national line';
}

/** Display form: "620342" -> "6203.42". */
export function formatHs(digits: HsDigits): string {
  if (digits.length <= 4) return digits;
  return `${digits.slice(0, 4)}.${digits.slice(4).match(/\d{2}/g)?.join('.') ?? ''}`;
}

/** True when `prefix` (a chapter, heading or subheading) covers `code`. */
export function hsCovers(prefix: HsDigits, code: HsDigits): boolean {
  return code.startsWith(prefix);
}
