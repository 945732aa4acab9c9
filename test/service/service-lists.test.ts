// A list update: the older snapshot in use, subjects decided, then the bundled 2026-01-28 list arrives.
// Subjects are re-screened against added and changed records only: a new listing opens an alert, a
// confirmed false positive whose record changed opens again, one whose record did not stays closed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addAccount } from '../../src/app/accounts/accounts.ts';
import { diffLists } from '../../src/screening/list-diff.ts';
import { loadUnList, parseUnList, type UnList } from '../../src/screening/un-list/index.ts';
import { bundledListXml, olderListXml } from './fixtures.ts';
import { accountCaller, startTestService, type TestBackend, type TestService } from './harness.ts';

const older = parseUnList(olderListXml(), 'older');
const newer = loadUnList();
const diff = diffLists(older, newer);
const primary = (list: UnList, ref: string): string => list.records.find((r) => r.ref === ref)!.names[0]!.full;
// Records chosen from the diff itself: one added, one changed whose listed name stayed the same, one unchanged.
const addedRef = diff.added.find((r) => r.regime === 'DPRK')?.ref ?? diff.added[0]!.ref;
const changedRef = diff.changed.find((r) => !r.changes.some((c) => c.field === 'names') && r.kind === 'person')!.ref;
const touched = new Set([...diff.added, ...diff.changed, ...diff.removed].map((r) => r.ref));
const unchangedRef = newer.records.find((r) => r.regime === 'DPRK' && r.kind === 'person' && !touched.has(r.ref))!.ref;

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`service: re-screening after a list update (${backend})`, () => {
    let t: TestService;
    before(async () => {
      t = await startTestService(backend);
      // A second admin (made by the operator): an older list, or one that removes records, waits for it.
      t.keys.admin2 = (await addAccount(t.svc.driver, { name: 'admin2', roles: ['admin'] }, { actor: 'cli:operator', operator: true })).key;
    });
    after(() => t.close());

    const req = (method: string, url: string, who: string, payload?: unknown, headers: Record<string, string> = {}) => accountCaller(t)(method, url, who, payload, headers);
    const xml = { 'content-type': 'application/xml' };
    const alertFor = (r: { body: { subjects: { alerts: number[] }[] } }, i: number) => r.body.subjects[i]!.alerts;
    const refOf = async (id: number): Promise<string> => (await req('GET', `/v1/alerts/${id}`, 'auditor')).body.ref;

    it('starts on the older list; only an admin loads one; bad XML is refused and nothing changes', async () => {
      assert.equal((await req('POST', '/v1/lists', 'analyst', olderListXml(), xml)).status, 403);
      const badXml = await req('POST', '/v1/lists', 'admin', '<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL></INDIVIDUAL>', xml);
      assert.equal(badXml.status, 400);
      assert.equal(badXml.body.error.code, 'LIST_INVALID');
      assert.equal((await req('POST', '/v1/lists', 'admin', { x: 1 })).status, 415);
      // The older list removes records and is not newer: it waits for a second admin (M3 of the review).
      const asked = await req('POST', '/v1/lists', 'admin', olderListXml(), xml);
      assert.equal(asked.status, 202, JSON.stringify(asked.body));
      assert.equal(asked.body.pending.notNewer, true);
      assert.equal(asked.body.pending.removed, asked.body.pending.removedRefs.length);
      assert.ok(asked.body.pending.removed > 0);
      assert.equal((await req('GET', '/v1/list', 'reporterCN')).body.version.id, newer.version.id, 'nothing changed yet');
      const id = asked.body.pending.id as number;
      assert.deepEqual((await req('GET', '/v1/lists/pending', 'admin2')).body.pending.map((p: { id: number }) => p.id), [id]);
      const self = await req('POST', `/v1/lists/pending/${id}/confirm`, 'admin');
      assert.equal(self.status, 409, 'the admin who asked cannot confirm it');
      assert.equal(self.body.error.code, 'LIST_CONFLICT');
      const r = await req('POST', `/v1/lists/pending/${id}/confirm`, 'admin2');
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.to, older.version.id);
      assert.equal((await req('POST', `/v1/lists/pending/${id}/confirm`, 'admin2')).status, 404, 'confirmed once');
      const log = (await req('GET', '/v1/audit?action=list.update&order=asc', 'auditor')).body.items as { actor: string; detail: { requestedBy?: string } }[];
      assert.deepEqual([log.at(-1)!.actor, log.at(-1)!.detail.requestedBy], ['admin2', 'admin']);
      assert.equal((await req('GET', '/v1/list', 'reporterCN')).body.version.id, older.version.id);
    });

    let suppressedChanged = 0;
    let suppressedUnchanged = 0;
    it('subjects are screened; two hits are confirmed false positives', async () => {
      const r = await req('POST', '/v1/subjects', 'analyst', [
        { id: 'added', name: primary(newer, addedRef) },
        { id: 'changed', name: primary(newer, changedRef) },
        { id: 'unchanged', name: primary(newer, unchangedRef) },
      ]);
      assert.equal(r.status, 200);
      for (const id of alertFor(r, 0)) assert.notEqual(await refOf(id), addedRef, 'not listed yet');
      for (const [i, ref] of [[1, changedRef], [2, unchangedRef]] as const) {
        const ids = alertFor(r, i);
        let target: number | undefined;
        for (const id of ids) if ((await refOf(id)) === ref) target = id;
        assert.ok(target, `subject ${i} hits ${ref}`);
        assert.equal((await req('POST', `/v1/alerts/${target}/decision`, 'analyst', { disposition: 'false-positive', note: 'another person' })).status, 200);
        assert.equal((await req('POST', `/v1/alerts/${target}/confirm`, 'releaser', { disposition: 'false-positive' })).status, 200);
        if (i === 1) suppressedChanged = target;
        else suppressedUnchanged = target;
      }
    });

    it('the new list re-screens against added and changed records only', async () => {
      // The newer list delists some records: that too waits for a second admin.
      const asked = await req('POST', '/v1/lists', 'admin', bundledListXml(), xml);
      assert.equal(asked.status, 202, JSON.stringify(asked.body));
      assert.equal(asked.body.pending.notNewer, false);
      assert.deepEqual(asked.body.pending.removedRefs, diff.removed.map((x) => x.ref));
      const r = await req('POST', `/v1/lists/pending/${asked.body.pending.id}/confirm`, 'admin2');
      assert.equal(r.status, 200);
      assert.equal(r.body.changed, true);
      assert.equal(r.body.added, diff.added.length);
      assert.equal(r.body.changedRecords, diff.changed.length);
      assert.equal(r.body.rescreened, 3);
      const opened = await Promise.all(r.body.alerts.map(async (id: number) => (await req('GET', `/v1/alerts/${id}`, 'auditor')).body));
      const pairs = opened.map((a) => `${a.subject.id}:${a.ref}`);
      assert.ok(pairs.includes(`added:${addedRef}`), `a newly listed record alerts: ${pairs.join(', ')}`);
      assert.ok(pairs.includes(`changed:${changedRef}`), 'a suppressed pair whose record changed opens again');
      assert.ok(!pairs.some((p) => p.startsWith('unchanged:')), 'the unchanged record was not screened again');
      for (const a of opened) {
        assert.equal(a.listVersion, newer.version.id);
        assert.ok(touched.has(a.ref), `only added or changed records: ${a.ref}`);
      }
      assert.ok(suppressedChanged > 0 && suppressedUnchanged > 0);
      // Subjects posted again: the unchanged record's false positive stays suppressed.
      const again = await req('POST', '/v1/subjects', 'analyst', [{ id: 'unchanged', name: primary(newer, unchangedRef) }]);
      for (const id of again.body.subjects[0].alerts) assert.notEqual(await refOf(id), unchangedRef);
    });

    it('the list in use and its history are kept; loading the same list again changes nothing', async () => {
      const l = await req('GET', '/v1/list', 'auditor');
      assert.equal(l.body.version.id, newer.version.id);
      assert.deepEqual(l.body.history.map((h: { version: string }) => h.version), [newer.version.id, older.version.id, newer.version.id]);
      const same = await req('POST', '/v1/lists', 'admin', bundledListXml(), xml);
      assert.equal(same.body.changed, false);
      const audit = await req('GET', '/v1/audit?action=list.update', 'auditor');
      assert.equal(audit.body.items.length, 2);
    });
  });
}
