/**
 * IMO numbers, the one check of each kind for every area (the UN list's comments, the 1718 vessels list,
 * transactions' vessels, AIS static reports). Ships carry seven digits, the last checking the first six
 * (weights 7..2, sum mod 10). Companies and registered owners carry an IMO "company and registered owner
 * identification number" (the IHS scheme) with another check: weights 8,6,4,2,9,7 on the first six
 * digits, check = (11 - sum mod 11) mod 10. DPRK crews are known to repaint digits (3 <-> 8 and other
 * look-alikes), so a ship number that fails its check, or that is one look-alike digit away from a
 * designated ship's, is reported as the ship it would be.
 */

/** "IMO 9266633", "9266633" -> "9266633"; anything else undefined. */
export function normalizeImo(s: string | number | undefined): string | undefined {
  if (s === undefined) return undefined;
  const m = /^\s*(?:IMO\s*)?(\d{7})\s*$/i.exec(String(s));
  return m ? m[1] : undefined;
}

/** Ship IMO check digit: the first six digits weighted 7,6,5,4,3,2; the last digit is their sum mod 10. */
export function isValidShipImo(n: string): boolean {
  if (!/^\d{7}$/.test(n)) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (n.charCodeAt(i) - 48) * (7 - i);
  return sum % 10 === n.charCodeAt(6) - 48;
}

const COMPANY_WEIGHTS = [8, 6, 4, 2, 9, 7] as const;

/** Company / registered owner IMO check digit: weights 8,6,4,2,9,7; check = (11 - sum mod 11) mod 10. */
export function isValidCompanyImo(n: string): boolean {
  if (!/^\d{7}$/.test(n)) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (n.charCodeAt(i) - 48) * COMPANY_WEIGHTS[i]!;
  return (11 - (sum % 11)) % 10 === n.charCodeAt(6) - 48;
}

// Digits a painter turns into one another with a few strokes.
const LOOK_ALIKE: Record<string, string> = { '0': '8689', '1': '7', '3': '8', '5': '6', '6': '580', '7': '1', '8': '3069', '9': '80' };

/** Numbers one look-alike digit away (or with two adjacent digits swapped): the ones a repaint gives. */
export function imoVariants(n: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < n.length; i++) {
    for (const d of LOOK_ALIKE[n[i]!] ?? '') out.add(n.slice(0, i) + d + n.slice(i + 1));
    if (i + 1 < n.length && n[i] !== n[i + 1]) out.add(n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2));
  }
  out.delete(n);
  return [...out];
}

/**
 * Text with every decimal digit as its ASCII digit: fullwidth ９ and mathematical 𝟗 by NFKC, other scripts'
 * digits (٩ ९ ๙) by their place in their block of ten. Only digits change, so an IMO number written in
 * another script's or the fullwidth digits reads as the number it shows (security review 17, R17-22).
 */
export function asciiDigits(text: string): string {
  if (/^[\p{ASCII}]*$/u.test(text)) return text;
  return text.replace(/\p{Nd}/gu, (d) => {
    if (d >= '0' && d <= '9') return d;
    const n = d.normalize('NFKC');
    if (/^[0-9]$/.test(n)) return n;
    // Unicode places each script's decimal digits 0..9 in a row: walk back to the block's start, the value is
    // the distance modulo ten.
    let cp = d.codePointAt(0)!;
    let back = 0;
    while (back < 60 && /\p{Nd}/u.test(String.fromCodePoint(cp - 1))) { cp--; back++; }
    return String(back % 10);
  });
}

// "IMO", an optional "No."/"Nr"/"Number", a mark, then seven digits that may be grouped by single spaces, dots or
// hyphens ("IMO 956 2233", "IMO 9.562.233", "IMO: 9-562-233"): the number as registers and papers print it.
const MARKED = /(^|[^A-Z0-9])IMO\s*(?:(?:NO|NR|NUMBER|N°|Nº)\b\.?)?\s*[:#.-]?\s*(\d(?:[ .\-\u00a0\u2009\u202f]?\d){6})(?![ .\-\u00a0\u2009\u202f]?\d)/giu;

/** Each IMO number the text marks as one ("IMO 9562233", "IMO No. 956 2233", "IMO#９５６２２３３"), its seven digits, in order. */
export function markedImos(text: string): { at: number; length: number; lead: number; imo: string }[] {
  return [...asciiDigits(text).matchAll(MARKED)].map((m) => ({ at: m.index, length: m[0].length, lead: m[1]!.length, imo: m[2]!.replace(/\D/g, '') }));
}

/**
 * An IMO number written into a vessel's name, as documents do: "PETREL 8 (IMO 9562233)", "PETREL 8 IMO:
 * 9562233", "PETREL 8 [IMO No. 9562233]", "PETREL 8 - 9562233". The marked number ("IMO", with or without
 * "No.", "Nr", "#", a colon) may stand anywhere; an unmarked one only last and apart from the name, since a
 * ship's name does not end in a seven-digit group. The number comes back whatever its check digit (the
 * caller checks it: a mistyped or repainted number is a reason of its own), and the name without it (empty
 * when the text is the number alone: "IMO 9562233" in a name field is still that ship's number).
 * Undefined when the text carries no such number.
 */
export function imoInName(raw: string): { name: string; imo: string } | undefined {
  const text = asciiDigits(raw);
  const marked = markedImos(text)[0];
  const bare = marked ? null : /(^|[^A-Z0-9])(\d{7})[\s)\]]*$/i.exec(text);
  const m = marked ?? (bare ? { at: bare.index, length: bare[0].length, lead: bare[1]!.length, imo: bare[2]! } : undefined);
  if (!m) return undefined;
  const start = m.at + m.lead;
  const name = `${text.slice(0, start)} ${text.slice(m.at + m.length)}`.replace(/[([]\s*[)\]]/g, ' ').replace(/[\s,;:/([-]+$/, '').replace(/\s+/g, ' ').trim();
  return { name: /[A-Z0-9]/i.test(name) ? name : '', imo: m.imo };
}
