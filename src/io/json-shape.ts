/**
 * The one rule for what shape a JSON input is in, read from its start: NDJSON (one value per line, read
 * as a stream whatever its size) or one JSON value (an array, or an object maybe pretty-printed) read
 * whole. Only as much is read as the decision needs; the bytes read are handed back in front of the rest.
 */
import { Readable } from 'node:stream';
import { MAX_WHOLE_JSON_BYTES } from './limits.ts';

export type JsonShape = 'ndjson' | 'whole';

/**
 * Decide the input's shape from its start, reading only as far as it must, in time linear in what it
 * reads (a 50 MB first line is scanned once): `[` is a JSON array, read whole; `{` whose first line is a
 * whole object, or ends in "}" and the second line is one (so a broken first record is reported as
 * line 1, not by reading the whole file as one value), with more after it, is NDJSON, streamed; any other `{` (one object,
 * maybe pretty-printed) is read whole; anything else is NDJSON whose first line will be refused.
 */
export async function peekJsonShape(source: Readable): Promise<{ shape: JsonShape; rest: Readable }> {
  const it = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  // What has been read, in one buffer that doubles as it fills (appending stays linear).
  let store = Buffer.alloc(0);
  let size = 0;
  let bytes: Buffer = store;
  /** Read until more than `n` bytes are held; false at the end of the input. */
  const more = async (n: number): Promise<boolean> => {
    while (size <= n) {
      const r = await it.next();
      if (r.done) break;
      const chunk = r.value;
      if (size + chunk.length > store.length) {
        const grown = Buffer.allocUnsafe(Math.max(2 * store.length, size + chunk.length, 1 << 16));
        store.copy(grown, 0, 0, size);
        store = grown;
      }
      chunk.copy(store, size);
      size += chunk.length;
    }
    bytes = store.subarray(0, size);
    return size > n;
  };
  const shape = await (async (): Promise<JsonShape> => {
    let i = 0;
    // The first character that is not white space (nor a byte-order mark).
    for (;;) {
      if (i >= size && !(await more(i))) return 'whole'; // empty: read whole, where it is refused as empty
      const c = bytes[i]!;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else if (i === 0 && c === 0xef && size >= 3 && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
      else if (i === 0 && c === 0xef && size < 3 && (await more(2))) continue;
      else break;
    }
    if (bytes[i] === 0x5b) return 'whole';
    if (bytes[i] !== 0x7b) return 'ndjson';
    const line1 = await lineFrom(i);
    if (line1 === undefined) return 'whole'; // one line: one object
    const start2 = await nextContent(line1.end + 1);
    if (start2 === undefined) return 'whole';
    const first = bytes.toString('utf8', i, line1.end).trimEnd();
    if (parsesAsObject(first)) return 'ndjson';
    // A broken record is still a whole line ending in "}"; a hand-formatted object's first line ends in
    // "[", "{", "," or ":" (and its second line may well be an object of its own).
    if (!first.endsWith('}')) return 'whole';
    const line2 = await lineFrom(start2);
    return parsesAsObject(bytes.toString('utf8', start2, line2?.end ?? size)) ? 'ndjson' : 'whole';
  })();
  // Scanning helpers over `bytes`, reading more as needed (each byte is looked at once per search).
  async function lineFrom(from: number): Promise<{ end: number } | undefined> {
    let at = from;
    for (;;) {
      const nl = bytes.indexOf(0x0a, at);
      if (nl >= 0) return { end: nl };
      // Past the bound of a value read whole, stop looking: read whole, it is refused by its size.
      if (size - from > MAX_WHOLE_JSON_BYTES) return undefined;
      at = Math.max(from, size);
      if (!(await more(size))) return undefined;
    }
  }
  async function nextContent(from: number): Promise<number | undefined> {
    let i = from;
    for (;;) {
      if (i >= size && !(await more(i))) return undefined;
      const c = bytes[i]!;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return i;
    }
  }
  const rest = Readable.from((async function* () {
    if (size > 0) yield bytes;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  })());
  return { shape, rest };
}

function parsesAsObject(line: string): boolean {
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}
