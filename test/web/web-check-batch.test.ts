// The check page with a big paste: memos for the first PAGE_MEMOS transactions, the rest counted by outcome
// with their prohibited and review ones listed by id; and the page built in slices, giving the event loop
// turns as the check itself does (counted, with a clock that says every item took a whole slice: no timing).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PAGE_MEMOS, renderDecisions } from '../../http/pages/check-page.ts';
import { checkTransactions } from '../../src/app/service/service-queries.ts';
import type { Decision } from '../../src/check/index.ts';
import { pageSignIn, startTestService, type TestService } from '../service/harness.ts';
import { turnsDuring, withSlowClock } from '../support/loop-turns.ts';

const KINDS = {
  permitted: { type: 'goods', date: '2018-03-01', from: 'CN', to: 'JP', goods: [{ hs: '6203.42' }] },
  prohibited: { type: 'goods', date: '2018-03-01', from: 'KP', to: 'CN', goods: [{ hs: '6203.42' }] },
  review: { type: 'goods', date: '2019-01-01', from: 'CN', to: 'KP', goods: [{ product: 'other', description: 'storage equipment' }] },
  conditional: { type: 'goods', date: '2017-12-10', from: 'KP', to: 'CN', goods: [{ hs: '6203.42' }], contract: { finalized: '2017-08-20' } },
} as const;
type Kind = keyof typeof KINDS;

/** A batch of `n` transactions `t1`…`tn`, permitted but for the kinds given by number. */
function batch(n: number, kinds: Record<number, Kind>): Record<string, unknown>[] {
  return Array.from({ length: n }, (_x, i) => ({ id: `t${i + 1}`, ...KINDS[kinds[i + 1] ?? 'permitted'] }));
}

describe('web: the check page with a big batch', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  const post = (cookie: string, form: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/check', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });

  it('the kinds of transaction the tests use decide as named', async () => {
    const ds = (await checkTransactions(t.svc, Object.values(KINDS))) as Decision[];
    assert.deepEqual(ds.map((d) => d.outcome), Object.keys(KINDS));
  });

  it('a paste of more than PAGE_MEMOS shows that many memos, and counts the rest by outcome, listing their prohibited and review ones by id', async () => {
    const n = PAGE_MEMOS + 40;
    const kinds: Record<number, Kind> = { 1: 'prohibited', 2: 'review', [PAGE_MEMOS + 6]: 'prohibited', [PAGE_MEMOS + 11]: 'review', [PAGE_MEMOS + 21]: 'conditional', [n]: 'prohibited' };
    const { cookie, csrf } = await pageSignIn(t, t.keys.analyst!, '/check');
    const r = await post(cookie, { csrf, mode: 'json', transaction: batch(n, kinds).map((x) => JSON.stringify(x)).join('\n') });
    assert.equal(r.statusCode, 200);
    assert.equal(r.body.match(/<article class="memo"/g)?.length, PAGE_MEMOS, 'memos for the first PAGE_MEMOS only');
    assert.match(r.body, /id="memo-t1"/);
    assert.match(r.body, new RegExp(`id="memo-t${PAGE_MEMOS}"`));
    assert.doesNotMatch(r.body, new RegExp(`id="memo-t${PAGE_MEMOS + 1}"`));
    assert.match(r.body, new RegExp(`<caption>${n} transactions: 3 prohibited, 2 review, 1 conditional, ${n - 6} permitted; the first ${PAGE_MEMOS} shown below</caption>`), 'the whole batch counted');
    assert.match(r.body, new RegExp(`Transactions ${PAGE_MEMOS + 1} to ${n}: counted, not shown`));
    assert.match(r.body, new RegExp(`${n} transactions were checked\\. This page shows the memos of the first ${PAGE_MEMOS}; the other 40 are summarised here: <strong>2 prohibited, 1 review, 1 conditional, 36 permitted</strong>`));
    assert.match(r.body, /<code>interdict check<\/code> or <code>POST \/v1\/check<\/code>/, 'where the whole result is had');
    const rest = r.body.slice(r.body.indexOf('<section class="rest"'), r.body.indexOf('</section>', r.body.indexOf('<section class="rest"')));
    assert.match(rest, /<caption>Prohibited or for review among them: 3<\/caption>/);
    const listed = [...rest.matchAll(/<tr><td>(\d+)<\/td><td>([^<]*)<\/td><td class="outcome-(\w+)">/g)].map((m) => [Number(m[1]), m[2], m[3]]);
    assert.deepEqual(listed, [[PAGE_MEMOS + 6, `t${PAGE_MEMOS + 6}`, 'prohibited'], [PAGE_MEMOS + 11, `t${PAGE_MEMOS + 11}`, 'review'], [n, `t${n}`, 'prohibited']]);
    assert.doesNotMatch(rest, new RegExp(`href="#memo-t${PAGE_MEMOS + 6}"`), 'no link to a memo the page does not hold');
  });

  it('a batch of PAGE_MEMOS or fewer shows every memo and nothing counted apart', async () => {
    const { cookie, csrf } = await pageSignIn(t, t.keys.analyst!, '/check');
    const r = await post(cookie, { csrf, mode: 'json', transaction: JSON.stringify(batch(PAGE_MEMOS, { 7: 'prohibited' })) });
    assert.equal(r.statusCode, 200);
    assert.equal(r.body.match(/<article class="memo"/g)?.length, PAGE_MEMOS);
    assert.match(r.body, new RegExp(`<caption>${PAGE_MEMOS} transactions: 1 prohibited, 0 review, 0 conditional, ${PAGE_MEMOS - 1} permitted</caption>`));
    assert.doesNotMatch(r.body, /class="rest"/);
  });

  it('the page is built in slices: a turn of the event loop between memos when each takes a slice, the same page as built at once', async () => {
    const txs = batch(PAGE_MEMOS + 10, { 3: 'prohibited', [PAGE_MEMOS + 5]: 'review' });
    const ds = (await checkTransactions(t.svc, txs)) as Decision[];
    const ctx = { by: 'ana', at: '2026-01-01T00:00:00.000Z', listVersion: 'v' };
    const atOnce = (await renderDecisions(ds, txs, ctx)).value;
    const { value, turns } = await withSlowClock(() => turnsDuring(() => renderDecisions(ds, txs, ctx)));
    assert.equal(value.value, atOnce, 'slicing changes only the waiting');
    assert.ok(turns >= PAGE_MEMOS, `${turns} turns while ${PAGE_MEMOS} memos were built`);
  });

  it('over HTTP the page check gives the event loop turns past those of the check: one a transaction checked, one a memo built', async () => {
    const n = PAGE_MEMOS + 20;
    const { cookie, csrf } = await pageSignIn(t, t.keys.analyst!, '/check');
    const text = batch(n, { [PAGE_MEMOS + 2]: 'prohibited' }).map((x) => JSON.stringify(x)).join('\n');
    const { value: r, turns } = await withSlowClock(() => turnsDuring(() => post(cookie, { csrf, mode: 'json', transaction: text })));
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /<strong>1 prohibited, 0 review, 0 conditional, 19 permitted<\/strong>/);
    assert.ok(turns >= n + PAGE_MEMOS, `${turns} turns during a page check of ${n} transactions (${PAGE_MEMOS} memos)`);
  });
});
