// PostgreSQL statements that read the catalog with PostgreSQL's own operators and types named: an owner's operator is
// otherwise picked over the built-in one where the types fit it better (security re-review 8), so these statements
// write `OPERATOR(pg_catalog.=)` and `pg_catalog.text`, never a bare `=`, LIKE, IN or `text`.

/** `=` as PostgreSQL's own. */
export const PG_EQ = 'OPERATOR(pg_catalog.=)';

/** A string literal of the code's own text. */
export const sqlLiteral = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** An array of text literals, typed by pg_catalog's own text. */
export const textArray = (xs: readonly string[]): string => `ARRAY[${xs.map(sqlLiteral).join(', ')}]::pg_catalog.text[]`;
