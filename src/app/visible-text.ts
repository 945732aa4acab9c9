/**
 * Text quoted back to a user (an error message, the field it names) with its invisible characters written out:
 * a bidirectional override (U+202E) echoed raw reorders whatever follows it on the reader's screen or log line,
 * a zero-width or control character hides what was sent. Each is shown as `<U+202E>`; the rest is unchanged.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029\p{Cs}]/gu;

export function visibleText(s: string): string {
  return s.replace(INVISIBLE, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}
