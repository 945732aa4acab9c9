// POST /v1/check and a party delisted since the transaction (hostile report F18): the service screens the
// parties against the records earlier stored lists held and the list in use does not, as `check --db` does
// (check-sources.ts), reading the earlier lists once per list in use (ListCache.formerly).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addAccount } from '../../src/app/accounts/accounts.ts';
import { ListCache } from '../../src/app/lists/list-store.ts';
import type { SqlExec } from '../../src/store/index.ts';
import { putBack } from './tamper.ts';
import { listRenaming, listWithout, partyTransaction } from '../support/delisted-lists.ts';
import { accountCaller, pageSignIn, startTestService, type TestBackend, type TestService } from './harness.ts';

const KOMID = 'Korea Mining Development Trading Corporation';

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`service: POST /v1/check and a record a later list dropped (${backend})`, () => {
    let t: TestService;
    before(async () => {
      t = await startTestService(backend);
      t.keys.admin2 = (await addAccount(t.svc.driver, { name: 'admin2', roles: ['admin'] }, { actor: 'cli:operator', operator: true })).key;
    });
    after(() => t.close());

    const req = (method: string, url: string, who: string, payload?: unknown, headers: Record<string, string> = {}) => accountCaller(t)(method, url, who, payload, headers);
    const check = async (date: string, name = KOMID) => {
      const r = await req('POST', '/v1/check', 'analyst', partyTransaction(date, name));
      assert.equal(r.status, 200, JSON.stringify(r.body));
      return r.body as { outcome: string; reasons: { effect: string; matchedRef?: string; listedUntil?: string; summary: string }[] };
    };

    it('on the first list (KOMID on it), a 2019 dealing with it is prohibited; no earlier list, nothing formerly listed', async () => {
      assert.equal((await check('2019-04-01')).outcome, 'prohibited');
      assert.equal(await t.svc.lists.formerly(t.svc.driver, await t.svc.lists.current(t.svc.driver)), undefined);
    });

    it('after a list that drops KPe.001: reviewed before its date, permitted after', async () => {
      const asked = await req('POST', '/v1/lists', 'admin', listWithout(['KPe.001'], '2026-06-01'), { 'content-type': 'application/xml' });
      assert.equal(asked.status, 202, JSON.stringify(asked.body));
      assert.deepEqual(asked.body.pending.removedRefs, ['KPe.001']);
      assert.equal((await req('POST', `/v1/lists/pending/${asked.body.pending.id}/confirm`, 'admin2')).status, 200);

      const past = await check('2019-04-01');
      assert.equal(past.outcome, 'review', JSON.stringify(past));
      const named = past.reasons.filter((r) => r.matchedRef === 'KPe.001');
      assert.ok(named.length > 0);
      for (const r of named) {
        assert.equal(r.effect, 'requires-review');
        assert.equal(r.listedUntil, '2026-06-01');
        assert.match(r.summary, /until the list of 2026-06-01/);
        assert.match(r.summary, /2019-04-01/);
      }
      assert.equal((await check('2026-07-01')).outcome, 'permitted');
    });

    it('the web check page gives the same review (the same sources)', async () => {
      const { cookie, csrf } = await pageSignIn(t, t.keys.analyst!, '/check');
      const form = new URLSearchParams({ transaction: JSON.stringify(partyTransaction('2019-04-01', KOMID)), csrf }).toString();
      const r = await t.app.inject({ method: 'POST', url: '/check', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: form });
      assert.equal(r.statusCode, 200);
      assert.match(r.body, /Outcome: <strong>review<\/strong>/);
      assert.match(r.body, /KPe\.001/);
      assert.match(r.body, /until the list of 2026-06-01/);
    });

    it('with an earlier list stored, a listed name in the purpose is still read (the list in use\'s free-text reading is kept)', async () => {
      // The screener built with the formerly-listed records once dropped the list in use's reading of free text.
      const tx = { ...partyTransaction('2026-07-01', 'Acme Trading GmbH'), purpose: 'payment for Green Pine Associated Corporation invoice' };
      const r = await req('POST', '/v1/check', 'analyst', tx);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.outcome, 'review', JSON.stringify(r.body));
      assert.ok((r.body.reasons as { field?: string; matchedRef?: string }[]).some((x) => x.field === 'purpose' && x.matchedRef === 'KPe.010'), JSON.stringify(r.body));
    });

    it('the formerly-listed records are read once per list in use and set of stored lists', async () => {
      const inUse = await t.svc.lists.current(t.svc.driver);
      const first = await t.svc.lists.formerly(t.svc.driver, inUse);
      assert.ok(first !== undefined && first.records.has('KPe.001') && first.records.size === 1);
      assert.equal(await t.svc.lists.formerly(t.svc.driver, inUse), first, 'the same, not read again');
    });

    it('an earlier list changed in the database is refused, never screened against (read only as recorded)', async () => {
      const [first] = await t.svc.driver.all<{ id: unknown; sha256: string; loaded_by: string }>('SELECT id, sha256, loaded_by FROM un_lists ORDER BY id LIMIT 1');
      // A new digest of content: the service reads the earlier lists again, and finds the row not as recorded.
      await t.svc.driver.run('UPDATE un_lists SET sha256 = ? WHERE id = ?', [`0${first!.sha256.slice(1)}`, first!.id]);
      const r = await req('POST', '/v1/check', 'analyst', partyTransaction('2019-04-01', KOMID));
      assert.equal(r.status, 409, JSON.stringify(r.body));
      assert.match(JSON.stringify(r.body), /AUDIT_TAMPERED/);
      assert.match(JSON.stringify(r.body), /an earlier UN list/);
      await t.svc.driver.run('UPDATE un_lists SET sha256 = ? WHERE id = ?', [first!.sha256, first!.id]);
      // Another column (not in the key): a process reading afresh refuses it too.
      await t.svc.driver.run('UPDATE un_lists SET loaded_by = ? WHERE id = ?', ['someone else', first!.id]);
      const fresh = new ListCache();
      await assert.rejects(fresh.formerly(t.svc.driver, await fresh.current(t.svc.driver)), /an earlier UN list/);
      await t.svc.driver.run('UPDATE un_lists SET loaded_by = ? WHERE id = ?', [first!.loaded_by, first!.id]);
      assert.equal((await check('2019-04-01')).outcome, 'review', 'as recorded again');
    });

    it('an earlier list deleted for the moment of one statement never clears what it held: read whole, or refused', async () => {
      const earlier = (await t.svc.driver.all<Record<string, unknown>>('SELECT * FROM un_lists ORDER BY id LIMIT 1'))[0]!;
      for (const startGone of [true, false]) {
        let n = startGone ? 0 : 1;
        // Another connection deletes the earlier row for every other statement that reads the lists.
        const flickering: SqlExec = {
          run: (sql, params) => t.svc.driver.run(sql, params),
          all: async <T,>(sql: string, params?: readonly unknown[]) => {
            if (!/FROM un_lists\b/.test(sql) || n++ % 2 !== 0) return t.svc.driver.all<T>(sql, params);
            await t.svc.driver.run('DELETE FROM un_lists WHERE id = ?', [earlier.id]);
            try {
              return await t.svc.driver.all<T>(sql, params);
            } finally {
              await putBack(t.svc.driver, 'un_lists', earlier);
            }
          },
        };
        const fresh = new ListCache();
        const inUse = await fresh.current(t.svc.driver);
        const got = await fresh.formerly(flickering, inUse).then((f) => (f?.records.has('KPe.001') ? 'held' : 'cleared'), (e: { code?: string }) => e.code);
        assert.ok(got === 'held' || got === 'AUDIT_TAMPERED', `KPe.001 formerly listed, or refused; not ${String(got)}`);
      }
    });

    it('a reference that left, given to other names by one admin\'s upload (an "added" record), still holds the names it left with', async () => {
      const added = await req('POST', '/v1/lists', 'admin', listRenaming('KPe.001', 'ALPHONSE BETAGAMMA TRADING', '2026-08-01'), { 'content-type': 'application/xml' });
      assert.equal(added.status, 200, JSON.stringify(added.body));
      const past = await check('2019-04-01');
      assert.equal(past.outcome, 'review', JSON.stringify(past));
      assert.ok(past.reasons.some((r) => r.matchedRef === 'KPe.001' && r.listedUntil === '2026-06-01'));
    });
  });
}
