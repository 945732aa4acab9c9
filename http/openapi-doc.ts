/**
 * What the route schemas cannot say by themselves, added to the generated OpenAPI document: the list
 * upload's body is the XML itself (validated by the list parser, not by JSON Schema), and every text a
 * request carries must be text (src/io/text-guard.ts: the gate runs before the schemas, so the document
 * says it as a pattern on every free string).
 */
import { MAX_BATCH_RECORDS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_TRANSACTION_GOODS, MAX_TRANSACTION_PARTIES, MAX_TRANSACTION_VESSELS } from '../src/app/limits.ts';
import { LEDGER_PRODUCT_ALIASES, LEDGER_PRODUCT_NAMES } from '../src/app/ledger/index.ts';
import { DOB, LIST_MEDIA_TYPES, OPTIONAL_BODY, VESSELS_MEDIA_TYPES } from './schemas.ts';

type Schema = Record<string, unknown>;
type Operation = { description?: string; parameters?: { name?: string; schema?: Schema }[]; requestBody?: { content?: Record<string, { schema?: Schema }>; required?: boolean }; [OPTIONAL_BODY]?: boolean };
type OpenApiDoc = { paths?: Record<string, Record<string, Operation>> };

/** What no text holds (src/io/text-guard.ts): no NUL or other control character but tab, line feed and
 *  carriage return, no bidirectional control, no lone surrogate, no non-character (ajv and the document's
 *  readers compile it with the u flag). */
export const TEXT_PATTERN = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\p{Cs}\\p{Noncharacter_Code_Point}]*$';

/** Every string schema under `s` with no pattern, format or fixed values of its own gets the text pattern. */
function markText(s: unknown): void {
  if (typeof s !== 'object' || s === null) return;
  if (Array.isArray(s)) {
    for (const x of s) markText(x);
    return;
  }
  const o = s as Schema;
  const types = Array.isArray(o.type) ? o.type : [o.type];
  if (types.includes('string') && o.pattern === undefined && o.format === undefined && o.enum === undefined && o.const === undefined) o.pattern = TEXT_PATTERN;
  for (const [k, v] of Object.entries(o)) if (k !== 'enum' && k !== 'const' && k !== 'examples') markText(v);
}

/**
 * A transaction as the check's parser takes it (CONTRACT §1, src/check/parse-transaction.ts): the route
 * itself lets the parser refuse, so its messages name the record and field; the document says the same rules.
 */
export function transactionSchema(countries: readonly string[], products: readonly string[], types: readonly string[]): Schema {
  const text = { type: 'string', maxLength: MAX_TEXT_LENGTH };
  const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' };
  const country = { type: 'string', enum: [...countries] };
  const closed = (properties: Record<string, unknown>, required: string[] = []): Schema => ({ type: 'object', additionalProperties: false, required, properties });
  const tx = closed({
    // A number id only as a whole number JSON carries exactly (parse-transaction.ts refuses any other).
    id: { anyOf: [{ type: 'string', maxLength: MAX_TEXT_LENGTH }, { type: 'integer', minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER }] },
    type: { enum: [...types] },
    date,
    from: country,
    to: country,
    goods: {
      type: 'array',
      maxItems: MAX_TRANSACTION_GOODS,
      items: closed({
        hs: { type: 'string', pattern: '^\\s*(?!00|77)\\d{2}((?!00)\\d{2}(\\.?\\d{2}(\\.?\\d{2}(\\.?\\d{2})?)?)?)?\\s*$', description: 'An HS chapter, heading, subheading or national line that names goods: chapter 00 does not exist, chapter 77 is reserved, no heading ends in 00. Chapters 98 and 99 (national special provisions) do not identify goods: the product or description must.' },
        description: text, product: { enum: [...products] }, quantity: { type: 'number', minimum: 0 }, unit: text, value: { type: 'number', minimum: 0 },
      }),
    },
    contract: closed({ finalized: date }),
    parties: { type: 'array', maxItems: MAX_TRANSACTION_PARTIES, items: closed({ name: { type: 'string', maxLength: MAX_NAME_LENGTH, pattern: '\\S' }, role: text, country, nationality: country, dob: DOB, type: { enum: ['person', 'entity'] } }, ['name']) },
    vessels: { type: 'array', maxItems: MAX_TRANSACTION_VESSELS, items: closed({ name: text, imo: { type: 'string', pattern: '^([Ii][Mm][Oo] ?)?\\d{7}$' }, flag: country }) },
    worker: closed({ nationality: country }),
    jointVenture: closed({ established: date, project: text }),
    approvals: { type: 'array', items: closed({ measure: { type: 'string', minLength: 1 }, reference: { type: 'string', pattern: '\\S' }, date }, ['measure', 'reference']) },
    purpose: text,
  }, ['type', 'date']);
  return { description: 'A transaction, or an array of them (CONTRACT §1)', anyOf: [tx, { type: 'array', maxItems: MAX_BATCH_RECORDS, items: tx }] };
}

