// The 1718 vessels list over the API: read it paged and searched (anyone signed in); an admin previews a
// new list (what it drops, adds, changes; nothing stored) and makes it current; replacing a list in use
// without the preview's confirm value is 409 naming what it would drop; the import is audited under the
// admin's name with what it changed; a check then screens against the new list.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { auth, suiteService, type TestBackend } from './harness.ts';
import { storeVesselList } from '../../src/app/import-vessels.ts';
import { parseVesselList } from '../../src/ships/vessel-list-csv.ts';

const sample = readFileSync(path.join(PROJECT_ROOT, 'examples', '1718-vessels-sample.csv'), 'utf8');
const lines = sample.trim().split('\n');
// The replacement: drops the first vessel (PETREL 8), renames the second, keeps the rest.
const replacement = [lines[0], ...lines.slice(2).map((l, i) => (i === 0 ? l.replace(/^HAO FAN 6,/, 'HAO FAN SIX,') : l))].join('\n');
const renamedLine = lines[2]!;

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`service: the vessels list (${backend})`, () => {
    const t = suiteService(backend);
    const csv = { 'content-type': 'text/csv' };
    const req = async (method: string, url: string, who: string, payload?: string, headers: Record<string, string> = {}) => {
      const res = await t.app.inject({ method: method as 'POST', url, headers: { ...auth(t.keys[who]!), ...headers }, ...(payload !== undefined && { payload }) });
      return { status: res.statusCode, body: res.json() };
    };

    it('no list yet: an empty page; only an admin previews or imports; bad CSV is 400 naming line and field', async () => {
      const none = await req('GET', '/v1/vessels', 'reporterCN');
      assert.equal(none.status, 200);
      assert.deepEqual(none.body, { items: [], total: 0, next: null, version: null, importedAt: null });
      assert.equal((await req('POST', '/v1/vessels/preview', 'analyst', sample, csv)).status, 403);
      assert.equal((await req('POST', '/v1/vessels', 'auditor', sample, csv)).status, 403);
      const bad = await req('POST', '/v1/vessels/preview', 'admin', sample.replace('9562233', '9562234'), csv);
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.code, 'VESSELS_BAD_LIST');
      assert.equal(bad.body.error.field, 'imo');
      assert.equal(bad.body.error.record, 'line 2');
      const json = await req('POST', '/v1/vessels', 'admin', JSON.stringify({ csv: sample }), { 'content-type': 'application/json' });
      assert.equal(json.status, 415);
      assert.equal((await req('GET', '/v1/vessels', 'admin')).body.total, 0, 'nothing stored');
    });

    it('the first import needs no confirm; the list reads paged and searched', async () => {
      const first = await req('POST', '/v1/vessels', 'admin', sample, csv);
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.equal(first.body.changed, true);
      assert.equal(first.body.vessels, lines.length - 1);
      const page = await req('GET', '/v1/vessels?limit=5', 'analyst');
      assert.equal(page.body.total, lines.length - 1);
      assert.equal(page.body.items.length, 5);
      assert.equal(page.body.version, first.body.version);
      const rest = await req('GET', `/v1/vessels?limit=500&cursor=${page.body.next}`, 'analyst');
      assert.equal(rest.body.items.length, lines.length - 1 - 5);
      const imos = [...page.body.items, ...rest.body.items].map((v: { imo: string }) => v.imo);
      assert.equal(new Set(imos).size, lines.length - 1, 'each vessel once across the pages');
      const found = await req('GET', '/v1/vessels?q=petrel', 'auditor');
      assert.deepEqual(found.body.items.map((v: { imo: string }) => v.imo), ['9562233']);
      assert.equal((await req('GET', '/v1/vessels?q=9562233', 'auditor')).body.total, 1);
      assert.equal((await req('GET', '/v1/vessels?limit=0', 'auditor')).status, 400);
    });

    it('a replacement is previewed (dropped, added, changed); one that drops or changes a vessel is refused to one admin, one that adds needs its confirm value; audited', async () => {
      const preview = await req('POST', '/v1/vessels/preview', 'admin', replacement, csv);
      assert.equal(preview.status, 200);
      assert.deepEqual(preview.body.diff.removed.map((v: { imo: string }) => v.imo), ['9562233']);
      assert.deepEqual(preview.body.diff.added, []);
      assert.deepEqual(preview.body.diff.changed, [{ imo: renamedLine.split(',')[1], name: 'HAO FAN SIX', changes: [{ field: 'name', before: 'HAO FAN 6', after: 'HAO FAN SIX' }] }]);
      assert.equal(preview.body.unchanged, false);
      assert.match(preview.body.confirm, /^[0-9a-f]{64}$/);
      assert.equal((await req('GET', '/v1/vessels?q=petrel', 'admin')).body.total, 1, 'a preview stores nothing');

      // Dropping or changing a designated vessel de-lists it in effect: one admin over the network may not,
      // with or without the preview's confirm value (as a UN list that removes records waits for a second admin).
      for (const url of ['/v1/vessels', `/v1/vessels?confirm=${preview.body.confirm}`]) {
        const refused = await req('POST', url, 'admin', replacement, csv);
        assert.equal(refused.status, 409, url);
        assert.equal(refused.body.error.code, 'VESSELS_CONFLICT');
        assert.match(refused.body.error.message, /drops 1 and changes 1 designated vessel\(s\) .*9562233 PETREL 8.*one admin alone cannot de-list a vessel.*interdict vessels import/);
      }
      assert.equal((await req('GET', '/v1/vessels?q=petrel', 'admin')).body.total, 1, 'nothing dropped');

      // A list that only adds a vessel is an admin's to import, previewed first and confirmed.
      const added = `${sample.trimEnd()}\nTEST ADDED,9811000,,KP,,tanker,2018-03-30,,port-entry-ban\n`;
      const addPreview = await req('POST', '/v1/vessels/preview', 'admin', added, csv);
      assert.equal(addPreview.status, 200, JSON.stringify(addPreview.body));
      const blind = await req('POST', '/v1/vessels', 'admin', added, csv);
      assert.equal(blind.status, 409);
      assert.equal(blind.body.error.field, 'confirm');
      assert.match(blind.body.error.message, /0 dropped, 1 added, 0 changed/);
      // A confirm value of another list (the sample's own preview) does not replace with this one.
      const other = (await req('POST', '/v1/vessels/preview', 'admin', sample.replace('TONG SAN 2', 'TONG SAN TWO'), csv)).body.confirm;
      assert.equal((await req('POST', `/v1/vessels?confirm=${other}`, 'admin', added, csv)).status, 409);
      assert.equal((await req('POST', '/v1/vessels?confirm=nothex', 'admin', added, csv)).status, 400);
      const done = await req('POST', `/v1/vessels?confirm=${addPreview.body.confirm}`, 'admin', added, csv);
      assert.equal(done.status, 200, JSON.stringify(done.body));
      assert.deepEqual({ removed: done.body.removed, added: done.body.added, changed: done.body.changedVessels }, { removed: 0, added: 1, changed: 0 });
      // The same list again changes nothing (and needs no confirm); the confirm value cannot be replayed.
      const again = await req('POST', '/v1/vessels', 'admin', added, csv);
      assert.equal(again.body.changed, false);
      assert.equal((await req('POST', `/v1/vessels?confirm=${addPreview.body.confirm}`, 'admin', `${added}SECOND ADDED,9811012,,KP,,tanker,2018-03-30,,port-entry-ban\n`, csv)).status, 409);

      // The operator at the server's machine drops and renames (interdict vessels import), audited under its name.
      await storeVesselList(t.svc.driver, parseVesselList(replacement), 'vessels.csv', { actor: 'cli:operator' });
      assert.equal((await req('GET', '/v1/vessels?q=petrel', 'admin')).body.total, 0, 'the dropped vessel is gone');
      const audit = await req('GET', '/v1/audit?action=vessels.import', 'auditor');
      assert.equal(audit.body.total, 3);
      assert.deepEqual(audit.body.items.map((e: { actor: string }) => e.actor), ['cli:operator', 'admin', 'admin']);
      assert.equal((await req('GET', '/v1/audit/verify', 'auditor')).body.ok, true);
    });

    it('a check screens against the list in use', async () => {
      const tx = JSON.stringify({ id: 'v', type: 'vessel-transfer', date: '2019-01-01', from: 'CN', to: 'CN', vessels: [{ name: 'HAO FAN SIX', imo: renamedLine.split(',')[1] }] });
      const r = await req('POST', '/v1/check', 'analyst', tx, { 'content-type': 'application/json' });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.match(JSON.stringify(r.body), /HAO FAN SIX|designated/i);
    });
  });
}
