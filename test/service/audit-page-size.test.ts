// Security re-review 3, MEDIUM-2: a page of 500 log entries, each naming the rows of a 10,000-subject import, was
// 48 MB; and HEAD ran the log's walks outside the heavy limits. A page now ends past MAX_AUDIT_PAGE_CHARS of
// details (one entry at least) and `next` goes on from there; HEAD counts as its GET.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MAX_AUDIT_PAGE_CHARS, withAudit } from '../../src/app/audit/audit-log.ts';
import { EventEmitter } from 'node:events';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { concurrentHeavyLimit } from '../../http/limits.ts';
import { auth, startTestService, type TestService } from './harness.ts';

describe('the audit log in pages bounded by size', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  it('entries with big details: each page under the bound (but one entry), every entry reached once by following next', async () => {
    const big = 'x'.repeat(Math.ceil(MAX_AUDIT_PAGE_CHARS / 3));
    for (let i = 0; i < 7; i++) await withAudit(t.svc.driver, async () => ({ result: undefined, audit: [{ actor: 'test', action: 'test.big', target: `big:${i}`, detail: { filler: big } }] }));
    const seen: string[] = [];
    let url = '/v1/audit?action=test.big&limit=500&order=asc';
    for (let pages = 0; pages < 10; pages++) {
      const r = await t.app.inject({ method: 'GET', url, headers: auth(t.keys.auditor!) });
      assert.equal(r.statusCode, 200, r.body.slice(0, 300));
      const body = r.json() as { items: { target: string }[]; total: number; next: string | null };
      assert.ok(body.items.length >= 1 && body.items.length <= 3, `${body.items.length} entries on a page`);
      assert.ok(r.body.length <= MAX_AUDIT_PAGE_CHARS + 100_000, `${r.body.length} characters`);
      assert.equal(body.total, 7);
      seen.push(...body.items.map((x) => x.target));
      if (body.next === null) break;
      url = `/v1/audit?action=test.big&limit=500&order=asc&cursor=${encodeURIComponent(body.next)}`;
    }
    assert.deepEqual(seen, Array.from({ length: 7 }, (_, i) => `big:${i}`));
  });

  it('HEAD of a heavy GET counts as that GET in the heavy limits (at most 2 in flight per credential)', async () => {
    const hook = concurrentHeavyLimit(2, undefined, () => 'key:one');
    const sent: number[] = [];
    const request = (method: string, url: string) => ({ method, url, routeOptions: { url }, query: {} }) as unknown as FastifyRequest;
    const reply = () => {
      let status = 200;
      const r = { raw: new EventEmitter(), code: (c: number) => ((status = c), r), header: () => r, send: async () => void sent.push(status) };
      return r as unknown as FastifyReply;
    };
    // Two held in flight (their answers not yet closed), then a third: refused, whether GET or HEAD.
    for (const method of ['HEAD', 'GET', 'HEAD']) await hook(request(method, '/v1/audit/verify'), reply());
    assert.deepEqual(sent, [429]);
    await hook(request('HEAD', '/v1/audit'), reply());
    assert.deepEqual(sent, [429, 429]);
  });
});
