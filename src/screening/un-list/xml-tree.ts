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

/** Validate then parse. Returns the document's top-level entries or a problem; never throws. */
export function parseXml(text: string): { doc: XNode } | { problem: XmlProblem } {
  // The whole text: a declaration after the first few kilobytes (behind a long comment) is one too.
  if (/<!DOCTYPE/i.test(text) || text.includes('<!ENTITY')) {
    return { problem: { message: 'a DOCTYPE or entity declaration is not allowed in a UN list file' } };
  }
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
