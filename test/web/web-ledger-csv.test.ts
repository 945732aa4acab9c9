// The page's /ledger.csv is the CSV `ledger status --format csv` writes, every period asked for (crude
// oil's 2017 has two), from one shaper.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scratch } from '../support/cli-harness.ts';
import { accountCaller, suiteService } from '../service/harness.ts';

describe('web: /ledger.csv and ledger status --format csv', () => {
  const t = suiteService('sqlite');
  const s = scratch('ledger-csv');

  it('crude oil 2017: both periods, the same bytes as the CLI', async () => {
    const call = accountCaller(t);
    for (const [ref, date, barrels] of [['a1', '2017-10-01', 100], ['a2', '2017-12-23', 200]] as const) {
      const r = await call('POST', '/v1/ledger/deliveries', 'reporterCN', { commodity: 'crude-oil', state: 'CN', date, barrels, ref });
      assert.equal(r.status, 201, JSON.stringify(r.body));
    }
    const signIn = await t.app.inject({ method: 'POST', url: '/session', payload: `key=${encodeURIComponent(t.keys.auditor!)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const page = await t.app.inject({ method: 'GET', url: '/ledger.csv?commodity=crude-oil&period=2017', headers: { cookie } });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-disposition']), /filename="ledger-crude-oil-2017\.csv"/);
    const periods = page.body.trim().split('\n').slice(1).map((l) => l.split(',')[1]);
    assert.deepEqual(periods, ['2017-09-11/2017-12-21', '2017-12-22/2018-12-21']);
    const cli = s.cli(['ledger', 'status', '--commodity', 'crude-oil', '--period', '2017', '--db', t.dbFile!, '--format', 'csv']);
    assert.equal(cli.code, 0, cli.stderr);
    assert.equal(page.body, cli.stdout);
  });
});
