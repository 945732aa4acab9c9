// Input and output plumbing shared by the app layer and the interfaces: one reader for files and
// stdin, lines of a stream in bounded memory, output held back until the input proved valid.
export { openSource, readAll, readAllText, readStream, stripBom, ioError } from './input-source.ts';
export { forEachFileLine, forEachLine } from './line-reader.ts';
export { Spool } from './spool.ts';
export type { ByteSink } from './byte-sink.ts';
export { cacheDir, ensureCacheDir } from './cache-dir.ts';
export { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_WHOLE_JSON_BYTES } from './limits.ts';
export { peekJsonShape, type JsonShape } from './json-shape.ts';
export { CONVERT_TO_UTF8, firstInvalidUtf8Line, notUtf8Hint, notUtf8Message } from './utf8.ts';
