/**
 * PostgreSQL: Interdict's tables as its migrations make them, down to what could run code or change what a read
 * returns: each column's type, each default, each CHECK constraint, each index with an expression or a predicate,
 * each trigger, and the one function Interdict makes (its source). The ninth security re-review found the owner's
 * code let in by name (a function called audit_log_refuse in a schema of its own, a trigger on audit_log calling
 * it, a CHECK constraint calling a function) running in the service's session, where it re-prepared the service's
 * named statements to read the oldest vessels list; and an id column retyped to jsonb, where an array sorts above
 * every number, bringing an older list back. Anything here but what the migrations make is refused
 * (`refuseForeignCode`); a column missing is allowed (tables of an earlier version, refused elsewhere by name).
 *
 * `SCHEMA_SHAPE` is held to the migrations by a test (test/store-schema-shape.test.ts), which prints it afresh.
 */
import { ALL_TABLES } from './area-tables.ts';
import { PG_EQ as eq, textArray } from './catalog-sql.ts';
import { quoteIdent, type SqlExec } from './sql-driver.ts';

export interface SchemaShape {
  /** `table.column` → its type as PostgreSQL formats it. */
  columns: Record<string, string>;
  /** `table.column` → its default expression. */
  defaults: Record<string, string>;
  /** `table: definition` of each CHECK constraint. */
  checks: string[];
  /** Index definitions with an expression or a predicate, the schema's name taken out. */
  indexes: string[];
  /** `table.trigger → function` of each trigger not PostgreSQL's own (foreign keys). */
  triggers: string[];
  /** `function(arguments): source` of each function in the tables' schema. */
  functions: string[];
  /** Each sequence of the tables' schema → its increment, bounds and cycling (the tenth re-review ran un_lists' id
   *  backwards, so the list loaded last was never the one in use). */
  sequences: Record<string, string>;
}

const ours = textArray(ALL_TABLES);

