// A cursor of the right shape holding what the list never gives out (a fraction or a huge number for an id,
// a control character in text) is bad input naming `cursor` on every paged list, never a database error
// (PostgreSQL refuses 1.5 for a bigint and a NUL in text).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auth, suiteService } from './harness.ts';

for (const backend of ['sqlite', 'pglite'] as const) {
  describe(`service: forged cursors (${backend})`, () => {
    const t = suiteService(backend);

    it('every paged list answers 400 naming cursor', async () => {
      const lists = ['/v1/alerts', '/v1/alerts?sort=score', '/v1/alerts?sort=band', '/v1/audit', '/v1/subjects', '/v1/events', '/v1/ledger/deliveries'];
      for (const url of lists) {
        for (const forged of [[1.5], [2 ** 60], ['x\u0000'], [1.5, 1.5], ['band', 1.5], ['2018-01-01', 1.5]]) {
          const c = Buffer.from(JSON.stringify(forged)).toString('base64url');
          const r = await t.app.inject({ method: 'GET', url: `${url}${url.includes('?') ? '&' : '?'}cursor=${c}`, headers: auth(t.keys.auditor!) });
          assert.equal(r.statusCode, 400, `${url} ${JSON.stringify(forged)}: ${r.body}`);
          assert.equal((r.json() as { error: { field: string } }).error.field, 'cursor');
        }
      }
    });
  });
}
