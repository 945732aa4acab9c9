/**
 * Cursor pagination for every list the service answers (CONTRACT §4a): `?limit=` (default 50, at most
 * 500), `?cursor=`, `?order=asc|desc` (newest first by default); the answer `{items, total, next}`.
 *
 * Keyset, not offset: the cursor holds the sort key of the last item sent, so a page stays correct while
 * new rows arrive (an offset would repeat or skip rows). The cursor is opaque to clients (base64url JSON)
 * and checked when it comes back: a cursor that is not ours is bad input naming `cursor`.
 */
import { InterdictError } from '../errors/index.ts';

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 500;

export type SortOrder = 'asc' | 'desc';
export type KeyValue = string | number;

export interface PageRequest {
  limit: number;
  order: SortOrder;
  /** The sort key of the last item of the previous page. */
  after?: KeyValue[];
}

export interface Page<T> {
  items: T[];
  total: number;
  next: string | null;
}

/** The query parameters every paged route takes, as JSON Schema (merged into each route's querystring). */
export const PAGE_QUERY_PROPERTIES = {
  // Exactly 1 to MAX_PAGE_LIMIT (500) in plain digits, as pageRequest reads it (paging.test.ts holds the two alike).
  limit: { type: 'string', pattern: '^([1-9][0-9]?|[1-4][0-9]{2}|500)$', description: `items per page, 1 to ${MAX_PAGE_LIMIT} (default ${DEFAULT_PAGE_LIMIT})` },
  cursor: { type: 'string', maxLength: 1000, pattern: '^[A-Za-z0-9_-]+$', description: 'the `next` of the previous page' },
  order: { enum: ['asc', 'desc'], description: 'desc (newest first, the default) or asc' },
} as const;

export function encodeCursor(key: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(raw: string, width: number): KeyValue[] {
  const bad = (): never => {
    throw new InterdictError('SERVICE_BAD_INPUT', 'cursor is not one this service gave: send the "next" of the previous page, unchanged', { field: 'cursor' });
  };
  if (!/^[A-Za-z0-9_-]{1,1000}$/.test(raw)) return bad();
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return bad();
  }
  // What a cursor of ours can hold: short text without control characters (PostgreSQL refuses a NUL in
  // text), numbers within the safe range (a bigint column refuses 1e19).
  const fits = (k: unknown): boolean => (typeof k === 'string' && k.length <= 200 && ![...k].some((ch) => ch.charCodeAt(0) < 0x20)) || (typeof k === 'number' && Number.isFinite(k) && Math.abs(k) <= Number.MAX_SAFE_INTEGER);
  if (!Array.isArray(key) || key.length !== width || !key.every(fits)) return bad();
  return key as KeyValue[];
}

/** The page request of a query (`limit`, `cursor`, `order` as strings), for a sort key of `width` values. */
export function pageRequest(q: { limit?: string; cursor?: string; order?: string }, width: number): PageRequest {
  let limit = DEFAULT_PAGE_LIMIT;
  if (q.limit !== undefined && q.limit !== '') {
    limit = Number(q.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_LIMIT) {
      throw new InterdictError('SERVICE_BAD_INPUT', `limit must be a whole number from 1 to ${MAX_PAGE_LIMIT}`, { field: 'limit' });
    }
  }
  if (q.order !== undefined && q.order !== '' && q.order !== 'asc' && q.order !== 'desc') {
    throw new InterdictError('SERVICE_BAD_INPUT', 'order must be asc or desc', { field: 'order' });
  }
  const order: SortOrder = q.order === 'asc' ? 'asc' : 'desc';
  return { limit, order, ...(q.cursor !== undefined && q.cursor !== '' && { after: decodeCursor(q.cursor, width) }) };
}

export interface KeyColumn {
  /** The SQL expression (a column). */
  sql: string;
  /** What the column holds: a cursor value of another kind is bad input, never a database error. */
  kind: 'int' | 'number' | 'text';
  /** Whether this column runs against the page's order (e.g. best score first whatever the order). */
  fixed?: SortOrder;
}

/**
 * The ORDER BY and the "after the cursor" condition for a sort key of several columns, written without
 * row-value comparison so SQLite and PostgreSQL read it alike: (a > ?) OR (a = ? AND b > ?) ...
 */
export function keyset(columns: readonly KeyColumn[], req: PageRequest): { orderBy: string; where?: string; params: unknown[] } {
  const dir = (c: KeyColumn): SortOrder => c.fixed ?? req.order;
  const orderBy = columns.map((c) => `${c.sql} ${dir(c) === 'asc' ? 'ASC' : 'DESC'}`).join(', ');
  if (req.after === undefined) return { orderBy, params: [] };
  const fitsColumn = (c: KeyColumn, v: KeyValue): boolean =>
    c.kind === 'int' ? Number.isSafeInteger(v) : c.kind === 'number' ? typeof v === 'number' : typeof v === 'string';
  if (!columns.every((c, i) => fitsColumn(c, req.after![i]!))) {
    throw new InterdictError('SERVICE_BAD_INPUT', 'cursor is not one this service gave: send the "next" of the previous page, unchanged', { field: 'cursor' });
  }
  const ors: string[] = [];
  const params: unknown[] = [];
  columns.forEach((c, i) => {
    const ands: string[] = [];
    for (let j = 0; j < i; j++) {
      ands.push(`${columns[j]!.sql} = ?`);
      params.push(req.after![j]);
    }
    ands.push(`${c.sql} ${dir(c) === 'asc' ? '>' : '<'} ?`);
    params.push(req.after![i]);
    ors.push(`(${ands.join(' AND ')})`);
  });
  return { orderBy, where: `(${ors.join(' OR ')})`, params };
}

/**
 * One page from rows fetched with LIMIT limit + 1 (the extra row says whether there is a next page).
 */
export function pageOf<R, T>(rows: readonly R[], req: PageRequest, total: number, keyOf: (r: R) => KeyValue[], toItem: (r: R) => T): Page<T> {
  const more = rows.length > req.limit;
  const kept = more ? rows.slice(0, req.limit) : rows;
  return { items: kept.map(toItem), total, next: more ? encodeCursor(keyOf(kept[kept.length - 1]!)) : null };
}
