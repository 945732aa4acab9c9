// The cursor pagination every list uses: the cursor round-trips, a foreign one is refused naming it,
// limits are bounded, and the keyset condition orders mixed directions without row-value comparison.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeCursor, encodeCursor, keyset, MAX_PAGE_LIMIT, PAGE_QUERY_PROPERTIES, pageOf, pageRequest } from './paging.ts';

describe('paging', () => {
  it('a cursor is opaque base64url and round-trips; anything else is bad input naming cursor', () => {
    const c = encodeCursor(['2026-01-01T00:00:00Z', 'c-1']);
    assert.match(c, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(decodeCursor(c, 2), ['2026-01-01T00:00:00Z', 'c-1']);
    for (const bad of ['bm90LW91cnM', encodeCursor([1]), encodeCursor([{}] as unknown as number[]), 'a+b', '']) {
      assert.throws(() => decodeCursor(bad, 2), (e: Error & { location?: { field?: string } }) => e.location?.field === 'cursor', bad);
    }
  });

  it('limit defaults to 50, at most 500; order desc unless asc', () => {
    assert.deepEqual(pageRequest({}, 1), { limit: 50, order: 'desc' });
    assert.equal(pageRequest({ limit: '500', order: 'asc' }, 1).limit, MAX_PAGE_LIMIT);
    assert.throws(() => pageRequest({ limit: '501' }, 1), /limit/);
    assert.throws(() => pageRequest({ limit: '0' }, 1), /limit/);
    assert.throws(() => pageRequest({ order: 'up' }, 1), /order/);
  });

  it('the document\'s limit pattern takes exactly the limits pageRequest takes (in the digits a schema lets through)', () => {
    const pattern = new RegExp(PAGE_QUERY_PROPERTIES.limit.pattern, 'u');
    const reads = (v: string): boolean => {
      try {
        pageRequest({ limit: v }, 1);
        return true;
      } catch {
        return false;
      }
    };
    const tries = [...Array.from({ length: 1001 }, (_, i) => String(i)), '0500', '050', '00', '1000', '9999', '501', '999', '1e2', ' 5', '5 ', '+5', '5.0'];
    for (const v of tries) if (pattern.test(v)) assert.ok(reads(v), `the document takes limit=${v}, the server refuses it`);
    for (let i = 1; i <= MAX_PAGE_LIMIT; i++) assert.ok(pattern.test(String(i)), `the server takes limit=${i}, the document refuses it`);
  });

  it('the keyset condition: a fixed direction keeps its way whatever the order', () => {
    const cols = [{ sql: 'a.score', kind: 'number', fixed: 'desc' }, { sql: 'a.id', kind: 'int' }] as const;
    const k = keyset(cols, { limit: 2, order: 'asc', after: [0.9, 7] });
    assert.equal(k.orderBy, 'a.score DESC, a.id ASC');
    assert.equal(k.where, '((a.score < ?) OR (a.score = ? AND a.id > ?))');
    assert.deepEqual(k.params, [0.9, 0.9, 7]);
  });

  it('a cursor value of another kind than its column is bad input naming cursor, never reaching the database', () => {
    const cols = [{ sql: 'a.score', kind: 'number' }, { sql: 'a.id', kind: 'int' }] as const;
    for (const after of [[0.9, 1.5], ['0.9', 7], [0.9, 2 ** 60]]) {
      assert.throws(() => keyset(cols, { limit: 2, order: 'asc', after }), (e: unknown) => e instanceof Error && /cursor/.test(e.message));
    }
    assert.throws(() => decodeCursor(Buffer.from(JSON.stringify(['a\u0000'])).toString('base64url'), 1), /cursor/);
  });

  it('a page from limit + 1 rows: next only when there is more', () => {
    const req = { limit: 2, order: 'desc' as const };
    const more = pageOf([{ id: 9 }, { id: 8 }, { id: 7 }], req, 3, (r) => [r.id], (r) => r.id);
    assert.deepEqual(more.items, [9, 8]);
    assert.deepEqual(decodeCursor(more.next!, 1), [8]);
    assert.equal(pageOf([{ id: 9 }], req, 1, (r) => [r.id], (r) => r.id).next, null);
  });
});
