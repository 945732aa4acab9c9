// Security review 23, HIGH-2: without any credential one address could hold the event loop for seconds with
// POST /session (the text gate read every string of a 2 MiB form of nested escapes before anything refused it),
// and with a key a batch of nested escapes held /healthz for seconds. Sign-in and sign-out take a small body of
// their own field only; a form has at most MAX_FORM_FIELDS fields; a page POST's session is checked before its
// body is parsed; the gate reads escapes within one budget per request, in slices that give the loop back.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { READING_BUDGET_CHARS, escapeReadings, readingBudget } from '../../src/io/escape-reader.ts';
import { findBadText, textReasonWithin } from '../../src/io/text-guard.ts';
import { MAX_FORM_FIELDS } from '../../http/utf8-body.ts';
import { SIGN_IN_BODY_LIMIT } from '../../http/pages/sign-in-page.ts';
import { accountCaller, pageSignIn, suiteService } from './harness.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
/** One value escaped ten deep (%2525…41 is A), as a form sends it. */
const NESTED = `%${'25'.repeat(10)}41`;

describe('escape reading within a budget', () => {
  it('a string read past its budget is refused as not text, naming the budget; within it, as before', () => {
    assert.equal(escapeReadings(NESTED.repeat(100), readingBudget(1000)).overBudget, true);
    assert.equal(escapeReadings(NESTED.repeat(100)).readings.at(-1), 'A'.repeat(100));
    const bad = findBadText({ queries: { a: { name: NESTED.repeat(100) } } }, '', textReasonWithin(readingBudget(1000)));
    assert.equal(bad?.field, 'queries.a.name');
    assert.match(bad!.message, /more escapes than one request may have read/);
    assert.equal(findBadText({ queries: { a: { name: 'PAK%20YONG%20SIK' } } }, '', textReasonWithin(readingBudget())), undefined);
    // A full batch of names each holding one escape is read whole within the budget.
    const budget = readingBudget();
    const names = Array.from({ length: 10_000 }, (_, i) => `PAK%20YONG%20SIK ${i} ${'x'.repeat(180)}`);
    assert.equal(findBadText({ names }, '', textReasonWithin(budget)), undefined);
    assert.ok(budget.left > 0 && budget.left < READING_BUDGET_CHARS, String(budget.left));
  });
});

describe('service: sign-in, forms and the gate under a body of escapes (review 23, HIGH-2)', () => {
  const t = suiteService('sqlite');
  const req = accountCaller(t);

  it('POST /session takes a small body of its one field: larger is 413, another field 400 naming it', async () => {
    const big = await t.app.inject({ method: 'POST', url: '/session', headers: FORM, payload: `key=${'a'.repeat(SIGN_IN_BODY_LIMIT)}` });
    assert.equal(big.statusCode, 413);
    const flood = await t.app.inject({ method: 'POST', url: '/session', headers: FORM, payload: Array.from({ length: 2000 }, (_, i) => `f${i}=${encodeURIComponent(NESTED)}`).join('&') });
    assert.equal(flood.statusCode, 413);
    const other = await t.app.inject({ method: 'POST', url: '/session', headers: FORM, payload: `key=ik_x&f0=${encodeURIComponent(NESTED)}` });
    assert.equal(other.statusCode, 400);
    assert.match(other.body, /f0/);
    // The form as the page sends it still signs in.
    await pageSignIn(t, t.keys.auditor!);
  });

  it('a page POST without a session is sent to sign in before its body is parsed', async () => {
    // Not UTF-8, and a field twice: either would be 400 once parsed; without a session the body is never read.
    const r = await t.app.inject({ method: 'POST', url: '/subjects', headers: FORM, payload: Buffer.concat([Buffer.from('name=%FF&name=x&'), Buffer.from([0xff])]) });
    assert.equal(r.statusCode, 303);
    assert.equal(r.headers.location, '/sign-in');
    const out = await t.app.inject({ method: 'POST', url: '/sign-out', headers: FORM, payload: 'csrf=x' });
    assert.equal(out.statusCode, 303);
  });

  it('a form of more than MAX_FORM_FIELDS fields is 400', async () => {
    const { cookie, csrf } = await pageSignIn(t, t.keys.analyst!, '/subjects');
    const fields = Array.from({ length: MAX_FORM_FIELDS + 1 }, (_, i) => `f${i}=x`).join('&');
    const r = await t.app.inject({ method: 'POST', url: '/subjects', headers: { ...FORM, cookie }, payload: `csrf=${csrf}&${fields}` });
    assert.equal(r.statusCode, 400);
    assert.match(r.body, new RegExp(`more than ${MAX_FORM_FIELDS} fields`));
  });

  it('a 2 MiB batch of nested escapes is 400 naming a field, and /healthz is answered while the gate reads it', async () => {
    const queries: Record<string, { name: string }> = {};
    for (let i = 0; JSON.stringify(queries).length < 1.9 * 1024 * 1024; i++) queries[`q${i}`] = { name: NESTED.repeat(8) };
    const order: string[] = [];
    const heavy = req('POST', '/v1/screen', 'analyst', { queries }).then((r) => {
      order.push('screen');
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const health = t.app.inject({ method: 'GET', url: '/healthz' }).then((r) => {
      order.push('healthz');
      return r;
    });
    const [r, h] = await Promise.all([heavy, health]);
    assert.equal(h.statusCode, 200);
    assert.equal(r.status, 400, JSON.stringify(r.body).slice(0, 300));
    assert.match(String(r.body.error.field), /^queries\.q\d+\.name$/);
    assert.match(r.body.error.message, /more escapes than one request may have read/);
    assert.deepEqual(order, ['healthz', 'screen'], 'the health probe is not held behind the gate');
  });
});
