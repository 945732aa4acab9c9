/**
 * PostgreSQL: every one of Interdict's tables named with its schema in the statement sent (`"public".audit_log`),
 * so no search path of the session's decides which table a statement reads. The eighth security re-review showed
 * the path can move after the connection named it: code the tables' owner made (an operator of its own picked by a
 * catalog query's LIKE, an operator on a column whose type it changed) ran inside the reader's session and set the
 * path to a schema of copies, for the rest of the session; `check --db` then permitted a designated vessel while
 * `audit verify --checkpoints` said intact. A table named with its schema is that table whatever the path says,
 * and no temporary table stands for it. The code-bearing objects themselves are refused by `refuseForeignCode`.
 *
 * Our SQL is written once for both dialects with bare table names; this rewrites a bare (or double-quoted) name of
 * one of our tables, outside string literals, dollar-quoted bodies and comments, and not already qualified.
 * Memoized per statement text (the statements are the code's own, a few hundred).
 */
import { ALL_TABLES } from './area-tables.ts';
import { quoteIdent } from './sql-driver.ts';

const TABLES: ReadonlySet<string> = new Set(ALL_TABLES);

// One token at a time: a string literal, a dollar-quoted body, a comment, a quoted identifier, a bare word, or
// anything else one character at a time.
const TOKEN = /'(?:[^']|'')*'|\$([A-Za-z_]*)\$[\s\S]*?\$\1\$|--[^\n]*|\/\*[\s\S]*?\*\/|"(?:[^"]|"")*"|[A-Za-z_][A-Za-z0-9_$]*|[\s\S]/g;

const memo = new Map<string, Map<string, string>>();

/** `sql` with each of our tables named in `schema`. */
export function qualifyTables(sql: string, schema: string): string {
  let bySql = memo.get(schema);
  if (bySql === undefined) memo.set(schema, (bySql = new Map()));
  const known = bySql.get(sql);
  if (known !== undefined) return known;
  const prefix = `${quoteIdent(schema)}.`;
  let out = '';
  let last = '';
  for (const m of sql.matchAll(TOKEN)) {
    const t = m[0];
    const name = t.startsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : t;
    // A name after a dot is already qualified (schema.table) or a column of a table (alias.column).
    const table = (t.startsWith('"') || /^[A-Za-z_]/.test(t)) && TABLES.has(t.startsWith('"') ? name : name.toLowerCase()) && last !== '.';
    out += table ? prefix + t : t;
    if (!/^\s+$/.test(t)) last = t;
  }
  bySql.set(sql, out);
  return out;
}
