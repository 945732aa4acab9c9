/**
 * The terminal sanitiser: every text the CLI prints for a person goes through it (the web pages escape
 * HTML by their own rule, http/pages/escape.ts). Input can hold terminal control sequences (an id
 * holding ESC [2K CR ESC [1A would erase the PROHIBITED line and print "PERMITTED" over it) or
 * bidirectional overrides that reorder what is shown. Every such character is shown as a visible
 * escape instead (\x1b, \r, \u202e); line feeds and tabs stay, as the layout uses them.
 */
// C0 controls but \t and \n, DEL, C1 controls, and the Unicode bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escape(c: string): string {
  const code = c.charCodeAt(0);
  if (c === '\r') return '\\r';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text safe for a terminal: control characters (but line feed and tab) made visible. */
export function forTerminal(s: string): string {
  return s.replace(UNSAFE, escape);
}

/** One value from the input inside a line: line breaks made visible too, so it cannot forge a line. */
export function inline(s: string): string {
  return forTerminal(s).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}
