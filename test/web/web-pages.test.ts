// The web page's renderers and guards without a browser: escaping, the memo for a 2018 textile import,
// sessions (signed cookie, expiry, revocation), CSRF on every form, roles, four eyes as in the API.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { html, escapeHtml, Raw } from '../../http/pages/escape.ts';
import { memoOf } from '../../http/pages/memo.ts';
import { renderQueue } from '../../http/pages/alert-pages.ts';
import { monthsOf } from '../../http/pages/ledger-chart.ts';
import { transactionFromFields } from '../../http/pages/check-page.ts';
import { parseInputText } from '../../src/check/index.ts';
import type { InterdictError } from '../../src/errors/index.ts';
import { revokeAccount } from '../../src/app/accounts/account-changes.ts';
import { addAccount } from '../../src/app/accounts/accounts.ts';
import type { Alert } from '../../src/app/alerts/alerts.ts';
import { checkTransactions } from '../../src/app/service/service-queries.ts';
import { addSubjects } from '../../src/app/subjects/subjects.ts';
import { openSession, sessionFor, SESSION_TTL_MS } from '../../src/app/web/web-sessions.ts';
import type { Decision } from '../../src/check/index.ts';
import { olderListXml } from '../service/fixtures.ts';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { listAudit } from '../../src/app/audit/audit-log.ts';
import { storeVesselList } from '../../src/app/import-vessels.ts';
import { parseVesselList } from '../../src/ships/vessel-list-csv.ts';
import { pageSignIn, startTestService, type TestService } from '../service/harness.ts';

