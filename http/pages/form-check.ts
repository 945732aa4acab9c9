/**
 * A form post checked by the same JSON Schema (and so the same limits) as the API route it mirrors, with
 * the same message naming the field: the page and the API cannot drift apart. Compiled once per schema.
 */
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { fieldOf, validationMessage, type ValidationItem } from '../errors.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
// The API's options (http/server.ts): refuse what does not fit, never coerce or drop.
const ajv = addFormats(new Ajv({ removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false, allowUnionTypes: true, strict: false }));
const compiled = new WeakMap<object, ReturnType<Ajv['compile']>>();

export interface FormProblem {
  field: string;
  message: string;
}

/** The first problem of `body` against `schema`, as the API would name it, or undefined. */
export function formProblem(schema: object, body: unknown): FormProblem | undefined {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(body)) return undefined;
  const v = validate.errors![0] as unknown as ValidationItem;
  const field = fieldOf(v, 'body');
  return { field, message: validationMessage(v, field) };
}
