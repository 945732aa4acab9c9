// Review 12, F6: one admin "added" a vessel carrying a designated tanker's MMSI (designated 2099-01-01).
// The lookup kept the last vessel per MMSI, so `ais scan` of the tanker's position reports (which carry
// the MMSI alone) found nothing: a de-listing, by one admin, logged as an addition. Now a lookup by MMSI
// keeps every vessel with it (fail closed), and a list that gives one MMSI to two vessels, or adds one
// designated after today, is flagged on the preview and needs the operator (the second person), as a
// drop or a change does.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DesignatedVessels, type DesignatedVessel } from '../../src/ships/designated-vessels.ts';
import { parseVesselList } from '../../src/ships/vessel-list-csv.ts';
import { storeVesselList } from '../../src/app/import-vessels.ts';
import { scratch } from '../support/cli-harness.ts';
import { auth, pageSignIn, suiteService } from './harness.ts';

const HEAD = 'name,imo,mmsi,flag,callsign,type,designated,owner,legalBases';
const LIST = `${HEAD}\nPETREL 8,9562233,,KM,,bulk carrier,2017-10-03,,port-entry-ban\nTONG SAN 2,8937675,445123000,KP,,oil tanker,2017-10-03,,port-entry-ban\n`;
/** The review's decoy: a made-up ship with TONG SAN 2's MMSI, "designated" in 2099. */
const DECOY = 'SEA BREEZE,9123453,445123000,PA,,cargo ship,2099-01-01,,other';
/** TONG SAN 2 sending position reports only (MMSI, no IMO, no name), one day off the DPRK coast. */
const POSITIONS = ['mmsi,timestamp,lat,lon,sog,cog', ...Array.from({ length: 48 }, (_, i) => {
  const at = new Date(Date.UTC(2024, 2, 1) + i * 30 * 60_000).toISOString().replace('.000Z', 'Z');
  return `445123000,${at},${(38 + i / 100).toFixed(4)},${(124 + i / 100).toFixed(4)},8,45`;
})].join('\n');

describe('security: a vessel that takes a designated vessel\'s MMSI', () => {
  it('the lookup by MMSI keeps every vessel with it, whichever comes first in the list', () => {
    const list = parseVesselList(`${LIST}${DECOY}\n`);
    for (const order of [list, [...list].reverse()]) {
      const d = new DesignatedVessels(order as DesignatedVessel[], 'v');
      assert.deepEqual(d.match({ mmsi: '445123000' }).map((m) => [m.vessel.imo, m.by]).sort(), [['8937675', 'mmsi'], ['9123453', 'mmsi']]);
    }
  });

  it('ais scan still finds the designated tanker by its MMSI once the decoy is in the list (exit 2)', () => {
    const s = scratch('vessel-mmsi');
    const db = path.join(s.dir, 'v.sqlite');
    const feed = s.write('positions.csv', `${POSITIONS}\n`);
    assert.equal(s.cli(['vessels', 'import', s.write('list.csv', LIST), '--db', db, '--format', 'json']).code, 0);
    const before = s.cli(['ais', 'scan', feed, '--db', db, '--format', 'json']);
    assert.equal(before.code, 2, before.stderr);
    // The operator may import a list giving one MMSI to two vessels (a number reissued happens): the tanker stays found.
    const imported = s.cli(['vessels', 'import', s.write('decoy.csv', `${LIST}${DECOY}\n`), '--db', db, '--allow-future', '--format', 'json']);
    assert.equal(imported.code, 0, imported.stderr);
    const after = s.cli(['ais', 'scan', feed, '--db', db, '--format', 'json']);
    assert.equal(after.code, 2, `the designated tanker's sightings are still found: ${after.stdout}`);
    const events = after.stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; evidence: { listed?: { imo: string } } });
    assert.ok(events.some((e) => e.kind === 'designated' && e.evidence.listed?.imo === '8937675'), after.stdout);
    assert.ok(!events.some((e) => e.evidence.listed?.imo === '9123453'), 'the decoy, not designated until 2099, is no designation now');
  });
});

