/**
 * A thin, uniform view of the parsed XML. fast-xml-parser runs in its ordered mode (every element is a
 * list of child entries, so one <VALUE> and three <VALUE>s look the same), values stay strings (no
 * number coercion: a DATAID never loses digits), and jPath strings are not built: both cut parse time
 * by about a third on the real file.
 */
import { createRequire } from 'node:module';
import type { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One entry of an element's content: `{ TAG: [...children], ':@'?: attributes }` or `{ '#text': '…' }`. */
export type XEntry = Record<string, unknown>;
/** An element, seen as the list of its child entries. */
export type XNode = readonly XEntry[];

// Loaded on first use: a command that never reads a list XML (check without parties, law list) never
// pays for the XML library's start-up (about 30 ms).
let lib: { parser: XMLParser; validator: typeof XMLValidator } | undefined;
function xml(): { parser: XMLParser; validator: typeof XMLValidator } {
  if (lib) return lib;
  const m = createRequire(import.meta.url)('fast-xml-parser') as typeof import('fast-xml-parser');
  lib = { parser: new m.XMLParser(PARSER_OPTIONS), validator: m.XMLValidator };
  return lib;
}

const PARSER_OPTIONS = {
  preserveOrder: true,
  jPath: false,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Numeric character references (&#8217; is how the UN writes a curly apostrophe) are decoded by the
  // html-entity decoder; named HTML entities never occur in the UN file. A DOCTYPE (the only way to
  // declare custom entities) is refused before parsing, so there is no entity expansion at all.
  processEntities: true,
  htmlEntities: true,
};

export interface XmlProblem {
  message: string;
  line?: number;
}

/** XML 1.0's Char production: what a character reference may name. */
function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/**
 * The first character reference naming no XML character (XML 1.0, "Well-formedness constraint: Legal
 * Character"): &#0; and &#x0; (which the parser's decoder drops, so PAK&#x0;ERIC read as PAKERIC), &#7;, a
 * surrogate (&#xD800;), beyond Unicode (&#x110000;). Such a file is not well-formed XML (security review 19,
 * LOW-6): refused, naming the line, before anything of it is read.
 */
function badCharacterReference(text: string): XmlProblem | undefined {
  if (!text.includes('&#')) return undefined;
  for (const m of text.matchAll(/&#(?:[xX]([0-9A-Fa-f]+)|([0-9]+));/g)) {
    const digits = (m[1] ?? m[2]!).replace(/^0+(?=.)/, '');
    const cp = digits.length > 8 ? Number.POSITIVE_INFINITY : parseInt(digits, m[1] !== undefined ? 16 : 10);
    if (isXmlChar(cp)) continue;
    const line = text.slice(0, m.index).split('\n').length;
    const what = cp > 0x10ffff ? 'beyond Unicode' : `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    return { message: `not well-formed XML: the character reference ${m[0].slice(0, 24)} names ${what}, which is no XML character (XML 1.0 allows tab, line feed, carriage return, U+0020-U+D7FF, U+E000-U+FFFD, U+10000-U+10FFFF)`, line };
  }
  return undefined;
}

/** Validate then parse. Returns the document's top-level entries or a problem; never throws. */
export function parseXml(text: string): { doc: XNode } | { problem: XmlProblem } {
  // The whole text: a declaration after the first few kilobytes (behind a long comment) is one too.
  if (/<!DOCTYPE/i.test(text) || text.includes('<!ENTITY')) {
    return { problem: { message: 'a DOCTYPE or entity declaration is not allowed in a UN list file' } };
  }
  const reference = badCharacterReference(text);
  if (reference !== undefined) return { problem: reference };
  // INVARIANT: the parser itself is lenient (it accepts a file cut short), so nothing reaches it unvalidated.
  const valid = xml().validator.validate(text);
  if (valid !== true) {
    // The validator reports a file cut short as "Invalid '[\"A\",\"B\"]' found." (the tags left open).
    const open = /^Invalid '(\[[\s\S]*\])' found/.exec(valid.err.msg)?.[1];
    if (open !== undefined) {
      const tags = (JSON.parse(open) as string[]).map((t) => `<${t}>`).join(' > ');
      return { problem: { message: `the file ends before its elements are closed (truncated?): still open ${tags}` } };
    }
    return { problem: { message: `not well-formed XML: ${valid.err.msg}`, line: valid.err.line } };
  }
  try {
    return { doc: xml().parser.parse(text) as XEntry[] };
  } catch (e) {
    return { problem: { message: `not well-formed XML: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

/** Fold line breaks, tabs and runs of spaces into one space, and trim. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The element tags present among the entries (text entries and attributes left out). */
export function tagsOf(node: XNode): string[] {
  return node.flatMap((e) => Object.keys(e).filter((k) => k !== ':@' && k !== '#text'));
}

/** The child elements named `tag`, in document order. */
export function children(node: XNode, tag: string): XNode[] {
  const out: XNode[] = [];
  for (const e of node) {
    const v = e[tag];
    if (Array.isArray(v)) out.push(v as XEntry[]);
  }
  return out;
}

/** The text content of an element, collapsed ('' when it has none). */
function ownText(el: XNode): string {
  let s = '';
  for (const e of el) {
    const t = e['#text'];
    if (typeof t === 'string') s += t;
  }
  return s === '' ? '' : collapse(s);
}

/** Every non-empty text of the child elements named `tag`, collapsed. */
export function texts(node: XNode, tag: string): string[] {
  const out: string[] = [];
  for (const el of children(node, tag)) {
    const t = ownText(el);
    if (t !== '') out.push(t);
  }
  return out;
}

/** The first non-empty text of `tag`, collapsed, or undefined. */
export function text(node: XNode, tag: string): string | undefined {
  for (const el of children(node, tag)) {
    const t = ownText(el);
    if (t !== '') return t;
  }
  return undefined;
}

/** The VALUE texts under each `tag` element (NATIONALITY/VALUE, DESIGNATION/VALUE, …). */
export function values(node: XNode, tag: string): string[] {
  return children(node, tag).flatMap((c) => texts(c, 'VALUE'));
}

/** An attribute of the top-level element named `tag` in `doc`. */
export function rootAttribute(doc: XNode, tag: string, name: string): string | undefined {
  const entry = doc.find((e) => tag in e);
  const attrs = entry?.[':@'] as Record<string, unknown> | undefined;
  const v = attrs?.[`@_${name}`];
  return typeof v === 'string' ? v : undefined;
}
