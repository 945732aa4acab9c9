/** What the ledger store suites share: a refined-petroleum record to vary, and a typed rejection. */
import assert from 'node:assert/strict';
import { isInterdictError } from '../../src/errors/index.ts';

/** A CN refined-petroleum delivery of 1 Mar 2018, reported on the 10th; `over` changes any field. */
export const refined = (over: Record<string, unknown> = {}) => ({ commodity: 'refined-petroleum', state: 'CN', date: '2018-03-01', reported: '2018-03-10', ...over });

/** `p` rejects with an InterdictError of `code` (naming `field` when given). */
export async function rejects(p: Promise<unknown>, code: string, field?: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(isInterdictError(e), `expected an InterdictError, got ${String(e)}`);
    assert.equal(e.code, code);
    if (field !== undefined) assert.equal(e.location.field, field);
    return true;
  });
}
