/**
 * korean-v3: the words payment messages, invoices and bills of lading write around a party's name, in one table,
 * so that the readings that take a name out of such text (`party-labels.ts`, `name-parts.ts`,
 * `names-in-text.ts`) agree on what is the document's own text and what may be a name. Lower case, as folded.
 */

/** Words saying a payment went to or came from the name after them, after a payment word before ("PAYMENT FOR
 *  MACHINE PARTS TO KOREA UNITED DEVELOPMENT BANK", "transfer from Park Young Sik"). */
export const PAYMENT_WORDS: ReadonlySet<string> = new Set([
  'payment', 'payments', 'pmt', 'pymt', 'paymt', 'remittance', 'remitted', 'transfer', 'transferred', 'paid', 'sent', 'wire', 'trf',
]);

/** Words of a payment's or an invoice's text that a name follows after `to` or `from` run onto it (INVOICE 5
 *  TOHWANG SOK-HWA, SETTLEMENT OF INVOICE 5 TOYUN HO-JIN: re-test 32), the payment words among them. */
export const PAYMENT_CONTEXT: ReadonlySet<string> = new Set([
  ...PAYMENT_WORDS, 'invoice', 'invoices', 'inv', 'settlement', 'settle', 'remit', 'pay', 'paid', 'fee', 'fees', 'charges', 'freight', 'contract', 'order', 'po',
]);

/** Trade abbreviations and currencies a payment's text writes in capitals (USD, FOB, QTY). */
const TRADE_TERMS = ['usd', 'eur', 'cny', 'rmb', 'fob', 'cif', 'vat', 'ref', 'inv', 'pmt', 'via', 'per', 'qty', 'pcs'];

/** Words of a payment's or an invoice's own text before a name ("payment re", "invoice 2231", "being payment for",
 *  "freight charges"), the payment words among them: a front of these (and numbers) only is free text for sure. */
export const FREE_TEXT_WORDS: ReadonlySet<string> = new Set([
  ...PAYMENT_WORDS, ...TRADE_TERMS,
  'pay', 'invoice', 'invoices', 'fee', 'fees', 'charge', 'charges', 'freight', 'remit', 'settlement', 'settle', 'being', 're',
  'reference', 'for', 'of', 'to', 'the', 'a', 'an', 'on', 'from', 'tt', 'purchase', 'order', 'po', 'contract', 'no', 'nr', 'number',
  'deposit', 'advance', 'balance', 'final', 'partial', 'refund', 'commission', 'repayment', 'amount', 'amt', 'value', 'total', 'due', 'in',
  'favor', 'favour', 'bill', 'lading', 'shipment', 'cargo', 'demurrage', 'hire', 'charter', 'bunker', 'bunkers', 'dues', 'tax', 'customs',
  'duty', 'premium', 'funds', 'fund', 'proceeds', 'goods', 'supply', 'supplies', 'purchases', 'sale', 'sales', 'loan', 'and', 'as', 'by', 'with',
  // Bills of lading, invoices and payment messages (security review 33): GOODS DELIVERED TO, B/L NO. … CONSIGNED
  // TO, FREIGHT PREPAID NOTIFY PARTY, … DATED 12.05.2025 FOR, SWIFT MT103, OUR REF, PO# 44812 - MRS.
  'party', 'delivered', 'delivery', 'consigned', 'shipped', 'notify', 'prepaid', 'collect', 'dated', 'date', 'our', 'your', 'b', 'l', 'bl', 'awb',
  'swift', 'mt', 'mt103', 'field', 'ordering', 'beneficiary', 'customer', 'mr', 'mrs', 'ms', 'miss', 'messrs', 'dear', 'sir', 'attn',
  // Letters of credit and contracts in their English (re-test 35): ACCORDING CONTRACT … RECEIVER, WE HEREBY CONFIRM
  // THAT OUR CUSTOMER, THE BUYER IS, FOR FURTHER CREDIT TO.
  'according', 'receiver', 'recipient', 'buyer', 'seller', 'applicant', 'consignee', 'shipper', 'confirm', 'hereby', 'that', 'we', 'is',
  'further', 'credit', 'sum', 'terms', 'said', 'above', 'mentioned',
]);

/** Words of a payment's text after a name ("… as per contract no. PO83204", "… re contract SC75606", "… ATTN: MR
 *  KIM", "… PASSPORT NO. 907900131", "… TEL: 850-2-381-2588"): the name stops before one. */
export const TRAILING_TEXT: ReadonlySet<string> = new Set(['attn', 'attention', 'tel', 'fax', 'passport', 'contract', 're', 'ref', 'per', 'invoice', 'inv', 'pp', 'ppt', 'esq', 'esquire']);

/** Words a text writes in capitals that are no listed initialism: months, the trade terms, and short words that
 *  happen to be some listed name's letters (NGO, LET, MID). */
export const TEXT_WORDS: ReadonlySet<string> = new Set([
  ...TRADE_TERMS, 'net', 'max', 'min', // not free text before a name: MIN is a family name
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ngo', 'let', 'mid', 'pad', 'bal', 'sig', 'ssl', 'mit', 'asc', 'aig', 'uci', 'isi', 'mak', 'kaa', 'dio', 'ifp',
]);
