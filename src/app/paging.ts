/**
 * One shape for every paginated list of the API (CONTRACT §4a): `?limit=` (default 50, at most 500),
 * `?cursor=` (opaque: base64url of the last item's sort key) and `{items, total, next}`. The cursor is
 * a position, not a page number, so items written meanwhile never shift a page.
 */
import { InterdictError } from '../errors/index.ts';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export interface Page<T> {
  items: T[];
  total: number;
  next: string | null;
}

/** The limit asked for, clamped into 1..MAX_LIMIT; not a whole number is bad input naming `limit`. */
export function clampLimit(value: string | number | undefined): number {
  if (value === undefined || value === '') return DEFAULT_LIMIT;
  const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) throw new InterdictError('SERVICE_BAD_INPUT', `limit must be a whole number from 1 to ${MAX_LIMIT}`, { field: 'limit' });
  return Math.min(MAX_LIMIT, Math.max(1, n));
}

/** An opaque cursor for a sort key (strings and numbers). */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The sort key a cursor holds, checked against the shape the list expects; else bad input naming `cursor`. */
export function decodeCursor(cursor: string | undefined, shape: readonly ('string' | 'number')[]): (string | number)[] | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  let key: unknown;
  try {
    key = /^[A-Za-z0-9_-]{1,400}$/.test(cursor) ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || key.length !== shape.length || key.some((k, i) => typeof k !== shape[i])) {
    throw new InterdictError('SERVICE_BAD_INPUT', 'cursor is not one this list gave out: pass the "next" of the previous page', { field: 'cursor' });
  }
  return key as (string | number)[];
}

/** `?order=`: newest first unless `asc`. */
export function readOrder(value: string | undefined): 'asc' | 'desc' {
  if (value === undefined || value === '' || value === 'desc') return 'desc';
  if (value === 'asc') return 'asc';
  throw new InterdictError('SERVICE_BAD_INPUT', 'order must be asc or desc', { field: 'order' });
}
