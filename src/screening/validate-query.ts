/** One screening query checked before it is screened, the same for every interface: text only, one line, a
 *  name of letters within the length limit, documents within theirs, a date of birth that is a real one. */
import { InterdictError } from '../errors/index.ts';
import { MAX_DOCUMENT_LENGTH, MAX_DOCUMENTS, MAX_NAME_LENGTH } from '../io/limits.ts';
import { findBadText, nameTextProblem } from '../io/text-guard.ts';
import { CONVERT_TO_UTF8 } from '../io/utf8.ts';
import { parseQueryDob, type QueryDob } from './evidence.ts';
import type { ScreeningQuery } from './types.ts';

/** A letter or digit: a name holds one (compiled once, not at every query). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function validateQuery(query: ScreeningQuery): QueryDob | undefined {
  const notText = findBadText(query);
  if (notText !== undefined) throw new InterdictError('SCREEN_BAD_INPUT', `${notText.message}: send text only`, { field: notText.field });
  // A name is one line of visible text (no tab, no line break), as a subject's and a party's are.
  const nameWhy = typeof query.name === 'string' ? nameTextProblem(query.name) : undefined;
  if (nameWhy !== undefined) throw new InterdictError('SCREEN_BAD_INPUT', `the name ${nameWhy}`, { field: 'name' });
  if (query.name.length > MAX_NAME_LENGTH) {
    throw new InterdictError('SCREEN_BAD_INPUT', `the name is ${query.name.length.toLocaleString('en')} characters long; at most ${MAX_NAME_LENGTH.toLocaleString('en')} are screened`, { field: 'name' });
  }
  if (query.name.includes('\uFFFD')) {
    // What bytes in another encoding become when read as UTF-8: the name is lost, not screenable.
    throw new InterdictError('SCREEN_BAD_INPUT', `the name holds U+FFFD, the mark of text that was not UTF-8 when it was read: ${CONVERT_TO_UTF8}`, { field: 'name' });
  }
  if (query.name.trim() === '' || !LETTER_OR_DIGIT.test(query.name)) {
    throw new InterdictError('SCREEN_BAD_INPUT', 'the name to screen is empty', { field: 'name' });
  }
  // The documents a query may carry: the limits every interface applies (the API's schema says the same).
  if (query.documents !== undefined) {
    if (query.documents.length > MAX_DOCUMENTS) throw new InterdictError('SCREEN_BAD_INPUT', `${query.documents.length} documents: at most ${MAX_DOCUMENTS} are compared`, { field: 'documents' });
    const long = query.documents.findIndex((d) => d.length > MAX_DOCUMENT_LENGTH);
    if (long >= 0) throw new InterdictError('SCREEN_BAD_INPUT', `document ${long + 1} is ${query.documents[long]!.length.toLocaleString('en')} characters long; at most ${MAX_DOCUMENT_LENGTH} are compared`, { field: `documents.${long}` });
  }
  if (query.dob === undefined || query.dob.trim() === '') return undefined;
  const dob = parseQueryDob(query.dob);
  if (dob === undefined) {
    // A day and month before the year (18/02/1962, 18.02.1962) is a real date in another order, and which
    // of 02/03 is the day is not ours to guess: say how to write it.
    const dayFirst = /^\s*\d{1,2}[./-]\d{1,2}[./-]\d{4}\s*$/.test(query.dob);
    throw new InterdictError('SCREEN_BAD_INPUT', `date of birth "${query.dob}" is ${dayFirst ? 'not in the order YYYY-MM-DD (write 18/02/1962 as 1962-02-18)' : 'not a real date of birth'}: YYYY, YYYY-MM or YYYY-MM-DD`, { field: 'dob' });
  }
  return dob;
}
