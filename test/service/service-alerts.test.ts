// Alerts with four eyes, and what a confirmed false positive suppresses (SQLite and PGlite).
import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { accountCaller, auth, suiteService, type TestBackend } from './harness.ts';

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`service: alerts and four eyes (${backend})`, () => {
    const t = suiteService(backend);
    const req = accountCaller(t);
    const subjects = (list: unknown[]) => req('POST', '/v1/subjects', 'analyst', list);

    it('a hit opens one alert with the match explained, its algorithm and list version; a miss opens none', async () => {
      const r = await subjects([{ id: 'c-1', name: 'PAK YONG SIK', dob: '1949' }, { id: 'c-2', name: 'Maria Gonzalez' }]);
      assert.equal(r.status, 200);
      assert.equal(r.body.subjects[0].alerts.length, 1);
      assert.equal(r.body.subjects[1].alerts.length, 0);
      const a = await req('GET', `/v1/alerts/${r.body.subjects[0].alerts[0]}`, 'auditor');
      assert.equal(a.status, 200);
      assert.equal(a.body.status, 'open');
      assert.equal(a.body.ref, 'KPi.063');
      assert.equal(a.body.match.algorithm, 'korean-v3');
      assert.equal(a.body.band, 'match');
      assert.equal(a.body.regime, 'DPRK');
      assert.match(a.body.listVersion, /^2026-01-28/);
      assert.ok(a.body.match.explanation.some((e: { feature: string }) => e.feature === 'name'));
      assert.deepEqual(a.body.history.map((h: { action: string }) => h.action), ['alert.open']);
      // The same subject again: the undecided alert is not opened twice.
      const again = await subjects([{ id: 'c-1', name: 'PAK YONG SIK', dob: '1949' }]);
      assert.deepEqual(again.body.subjects[0].alerts, []);
      const open = await req('GET', '/v1/alerts?status=open&subject=c-1', 'analyst');
      assert.equal(open.body.items.length, 1);
      assert.equal(open.body.total, 1);
    });

    it('a possible match opens an alert too, marked possible; the list filters and sorts by band; the import counts both', async () => {
      const r = await subjects([{ id: 'p-1', name: 'PAK TONG SIK' }, { id: 'p-2', name: 'KIM YONG CHOL', dob: '1946' }]);
      assert.equal(r.status, 200);
      assert.deepEqual([r.body.matched, r.body.possible], [1, 1]);
      // KIM YONG CHOL (1946) matches its record; the other listed KIM YONG CHOLs, whose years contradict, stay
      // possible (contradicting evidence lowers a name to possible, never removes it).
      const counts = r.body.subjects.map((x: { matches: number; possible: number }) => [x.matches, x.possible]);
      assert.deepEqual(counts[0], [0, 1]);
      assert.equal(counts[1][0], 1);
      const id = r.body.subjects[0].alerts[0];
      const a = await req('GET', `/v1/alerts/${id}`, 'auditor');
      assert.equal(a.body.band, 'possible');
      assert.equal(a.body.ref, 'KPi.063');
      const possible = await req('GET', '/v1/alerts?band=possible', 'analyst');
      assert.ok(possible.body.items.length >= 1 && possible.body.items.every((x: { band: string }) => x.band === 'possible'));
      const byBand = (await req('GET', '/v1/alerts?sort=band', 'analyst')).body.items.map((x: { band: string }) => x.band);
      assert.deepEqual(byBand, [...byBand].sort(), 'matches first, then possible ones');
      assert.equal((await req('GET', '/v1/alerts?band=maybe', 'analyst')).status, 400);
    });

    it('a body whose bytes are not UTF-8 is refused naming the subject\'s field and how to convert; nothing is stored', async () => {
      const bytes = Buffer.concat([Buffer.from('[{"id":"u-1","name":"'), Buffer.from([0xb9, 0xda, 0xbf, 0xb5, 0xbd, 0xc4]), Buffer.from('"}]')]);
      const res = await t.app.inject({ method: 'POST', url: '/v1/subjects', headers: { ...auth(t.keys.analyst!), 'content-type': 'application/json' }, payload: bytes });
      assert.equal(res.statusCode, 400, res.body);
      const err = res.json().error;
      assert.equal(err.field, '[0].name');
      assert.match(err.message, /not UTF-8.*iconv -f EUC-KR -t UTF-8/);
      const listed = await req('GET', '/v1/subjects', 'analyst');
      assert.ok(!JSON.stringify(listed.body).includes('u-1'));
    });

    it('four eyes: proposer cannot confirm (409), analyst cannot confirm (403), a different releaser can', async () => {
      const r = await subjects([{ id: 'c-3', name: 'RI PYONG CHOL' }]);
      const id = r.body.subjects[0].alerts[0];
      assert.ok(id, 'RI PYONG CHOL is listed');
      assert.equal((await req('POST', `/v1/alerts/${id}/confirm`, 'releaser', { disposition: 'true-match' })).status, 409, 'nothing proposed yet');
      assert.equal((await req('POST', `/v1/alerts/${id}/decision`, 'releaser', { disposition: 'true-match', note: 'x' })).status, 403);
      const d = await req('POST', `/v1/alerts/${id}/decision`, 'both', { disposition: 'true-match', note: 'same person, same date of birth' });
      assert.equal(d.status, 200);
      assert.equal(d.body.status, 'proposed');
      assert.equal((await req('POST', `/v1/alerts/${id}/decision`, 'analyst2', { disposition: 'false-positive', note: 'no' })).status, 409, 'already proposed');
      const own = await req('POST', `/v1/alerts/${id}/confirm`, 'both', { disposition: 'true-match' });
      assert.equal(own.status, 409);
      assert.equal(own.body.error.code, 'ALERT_CONFLICT');
      assert.equal((await req('POST', `/v1/alerts/${id}/confirm`, 'analyst', { disposition: 'true-match' })).status, 403);
      const c = await req('POST', `/v1/alerts/${id}/confirm`, 'releaser', { disposition: 'true-match', note: 'agreed' });
      assert.equal(c.status, 200);
      assert.equal(c.body.status, 'closed');
      assert.equal(c.body.decision.by, 'both');
      assert.equal(c.body.confirmation.by, 'releaser');
      assert.equal((await req('POST', `/v1/alerts/${id}/confirm`, 'releaser2', { disposition: 'true-match' })).status, 409, 'already closed');
      const h = await req('GET', `/v1/alerts/${id}`, 'auditor');
      assert.deepEqual(h.body.history.map((e: { action: string; actor: string }) => `${e.action}:${e.actor}`), ['alert.open:analyst', 'alert.decide:both', 'alert.confirm:releaser']);
      // A confirmed true match is not opened again for the same record and subject.
      assert.deepEqual((await subjects([{ id: 'c-3', name: 'RI PYONG CHOL' }])).body.subjects[0].alerts, []);
    });

    it('two releasers confirming at once: exactly one succeeds', async () => {
      const id = (await subjects([{ id: 'c-4', name: 'KIM CHOL NAM' }])).body.subjects[0].alerts[0];
      assert.ok(id);
      await req('POST', `/v1/alerts/${id}/decision`, 'analyst', { disposition: 'escalate', note: 'unclear' });
      const both = await Promise.all([req('POST', `/v1/alerts/${id}/confirm`, 'releaser', { disposition: 'escalate' }), req('POST', `/v1/alerts/${id}/confirm`, 'releaser2', { disposition: 'escalate' })]);
      assert.deepEqual(both.map((x) => x.status).sort(), [200, 409]);
    });

    it('a confirmation names the proposal reviewed: one withdrawn and replaced meanwhile is 409 ALERT_CHANGED, nothing closed (review 19, M1)', async () => {
      const id = (await subjects([{ id: 'c-bait', name: 'PAK YONG SIK', dob: '1949' }])).body.subjects[0].alerts[0];
      assert.ok(id);
      assert.equal((await req('POST', `/v1/alerts/${id}/decision`, 'analyst', { disposition: 'true-match', note: 'same person' })).status, 200);
      const seen = (await req('GET', `/v1/alerts/${id}`, 'releaser')).body.decision;
      assert.equal(seen.disposition, 'true-match');
      // Between the releaser's reading and click, the analyst swaps in a false positive suppressed for years.
      assert.equal((await req('POST', `/v1/alerts/${id}/withdraw`, 'analyst', {})).status, 200);
      assert.equal((await req('POST', `/v1/alerts/${id}/decision`, 'analyst', { disposition: 'false-positive', note: 'someone else', expires: '2030-01-01' })).status, 200);
      const swapped = await req('POST', `/v1/alerts/${id}/confirm`, 'releaser', { disposition: 'true-match', proposedAt: seen.at });
      assert.equal(swapped.status, 409);
      assert.equal(swapped.body.error.code, 'ALERT_CHANGED');
      assert.equal(swapped.body.error.field, 'disposition');
      assert.match(swapped.body.error.message, /disposition false-positive, not true-match/);
      const noExpiry = await req('POST', `/v1/alerts/${id}/confirm`, 'releaser', { disposition: 'false-positive' });
      assert.deepEqual([noExpiry.status, noExpiry.body.error.code, noExpiry.body.error.field], [409, 'ALERT_CHANGED', 'expires'], 'the expiry reviewed (none) is not the one proposed');
      const other = await req('POST', `/v1/alerts/${id}/confirm`, 'releaser', { disposition: 'false-positive', expires: '2029-01-01' });
      assert.deepEqual([other.status, other.body.error.code], [409, 'ALERT_CHANGED']);
      const still = await req('GET', `/v1/alerts/${id}`, 'auditor');
      assert.equal(still.body.status, 'proposed', 'nothing confirmed');
      assert.ok(!still.body.history.some((h: { action: string }) => h.action === 'alert.confirm'));
      // What is proposed now, read again and named, is confirmed.
      const now = still.body.decision;
      const ok = await req('POST', `/v1/alerts/${id}/confirm`, 'releaser', { disposition: 'false-positive', expires: '2030-01-01', proposedAt: now.at });
      assert.equal(ok.status, 200);
      assert.equal(ok.body.status, 'closed');
    });

    it('a confirmation naming nothing (no body, or {}) confirms the proposal pending, as the contract has it; the proposer is 409 either way', async () => {
      for (const [i, body] of [undefined, {}, { note: 'checked' }].entries()) {
        const id = (await subjects([{ id: `c-bare-${i}`, name: 'PAK YONG SIK', dob: '1949' }])).body.subjects[0].alerts[0];
        assert.ok(id);
        assert.equal((await req('POST', `/v1/alerts/${id}/decision`, 'both', { disposition: 'true-match', note: 'same person' })).status, 200);
        assert.equal((await req('POST', `/v1/alerts/${id}/confirm`, 'both', body)).status, 409, 'the proposer cannot confirm');
        const ok = await req('POST', `/v1/alerts/${id}/confirm`, 'releaser', body);
        assert.equal(ok.status, 200, JSON.stringify(ok.body));
        assert.equal(ok.body.status, 'closed');
        const hist = (await req('GET', `/v1/alerts/${id}`, 'auditor')).body.history as { action: string; actor: string }[];
        assert.ok(hist.some((h) => h.action === 'alert.confirm'), 'the confirmation is audited');
      }
    });

    it('a confirmation with proposedAt is refused when the same disposition was proposed again since; an escalation swapped likewise', async () => {
      const id = (await subjects([{ id: 'c-bait2', name: 'PAK YONG SIK', dob: '1949' }])).body.subjects[0].alerts[0];
      assert.ok(id);
      const at = (iso: string) => mock.timers.enable({ apis: ['Date'], now: Date.parse(iso) });
      let seen: { at: string };
      at('2026-06-01T10:00:00.000Z');
      try {
        assert.equal((await req('POST', `/v1/alerts/${id}/decision`, 'analyst', { disposition: 'escalate', note: 'unclear' })).status, 200);
        seen = (await req('GET', `/v1/alerts/${id}`, 'releaser')).body.decision;
      } finally {
        mock.timers.reset();
      }
      at('2026-06-01T10:05:00.000Z');
      try {
        assert.equal((await req('POST', `/v1/alerts/${id}/withdraw`, 'analyst', {})).status, 200);
        assert.equal((await req('POST', `/v1/alerts/${id}/decision`, 'analyst', { disposition: 'escalate', note: 'another reason' })).status, 200);
      } finally {
        mock.timers.reset();
      }
      const r = await req('POST', `/v1/alerts/${id}/confirm`, 'releaser', { disposition: 'escalate', proposedAt: seen.at });
      assert.deepEqual([r.status, r.body.error.code, r.body.error.field], [409, 'ALERT_CHANGED', 'proposedAt']);
      // The escalation withdrawn and a true match proposed: confirming the escalation reviewed closes nothing.
      assert.equal((await req('POST', `/v1/alerts/${id}/withdraw`, 'analyst', {})).status, 200);
      assert.equal((await req('POST', `/v1/alerts/${id}/decision`, 'analyst', { disposition: 'true-match', note: 'listed' })).status, 200);
      const esc = await req('POST', `/v1/alerts/${id}/confirm`, 'releaser', { disposition: 'escalate' });
      assert.deepEqual([esc.status, esc.body.error.code], [409, 'ALERT_CHANGED']);
      assert.equal((await req('GET', `/v1/alerts/${id}`, 'auditor')).body.status, 'proposed');
    });

    it('a confirmed false positive suppresses the pair until the subject changes or the expiry passes', async () => {
      const fp = async (subject: { id: string; name: string; dob?: string }, expires?: string): Promise<void> => {
        const id = (await subjects([subject])).body.subjects[0].alerts[0];
        assert.ok(id, `${subject.name} opens an alert`);
        assert.equal((await req('POST', `/v1/alerts/${id}/decision`, 'analyst', { disposition: 'false-positive', note: 'our customer is someone else', ...(expires && { expires }) })).status, 200);
        assert.equal((await req('POST', `/v1/alerts/${id}/confirm`, 'releaser', { disposition: 'false-positive', ...(expires && { expires }) })).status, 200);
      };
      await fp({ id: 'c-5', name: 'PAK YONG SIK', dob: '1980' });
      assert.deepEqual((await subjects([{ id: 'c-5', name: 'PAK YONG SIK', dob: '1980' }])).body.subjects[0].alerts, [], 'suppressed');
      const changed = await subjects([{ id: 'c-5', name: 'PAK YONG SIK', dob: '1981' }]);
      assert.equal(changed.body.subjects[0].status, 'updated');
      assert.equal(changed.body.subjects[0].alerts.length, 1, 'the subject changed: alert again');
      // Proposed and confirmed in December 1999 (an expiry must be after the day it is given), it lapsed
      // on 2000-01-01: by now it suppresses nothing.
      mock.timers.enable({ apis: ['Date'], now: Date.parse('1999-12-01T12:00:00Z') });
      try {
        await fp({ id: 'c-6', name: 'RI PYONG CHOL', dob: '1990' }, '2000-01-01');
      } finally {
        mock.timers.reset();
      }
      assert.equal((await subjects([{ id: 'c-6', name: 'RI PYONG CHOL', dob: '1990' }])).body.subjects[0].alerts.length, 1, 'the expiry passed: alert again');
    });

    it('every decision is in the audit chain, which verifies', async () => {
      const v = await req('GET', '/v1/audit/verify', 'auditor');
      assert.equal(v.body.ok, true);
      assert.ok(v.body.entries > 10);
      const log = await req('GET', '/v1/audit?action=alert.confirm', 'admin');
      assert.ok(log.body.items.length >= 3);
    });
  });
}
