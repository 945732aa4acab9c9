// A delivery's parties are screened against one list whichever interface records it: the list in use in
// the delivery's database when it holds one (a service's), else the bundled list. `ledger record`,
// `ledger import` and POST /v1/ledger/deliveries on one database agree.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scratch } from '../support/cli-harness.ts';
import { olderListXml } from './fixtures.ts';
import { accountCaller, suiteService } from './harness.ts';

describe("ledger: the list that screens a delivery's parties", () => {
  const t = suiteService('sqlite');
  const s = scratch('ledger-party-list');
  const versionOf = (out: string) => (JSON.parse(out) as { record: { screening: { listVersion: string }[] } }).record.screening[0]!.listVersion;

  it('a service database: the list loaded there, by the CLI as by the API; a ledger-only database: the bundled list', async () => {
    const older = s.write('older.xml', olderListXml());
    const loaded = s.cli(['lists', 'load', older, '--db', t.dbFile!, '--format', 'json', '--allow-removals']);
    assert.equal(loaded.code, 0, loaded.stderr);
    const inUse = (await accountCaller(t)('GET', '/v1/list', 'analyst')).body as { version: { dateGenerated: string } };
    assert.match(inUse.version.dateGenerated, /^2025-04-19/);

    const api = await accountCaller(t)('POST', '/v1/ledger/deliveries', 'reporterCN', { commodity: 'refined-petroleum', state: 'CN', date: '2018-03-01', barrels: 10, ref: 'p-api', parties: ['PAK YONG SIK'] });
    assert.equal(api.status, 201, JSON.stringify(api.body));
    const apiVersion = api.body.record.screening[0].listVersion as string;
    assert.match(apiVersion, /^2025-04-19/);

    const cli = s.cli(['ledger', 'record', '--commodity', 'refined-petroleum', '--state', 'CN', '--date', '2018-03-02', '--barrels', '10', '--ref', 'p-cli', '--party', 'PAK YONG SIK', '--db', t.dbFile!, '--format', 'json']);
    assert.ok(cli.code === 0 || cli.code === 3, cli.stderr);
    assert.equal(versionOf(cli.stdout), apiVersion, 'the CLI screens against the list in use in the database');

    const csv = s.write('d.csv', 'state,commodity,date,barrels,ref,parties\nCN,refined-petroleum,2018-03-03,10,p-imp,PAK YONG SIK\n');
    const imported = s.cli(['ledger', 'import', csv, '--db', t.dbFile!, '--format', 'json']);
    assert.ok(imported.code === 0 || imported.code === 3, imported.stderr);
    const history = s.cli(['ledger', 'history', '--state', 'CN', '--ref', 'p-imp', '--db', t.dbFile!, '--format', 'json']);
    assert.equal((JSON.parse(history.stdout) as { screening: { listVersion: string }[] }[])[0]!.screening[0]!.listVersion, apiVersion);

    const ledgerOnly = path.join(s.dir, 'ledger-only.sqlite');
    const bundled = s.cli(['ledger', 'record', '--commodity', 'refined-petroleum', '--state', 'CN', '--date', '2018-03-02', '--barrels', '10', '--ref', 'p-1', '--party', 'PAK YONG SIK', '--db', ledgerOnly, '--format', 'json']);
    assert.ok(bundled.code === 0 || bundled.code === 3, bundled.stderr);
    assert.match(versionOf(bundled.stdout), /^2026-01-28/, 'no list in the database: the bundled one');
  });
});