/** The shape of the tables in `schema`: one statement, naming pg_catalog's own operators and functions. */
export async function readSchemaShape(db: SqlExec, schema = db.schema ?? 'public'): Promise<SchemaShape> {
  const ns = `(SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname::pg_catalog.text ${eq} ?::pg_catalog.text)`;
  const mine = (rel: string): string => `${rel}.relnamespace ${eq} ${ns} AND ${rel}.relname::pg_catalog.text ${eq} ANY (${ours})`;
  const rows = await db.all<{ kind: string; k: string; v: string }>(`SELECT 'column' AS kind, c.relname::pg_catalog.text OPERATOR(pg_catalog.||) '.' OPERATOR(pg_catalog.||) a.attname::pg_catalog.text AS k,
        pg_catalog.format_type(a.atttypid, a.atttypmod) OPERATOR(pg_catalog.||) CASE WHEN a.attgenerated ${eq} ''::pg_catalog."char" THEN '' ELSE ' generated' END AS v
      FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid ${eq} a.attrelid
      WHERE ${mine('c')} AND c.relkind ${eq} ANY (ARRAY['r', 'p']::pg_catalog."char"[]) AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped
    UNION ALL SELECT 'default', c.relname::pg_catalog.text OPERATOR(pg_catalog.||) '.' OPERATOR(pg_catalog.||) a.attname::pg_catalog.text, pg_catalog.pg_get_expr(d.adbin, d.adrelid)
      FROM pg_catalog.pg_attrdef d JOIN pg_catalog.pg_class c ON c.oid ${eq} d.adrelid
        JOIN pg_catalog.pg_attribute a ON a.attrelid ${eq} d.adrelid AND a.attnum ${eq} d.adnum
      WHERE ${mine('c')}
    UNION ALL SELECT 'check', c.relname::pg_catalog.text, pg_catalog.pg_get_constraintdef(k.oid)
      FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid ${eq} k.conrelid
      WHERE ${mine('c')} AND k.contype ${eq} 'c'::pg_catalog."char"
    UNION ALL SELECT 'index', '', pg_catalog.pg_get_indexdef(i.indexrelid)
      FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid ${eq} i.indrelid
      WHERE ${mine('c')} AND (i.indexprs IS NOT NULL OR i.indpred IS NOT NULL)
    UNION ALL SELECT 'trigger', c.relname::pg_catalog.text OPERATOR(pg_catalog.||) '.' OPERATOR(pg_catalog.||) g.tgname::pg_catalog.text,
        CASE WHEN p.pronamespace ${eq} ${ns} THEN '' ELSE fn.nspname::pg_catalog.text OPERATOR(pg_catalog.||) '.' END OPERATOR(pg_catalog.||) p.proname::pg_catalog.text
      FROM pg_catalog.pg_trigger g JOIN pg_catalog.pg_class c ON c.oid ${eq} g.tgrelid
        JOIN pg_catalog.pg_proc p ON p.oid ${eq} g.tgfoid JOIN pg_catalog.pg_namespace fn ON fn.oid ${eq} p.pronamespace
      WHERE ${mine('c')} AND NOT g.tgisinternal
    UNION ALL SELECT 'sequence', c.relname::pg_catalog.text, s.seqincrement::pg_catalog.text OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||) s.seqmin::pg_catalog.text
        OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||) s.seqmax::pg_catalog.text OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||) s.seqcycle::pg_catalog.text
      FROM pg_catalog.pg_sequence s JOIN pg_catalog.pg_class c ON c.oid ${eq} s.seqrelid WHERE c.relnamespace ${eq} ${ns}
    UNION ALL SELECT 'function', p.proname::pg_catalog.text OPERATOR(pg_catalog.||) '(' OPERATOR(pg_catalog.||) pg_catalog.pg_get_function_identity_arguments(p.oid) OPERATOR(pg_catalog.||) ')', p.prosrc
      FROM pg_catalog.pg_proc p WHERE p.pronamespace ${eq} ${ns}`, [schema, schema, schema, schema, schema, schema, schema, schema]);
  const prefix = new RegExp(`(?:${escape(quoteIdent(schema))}|\\b${escape(schema)})\\.`, 'g');
  const shape: SchemaShape = { columns: {}, defaults: {}, checks: [], indexes: [], triggers: [], functions: [], sequences: {} };
  for (const r of rows) {
    if (r.kind === 'column') shape.columns[r.k] = r.v;
    // The schema's own name taken out wherever PostgreSQL writes it (a sequence's name in a default, an index's
    // table), as it does or not by the session's search path: the shape is the same in a schema of any name.
    else if (r.kind === 'default') shape.defaults[r.k] = r.v.replace(prefix, '');
    else if (r.kind === 'check') shape.checks.push(`${r.k}: ${r.v.replace(prefix, '')}`);
    else if (r.kind === 'index') shape.indexes.push(r.v.replace(prefix, ''));
    else if (r.kind === 'trigger') shape.triggers.push(`${r.k} -> ${r.v}`);
    else if (r.kind === 'sequence') shape.sequences[r.k] = r.v;
    else shape.functions.push(`${r.k}: ${r.v.trim()}`);
  }
  for (const xs of [shape.checks, shape.indexes, shape.triggers, shape.functions]) xs.sort();
  return shape;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What in `found` the migrations never make, in words (undefined when nothing). */
export function shapeDeparture(found: SchemaShape, expected: SchemaShape): string | undefined {
  for (const [k, v] of Object.entries(found.columns)) {
    if (expected.columns[k] === undefined) return `a column ${k} Interdict never makes`;
    if (expected.columns[k] !== v) return `the column ${k} of type ${v}, not ${expected.columns[k]}`;
  }
  for (const [k, v] of Object.entries(found.defaults)) if (expected.defaults[k] !== v) return `a default of ${k} Interdict never makes (${v})`;
  const notIn = (xs: string[], ys: string[]): string | undefined => xs.find((x) => !ys.includes(x));
  const check = notIn(found.checks, expected.checks);
  if (check !== undefined) return `a constraint Interdict never makes (${check})`;
  const index = notIn(found.indexes, expected.indexes);
  if (index !== undefined) return `an index Interdict never makes (${index})`;
  const trigger = notIn(found.triggers, expected.triggers);
  if (trigger !== undefined) return `a trigger Interdict never makes (${trigger})`;
  for (const [k, v] of Object.entries(found.sequences)) if (expected.sequences[k] !== v) return `a sequence ${k} Interdict never makes (increment, bounds, cycle: ${v})`;
  const fn = notIn(found.functions, expected.functions);
  if (fn !== undefined) return `a function Interdict never makes (${fn.split(':')[0]})`;
  return undefined;
}
