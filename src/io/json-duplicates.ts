/**
 * A key given twice in one JSON object: JSON.parse keeps the last and drops the first without a word,
 * so a body could say one thing to a reader (or to a proxy that keeps the first) and another to the
 * service. Found in one pass over text that already parsed (so it is valid JSON): strings are skipped
 * with indexOf, each object keeps the set of its keys. A 2 MiB body costs a few milliseconds.
 */

/** The first key found twice in one object (decoded, as JSON.parse reads it), or undefined. */
export function duplicateKey(text: string): string | undefined {
  return duplicateKeyAt(text)?.key;
}

/** The first key found twice in one object: the key, where its second writing starts, and which element
 *  of a top-level array holds it (0 when the text is no array), to name the line and record. */
export function duplicateKeyAt(text: string): { key: string; at: number; element: number } | undefined {
  const frames: (Set<string> | null)[] = [];
  let element = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // The closing quote: the next one not escaped by an odd run of backslashes.
      let j = i;
      let escaped = false;
      for (;;) {
        j = text.indexOf('"', j + 1);
        if (j < 0) return undefined; // not JSON after all: the parser said so already
        let b = j - 1;
        while (text.charCodeAt(b) === 0x5c /* \ */) b--;
        if ((j - 1 - b) % 2 === 0) break;
        escaped = true;
      }
      const top = frames[frames.length - 1];
      if (top) {
        let k = j + 1;
        while (k < n && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x0a || text.charCodeAt(k) === 0x0d || text.charCodeAt(k) === 0x09)) k++;
        if (text.charCodeAt(k) === 0x3a /* : */) {
          const raw = text.slice(i + 1, j);
          const key = escaped || raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
          if (top.has(key)) return { key, at: i, element };
          top.add(key);
        }
      }
      i = j;
    } else if (c === 0x7b /* { */) frames.push(new Set());
    else if (c === 0x5b /* [ */) frames.push(null);
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) frames.pop();
    else if (c === 0x2c /* , */ && frames.length === 1 && frames[0] === null) element++;
  }
  return undefined;
}
