/** Control characters (C0, DEL, C1) in input strings would drive a terminal: replace them with spaces. */
export function sanitize(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c < 0x20 || (c >= 0x7f && c <= 0x9f) ? ' ' : s[i];
  }
  return out;
}
