// The ledger over HTTP beyond recording (CONTRACT §3a, §4a): amend (a correction notice once), the
// paginated delivery list (limit, cursor, order, total, next), a reporter's own State only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auth, suiteService } from './harness.ts';

describe('ledger API: amend and the delivery list', () => {
  const t = suiteService('sqlite');

  const req = async (method: 'GET' | 'POST', url: string, who: string, payload?: unknown) => {
    const r = await t.app.inject({ method, url, headers: auth(t.keys[who]!), ...(payload !== undefined && { payload: payload as object }) });
    return { status: r.statusCode, body: r.json() };
  };
  const rec = (who: string, state: string, ref: string, date: string, extra: Record<string, unknown>) =>
    req('POST', '/v1/ledger/deliveries', who, { commodity: 'refined-petroleum', state, date, ref, reported: date, ...extra });

  it('a product converts tonnes; a mis-keyed huge figure is 400 unless confirmLarge', async () => {
    const lpg = await rec('reporterCN', 'CN', 'lpg', '2018-01-05', { tonnes: 100, product: 'lpg' });
    assert.equal(lpg.status, 201);
    assert.deepEqual([lpg.body.record.barrels, lpg.body.record.derivation], [1160, 'product-factor']);
    const huge = await rec('reporterCN', 'CN', 'huge', '2018-01-06', { barrels: '99999999999' });
    assert.equal(huge.status, 400);
    assert.equal(huge.body.error.field, 'barrels');
  });

  it('amend: the caller is who amends; below a notified threshold a correction notice, once; a reporter amends its own State only', async () => {
    const big = await rec('reporterCN', 'CN', 'big', '2018-02-01', { barrels: 480_000 });
    assert.deepEqual(big.body.notices.map((n: { threshold: number }) => n.threshold), [75, 90, 95]);
    const after = await rec('reporterRU', 'RU', 'ru-after', '2018-03-01', { barrels: 10 });
    assert.equal(after.status, 201);
    assert.equal(after.body.record.afterCease, true);
    assert.equal((await req('POST', '/v1/ledger/deliveries/CN/big/amend', 'reporterRU', { barrels: 48_000 })).status, 403);
    const fixed = await req('POST', '/v1/ledger/deliveries/CN/big/amend', 'reporterCN', { barrels: 48_000, reason: 'mis-keyed' });
    assert.equal(fixed.status, 200, JSON.stringify(fixed.body));
    assert.equal(fixed.body.after.amendedBy, 'reporterCN');
    assert.deepEqual(fixed.body.notices.map((n: { kind: string; threshold: number }) => `${n.kind}:${n.threshold}`), ['correction:95', 'correction:90', 'correction:75']);
    const again = await req('POST', '/v1/ledger/deliveries/CN/big/amend', 'admin', { barrels: 47_000 });
    assert.deepEqual(again.body.notices, []);
    assert.equal((await req('POST', '/v1/ledger/deliveries/CN/nope/amend', 'admin', { barrels: 1 })).status, 404);
    const notices = (await req('GET', '/v1/ledger/notices', 'auditor')).body.notices;
    assert.deepEqual(notices.map((n: { kind: string }) => n.kind), ['threshold', 'threshold', 'threshold', 'correction', 'correction', 'correction']);
    const audit = (await req('GET', '/v1/audit', 'auditor')).body;
    const entries = Array.isArray(audit) ? audit : audit.entries ?? audit.items;
    assert.ok(entries.some((e: { action: string }) => e.action === 'delivery.amend'), 'the amendment is in the audit log');
  });

  it('GET /v1/ledger/deliveries: pages of limit, newest first unless order=asc, total, an opaque next; a reporter sees its own State', async () => {
    for (let i = 1; i <= 7; i++) await rec('reporterRU', 'RU', `p-${i}`, `2018-04-${String(i).padStart(2, '0')}`, { barrels: 1 });
    const all = await req('GET', '/v1/ledger/deliveries?limit=3', 'auditor');
    assert.equal(all.status, 200);
    assert.equal(all.body.total, 10, 'the refused one was never stored');
    assert.deepEqual(all.body.items.map((d: { ref: string }) => d.ref), ['p-7', 'p-6', 'p-5']);
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const page: { body: { items: { ref: string }[]; next: string | null } } = await req('GET', `/v1/ledger/deliveries?limit=4&order=asc${next ? `&cursor=${next}` : ''}`, 'analyst');
      seen.push(...page.body.items.map((d) => d.ref));
      next = page.body.next;
    } while (next !== null);
    assert.deepEqual(seen, ['lpg', 'big', 'ru-after', 'p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6', 'p-7']);
    const mine = await req('GET', '/v1/ledger/deliveries?state=RU', 'reporterCN');
    assert.deepEqual([...new Set(mine.body.items.map((d: { state: string }) => d.state))], ['CN'], 'a reporter reads its own State');
    const tooMany = await req('GET', '/v1/ledger/deliveries?limit=501', 'auditor');
    assert.equal(tooMany.status, 400, 'at most 500 a page, as every list');
    assert.equal(tooMany.body.error.field, 'limit');
    const bad = await req('GET', '/v1/ledger/deliveries?cursor=bm90LWEtY3Vyc29y', 'auditor');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, 'cursor');
    // Cursors of the right shape but holding what this list never gives out: 400, never a database error.
    for (const forged of [['2018-01-01\u0000', 1], ['2018-01-01', 1.5], ['2018-01-01', 1e19], ['not a date', 1]]) {
      const c = Buffer.from(JSON.stringify(forged)).toString('base64url');
      const r = await req('GET', `/v1/ledger/deliveries?cursor=${c}`, 'auditor');
      assert.equal(r.status, 400, `${JSON.stringify(forged)}: ${JSON.stringify(r.body)}`);
      assert.equal(r.body.error.field, 'cursor');
    }
    // A window whose end is before its start is refused naming `to` (review 19, LOW-4: it answered 200, empty).
    const backwards = await req('GET', '/v1/ledger/deliveries?from=2017-01-01&to=2016-01-01', 'auditor');
    assert.equal(backwards.status, 400);
    assert.equal(backwards.body.error.field, 'to');
    assert.match(backwards.body.error.message, /to \(2016-01-01\) is before from \(2017-01-01\)/);
    assert.equal((await req('GET', '/v1/ledger/deliveries?from=2017-01-01&to=2017-01-01', 'auditor')).status, 200, 'one day is a window');
  });
});