describe('web: escaping', () => {
  it('escapes every interpolated value, keeps built markup', () => {
    assert.equal(escapeHtml(`<a href="x" onclick='y'>&`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
    const v = '<script>alert(1)</script>';
    assert.equal(html`<p title="${v}">${v}${html`<b>${v}</b>`}</p>`.value, `<p title="${escapeHtml(v)}">${escapeHtml(v)}<b>${escapeHtml(v)}</b></p>`);
    assert.equal(html`${[1, '<', new Raw('<i>')]}${undefined}${null}${false}`.value, '1&lt;<i>');
  });

  it('a hostile subject name in the queue is text, not markup', () => {
    const a: Alert = {
      id: 7, status: 'open', subject: { id: 'c"><img src=x>', name: '<script>alert(1)</script>' }, match: { name: '<b>X</b>' },
      score: 0.9, band: 'match', ref: 'KPi.001', algorithm: 'korean-v2', listVersion: 'v', openedAt: new Date(Date.now() - 3 * 3600_000).toISOString(), openedBy: 'demo',
    };
    const me = { name: 'ana', roles: ['analyst' as const], createdAt: '', createdBy: '' };
    const out = renderQueue({ items: [a], total: 1, next: null }, { status: 'open' }, me, {}).value;
    assert.ok(!out.includes('<script>') && !out.includes('<img') && !out.includes('<b>X'), out);
    assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(out, /3 h/);
  });

  it('the queue shows each alert\'s band and regime, its total and a link to the next page', () => {
    const at = new Date().toISOString();
    const alert = (id: number, band: 'match' | 'possible'): Alert => ({
      id, status: 'open', subject: { id: `s${id}`, name: `Subject ${id}` }, match: { name: 'PAK YONG SIK', regime: 'DPRK' }, score: band === 'match' ? 0.95 : 0.67,
      band, regime: 'DPRK', ref: 'KPi.063', algorithm: 'korean-v3', listVersion: 'v', openedAt: at, openedBy: 'demo',
    });
    const all = [alert(1, 'possible'), alert(2, 'match')];
    const me = { name: 'ana', roles: ['analyst' as const], createdAt: '', createdBy: '' };
    const out = renderQueue({ items: all, total: 120, next: 'WzJd' }, { status: 'open', band: 'possible' }, me, { band: 'possible' }).value;
    assert.match(out, /<th scope="col">Band<\/th>/);
    assert.match(out, /class="band-possible">possible</);
    assert.match(out, /<td data-label="Regime">DPRK<\/td>/);
    assert.match(out, /120 open alerts matching the filters/);
    assert.match(out, /href="\/\?band=possible&amp;cursor=WzJd" rel="next"/);
  });

  it('the check box takes JSON or NDJSON by the CLI\'s own rule and names a bad record as the CLI does', async () => {
    const tx = '{"type":"goods","date":"2018-03-01","from":"KP","to":"CN","goods":[{"hs":"6203.42","description":"x"}]}';
    assert.equal((await parseInputText(tx)).shape, 'object');
    const nd = await parseInputText(`${tx}\n\n${tx}\n`);
    assert.deepEqual([nd.shape, nd.transactions.length], ['ndjson', 2]);
    await assert.rejects(parseInputText(`${tx}\n\n{nope`), (e: InterdictError) => e.location.record === 3 && /not valid JSON/.test(e.message));
    await assert.rejects(parseInputText(`[${tx}, ${tx.replace('2018-03-01', '2018-02-30')}]`), (e: InterdictError) => e.location.record === 2 && e.location.field === 'date');
    await assert.rejects(parseInputText('{nope'), /not valid JSON/);
  });

  it('the check form by fields builds the JSON the CLI takes: blanks left out, codes upper-cased, numbers as numbers', () => {
    const tx = transactionFromFields({
      csrf: 'x', mode: 'fields', id: ' tx-9 ', type: 'goods', date: '2018-03-01', from: 'kp', to: 'cn', purpose: '',
      'goods.0.hs': '2710.19', 'goods.0.quantity': '1200', 'goods.0.unit': 'bbl', 'goods.0.product': 'refined-petroleum', 'goods.1.hs': '',
      'goods.2.description': 'coal', 'goods.2.quantity': '12 t', 'parties.0.name': 'Ri Je Son', 'parties.0.country': 'kp', 'vessels.1.imo': '9123456',
      'approval.measure': 'unscr-2397-5', 'approval.reference': 'COMM/1', 'contract.finalized': '2017-08-20',
    });
    assert.deepEqual(tx, {
      id: 'tx-9', type: 'goods', date: '2018-03-01', from: 'KP', to: 'CN',
      goods: [{ hs: '2710.19', product: 'refined-petroleum', unit: 'bbl', quantity: 1200 }, { description: 'coal', quantity: '12 t' }],
      parties: [{ name: 'Ri Je Son', country: 'KP' }], vessels: [{ imo: '9123456' }],
      approvals: [{ measure: 'unscr-2397-5', reference: 'COMM/1' }], contract: { finalized: '2017-08-20' },
    });
  });

  it('months of a cap period, crossing a year', () => {
    assert.deepEqual(monthsOf('2017-12-22', '2018-03-21'), ['2017-12', '2018-01', '2018-02', '2018-03']);
    assert.equal(monthsOf('2018-01-01', '2018-12-31').length, 12);
  });
});

describe('web: pages over HTTP', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  async function signIn(key: string): Promise<{ cookie: string; csrf: string }> {
    const s = await pageSignIn(t, key, '/check');
    assert.match(s.setCookie, /HttpOnly/);
    assert.match(s.setCookie, /SameSite=Strict/);
    return s;
  }
  const post = (url: string, cookie: string, form: Record<string, string>) =>
    t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });

  it('without a session every page redirects to /sign-in; a bad key is refused', async () => {
    for (const url of ['/', '/alerts/1', '/check', '/ledger', '/audit']) {
      const r = await t.app.inject({ method: 'GET', url });
      assert.equal(r.statusCode, 303, url);
      assert.equal(r.headers.location, '/sign-in');
    }
    assert.equal((await t.app.inject({ method: 'GET', url: '/', headers: { cookie: 'interdict_session=YWRtaW4.99999999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } })).statusCode, 303, 'a forged cookie is no session');
    const bad = await t.app.inject({ method: 'POST', url: '/session', payload: 'key=ik_nope', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(bad.statusCode, 401);
    assert.match(bad.body, /unknown or revoked/);
  });

  it('the memo of a 2018 textile import from the DPRK cites 2375 para 16, and a form without the CSRF token is refused', async () => {
    const tx = { id: 'tx-1', type: 'goods', date: '2018-03-01', from: 'KP', to: 'CN', goods: [{ hs: '6203.42' }] };
    const d = (await checkTransactions(t.svc, tx)) as Decision;
    const memo = memoOf(d).value;
    assert.match(memo, /Outcome: <strong>prohibited<\/strong>/);
    assert.match(memo, /UNSCR 2375<\/td><td>para 16<\/td><td>prohibits/);
    assert.match(memo, /<dt>Evaluated for<\/dt><dd>2018-03-01<\/dd><dt>Law version<\/dt><dd>[0-9a-f]+/);
    const { cookie, csrf } = await signIn(t.keys.analyst!);
    assert.equal((await post('/check', cookie, { transaction: JSON.stringify(tx) })).statusCode, 403, 'no CSRF token');
    assert.equal((await post('/check', cookie, { transaction: JSON.stringify(tx), csrf: 'x'.repeat(43) })).statusCode, 403, 'a wrong token');
    const ok = await post('/check', cookie, { transaction: JSON.stringify(tx), csrf });
    assert.equal(ok.statusCode, 200);
    assert.match(ok.body, /UNSCR 2375<\/td><td>para 16/);
    const bad = await post('/check', cookie, { transaction: '{"type":"goods","date":"2018-13-45"}', csrf });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /role="alert">[^<]*date/);
    const notJson = await post('/check', cookie, { transaction: '{nope', csrf });
    assert.equal(notJson.statusCode, 400);
    assert.match(notJson.body, /transaction: record 1: not valid JSON/);
  });

  it('the memo ties a designated vessel to its row ("with a hit: 1"), names the 1718 vessels list it was screened against, and says when none was imported', async () => {
    const analyst = await signIn(t.keys.analyst!);
    const tx = JSON.stringify({ type: 'goods', date: '2026-03-01', from: 'CN', to: 'KP', goods: [{ hs: '2710.19', product: 'refined-petroleum', quantity: 1200, unit: 'bbl' }], vessels: [{ name: 'TONG SAN 2', imo: '8937675', flag: 'KP' }, { name: 'EVER GIVEN', imo: '9811000' }] });
    const before = await post('/check', analyst.cookie, { transaction: tx, csrf: analyst.csrf });
    assert.match(before.body, /<dt>1718 vessels list<\/dt><dd>none imported: vessels not screened<\/dd>/);
    assert.match(before.body, /not screened: no 1718 vessels list imported/);
    assert.match(before.body, /<caption>Vessels: 2, not screened \(no 1718 vessels list imported\)<\/caption>/);
    await storeVesselList(t.svc.driver, parseVesselList(readFileSync(new URL('../../examples/1718-vessels-sample.csv', import.meta.url), 'utf8')), 'test');
    const memo = await post('/check', analyst.cookie, { transaction: tx, csrf: analyst.csrf });
    assert.equal(memo.statusCode, 200);
    assert.match(memo.body, /Vessels screened: 2, with a hit: 1/);
    assert.match(memo.body, /<dt>1718 vessels list<\/dt><dd>1718-vessels-/);
    const rows = [...memo.body.matchAll(/<tr><td>([^<]*)<\/td><td>([\s\S]*?)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]);
    const tongSan = rows.find(([label]) => label!.startsWith('TONG SAN 2'));
    assert.match(tongSan![1]!, /prohibits — list IMO 8937675:/, 'matched by its number: no score to print');
    assert.doesNotMatch(memo.body, /score undefined|score \)/);
    const ever = rows.find(([label]) => label!.startsWith('EVER GIVEN'));
    assert.match(ever![1]!, /no list record reached the screening threshold/);
  });

  it('roles decide what each person sees: auditor reads the audit, analyst may not; a reporter lands on the ledger', async () => {
    const analyst = await signIn(t.keys.analyst!);
    const denied = await t.app.inject({ method: 'GET', url: '/audit', headers: { cookie: analyst.cookie } });
    assert.equal(denied.statusCode, 403);
    assert.match(denied.body, /may not read audit/);
    const auditor = (await t.app.inject({ method: 'POST', url: '/session', payload: `key=${t.keys.auditor}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } })).headers['set-cookie'];
    const audit = await t.app.inject({ method: 'GET', url: '/audit', headers: { cookie: String(auditor).split(';')[0]! } });
    assert.equal(audit.statusCode, 200);
    assert.doesNotMatch(audit.body, /The chain verifies/, 'the whole log is verified only when asked');
    assert.match(audit.body, /Verify the chain/);
    const verified = await t.app.inject({ method: 'GET', url: '/audit?verify=1', headers: { cookie: String(auditor).split(';')[0]! } });
    assert.match(verified.body, /The chain verifies/);
    const rep = (await t.app.inject({ method: 'POST', url: '/session', payload: `key=${t.keys.reporterCN}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } })).headers['set-cookie'];
    const home = await t.app.inject({ method: 'GET', url: '/', headers: { cookie: String(rep).split(';')[0]! } });
    assert.equal(home.headers.location, '/ledger');
    const ledger = await t.app.inject({ method: 'GET', url: '/ledger?commodity=refined-petroleum&period=2018', headers: { cookie: String(rep).split(';')[0]! } });
    assert.equal(ledger.statusCode, 200);
    assert.match(ledger.body, /<svg class="chart"/);
    const csv = await t.app.inject({ method: 'GET', url: '/ledger.csv?commodity=refined-petroleum&period=2018', headers: { cookie: String(rep).split(';')[0]! } });
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    assert.match(csv.body, /^commodity,period,month,state,barrels/);
    const badPeriod = await t.app.inject({ method: 'GET', url: '/ledger?period=nonsense', headers: { cookie: String(rep).split(';')[0]! } });
    assert.equal(badPeriod.statusCode, 400);
    assert.match(badPeriod.body, /period/);
    const filtered = await t.app.inject({ method: 'GET', url: '/audit?action=user.add&actor=test', headers: { cookie: String(auditor).split(';')[0]! } });
    assert.match(filtered.body, /<caption>9 entries matching the filters<\/caption>/, 'the nine accounts the harness added');
    assert.doesNotMatch(filtered.body, /alert\.open/);
  });

  it('four eyes as in the API: the proposer confirming is 409 with a clear message; a second person closes it', async () => {
    await addSubjects(t.svc, [{ id: 'c-1', name: 'Pak Yong Sik', dob: '1949', nationality: 'KP', type: 'person' }], 'test');
    const both = await signIn(t.keys.both!);
    const queue = await t.app.inject({ method: 'GET', url: '/?q=KPi.063', headers: { cookie: both.cookie } });
    const id = /href="\/alerts\/(\d+)"/.exec(queue.body)?.[1];
    assert.ok(id, queue.body);
    const page = await t.app.inject({ method: 'GET', url: `/alerts/${id}`, headers: { cookie: both.cookie } });
    assert.match(page.body, /<th scope="row">name<\/th>/);
    assert.match(page.body, /KPi\.063/);
    assert.equal((await post(`/alerts/${id}/decision`, both.cookie, { csrf: both.csrf, disposition: 'true-match', note: '' })).statusCode, 400, 'a note is required');
    assert.equal((await post(`/alerts/${id}/decision`, both.cookie, { csrf: both.csrf, disposition: 'true-match', note: 'same person' })).statusCode, 303);
    const self = await post(`/alerts/${id}/confirm`, both.cookie, { csrf: both.csrf, disposition: 'true-match' });
    assert.equal(self.statusCode, 409);
    assert.match(self.body, /Conflict: .*four eyes/);
    const rel = await signIn(t.keys.releaser!);
    assert.equal((await post(`/alerts/${id}/confirm`, rel.cookie, { csrf: both.csrf, disposition: 'true-match' })).statusCode, 403, "another session's token is refused");
    assert.equal((await post(`/alerts/${id}/confirm`, rel.cookie, { csrf: rel.csrf, disposition: 'true-match' })).statusCode, 303);
    const closed = await t.app.inject({ method: 'GET', url: `/alerts/${id}`, headers: { cookie: rel.cookie } });
    assert.match(closed.body, /Status: <strong>closed<\/strong>/);
    assert.match(closed.body, /alert\.confirm/);
  });

  it('the confirm form names the proposal shown: one withdrawn and replaced before the click is refused, the new one shown (review 19, M1)', async () => {
    const added = await addSubjects(t.svc, [{ id: 'c-bait', name: 'Pak Yong Sik', dob: '1949', nationality: 'KP', type: 'person' }], 'test');
    const id = added.subjects[0]!.alerts[0];
    assert.ok(id);
    const ana = await signIn(t.keys.analyst!);
    const rel = await signIn(t.keys.releaser!);
    assert.equal((await post(`/alerts/${id}/decision`, ana.cookie, { csrf: ana.csrf, disposition: 'true-match', note: 'same person' })).statusCode, 303);
    const page = await t.app.inject({ method: 'GET', url: `/alerts/${id}`, headers: { cookie: rel.cookie } });
    const form = /<form method="post" action="\/alerts\/\d+\/confirm"[\s\S]*?<\/form>/.exec(page.body)?.[0] ?? '';
    const fields = Object.fromEntries([...form.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]));
    assert.equal(fields.disposition, 'true-match');
    assert.match(fields.proposedAt ?? '', /^\d{4}-\d{2}-\d{2}T/);
    assert.match(form, /You confirm: <strong>true-match<\/strong>/);
    assert.equal((await post(`/alerts/${id}/withdraw`, ana.cookie, { csrf: ana.csrf })).statusCode, 303);
    assert.equal((await post(`/alerts/${id}/decision`, ana.cookie, { csrf: ana.csrf, disposition: 'false-positive', note: 'someone else', expires: '2030-01-01' })).statusCode, 303);
    const stale = await post(`/alerts/${id}/confirm`, rel.cookie, { ...fields, csrf: rel.csrf });
    assert.equal(stale.statusCode, 409);
    assert.match(stale.body, /Conflict: .*not the one confirmed: it is disposition false-positive, not true-match/);
    assert.match(stale.body, /You confirm: <strong>false-positive<\/strong>, suppressed until 2030-01-01/, 'the page shows what is proposed now');
    assert.match(stale.body, /<input type="hidden" name="expires" value="2030-01-01">/);
    assert.match((await t.app.inject({ method: 'GET', url: `/alerts/${id}`, headers: { cookie: rel.cookie } })).body, /Status: <strong>proposed \(/, 'nothing confirmed');
  });

  it('a session ends when it expires or its account is revoked; the pages stay out of the API route table', async () => {
    const s = await openSession(t.svc.driver, t.sessions, t.keys.analyst2!);
    assert.ok(s);
    assert.ok(await sessionFor(t.svc.driver, t.sessions, s.cookie));
    assert.equal(await sessionFor(t.svc.driver, t.sessions, s.cookie, Date.now() + SESSION_TTL_MS + 1), undefined);
    await revokeAccount(t.svc.driver, 'analyst2', 'test');
    assert.equal(await sessionFor(t.svc.driver, t.sessions, s.cookie), undefined);
    assert.ok(!t.routeTable.some((r) => r.url === '/' || r.url.startsWith('/alerts') || r.url === '/check'));
  });

  it('review fixes: signing out ends the session for good; sign-in and sign-out from another site are refused; a repeated query parameter is no crash; Secure behind HTTPS', async () => {
    const a = await signIn(t.keys.analyst!);
    const out = await post('/sign-out', a.cookie, { csrf: a.csrf });
    assert.equal(out.statusCode, 303);
    assert.equal((await t.app.inject({ method: 'GET', url: '/', headers: { cookie: a.cookie } })).statusCode, 303, 'the old cookie no longer opens a page');
    const logged = (await listAudit(t.svc.driver, { target: 'session:analyst' })).map((e) => [e.action, e.actor, e.detail.session]);
    const session = createHash('sha256').update(a.cookie.split('=')[1]!.split('.')[2]!).digest('hex').slice(0, 16);
    assert.deepEqual(logged.slice(-2), [['session.open', 'analyst', session], ['session.close', 'analyst', session]], 'the sign-in and the sign-out are logged, by a hash of the session, never the cookie');
    assert.ok(!JSON.stringify(await listAudit(t.svc.driver)).includes(a.cookie.split('=')[1]!.split('.')[2]!));
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const forged = await t.app.inject({ method: 'POST', url: '/session', payload: `key=${t.keys.auditor}`, headers: { ...form, 'sec-fetch-site': 'cross-site', origin: 'http://elsewhere.example' } });
    assert.equal(forged.statusCode, 403);
    assert.equal(forged.headers['set-cookie'], undefined, 'no session from another site');
    const away = await t.app.inject({ method: 'POST', url: '/sign-out', payload: '', headers: { ...form, origin: 'http://elsewhere.example' } });
    assert.equal(away.statusCode, 403);
    const b = await signIn(t.keys.auditor!);
    for (const url of ['/?q=a&q=b', '/audit?actor=a&actor=b', '/ledger?period=2018&period=2019']) {
      const r = await t.app.inject({ method: 'GET', url, headers: { cookie: b.cookie } });
      assert.ok(r.statusCode < 500, `${url}: ${r.statusCode}`);
    }
    const secure = await t.app.inject({ method: 'POST', url: '/session', payload: `key=${t.keys.auditor}`, headers: { ...form, 'x-forwarded-proto': 'https' } });
    assert.match(String(secure.headers['set-cookie']), /; Secure/);
  });

  it('errors are pages: an unknown URL is an HTML 404, a bad cursor or filter a 400 page; the API keeps JSON', async () => {
    const a = await signIn(t.keys.auditor!);
    const html = { accept: 'text/html,application/xhtml+xml', cookie: a.cookie };
    const missing = await t.app.inject({ method: 'GET', url: '/no-such-page', headers: html });
    assert.equal(missing.statusCode, 404);
    assert.match(String(missing.headers['content-type']), /text\/html/);
    assert.match(missing.body, /<h1>Page not found<\/h1>/);
    assert.match(missing.body, /<a href="\/">Back to the start page<\/a>/);
    const noAlert = await t.app.inject({ method: 'GET', url: '/alerts/99999', headers: html });
    assert.equal(noAlert.statusCode, 404);
    assert.match(noAlert.body, /auditor \(auditor\)/, 'a page route\'s error keeps the navigation');
    const badCursor = await t.app.inject({ method: 'GET', url: '/audit?cursor=bm90LW91cnM', headers: html });
    assert.equal(badCursor.statusCode, 400);
    assert.match(badCursor.body, /cursor/);
    assert.equal((await t.app.inject({ method: 'GET', url: '/?band=maybe', headers: html })).statusCode, 400);
    const api = await t.app.inject({ method: 'GET', url: '/v1/nothing', headers: { accept: 'text/html' } });
    assert.equal(api.statusCode, 404);
    assert.equal(api.json().error.code, 'SERVICE_NOT_FOUND');
    const icon = await t.app.inject({ method: 'GET', url: '/favicon.ico' });
    assert.match(String(icon.headers['content-type']), /image\/svg\+xml/);
    const font = await t.app.inject({ method: 'GET', url: '/static/fonts.css' });
    const file = /url\(\/static\/fonts\/([^)]+)\)/.exec(font.body)![1]!;
    const woff = await t.app.inject({ method: 'GET', url: `/static/fonts/${file}` });
    assert.equal(woff.statusCode, 200);
    assert.equal(woff.headers['content-type'], 'font/woff2');
    assert.equal((await t.app.inject({ method: 'GET', url: '/static/fonts/..%2Fpackage.json' })).statusCode, 404);
  });

  it('the users page: a key shown once; the last admin stays (409); forms are checked by the API\'s schema', async () => {
    const admin = await signIn(t.keys.admin!);
    const added = await post('/users', admin.cookie, { csrf: admin.csrf, name: 'web-aud', 'role-auditor': '1' });
    assert.equal(added.statusCode, 201);
    assert.match(added.body, /id="new-key">ik_/);
    assert.equal((await post('/users', admin.cookie, { csrf: admin.csrf, name: 'bad name!', 'role-auditor': '1' })).statusCode, 400);
    const none = await post('/users', admin.cookie, { csrf: admin.csrf, name: 'noroles' });
    assert.equal(none.statusCode, 400);
    assert.match(none.body, /roles/);
    const last = await post('/users/admin/revoke', admin.cookie, { csrf: admin.csrf });
    assert.equal(last.statusCode, 409);
    assert.match(last.body, /role="alert"/);
    const rotated = await post('/users/web-aud/key', admin.cookie, { csrf: admin.csrf });
    assert.match(rotated.body, /id="new-key">ik_/);
    assert.equal((await post('/users/web-aud/revoke', admin.cookie, { csrf: admin.csrf })).statusCode, 200);
    // A second admin confirms the grant the page showed it, not one the admin who asked changed since.
    const key2 = (await addAccount(t.svc.driver, { name: 'web-grants-admin', roles: ['admin'] }, { actor: 'test', operator: true })).key;
    assert.equal((await post('/users', admin.cookie, { csrf: admin.csrf, name: 'web-ana', 'role-analyst': '1' })).statusCode, 201);
    const second = await signIn(key2);
    const shown = await t.app.inject({ method: 'GET', url: '/users', headers: { cookie: second.cookie } });
    assert.match(shown.body, /action="\/users\/web-ana\/confirm" class="inline-form">.*name="reviewed" value="analyst"/);
    assert.equal((await post('/users/web-ana/roles', admin.cookie, { csrf: admin.csrf, 'role-releaser': '1' })).statusCode, 200);
    assert.equal((await post('/users/web-ana/confirm', second.cookie, { csrf: second.csrf, reviewed: 'analyst' })).statusCode, 409, 'changed since it was shown');
    const ok = await post('/users/web-ana/confirm', second.cookie, { csrf: second.csrf, reviewed: 'releaser' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.match(ok.body, /confirmed: releaser/);
  });

  it('subjects page: add by fields (Hangul kept), search, remove leaving its undecided alert in the queue; a blank reject reason is refused with the form kept', async () => {
    const ana = await signIn(t.keys.analyst!);
    const add = await post('/subjects', ana.cookie, { csrf: ana.csrf, id: 'web-1', name: '박영식', dob: '1949', type: 'person' });
    assert.equal(add.statusCode, 200, add.body);
    assert.match(add.body, /1 subject \(1 new/);
    const found = await t.app.inject({ method: 'GET', url: `/subjects?q=${encodeURIComponent('박영')}`, headers: { cookie: ana.cookie } });
    assert.match(found.body, /박영식/);
    const bad = await post('/subjects', ana.cookie, { csrf: ana.csrf, id: 'web-2', name: 'X', dob: '1949-13-40' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /dob/);
    assert.match(bad.body, /value="web-2"/, 'the input is kept');
    await addSubjects(t.svc, [{ id: 'web-3', name: 'PAK YONG SIK', dob: '1949' }], 'test');
    const queue = await t.app.inject({ method: 'GET', url: '/?q=web-3', headers: { cookie: ana.cookie } });
    const id = /href="\/alerts\/(\d+)"/.exec(queue.body)![1]!;
    await post(`/alerts/${id}/decision`, ana.cookie, { csrf: ana.csrf, disposition: 'true-match', note: 'same' });
    const rel = await signIn(t.keys.releaser!);
    const blank = await post(`/alerts/${id}/reject`, rel.cookie, { csrf: rel.csrf, note: '   ' });
    assert.equal(blank.statusCode, 400);
    assert.match(blank.body, /blank/);
    const removed = await post('/subjects/remove', ana.cookie, { csrf: ana.csrf, id: 'web-3', note: 'customer left' });
    assert.match(removed.body, /web-3 removed from monitoring; its 1 alert not yet decided stays in the queue, to be decided under four eyes/);
    const alert = await t.app.inject({ method: 'GET', url: `/alerts/${id}`, headers: { cookie: ana.cookie } });
    assert.doesNotMatch(alert.body, /This alert is closed/);
  });

  it('ledger reports on the page: a reporter reads its own State (table, notification, deliveries) as over the API; a reporter who also audits reads all', async () => {
    const deliver = async (state: string, ref: string) => {
      const r = await t.app.inject({ method: 'POST', url: '/v1/ledger/deliveries', headers: { authorization: `Bearer ${t.keys.admin!}` }, payload: { commodity: 'refined-petroleum', state, date: '2018-03-01', barrels: 1000, ref } });
      assert.equal(r.statusCode, 201, r.body);
    };
    await deliver('CN', 'web-cn-1');
    await deliver('RU', 'web-ru-1');
    const get = async (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
    const table = '/ledger/reports/table?commodity=refined-petroleum&period=2018';
    const cn = await signIn(t.keys.reporterCN!);
    const own = await get(table, cn.cookie);
    assert.equal(own.statusCode, 200);
    assert.match(own.body, /web-cn-1/);
    assert.doesNotMatch(own.body, /web-ru-1/, 'another State\'s rows are not a reporter\'s to read');
    const other = await get('/ledger/reports/notification?state=RU&from=2018-01-01&to=2018-12-31', cn.cookie);
    assert.match(other.body, /web-cn-1/, 'its own notification, whatever State it asks for');
    assert.doesNotMatch(other.body, /web-ru-1/);
    assert.doesNotMatch((await get('/ledger/deliveries', cn.cookie)).body, /web-ru-1/);
    const both = await signIn((await addAccount(t.svc.driver, { name: 'web-reporter-auditor', roles: ['reporter', 'auditor'], state: 'CN' }, { actor: 'cli:test', operator: true })).key);
    const all = await get(table, both.cookie);
    assert.match(all.body, /web-cn-1/);
    assert.match(all.body, /web-ru-1/, 'an auditor reads every State, on the page as over the API');
    assert.match((await get('/ledger/deliveries', both.cookie)).body, /web-ru-1/);
  });

  it('the delivery form keeps what was typed after an error and marks the field it names', async () => {
    const cn = await signIn(t.keys.reporterCN!);
    const r = await post('/ledger/deliveries', cn.cookie, { csrf: cn.csrf, commodity: 'crude-oil', date: '2026-02-11', ref: 'CN-WEB-002', barrels: '-5', product: '', parties: 'Acme Trading\nKorea Haegumgang' });
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /id="delivery-error">barrels: /);
    assert.match(r.body, /id="d-ref" name="ref" value="CN-WEB-002"/);
    assert.match(r.body, /id="d-date" name="date" value="2026-02-11"/);
    assert.match(r.body, /id="d-barrels" name="barrels" value="-5" inputmode="decimal" aria-invalid="true" aria-describedby="delivery-error"/);
    assert.match(r.body, /<option value="crude-oil" selected>/);
    assert.match(r.body, /name="parties" rows="3">Acme Trading\nKorea Haegumgang<\/textarea>/);
    assert.doesNotMatch(r.body, /id="a-ref" name="ref" value="CN-WEB-002"/, 'the other form is not filled');
    const listed = await t.app.inject({ method: 'GET', url: '/ledger/deliveries', headers: { cookie: cn.cookie } });
    assert.doesNotMatch(listed.body, /CN-WEB-002/, 'nothing stored');
  });

  it('the paged pages take the API\'s limit: a bad one is a 400 page naming it, a good one is used and kept in the next link', async () => {
    const admin = await signIn(t.keys.admin!);
    const auditor = await signIn(t.keys.auditor!);
    for (const [url, cookie] of [['/', auditor.cookie], ['/audit', auditor.cookie], ['/subjects', auditor.cookie], ['/vessels', auditor.cookie]] as const) {
      for (const bad of ['abc', '0', '501', '-1']) {
        const r = await t.app.inject({ method: 'GET', url: `${url}?limit=${bad}`, headers: { cookie } });
        assert.equal(r.statusCode, 400, `${url}?limit=${bad}`);
        assert.match(r.body, /limit/);
      }
    }
    const two = await t.app.inject({ method: 'GET', url: '/audit?limit=2', headers: { cookie: admin.cookie } });
    assert.equal(two.statusCode, 200);
    assert.equal((two.body.match(/<tr><td data-label="Seq"/g) ?? []).length, 2, 'two entries on the page');
    assert.match(two.body, /href="\/audit\?limit=2&amp;cursor=[^"]+" rel="next"/);
  });

  it('the UN list page: a new list is previewed (added, changed, removed; nothing stored); one that removes records waits for a second admin, who makes it current', async () => {
    const admin = await signIn(t.keys.admin!);
    const page = await t.app.inject({ method: 'GET', url: '/lists', headers: { cookie: admin.cookie } });
    assert.match(page.body, /In use<\/dt><dd>2026-01-28/);
    const xml = olderListXml().toString('utf8');
    const before = await t.svc.lists.current(t.svc.driver);
    const preview = await post('/lists/preview', admin.cookie, { csrf: admin.csrf, xml });
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /Preview: 2026-01-28\S* → 2025-04-19/);
    assert.match(preview.body, /Added: \d+/);
    assert.equal((await t.svc.lists.current(t.svc.driver, 0)).list.version.id, before.list.version.id, 'a preview stores nothing');
    const sha = /name="confirm" value="([0-9a-f]{64})"/.exec(preview.body)![1]!;
    const tampered = await post('/lists/apply', admin.cookie, { csrf: admin.csrf, confirm: sha, xml: `${xml} ` });
    assert.equal(tampered.statusCode, 400, 'only the list previewed is made current');
    // An older list removes and changes records: one admin alone cannot make it current on the page
    // either (the same four eyes as POST /v1/lists).
    const asked = await post('/lists/apply', admin.cookie, { csrf: admin.csrf, confirm: sha, xml });
    assert.equal(asked.statusCode, 202, asked.body.slice(0, 500));
    assert.match(asked.body, /waits for a second admin: it removes \d+ records?/);
    assert.equal((await t.svc.lists.current(t.svc.driver, 0)).list.version.id, before.list.version.id, 'nothing applied by one admin');
    const id = /Update (\d+) \(/.exec(asked.body)![1]!;
    assert.match(asked.body, /You asked for it: another admin must confirm it/);
    assert.doesNotMatch(asked.body, new RegExp(`action="/lists/pending/${id}/confirm"`), 'the admin who asked has no confirm button');
    assert.equal((await post(`/lists/pending/${id}/confirm`, admin.cookie, { csrf: admin.csrf })).statusCode, 409, 'nor can it post one');
    const second = await signIn((await addAccount(t.svc.driver, { name: 'web-admin2', roles: ['admin'] }, { actor: 'cli:test', operator: true })).key);
    const listed = await t.app.inject({ method: 'GET', url: '/lists', headers: { cookie: second.cookie } });
    assert.match(listed.body, new RegExp(`action="/lists/pending/${id}/confirm"`));
    assert.equal((await post(`/lists/pending/${id}/confirm`, second.cookie, { csrf: admin.csrf })).statusCode, 403, 'another session\'s CSRF token is refused');
    const applied = await post(`/lists/pending/${id}/confirm`, second.cookie, { csrf: second.csrf });
    assert.equal(applied.statusCode, 200, applied.body.slice(0, 500));
    assert.match(applied.body, /2025-04-19\S* is the list in use/);
    assert.equal((await post(`/lists/pending/${id}/confirm`, second.cookie, { csrf: second.csrf })).statusCode, 404, 'confirmed once');
    const bad = await post('/lists/preview', admin.cookie, { csrf: admin.csrf, xml: '<nope/>' });
    assert.equal(bad.statusCode, 400);
    const ana = await signIn(t.keys.analyst!);
    assert.equal((await t.app.inject({ method: 'GET', url: '/lists', headers: { cookie: ana.cookie } })).statusCode, 403);
  });
  it('the forms are checked as you type on the server\'s rules: every bad field named, nothing stored', async () => {
    const ana = await signIn(t.keys.analyst!);
    const live = async (url: string, who: { cookie: string; csrf: string }, form: Record<string, string>) => {
      const r = await post(url, who.cookie, { csrf: who.csrf, ...form });
      assert.equal(r.statusCode, 200, r.body.slice(0, 300));
      return (r.json() as { problems: Record<string, string> }).problems;
    };
    const check = await live('/check/validate', ana, { mode: 'fields', type: 'goods', date: '2018-13-01', from: 'KP', to: 'CN', 'goods.0.hs': '62O3', 'goods.0.quantity': 'abc', 'parties.0.name': 'X', 'parties.0.country': 'KPX' });
    assert.deepEqual(Object.keys(check).sort(), ['date', 'goods.0.hs', 'goods.0.quantity', 'parties.0.country'].sort(), JSON.stringify(check));
    assert.match(check['goods.0.hs']!, /goods\[0\]\.hs/);
    assert.match(check['goods.0.quantity']!, /goods\[0\]\.quantity must be a number/);
    assert.match(check.date!, /not a real date/);
    assert.deepEqual(await live('/check/validate', ana, { mode: 'fields', type: 'goods', date: '2018-03-01', from: 'KP', to: 'CN', 'goods.0.hs': '6203.42', 'goods.0.quantity': '5' }), {});
    // The same rules as the POST: what the live check passes, the form's POST takes.
    assert.equal((await post('/check', ana.cookie, { csrf: ana.csrf, mode: 'fields', type: 'goods', date: '2018-03-01', from: 'KP', to: 'CN', 'goods.0.hs': '6203.42', 'goods.0.quantity': '5' })).statusCode, 200);

    const subject = await live('/subjects/validate', ana, { id: 'live-only-1', name: 'Kim', dob: '19x', type: 'robot' });
    assert.deepEqual(Object.keys(subject).sort(), ['dob', 'type']);
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/subjects?q=live-only-1', headers: { authorization: `Bearer ${t.keys.analyst}` } })).json().total, 0, 'nothing stored');

    const admin = await signIn(t.keys.admin!);
    const user = await live('/users/validate', admin, { name: 'bad name', state: 'ZZ', 'role-reporter': '1' });
    assert.deepEqual(Object.keys(user).sort(), ['name', 'state']);
    assert.match(user.state!, /ZZ/);
    assert.deepEqual(Object.keys(await live('/users/validate', admin, { name: 'fine' })), ['roles']);
    assert.equal((await post('/users/validate', ana.cookie, { csrf: ana.csrf, name: 'x' })).statusCode, 403, 'an analyst may not manage users');

    const delivery = await live('/ledger/deliveries/validate', admin, { commodity: 'refined-petroleum', state: 'CN', date: '2018-02-30', ref: 'r-1', barrels: '-3' });
    assert.ok('date' in delivery && 'barrels' in delivery, JSON.stringify(delivery));
    assert.equal((await post('/check/validate', ana.cookie, { mode: 'fields', date: 'x' })).statusCode, 403, 'without the CSRF token: refused');
  });
});
