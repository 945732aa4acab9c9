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
 * An IMO number written into a vessel's name, as documents do: "PETREL 8 (IMO 9562233)", "PETREL 8 IMO:
 * 9562233", "PETREL 8 [IMO No. 9562233]", "PETREL 8 - 9562233". The marked number ("IMO", with or without
 * "No.", "Nr", "#", a colon) may stand anywhere; an unmarked one only last and apart from the name, since a
 * ship's name does not end in a seven-digit group. The number comes back whatever its check digit (the
 * caller checks it: a mistyped or repainted number is a reason of its own), and the name without it (empty
 * when the text is the number alone: "IMO 9562233" in a name field is still that ship's number).
 * Undefined when the text carries no such number.
 */
export function imoInName(text: string): { name: string; imo: string } | undefined {
  const marked = /(^|[^A-Z0-9])IMO\s*(?:(?:NO|NR|NUMBER|N°|Nº)\b\.?)?\s*[:#.-]?\s*(\d{7})(?!\d)/i.exec(text);
  const bare = marked ? null : /(^|[^A-Z0-9])(\d{7})[\s)\]]*$/i.exec(text);
  const m = marked ?? bare;
  if (!m) return undefined;
  const start = m.index + m[1]!.length;
  const name = `${text.slice(0, start)} ${text.slice(m.index + m[0].length)}`.replace(/[([]\s*[)\]]/g, ' ').replace(/[\s,;:/([-]+$/, '').replace(/\s+/g, ' ').trim();
  return { name: /[A-Z0-9]/i.test(name) ? name : '', imo: m[2]! };
}
