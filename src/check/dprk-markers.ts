/**
 * The DPRK's structured markers in free text: what a payment carries of the DPRK besides its names (those:
 * `dprk-names.ts`). Each is read on folded text (`foldText`: look-alike letters, full-width forms and case
 * already made plain) and is a DPRK link wherever a name would be one:
 *  - a SWIFT/BIC code of a DPRK bank: ISO 9362's shape (4 letters for the bank, 2 letters for the country,
 *    2 letters or digits for the place, optionally 3 for the branch) with the country KP, standing as a word
 *    ("FTBDKPPY", "FTBDKPPYXXX", "BIC: KKBCKPPY", "SWIFT KDBKKPPY"). The UN list carries no BICs: the code is
 *    how a DPRK bank is named when its name is left out. A word of that shape is a BIC where a label says so
 *    ("BIC", "SWIFT", "SWIFT code", an MT field tag ":57A:") or where its place is PY (Pyongyang, where the
 *    DPRK's banks are: no word spells "kppy"); otherwise unless it reads as a word: an English word of that
 *    shape (`BIC_SHAPED_WORDS`), or one that is pronounced (a vowel among its first four letters and after the
 *    "p": THINKPAD, QUICKPAY, a romanized Korean name written as one word, "Hyeokpil"). "KOEXKRSE",
 *    "HSBCHKHH", KPMG or a product name "SKPPLUS" are not codes of the DPRK.
 *  - a DPRK telephone number: the country code 850 after "+" or "00" ("+850 2 381 8111", "00850-2-…",
 *    "(+850)"); "+850 USD", "+850.00" or "0085012345" standing alone as an account number are not.
 *  - an e-mail or web address in the DPRK's domain .kp ("info@star.co.kp", "www.naenara.com.kp", "kcna.kp").
 *  - an account number in the form of an IBAN of country KP ("KP12 3456 7890 1234", "KP1234567890123"): the
 *    DPRK has no IBAN, so one is a made-up number for a DPRK account, a link all the same.
 *  - a ship's MMSI of the DPRK (MID 445), after the label MMSI.
 */

/** The marker's kind and the words that show it, as the review quotes them. */
export interface DprkMarker {
  kind: 'bic' | 'phone' | 'domain' | 'iban' | 'mmsi';
  word: string;
}

/**
 * English words of a BIC's shape with KP in the country's place (every such word of 8 or 11 letters in a list
 * of 275,000 English words, and their plurals of that length): never read as a code.
 */
const BIC_SHAPED_WORDS = new Set([
  'breakpoints', 'chalkpit', 'checkpoints', 'cheekpieces', 'chickpea', 'crackpot', 'crankpin', 'crockpot',
  'frankpledge', 'knickpoints', 'shankpieces', 'stickpin', 'stinkpot', 'stockpilers', 'stockpiling', 'stockpot',
  'swankpot', 'thinkpieces', 'trackpad', 'chalkpits', 'chickpeas', 'crackpots', 'crankpins', 'crockpots',
  'stickpins', 'stinkpots', 'stockpots', 'swankpots', 'trackpads',
]);

const BIC = /(?<![a-z0-9])[a-z]{4}kp[a-z0-9]{2}(?:[a-z0-9]{3})?(?![a-z0-9])/g;

