// Security re-review, L-1: one request's batch stops after 30 s of work, but one key could send such batches back to
// back, two at a time, and keep both cores busy for as long as it liked. Each credential now has a minute's
// allowance of batch work: a batch that spends the rest is stopped (429, nothing stored), and the next heavy request
// with that credential is refused before its body is read (429 with Retry-After), while other credentials go on.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { auth, pageSignIn, startTestService, type TestService } from './harness.ts';
import { scratch } from '../support/cli-harness.ts';

/** Enough names that screening them takes well over the 1 ms allowance below (hundreds of milliseconds). */
const QUERIES = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`q${i}`, { name: `KIM CHOL ${'ABCDEFGHIJ'[i % 10]}${i} TRADING CORPORATION` }]));

describe('security: batch work per credential per minute (L-1)', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite', { workPerMinuteMs: 1 });
  });
  after(() => t.close());

  it('a batch that spends the minute is stopped, 429 naming where, nothing stored; the next is refused at once with Retry-After; another key goes on', async () => {
    const first = await t.app.inject({ method: 'POST', url: '/v1/screen', headers: auth(t.keys.analyst!), payload: { queries: QUERIES } });
    assert.equal(first.statusCode, 429, first.body);
    assert.equal(first.json().error.code, 'SERVICE_RATE_LIMITED');
    assert.match(first.json().error.message, /screening the batch was stopped at "q\d+": this credential has used its 0 s of batch work for the minute, nothing stored; try again in \d+ s/);
    const wait = Number(first.headers['retry-after']);
    assert.ok(wait >= 1 && wait <= 60, `Retry-After ${first.headers['retry-after']}`);

    // Spent: refused before any work, whatever the route (a check, a subjects import).
    for (const [url, payload] of [['/v1/screen', { queries: { a: { name: 'PAK YONG SIK' } } }], ['/v1/check', [{ type: 'financial', date: '2025-01-01', from: 'CN', to: 'RU' }]], ['/v1/subjects', [{ id: 's1', name: 'PAK YONG SIK' }]]] as const) {
      const r = await t.app.inject({ method: 'POST', url, headers: auth(t.keys.analyst!), payload });
      assert.equal(r.statusCode, 429, `${url}: ${r.body}`);
      assert.match(r.json().error.message, /this credential has used its 0 s of batch work for the minute; try again in \d+ s/);
      assert.ok(Number(r.headers['retry-after']) >= 1);
    }
    const alerts = await t.app.inject({ method: 'GET', url: '/v1/alerts', headers: auth(t.keys.auditor!) });
    assert.equal(alerts.statusCode, 200);
    assert.equal(alerts.json().total, 0, 'no subject stored, no alert opened');

    // The route is a batch's (its body is not read): one name waits too. The key's other work goes on, and so does
    // another credential's batch.
    assert.equal((await t.app.inject({ method: 'POST', url: '/v1/screen', headers: auth(t.keys.analyst!), payload: { name: 'PAK YONG SIK' } })).statusCode, 429);
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/alerts', headers: auth(t.keys.analyst!) })).statusCode, 200);
    const other = await t.app.inject({ method: 'POST', url: '/v1/screen', headers: auth(t.keys.releaser!), payload: { queries: { a: { name: 'PAK YONG SIK' } } } });
    assert.equal(other.statusCode, 200, other.body);
  });

  it('the check page says so as a page: 429 with Retry-After, the form kept', async () => {
    const { cookie, csrf } = await pageSignIn(t, t.keys.analyst2!, '/check');
    const tx = JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ type: 'financial', date: '2025-01-01', from: 'CN', to: 'RU', parties: [{ name: `KIM CHOL ${i} TRADING CORPORATION` }] })));
    const post = () => t.app.inject({ method: 'POST', url: '/check', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: `csrf=${encodeURIComponent(csrf)}&mode=json&transaction=${encodeURIComponent(tx)}` });
    const first = await post();
    assert.equal(first.statusCode, 429, first.body.slice(0, 500));
    assert.match(first.body, /batch work for the minute/);
    assert.ok(Number(first.headers['retry-after']) >= 1);
    const again = await post();
    assert.equal(again.statusCode, 429);
  });
});

describe('serve --work-per-minute', () => {
  it('takes whole seconds from 0 (no limit) to 3600; anything else is exit 1 naming the flag, no database made', () => {
    const s = scratch('serve-work-minute');
    for (const bad of ['-1', '1.5', 'lots', '3601']) {
      const r = s.cli(['serve', '--port', '0', '--db', `${s.dir}/x.sqlite`, '--work-per-minute', bad]);
      assert.equal(r.code, 1, bad);
      assert.match(r.stderr, /--work-per-minute must be a whole number from 0 to 3600/);
      assert.equal(existsSync(`${s.dir}/x.sqlite`), false, 'no database made');
    }
  });
});
