// The one set of limits, whichever interface is asked: the lowest screening threshold and a subject's
// nationality in the CLI as in the API; on the pages a value too long is refused naming the field, never
// cut short and used (a removal note, a ledger period, the queue's assigned filter).
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { MAX_DELIVERY_PARTIES, MAX_DELIVERY_VESSEL_LENGTH, MAX_NATIONALITY_LENGTH, MAX_REASON_LENGTH, MIN_SCREEN_THRESHOLD } from '../../src/app/limits.ts';
import { addSubjects } from '../../src/app/subjects/subjects.ts';
import { errorLine, scratch } from '../support/cli-harness.ts';
import { accountCaller, pageSignIn, suiteService } from './harness.ts';

describe('limits: the CLI and the API refuse alike', () => {
  const t = suiteService();
  const s = scratch('limits-alike');

  it(`a screening threshold below ${MIN_SCREEN_THRESHOLD} is refused by screen and POST /v1/screen, naming it`, async () => {
    const call = accountCaller(t);
    for (const [flag, field] of [['--threshold', 'threshold'], ['--review-threshold', 'reviewThreshold']] as const) {
      const cli = s.cli(['screen', 'PAK YONG SIK', flag, '0.3', '--format', 'json']);
      assert.equal(cli.code, 1, cli.stderr);
      assert.equal(cli.stdout, '');
      assert.match(errorLine(cli.stderr), new RegExp(`field "${flag.slice(2)}": ${flag} must be a number from ${MIN_SCREEN_THRESHOLD} to 1`));
      const api = await call('POST', '/v1/screen', 'analyst', { name: 'PAK YONG SIK', [field]: 0.3 });
      assert.equal(api.status, 400);
      assert.equal(api.body.error.field, field);
    }
    assert.equal(s.cli(['screen', 'PAK YONG SIK', '--threshold', String(MIN_SCREEN_THRESHOLD), '--format', 'json']).code, 2, 'the lowest threshold itself is taken');
    const api = await call('POST', '/v1/screen', 'analyst', { name: 'PAK YONG SIK', threshold: 0.7, reviewThreshold: 0.8 });
    assert.equal(api.status, 400, 'the review threshold above the threshold');
    assert.equal(api.body.error.field, 'reviewThreshold');
  });

  it(`a subject's nationality over ${MAX_NATIONALITY_LENGTH} characters is refused by subjects import and POST /v1/subjects; nothing stored`, async () => {
    const long = 'K'.repeat(MAX_NATIONALITY_LENGTH + 1);
    const db = path.join(s.dir, 'n.sqlite');
    const cli = s.cli(['subjects', 'import', s.write('n.csv', `id,name,nationality\nc1,KIM CHOL,${long}\n`), '--db', db, '--format', 'json']);
    assert.equal(cli.code, 1, cli.stderr);
    // The file's row and column (the API names the batch's index).
    assert.match(errorLine(cli.stderr), /record row 1 \(id c1\), field "nationality"/);
    const api = await accountCaller(t)('POST', '/v1/subjects', 'analyst', [{ id: 'c1', name: 'KIM CHOL', nationality: long }]);
    assert.equal(api.status, 400);
    assert.equal(api.body.error.field, '[0].nationality');
    await assert.rejects(addSubjects(t.svc, [{ id: 'c1', name: 'KIM CHOL', nationality: long }], 'test'), /nationality must be at most 100 characters/);
    const listed = await accountCaller(t)('GET', '/v1/subjects', 'analyst');
    assert.equal(listed.body.total, 0);
  });
});

