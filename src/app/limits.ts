// The input limits for the interfaces (the HTTP schemas, the pages): defined once, in src/io/limits.ts.
export { MAX_BATCH_RECORDS, MAX_JSON_BODY_BYTES, MAX_LIST_BODY_BYTES, MAX_NAME_LENGTH, MAX_NOTE_LENGTH, MAX_TEXT_LENGTH } from '../io/limits.ts';