export function describeOutside<T>(input: T, transaction?: Schema): T {
  const doc = input as OpenApiDoc;
  const check = doc.paths?.['/v1/check']?.post?.requestBody?.content?.['application/json'];
  if (check !== undefined && transaction !== undefined) check.schema = transaction;
  for (const ops of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(ops)) {
      // A body that carries nothing required may be left out (the server reads none as {}: optionalBody).
      if (op[OPTIONAL_BODY] === true && op.requestBody !== undefined) op.requestBody.required = false;
      delete op[OPTIONAL_BODY];
      for (const p of op.parameters ?? []) markText(p.schema);
      for (const c of Object.values(op.requestBody?.content ?? {})) markText(c.schema);
    }
  }
  // The bodies Fastify's route schemas cannot say: an XML list, a vessels CSV (each read whole, as text).
  // Each with exactly the media types the route takes (any other is 415: http/media-types.ts).
  const raw: [string, readonly string[], string][] = [
    ['/v1/lists', LIST_MEDIA_TYPES, 'a UN Security Council Consolidated List XML file'],
    ['/v1/vessels', VESSELS_MEDIA_TYPES, 'the 1718 Designated Vessels List as CSV (name,imo,mmsi,flag,callsign,type,designated,owner,legalBases)'],
    ['/v1/vessels/preview', VESSELS_MEDIA_TYPES, 'the 1718 Designated Vessels List as CSV, previewed (nothing stored)'],
  ];
  for (const [path, types, description] of raw) {
    const op = doc.paths?.[path]?.post;
    if (op) op.requestBody = { content: Object.fromEntries(types.map((t) => [t, { schema: { type: 'string', description } }])), required: true } as Operation['requestBody'];
  }
  statesRulesAcrossFields(doc);
  return input;
}

/** The heading under which an operation's description names the rules across fields a JSON Schema cannot state. */
export const RULES_HEADING = 'Rules across fields';

/**
 * A product as parseProduct reads it (src/ledger/products.ts): any case, surrounding space, a run of spaces,
 * underscores or slashes for a hyphen, one of the names or a common one; blank is none given.
 */