describe('limits: the pages refuse what is too long, naming it, never cut short', () => {
  const t = suiteService();
  const signIn = (key: string) => pageSignIn(t, key, '/subjects');

  it('a subject removal note over the limit is 400 naming note, and the subject stays monitored', async () => {
    await addSubjects(t.svc, [{ id: 'c9', name: 'JOHN SMITH' }], 'test');
    const { cookie, csrf } = await signIn(t.keys.admin!);
    const form = (note: string) => new URLSearchParams({ csrf, id: 'c9', note }).toString();
    const post = (note: string) => t.app.inject({ method: 'POST', url: '/subjects/remove', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: form(note) });
    const long = await post('x'.repeat(MAX_REASON_LENGTH + 1));
    assert.equal(long.statusCode, 400);
    assert.match(long.body, /note: the note is 501 characters long/);
    assert.equal((await accountCaller(t)('GET', '/v1/subjects', 'analyst')).body.total, 1, 'not removed');
    const ok = await post('x'.repeat(MAX_REASON_LENGTH));
    assert.equal(ok.statusCode, 200);
    assert.equal((await accountCaller(t)('GET', '/v1/subjects', 'analyst')).body.total, 0);
  });

  it('a delivery\'s vessel, parties and amend reason: what the API refuses, the page and the CLI refuse too, naming the field; nothing stored', async () => {
    const { cookie, csrf } = await signIn(t.keys.reporterCN!);
    const post = (url: string, form: Record<string, string>) => t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ csrf, ...form }).toString() });
    const base = { commodity: 'refined-petroleum', date: '2018-03-01', ref: 'lim-1', barrels: '100' };
    const vessel = await post('/ledger/deliveries', { ...base, vessel: 'V'.repeat(MAX_DELIVERY_VESSEL_LENGTH + 1) });
    assert.equal(vessel.statusCode, 400);
    // The page answers as the API's schema does (the same check, the same words).
    assert.match(vessel.body, /vessel: vessel must NOT have more than 200 characters/);
    const parties = await post('/ledger/deliveries', { ...base, parties: Array.from({ length: MAX_DELIVERY_PARTIES + 1 }, (_x, i) => `P${i}`).join('\n') });
    assert.equal(parties.statusCode, 400);
    assert.match(parties.body, /parties: parties must NOT have more than 50 items/);
    const api = await accountCaller(t)('POST', '/v1/ledger/deliveries', 'reporterCN', { ...base, state: 'CN', vessel: 'V'.repeat(MAX_DELIVERY_VESSEL_LENGTH + 1) });
    assert.equal(api.status, 400);
    assert.equal(api.body.error.field, 'vessel');
    const s = scratch('limits-delivery');
    const cli = s.cli(['ledger', 'record', '--commodity', 'refined-petroleum', '--state', 'CN', '--date', '2018-03-01', '--barrels', '100', '--vessel', 'V'.repeat(MAX_DELIVERY_VESSEL_LENGTH + 1), '--db', path.join(s.dir, 'l.sqlite'), '--format', 'json']);
    assert.equal(cli.code, 1, cli.stderr);
    assert.match(errorLine(cli.stderr), /field "vessel"/);
    assert.equal((await accountCaller(t)('GET', '/v1/ledger/deliveries', 'admin')).body.total, 0, 'nothing stored');
    assert.equal((await post('/ledger/deliveries', base)).statusCode, 201);
    const reason = await post('/ledger/deliveries/amend', { ref: 'lim-1', barrels: '90', reason: 'r'.repeat(MAX_REASON_LENGTH + 1) });
    assert.equal(reason.statusCode, 400);
    assert.match(reason.body, /reason: reason must NOT have more than 500 characters/);
    // A factor the API refuses is refused on the page too, never silently dropped for the default.
    const factor = await post('/ledger/deliveries', { ...base, ref: 'lim-2', barrels: '', tonnes: '10', factor: '5' });
    assert.equal(factor.statusCode, 400);
    assert.match(factor.body, /factor: /);
  });

  it('a ledger period that is too long or not a period is 400 naming period, on the status page and the reports', async () => {
    const { cookie } = await signIn(t.keys.admin!);
    for (const url of ['/ledger', '/ledger/reports/table', '/ledger/reports/notices']) {
      const r = await t.app.inject({ method: 'GET', url: `${url}?commodity=crude-oil&period=${'2017'.repeat(11)}`, headers: { cookie } });
      assert.equal(r.statusCode, 400, url);
      assert.match(r.body, /period: must NOT have more than 40 characters/, url);
    }
  });

  it('the events page takes its filter whole: a long or bad value is 400 naming it, as GET /v1/events', async () => {
    const { cookie } = await signIn(t.keys.analyst!);
    for (const [q, field] of [[`from=2019-03-01T06:00:00.${'0'.repeat(80)}1Z`, 'from'], [`kind=${'encounter'.repeat(10)}`, 'kind'], [`cursor=${'A'.repeat(1001)}`, 'cursor']]) {
      const r = await t.app.inject({ method: 'GET', url: `/events?${q}`, headers: { cookie } });
      assert.equal(r.statusCode, 400, q);
      assert.match(r.body, new RegExp(`${field}: `), q);
    }
  });

  it("the queue's assigned filter longer than an account name is 400 naming assigned", async () => {
    const { cookie } = await signIn(t.keys.analyst!);
    const r = await t.app.inject({ method: 'GET', url: `/?assigned=${'a'.repeat(65)}`, headers: { cookie } });
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /assigned: must NOT have more than 64 characters/, 'the words GET /v1/alerts uses');
  });
});
