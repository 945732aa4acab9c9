/** The law-file JSON Schema, compiled once per process (ajv compiles to a function; reuse it). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { PROJECT_ROOT } from '../project-root.ts';

export const DEFAULT_LAW_DIR = path.join(PROJECT_ROOT, 'law');
const SCHEMA_FILE = path.join(DEFAULT_LAW_DIR, 'schema', 'law-file.schema.json');

let compiled: ValidateFunction | undefined;

export function lawFileValidator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object;
    compiled = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
  }
  return compiled;
}
