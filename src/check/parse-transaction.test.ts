import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_TRANSACTION_GOODS, MAX_TRANSACTION_PARTIES, MAX_TRANSACTION_VESSELS } from '../io/limits.ts';
import { parseTransaction } from './parse-transaction.ts';

const base = { type: 'goods', date: '2019-01-01', from: 'CN', to: 'VN', goods: [{ hs: '6203.42' }] };

test('one transaction names at most so many parties, vessels and goods lines: one more is refused naming the field (a single record is not sliced)', () => {
  for (const [field, max, item] of [
    ['parties', MAX_TRANSACTION_PARTIES, { name: 'KIM JONG CHOL' }],
    ['vessels', MAX_TRANSACTION_VESSELS, { name: 'SOME SHIP' }],
    ['goods', MAX_TRANSACTION_GOODS, { hs: '6203.42' }],
  ] as const) {
    assert.doesNotThrow(() => parseTransaction({ ...base, [field]: Array.from({ length: max }, () => item) }, 1), field);
    assert.throws(() => parseTransaction({ ...base, [field]: Array.from({ length: max + 1 }, () => item) }, 1), (e: { code?: string; location?: { field?: string }; message: string }) => e.code === 'CHECK_BAD_INPUT' && e.location?.field === field && /at most/.test(e.message));
  }
});
