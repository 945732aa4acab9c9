/**
 * fast-check arbitraries for the values a JSON Schema describes (small: arrays of up to 3, strings of up
 * to 40), and for values broken on purpose. The API fuzz test (openapi-fuzz.test.ts) and the fuzz bench
 * (bench/api-fuzz.ts) draw their requests from the OpenAPI document with them.
 */
import fc from 'fast-check';

export type Schema = Record<string, unknown>;

export const HOSTILE = ['\u0000', '\ud800', '\uffff', '__proto__', '', ' ', 'x'.repeat(600), '0000-00-00', 'AA', '💥', '<script>'];

/** A value `schema` describes (as far as the generator can: `not` and if/then are filtered by the caller). */
export function arb(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (schema === undefined || depth > 5) return fc.jsonValue({ maxDepth: 1 });
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const alts = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alts) {
    const { anyOf: _a, oneOf: _o, ...rest } = schema;
    return fc.oneof(...alts.map((s) => arb(merge(rest, s), depth + 1)));
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [schema.type as string] : ['string'];
  return fc.oneof(...types.map((t) => typed(t, schema, depth)));
}

/** `rest` with the keywords of an alternative laid over it (properties and required are joined). */
function merge(rest: Schema, alt: Schema): Schema {
  const out: Schema = { ...rest, ...alt };
  if (rest.properties !== undefined && alt.properties !== undefined) out.properties = { ...(rest.properties as Schema), ...(alt.properties as Schema) };
  if (Array.isArray(rest.required) && Array.isArray(alt.required)) out.required = [...new Set([...(rest.required as string[]), ...(alt.required as string[])])];
  if (alt.type === undefined && rest.type !== undefined) out.type = rest.type;
  return out;
}

function typed(t: string, s: Schema, depth: number): fc.Arbitrary<unknown> {
  switch (t) {
    case 'null': return fc.constant(null);
    case 'boolean': return fc.boolean();
    case 'integer': return fc.integer({ min: (s.minimum as number) ?? -1000, max: Math.min((s.maximum as number) ?? 100_000, 1e9) });
    case 'number': return fc.double({ min: (s.minimum as number) ?? -1e6, max: Math.min((s.maximum as number) ?? 1e6, 1e12), noNaN: true, noDefaultInfinity: true });
    case 'array': return fc.array(arb(s.items as Schema, depth + 1), { minLength: (s.minItems as number) ?? 0, maxLength: Math.max((s.minItems as number) ?? 0, Math.min((s.maxItems as number) ?? 3, 3)) });
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, Schema>;
      const shape = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, arb(v, depth + 1)]));
      const record = fc.record(shape, { requiredKeys: ((s.required ?? []) as string[]).filter((k) => k in props) });
      const extra = s.additionalProperties;
      if (Object.keys(props).length === 0 && typeof extra === 'object') return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), arb(extra as Schema, depth + 1), { maxKeys: 3 });
      return record;
    }
    default: {
      if (s.format === 'date') return fc.date({ min: new Date('1850-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      if (typeof s.pattern === 'string') {
        try {
          const m = fc.stringMatching(new RegExp(s.pattern, 'u'));
          return typeof s.maxLength === 'number' ? m.filter((x) => x.length <= (s.maxLength as number) && x.length >= ((s.minLength as number) ?? 0)) : m;
        } catch {
          // a pattern fast-check cannot generate from: plain strings below
        }
      }
      return fc.string({ minLength: (s.minLength as number) ?? 0, maxLength: Math.min((s.maxLength as number) ?? 40, 40) });
    }
  }
}

/**
 * A value the document does not allow here, or a hostile one. The "__proto__" key is an own key (as JSON.parse makes
 * it), so it is sent: the literal `{ __proto__: … }` sets the prototype, and JSON.stringify sent it as {} (review 23).
 */
export const broken: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom(...HOSTILE), fc.jsonValue({ maxDepth: 2 }), fc.constant(JSON.parse('{"__proto__":{"admin":true}}') as unknown), fc.integer(), fc.constant([]));
