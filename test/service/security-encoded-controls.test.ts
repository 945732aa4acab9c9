// Review 19, M2: a control character written encoded (KO%07MID, KO\u0007MID, =?UTF-8?Q?KO=07MID?=, KO%00MID,
// KO%1BMID, KO%7FMID, KO%C2%85MID) and, in a name, the line separator encoded (KO%E2%80%A8MID) passed the text
// gate while the raw character is refused, and a screen reading them decoded matched them. Each is refused as
// the raw one, in the same fields: 400 naming the field over HTTP, exit 1 naming the field on the command line.
// A name written as a MIME encoded-word (=?UTF-8?B?S09NSUQ=?=, KOMID) is screened as what it reads.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { errorLine, scratch } from '../support/cli-harness.ts';
import { auth, startTestService, type TestService } from './harness.ts';

const SPELLINGS = ['KO%07MID', 'K%07O%07M%07I%07D', 'KO\\u0007MID', '=?UTF-8?Q?KO=07MID?=', 'KO%00MID', 'KO%1BMID', 'KO%7FMID', 'KO%C2%85MID', 'KO%E2%80%A8MID'];
const CHARACTER = /(control character U\+00(07|1B|7F|85)|NUL character \(U\+0000\)|line separator U\+2028) written encoded/;
const INNOCENT = ['AT&T', '50% off', 'PAK%20YONG%20SIK', 'steel+ABS', 'HIV+AIDS PROGRAMME', 'x=1'];

const tx = (name: string, purpose = 'invoice 7') => ({ id: 'e1', type: 'financial', date: '2024-03-01', from: 'SG', to: 'CN', purpose, parties: [{ name, role: 'payee' }] });

describe('security: an encoded control character is refused as the raw one (API)', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  it('POST /v1/check: a party name is 400 naming the field; free text keeps what it keeps raw', async () => {
    for (const s of SPELLINGS) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/check', headers: auth(t.keys.analyst!), payload: tx(s) });
      assert.equal(r.statusCode, 400, `${s}: ${r.body}`);
      assert.equal(r.json().error.field, 'parties[0].name', s);
      assert.match(r.json().error.message, CHARACTER, s);
      const m = await t.app.inject({ method: 'POST', url: '/v1/check', headers: auth(t.keys.analyst!), payload: tx('ACME LTD', `pay ${s}`) });
      // U+2028 is free text's raw and encoded alike; every other control is refused there too.
      if (s.includes('%E2%80%A8')) assert.equal(m.statusCode, 200, `${s}: ${m.body}`);
      else {
        assert.equal(m.statusCode, 400, `${s}: ${m.body}`);
        assert.equal(m.json().error.field, 'purpose', s);
      }
    }
    for (const s of INNOCENT) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/check', headers: auth(t.keys.analyst!), payload: tx(s, `re ${s}`) });
      assert.equal(r.statusCode, 200, `${s}: ${r.body}`);
    }
  });

  it('POST /v1/subjects and /v1/screen: a name is 400 naming the field, nothing stored', async () => {
    for (const [i, s] of SPELLINGS.entries()) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/subjects', headers: auth(t.keys.analyst!), payload: [{ id: `enc-${i}`, name: s }] });
      assert.equal(r.statusCode, 400, `${s}: ${r.body}`);
      assert.equal(r.json().error.field, '[0].name', s);
      assert.match(r.json().error.message, CHARACTER, s);
      const q = await t.app.inject({ method: 'POST', url: '/v1/screen', headers: auth(t.keys.analyst!), payload: { name: s } });
      assert.equal(q.statusCode, 400, `${s}: ${q.body}`);
      assert.equal(q.json().error.field, 'name', s);
    }
    assert.equal((await t.svc.driver.all("SELECT id FROM subjects WHERE id LIKE 'enc-%'")).length, 0);
  });
});

describe('security: an encoded control character is refused as the raw one (command line)', () => {
  const s = scratch('encoded-controls');

  it('check and screen: exit 1 naming the field; nothing decided', () => {
    for (const [i, spelling] of SPELLINGS.entries()) {
      const r = s.cli(['check', s.write(`e${i}.json`, JSON.stringify(tx(spelling))), '--format', 'json']);
      assert.equal(r.code, 1, `${spelling}: ${r.stdout}`);
      assert.equal(r.stdout, '');
      assert.match(errorLine(r.stderr), /field "parties\[0\]\.name": parties\[0\]\.name holds /, spelling);
      const q = s.cli(['screen', spelling, '--format', 'json']);
      assert.equal(q.code, 1, `${spelling}: ${q.stdout}`);
      assert.match(errorLine(q.stderr), /field "name"/, spelling);
      assert.match(errorLine(q.stderr), CHARACTER, spelling);
    }
    const innocent = s.cli(['check', s.write('ok.json', JSON.stringify(tx('AT&T', '50% off'))), '--format', 'json']);
    assert.equal(innocent.code, 0, innocent.stderr);
  });

  it('screen: a MIME encoded-word is screened as what it reads (KOMID)', () => {
    const r = s.cli(['screen', '=?UTF-8?B?S09NSUQ=?=', '--format', 'json']);
    // A match exits 2, as for the name written plainly.
    assert.equal(r.code, 2, r.stderr);
    assert.ok(r.stdout.includes('KPe.001'), r.stdout);
    assert.equal(s.cli(['screen', 'KOMID', '--format', 'json']).code, 2);
    const db = path.join(s.dir, 'a.sqlite');
    const subjects = s.cli(['subjects', 'import', s.write('s.csv', 'id,name\nok-1,KIM JONG\nbad-1,KO%07MID\n'), '--db', db, '--format', 'json']);
    assert.equal(subjects.code, 1, subjects.stdout);
    assert.match(errorLine(subjects.stderr), /name.*U\+0007 written encoded/);
  });
});