describe('security: one admin cannot blur a listed vessel\'s identity over the network', () => {
  const t = suiteService('sqlite');
  const csv = { 'content-type': 'text/csv' };
  const post = (url: string, body: string, who = 'admin') => t.app.inject({ method: 'POST', url, headers: { ...auth(t.keys[who]!), ...csv }, payload: body });

  it('a list adding a vessel with a listed MMSI, or designated after today, is flagged on the preview and 409 with its confirm; nothing stored', async () => {
    await storeVesselList(t.svc.driver, parseVesselList(LIST), 'list.csv', { actor: 'cli:operator' });
    const cases: [string, RegExp, (c: { sharedMmsi: unknown[]; futureDesignations: unknown[] }) => void][] = [
      [`${LIST}${DECOY}\n`, /gives one MMSI to more than one vessel \(MMSI 445123000: 8937675 TONG SAN 2 and 9123453 SEA BREEZE\).*designated after today \(9123453 SEA BREEZE, designated 2099-01-01\)/, (c) => {
        assert.deepEqual(c.sharedMmsi, [{ mmsi: '445123000', vessels: [{ imo: '8937675', name: 'TONG SAN 2' }, { imo: '9123453', name: 'SEA BREEZE' }] }]);
        assert.deepEqual(c.futureDesignations, [{ imo: '9123453', name: 'SEA BREEZE', designated: '2099-01-01' }]);
      }],
      [`${LIST}SEA BREEZE,9123453,445123000,PA,,cargo ship,2018-01-01,,other\n`, /MMSI 445123000: 8937675 TONG SAN 2 and 9123453 SEA BREEZE/, (c) => assert.equal(c.futureDesignations.length, 0)],
      [`${LIST}SEA BREEZE,9123453,351000009,PA,,cargo ship,2099-01-01,,other\n`, /designated after today \(9123453 SEA BREEZE, designated 2099-01-01\)/, (c) => assert.equal(c.sharedMmsi.length, 0)],
    ];
    const version = (await t.app.inject({ method: 'GET', url: '/v1/vessels', headers: auth(t.keys.admin!) })).json().version;
    for (const [list, message, concerns] of cases) {
      const preview = await post('/v1/vessels/preview', list);
      assert.equal(preview.statusCode, 200, preview.body);
      assert.deepEqual(preview.json().diff.added.map((v: { imo: string }) => v.imo), ['9123453'], 'an addition, as the diff sees it');
      concerns(preview.json().concerns);
      const refused = await post(`/v1/vessels?confirm=${preview.json().confirm}`, list);
      assert.equal(refused.statusCode, 409, refused.body);
      assert.equal(refused.json().error.code, 'VESSELS_CONFLICT');
      assert.match(refused.json().error.message, message);
      assert.match(refused.json().error.message, /interdict vessels import/);
    }
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/vessels', headers: auth(t.keys.admin!) })).json().version, version, 'nothing stored');
    // A vessel with numbers of its own, designated by today, is an admin's to add, as before.
    const own = `${LIST}SEA BREEZE,9123453,351000009,PA,,cargo ship,2018-01-01,,other\n`;
    const preview = await post('/v1/vessels/preview', own);
    assert.deepEqual(preview.json().concerns, { sharedMmsi: [], futureDesignations: [] });
    assert.equal((await post(`/v1/vessels?confirm=${preview.json().confirm}`, own)).statusCode, 200);
  });

  it('the page\'s preview says which vessels share the MMSI and offers no import', async () => {
    const { cookie, csrf } = await pageSignIn(t, t.keys.admin!, '/vessels');
    const r = await t.app.inject({ method: 'POST', url: '/vessels/preview', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ csrf, csv: `${LIST}SEA BREEZE,9123453,351000009,PA,,cargo ship,2018-01-01,,other\nDECOY TWO,9811000,445123000,PA,,cargo ship,2099-01-01,,other\n` }).toString() });
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /MMSI <span class="mono">445123000<\/span> is given to <span class="mono">8937675<\/span> TONG SAN 2 and <span class="mono">9811000<\/span> DECOY TWO/);
    assert.match(r.body, /DECOY TWO is designated 2099-01-01, after today/);
    assert.match(r.body, /one admin alone cannot de-list a vessel or blur a listed vessel&#39;s identity|one admin alone cannot de-list a vessel or blur a listed vessel's identity/);
    assert.doesNotMatch(r.body, /action="\/vessels\/import"/);
  });
});
