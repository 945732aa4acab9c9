/**
 * One reader for files and standard input, of any size and any speed: a stream read in 64 KiB chunks
 * (1 MiB chunks measured 1.6x slower end to end on bench:check: big strings cost more to split). Never
 * `readFileSync(0)`, which fails with EAGAIN when a dependency left stdin non-blocking; so a FIFO, a
 * pipe from zcat or a terminal all work, and a file is opened once, never re-opened by path.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { InterdictError, type ErrorCode } from '../errors/index.ts';
import { firstInvalidUtf8Line, looksUtf16, notUtf8Message } from './utf8.ts';

/** A readable source: `-` is standard input. */
export function openSource(file: string): Readable {
  if (file === '-') return process.stdin;
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  // An open error (no such file) may come before anyone reads: the reader sees it when it iterates, so
  // the event itself must not be left unhandled (that would crash the process).
  stream.on('error', () => undefined);
  return stream;
}

/** Turn a stream error into the one coded I/O error (the file named, its reason in words). */
export function ioError(file: string, e: unknown): InterdictError {
  // An error that already says what failed (the output's temporary file, spool.ts) is not the input's.
  if (e instanceof InterdictError) return e;
  return new InterdictError('CLI_IO', `cannot read "${file === '-' ? 'standard input' : file}": ${whyUnreadable(e)}`, { file });
}

/** Why a file could not be read or written, in words (the one wording for every command). */
export function whyUnreadable(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code === 'ENOENT' ? 'the file does not exist' :
    err.code === 'EISDIR' ? 'it is a folder, not a file' :
    err.code === 'EACCES' ? 'permission denied' :
    err.code === 'ENOTDIR' ? 'a part of the path is a file, not a folder' :
    (err.message ?? String(e));
}

/** The whole source as bytes (for the shapes that must be parsed whole: a JSON array, one object, CSV). */
export async function readAll(file: string): Promise<Buffer> {
  try {
    return await readStream(openSource(file));
  } catch (e) {
    throw ioError(file, e);
  }
}

export async function readStream(source: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of source) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

/**
 * The whole source as text, without a leading byte-order mark. Bytes that are not UTF-8 (or UTF-16, whose
 * ASCII is valid UTF-8 with NULs between) refuse the source under the caller's bad-input code (whose hint
 * says what the input should hold), naming the input as the command calls it (`what`: "the vessels list")
 * and the line: decoded leniently they would become U+FFFD, and two references differing only in the lost
 * letters (`LIVRAISON-éTé-1`, `LIVRAISON-èTè-1`) would be stored as one, a delivery silently dropped.
 */
export async function readAllText(file: string, badInput: ErrorCode, what?: string): Promise<string> {
  const bytes = await readAll(file);
  const where = file === '-' ? 'standard input' : file;
  const input = what === undefined ? where : `${what} ${where}`;
  if (looksUtf16(bytes)) throw new InterdictError(badInput, notUtf8Message(input, bytes, undefined, file), { file, record: 'line 1' });
  const bad = firstInvalidUtf8Line(bytes);
  if (bad !== undefined) throw new InterdictError(badInput, notUtf8Message(input, bytes, bad, file), { file, record: `line ${bad}` });
  return stripBom(bytes.toString('utf8'));
}

export function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
