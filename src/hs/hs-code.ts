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
