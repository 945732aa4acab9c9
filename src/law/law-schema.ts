/** The law-file JSON Schema, compiled once per process (ajv compiles to a function; reuse it). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { PROJECT_ROOT } from '../project-root.ts';

export const DEFAULT_LAW_DIR = path.join(PROJECT_ROOT, 'law');
export const SCHEMA_FILE = path.join(DEFAULT_LAW_DIR, 'schema', 'law-file.schema.json');

let compiled: ValidateFunction | undefined;

export function lawFileValidator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object;
    // Loaded here, not at import: a run that finds the validated law in its cache never needs ajv.
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    compiled = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
  }
  return compiled;
}
