// The whole four-eyes cycle (reject, withdraw, escalate into the escalation queue, assign), subjects
// removed with their alerts closed, blank notes refused, and cursor pagination (CONTRACT §4a), on
// SQLite and PGlite.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderAlert } from '../../http/pages/alert-pages.ts';
import { assignableAccounts } from '../../src/app/alerts/alerts.ts';
import { PERMISSIONS } from '../../src/app/accounts/roles.ts';
import { accountCaller, ACCOUNTS, suiteService, type TestBackend } from './harness.ts';

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`service: the four-eyes cycle, subjects, pages (${backend})`, () => {
    const t = suiteService(backend);
    const req = accountCaller(t);
    const alertFor = async (id: string, name: string, dob?: string): Promise<number> => {
      const r = await req('POST', '/v1/subjects', 'analyst', [{ id, name, ...(dob && { dob }) }]);
      assert.equal(r.status, 200);
      return r.body.subjects[0].alerts[0] as number;
    };

    it('propose, reject (the proposer gets 409), propose again, confirm: closed, each step in the history', async () => {
      const id = await alertFor('cy-1', 'PAK YONG SIK', '1949');
      assert.equal((await req('POST', `/v1/alerts/${id}/decision`, 'both', { disposition: 'true-match', note: 'same person' })).status, 200);
      const self = await req('POST', `/v1/alerts/${id}/reject`, 'both', { note: 'not mine to reject' });
      assert.equal(self.status, 409);
      assert.match(self.body.error.message, /four eyes/);
      const blank = await req('POST', `/v1/alerts/${id}/reject`, 'releaser', { note: '   ' });
      assert.equal(blank.status, 400);
      assert.equal(blank.body.error.field, 'note');
      assert.equal((await req('POST', `/v1/alerts/${id}/reject`, 'releaser', {})).status, 400, 'the reason is required');
      const rejected = await req('POST', `/v1/alerts/${id}/reject`, 'releaser', { note: 'the dates of birth differ' });
      assert.equal(rejected.status, 200);
      assert.equal(rejected.body.status, 'open');
      assert.equal(rejected.body.decision, undefined, 'the proposal is returned');
      assert.equal((await req('POST', `/v1/alerts/${id}/reject`, 'releaser', { note: 'again' })).status, 409, 'nothing left to reject');
      assert.equal((await req('POST', `/v1/alerts/${id}/decision`, 'analyst', { disposition: 'false-positive', note: 'born 1960, not 1949' })).status, 200);
      const confirmed = await req('POST', `/v1/alerts/${id}/confirm`, 'releaser2', { disposition: 'false-positive' });
      assert.equal(confirmed.status, 200);
      assert.equal(confirmed.body.status, 'closed');
      const history = (await req('GET', `/v1/alerts/${id}`, 'auditor')).body.history as { action: string; detail: Record<string, unknown> }[];
      assert.deepEqual(history.map((h) => h.action), ['alert.open', 'alert.decide', 'alert.reject', 'alert.decide', 'alert.confirm']);
      assert.equal(history[2]!.detail.proposalNote, 'same person', 'the rejected proposal stays in the history');
      assert.equal(history[2]!.detail.note, 'the dates of birth differ');
    });

    it('the proposer withdraws; nobody else may; a blank note is 400 everywhere a note is required', async () => {
      const id = await alertFor('cy-2', 'KIM CHOL NAM');
      assert.equal((await req('POST', `/v1/alerts/${id}/decision`, 'analyst', { disposition: 'escalate', note: '  ' })).status, 400);
      assert.equal((await req('POST', `/v1/alerts/${id}/decision`, 'analyst', { disposition: 'escalate', note: 'check with legal' })).status, 200);
      assert.equal((await req('POST', `/v1/alerts/${id}/withdraw`, 'analyst2')).status, 409, 'not the proposer');
      assert.equal((await req('POST', `/v1/alerts/${id}/confirm`, 'releaser', { disposition: 'escalate', note: ' ' })).status, 400, 'an optional note is not sent blank');
      const w = await req('POST', `/v1/alerts/${id}/withdraw`, 'analyst');
      assert.equal(w.status, 200);
      assert.equal(w.body.status, 'open');
      assert.equal((await req('POST', `/v1/alerts/${id}/withdraw`, 'analyst')).status, 409, 'nothing to withdraw');
    });

    it('a confirmed escalation goes to the escalation queue (not closed); a further decision there closes it', async () => {
      const id = await alertFor('cy-3', 'RI PYONG CHOL');
      await req('POST', `/v1/alerts/${id}/decision`, 'analyst', { disposition: 'escalate', note: 'senior review' });
      const esc = await req('POST', `/v1/alerts/${id}/confirm`, 'releaser', { disposition: 'escalate' });
      assert.equal(esc.body.status, 'escalated');
      const queue = await req('GET', '/v1/alerts?status=escalated', 'auditor');
      assert.ok(queue.body.items.some((a: { id: number }) => a.id === id));
      assert.equal((await req('POST', `/v1/alerts/${id}/decision`, 'analyst', { disposition: 'escalate', note: 'again' })).status, 409, 'escalated already');
      await req('POST', `/v1/alerts/${id}/decision`, 'analyst2', { disposition: 'true-match', note: 'legal agrees' });
      const back = await req('POST', `/v1/alerts/${id}/reject`, 'releaser2', { note: 'more evidence first' });
      assert.equal(back.body.status, 'escalated', 'a returned proposal on an escalated alert goes back to the queue');
      await req('POST', `/v1/alerts/${id}/decision`, 'analyst2', { disposition: 'true-match', note: 'legal agrees, passport seen' });
      assert.equal((await req('POST', `/v1/alerts/${id}/confirm`, 'releaser2', { disposition: 'true-match' })).body.status, 'closed');
    });

    it('assign to an analyst (not to a releaser or an unknown account; not a closed alert)', async () => {
      const id = await alertFor('cy-4', 'PAK YONG SIK', '1949');
      const a = await req('POST', `/v1/alerts/${id}/assign`, 'releaser', { user: 'analyst2' });
      assert.equal(a.status, 200);
      assert.equal(a.body.assignedTo, 'analyst2');
      assert.equal((await req('POST', `/v1/alerts/${id}/assign`, 'analyst', { user: 'releaser' })).status, 400);
      assert.equal((await req('POST', `/v1/alerts/${id}/assign`, 'analyst', { user: 'nobody' })).status, 400);
      assert.equal((await req('POST', `/v1/alerts/${id}/assign`, 'auditor', { user: 'analyst' })).status, 403);
      const mine = await req('GET', '/v1/alerts?assigned=analyst2', 'analyst');
      assert.deepEqual(mine.body.items.map((x: { id: number }) => x.id), [id]);
    });

    it("who may be assigned an alert is the roles table's 'decide-alert', in the API and on the alert's page alike", async () => {
      const id = await alertFor('cy-6', 'PAK YONG SIK', '1949');
      const may = PERMISSIONS['decide-alert'] as readonly string[];
      const expected = Object.entries(ACCOUNTS).filter(([, a]) => a.roles.some((r) => may.includes(r))).map(([n]) => n).sort();
      assert.deepEqual(await assignableAccounts(t.svc.driver), expected);
      for (const [name] of Object.entries(ACCOUNTS)) {
        const r = await req('POST', `/v1/alerts/${id}/assign`, 'releaser', { user: name });
        assert.equal(r.status, expected.includes(name) ? 200 : 400, name);
        if (r.status === 400) assert.equal(r.body.error.field, 'user');
      }
      const page = renderAlert((await req('GET', `/v1/alerts/${id}`, 'releaser')).body, undefined, { name: 'releaser', roles: ['releaser'], createdAt: '', createdBy: '' }, 'x', {}, await assignableAccounts(t.svc.driver)).value;
      assert.deepEqual([...page.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]).sort(), expected);
    });

    it('removing a subject leaves its undecided alerts in the queue for four eyes (audited); it is no longer listed, and may be added again', async () => {
      const id = await alertFor('cy-5', 'KIM CHOL NAM');
      const r = await req('DELETE', '/v1/subjects/cy-5', 'analyst');
      assert.equal(r.status, 200);
      assert.ok(r.body.alertsOpen.includes(id), 'every alert of the subject not closed is named');
      const a = (await req('GET', `/v1/alerts/${id}`, 'auditor')).body;
      assert.equal(a.status, 'open', 'one person removing the customer does not decide the alert');
      assert.equal((await req('DELETE', '/v1/subjects/cy-5', 'analyst')).status, 404);
      assert.equal((await req('DELETE', '/v1/subjects/cy-5', 'auditor')).status, 403);
      assert.equal((await req('GET', '/v1/subjects?q=cy-5', 'auditor')).body.total, 0);
      const log = (await req('GET', '/v1/audit?action=subject.remove', 'auditor')).body.items;
      assert.equal(log[0].target, 'subject:cy-5');
      const again = await req('POST', '/v1/subjects', 'analyst', [{ id: 'cy-5', name: 'KIM CHOL NAM' }]);
      assert.equal(again.body.subjects[0].status, 'created');
      assert.equal(again.body.subjects[0].status, 'created', 'monitored again: screened again');
      assert.equal((await req('GET', '/v1/audit/verify', 'auditor')).body.ok, true);
    });

    it('pages: limit, cursor, total, newest first unless order=asc; a cursor not ours is 400', async () => {
      const batch = Array.from({ length: 7 }, (_x, i) => ({ id: `pg-${i}`, name: `Person Number ${i}` }));
      await req('POST', '/v1/subjects', 'analyst', batch);
      const first = await req('GET', '/v1/subjects?q=person%20number&limit=3', 'analyst');
      assert.equal(first.status, 200);
      assert.equal(first.body.total, 7);
      assert.equal(first.body.items.length, 3);
      assert.equal(typeof first.body.next, 'string');
      const seen: string[] = [];
      for (let url = '/v1/subjects?q=person%20number&limit=3'; ;) {
        const p = await req('GET', url, 'analyst');
        seen.push(...p.body.items.map((s: { id: string }) => s.id));
        if (p.body.next === null) break;
        url = `/v1/subjects?q=person%20number&limit=3&cursor=${p.body.next}`;
      }
      assert.equal(seen.length, 7);
      assert.equal(new Set(seen).size, 7, 'no subject twice');
      const asc = await req('GET', '/v1/audit?order=asc&limit=2', 'auditor');
      const desc = await req('GET', '/v1/audit?limit=2', 'auditor');
      assert.ok(asc.body.items[0].seq < asc.body.items[1].seq);
      assert.ok(desc.body.items[0].seq > desc.body.items[1].seq, 'newest first by default');
      assert.equal(asc.body.total, desc.body.total);
      const alerts = await req('GET', '/v1/alerts?limit=1', 'auditor');
      assert.equal(alerts.body.items.length, 1);
      const next = await req('GET', `/v1/alerts?limit=1&cursor=${alerts.body.next}`, 'auditor');
      assert.ok(next.body.items[0].id < alerts.body.items[0].id);
      const byScore = await req('GET', '/v1/alerts?sort=score&limit=2', 'auditor');
      const more = await req('GET', `/v1/alerts?sort=score&limit=2&cursor=${byScore.body.next}`, 'auditor');
      assert.ok(more.body.items[0].score <= byScore.body.items[1].score);
      assert.equal((await req('GET', '/v1/alerts?limit=501', 'auditor')).status, 400);
      assert.equal((await req('GET', '/v1/alerts?limit=0', 'auditor')).status, 400);
      const forged = await req('GET', '/v1/alerts?cursor=bm90LW91cnM', 'auditor');
      assert.equal(forged.status, 400);
      assert.equal(forged.body.error.field, 'cursor');
      assert.equal((await req('GET', '/v1/alerts?status=nonsense', 'auditor')).status, 400);
    });

    it('the last admin cannot be revoked (409)', async () => {
      const r = await req('DELETE', '/v1/users/admin', 'admin');
      assert.equal(r.status, 409);
    });
  });
}