function productPattern(): string {
  const letter = (c: string): string => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}${c === 'k' ? '\\u212A' : ''}]` : c);
  const word = (name: string): string => name.split('-').map((part) => [...part].map(letter).join('')).join('(-|[\\s_/]+)');
  return `^\\s*(${[...LEDGER_PRODUCT_NAMES, ...Object.keys(LEDGER_PRODUCT_ALIASES)].map(word).join('|')})?\\s*$`;
}

/**
 * The rules the server enforces across fields (or against the calendar, the law and the accounts), for a
 * client to read in the document: those JSON Schema can state are added to the operation's body schema
 * (anyOf/required, a pattern, not, if/then); the others are named in its description under RULES_HEADING.
 * The server keeps its own checks (its messages name the field); the route schemas that validate requests
 * are not changed (each schema here is a copy).
 */
function statesRulesAcrossFields(doc: OpenApiDoc): void {
  const op = (method: string, path: string): Operation | undefined => doc.paths?.[path]?.[method];
  const body = (o: Operation | undefined, change: (s: Schema) => Schema): void => {
    const c = o?.requestBody?.content?.['application/json'];
    if (c?.schema !== undefined) c.schema = change(c.schema);
  };
  const rules = (o: Operation | undefined, lines: string[]): void => {
    if (o === undefined) return;
    o.description = `${o.description ?? ''}${o.description ? '\n\n' : ''}${RULES_HEADING} (checked by the server, beyond what the schema states):\n${lines.map((l) => `- ${l}`).join('\n')}`;
  };
  const withProperty = (s: Schema, name: string, add: Schema): Schema => {
    const props = s.properties as Record<string, Schema> | undefined;
    return props?.[name] === undefined ? s : { ...s, properties: { ...props, [name]: { ...props[name], ...add } } };
  };
  const product = { pattern: productPattern() };
  const contains = (role: string): Schema => ({ contains: { const: role } });
  // Segregation of duties (roles.ts): admin never with analyst or releaser.
  const segregated: Schema = { not: { required: ['roles'], properties: { roles: { allOf: [contains('admin'), { anyOf: [contains('analyst'), contains('releaser')] }] } } } };
  // A reporter is bound to one State; only a reporter is (accounts.ts).
  const reporterState: Schema = { if: { required: ['roles'], properties: { roles: contains('reporter') } }, then: { required: ['state'] }, else: { not: { required: ['state'] } } };

  const delivery = op('post', '/v1/ledger/deliveries');
  body(delivery, (s) => ({
    ...withProperty(s, 'product', product),
    // A delivery needs a quantity; a crude oil delivery names no refined product.
    allOf: [
      { anyOf: [{ required: ['barrels'] }, { required: ['tonnes'] }] },
      { if: { required: ['commodity'], properties: { commodity: { const: 'crude-oil' } } }, then: { properties: { product: { pattern: '^\\s*$' } } } },
    ],
  }));
  rules(delivery, [
    '`date` falls inside a cap period of the law for the commodity (GET /v1/ledger/status names them).',
    '`reported` is not before `date`, and not after tomorrow (UTC).',
    'With both `barrels` and `tonnes`, they agree: barrels per tonne within the factor range (6 to 12); one zero and the other not is refused.',
    'A single delivery above 10 times the period\'s cap needs `confirmLarge: true`.',
    'A reporter records deliveries for its own State only.',
  ]);
  const amend = op('post', '/v1/ledger/deliveries/{state}/{ref}/amend');
  body(amend, (s) => withProperty(s, 'product', product));
  rules(amend, [
    'The delivery amended is the caller\'s State\'s (a reporter), and exists (404).',
    'After the change, the delivery holds as a new one would: `date` inside a cap period, `reported` not before `date`, `barrels` and `tonnes` agreeing, a `product` only on refined petroleum.',
  ]);
  const decision = op('post', '/v1/alerts/{id}/decision');
  body(decision, (s) => ({ ...s, if: { required: ['expires'] }, then: { properties: { disposition: { const: 'false-positive' } } } }));
  rules(decision, ['`expires` is a day after today (UTC): a suppression that has lapsed suppresses nothing.']);
  const assign = op('post', '/v1/alerts/{id}/assign');
  rules(assign, ['`user` is an account that exists, is not revoked, and may decide alerts (analyst or releaser).']);
  rules(op('get', '/v1/ledger/deliveries'), ['`to` is not before `from`.']);
  rules(op('get', '/v1/ledger/status'), ['`period` names a cap period of the law for the commodity: its key (a year, YYYY-Qn, or a range YYYY-MM-DD/YYYY-MM-DD), or a year or date inside one.']);
  const screen = op('post', '/v1/screen');
  rules(screen, ['`reviewThreshold` is not above `threshold` (each as given, or its default), in a single query and in each query of a batch.']);
  for (const [method, path] of [['post', '/v1/users'], ['patch', '/v1/users/{name}']] as const) {
    const o = op(method, path);
    body(o, (s) => ({ ...s, allOf: [segregated, reporterState] }));
    rules(o, ['A grant of analyst, releaser or admin by an admin waits for a second admin (POST /v1/users/NAME/confirm).']);
  }
  body(op('post', '/v1/users/{name}/confirm'), (s) => ({ ...s, ...segregated }));
}