/** What labels a code as a BIC, just before it: "BIC:", "SWIFT code", "SWIFT/BIC", "BIC no.", an MT tag ":57A:". */
const BIC_LABEL = /(?:(?<![a-z])(?:bic|swift)(?: ?(?:code|no\.?|number|address|id|\/ ?(?:bic|swift)(?: code)?))? ?[:#=-]? ?|:\d\d[a-z]:)$/;

/** A word said aloud: a vowel among the bank's four letters and another after the "p" (THINKPAD, QUICKPAY). */
const PRONOUNCED = /^[a-z]{0,3}[aeiouy][a-z]{0,3}kp[aeiouy]/;

/** Whether the code-shaped word `w`, found at `at` in `folded`, is read as a BIC. */
function isBic(folded: string, w: string, at: number): boolean {
  if (BIC_LABEL.test(folded.slice(Math.max(0, at - 24), at))) return true;
  if (w.slice(6, 8) === 'py') return true;
  return !BIC_SHAPED_WORDS.has(w) && !PRONOUNCED.test(w);
}

/** +850 or 00850 (the DPRK's calling code), not inside a longer number; 00850 only followed by a separator or
 *  after a telephone label, where it is not the start of an account number. */
const PHONE = /(?<![a-z0-9+])(?:\+ ?\(?850\)?(?![.,]\d\d(?!\d))(?=[ \-./)]?\(?\d)|\(\+850\)|(?:(?:tel|phone|telephone|fax|mob|mobile|cell|t|f|m)\.?:? ?)00 ?850(?=[ \-./)]?\(?\d)|00 ?850(?=[ \-./)]\(?\d))/;

/** A host or mailbox in .kp: after "@", or with a label of three letters or more, or a second-level name. Each
 *  starts only where a word of address characters starts, so a long run of them is read once, not once a letter. */
const DOMAIN = /(?<![a-z0-9._%+@-])(?:[a-z0-9._%+-]+@)?(?:[a-z0-9-]+\.)*(?:[a-z0-9-]{3,}|com|co|net|org|edu|gov|rep|tra)\.kp(?![a-z0-9-]|\.[a-z0-9])/;
const MAIL = /(?<![a-z0-9._%+-])[a-z0-9._%+-]+@(?:[a-z0-9-]+\.)+kp(?![a-z0-9-]|\.[a-z0-9])/;

/** KP, two check digits, then the account: at least 11 letters or digits together, or three groups of four. */
const IBAN = /(?<![a-z0-9])kp\d{2}(?:[a-z0-9]{11,30}|(?: [a-z0-9]{4}){3,7}(?: [a-z0-9]{1,4})?)(?![a-z0-9])/;

/**
 * A ship's MMSI of the DPRK: nine digits whose first three (the Maritime Identification Digits) are 445, after the
 * label MMSI ("MMSI 445112000", "MMSI: 445 112 000", "MMSI no. 445112000"): a vessel of the DPRK named by the number
 * its radio sends (hostile new user: "marine gasoil for MMSI 445112000" was permitted). Unlabelled, nine digits are
 * as likely an invoice's number.
 */
const MMSI = /(?<![a-z])mmsi(?: ?(?:no\.?|number|#))? ?[:=-]? ?(445(?: ?\d){6})(?!\d)/;

/** The first structured DPRK marker in folded text (`foldText`), or undefined. */
export function dprkMarker(folded: string): DprkMarker | undefined {
  for (const m of folded.matchAll(BIC)) {
    const w = m[0];
    if (isBic(folded, w, m.index)) return { kind: 'bic', word: w.toUpperCase() };
  }
  const phone = PHONE.exec(folded);
  // Quoted with the number that follows the code, as far as it reads as one ("+850 2 381 8111").
  if (phone) return { kind: 'phone', word: (phone[0] + (/^[\d \-./()]{0,24}/.exec(folded.slice(phone.index + phone[0].length))?.[0] ?? '')).trim() };
  const mail = MAIL.exec(folded) ?? DOMAIN.exec(folded);
  if (mail) return { kind: 'domain', word: mail[0] };
  const iban = IBAN.exec(folded);
  if (iban) return { kind: 'iban', word: iban[0].toUpperCase() };
  const mmsi = MMSI.exec(folded);
  if (mmsi) return { kind: 'mmsi', word: mmsi[1]!.replace(/ /g, '') };
  return undefined;
}

/** How the review says a marker: "carries a DPRK bank's SWIFT/BIC code ("FTBDKPPY")". */
export function markerSays(m: DprkMarker): string {
  switch (m.kind) {
    case 'bic': return `carries the SWIFT/BIC code of a DPRK bank ("${m.word}", country KP)`;
    case 'phone': return `carries a DPRK telephone number ("${m.word}", country code 850)`;
    case 'domain': return `carries an e-mail or web address in the DPRK's domain .kp ("${m.word}")`;
    case 'iban': return `carries an account number in the form of a DPRK IBAN ("${m.word}", country KP)`;
    case 'mmsi': return `carries the MMSI of a DPRK ship ("${m.word}", Maritime Identification Digits 445)`;
  }
}
