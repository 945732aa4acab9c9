/**
 * Every answer against the OpenAPI document: its status is one the document gives for that operation,
 * and its body matches that status's schema. The test harness runs every answer of the service tests
 * through it (startTestService wraps app.inject), and the fuzzer (openapi-fuzz.test.ts) every answer it
 * provokes, so the document is held to what the service sends.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: its default export is the function itself, or holds it.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

interface Op {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
export type OpenApiDoc = { paths: Record<string, Record<string, Op>> };

export class OpenApiCheck {
  private readonly ajv: Ajv2020;
  private readonly ops: { pattern: RegExp; path: string; method: string; op: Op }[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();
  /** How many answers were held to the document. */
  checked = 0;

  constructor(readonly doc: OpenApiDoc) {
    this.ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
    addFormats(this.ajv);
    for (const [path, methods] of Object.entries(doc.paths)) {
      const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}|\{[^}]+\}/g, '[^/]+')}$`);
      for (const [method, op] of Object.entries(methods)) this.ops.push({ pattern, path, method: method.toUpperCase(), op });
    }
  }

  /** The documented operation a request is, if any (unknown paths and methods are the 404/405 handler's). */
  operation(method: string, url: string): { path: string; op: Op } | undefined {
    const path = url.split('?')[0]!;
    return this.ops.find((o) => o.method === method.toUpperCase() && o.pattern.test(path));
  }

  /** Why an answer does not match the document, or undefined when it does. */
  problem(method: string, url: string, status: number, contentType: string | undefined, body: string): string | undefined {
    const found = this.operation(method, url);
    if (found === undefined) return undefined;
    this.checked++;
    const where = `${method} ${found.path} → ${status}`;
    const response = found.op.responses?.[String(status)];
    if (response === undefined) return `${where}: the document gives no ${status} for this operation (it gives ${Object.keys(found.op.responses ?? {}).join(', ')})`;
    const schema = response.content?.['application/json']?.schema;
    if (schema === undefined) return undefined;
    if (!/json/.test(contentType ?? '')) return `${where}: documented as JSON, sent as ${contentType}`;
    const key = `${method} ${found.path} ${status}`;
    const validate = this.compiled.get(key) ?? this.ajv.compile(schema as object);
    this.compiled.set(key, validate);
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return `${where}: the body is not JSON`;
    }
    if (validate(value)) return undefined;
    const e = validate.errors?.[0];
    return `${where}: ${e?.instancePath || '(body)'} ${e?.message ?? 'does not match'} ${e?.params ? JSON.stringify(e.params) : ''} — body ${body.slice(0, 300)}`;
  }
}
