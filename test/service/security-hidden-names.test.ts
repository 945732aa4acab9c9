// Review 12, F1: a party's name took what a subject's name refused. A designated name written backwards
// inside RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING shows on screen as the designated name, the
// screener read the letters in the order stored and found nothing: "permitted" (API, CLI and the web
// memo). A control character inside a word (KO<BEL>MID, ESC sequences) did the same. One rule now holds
// for every text the product takes (src/io/text-guard.ts): no control character but tab and line breaks,
// no bidirectional control; a name or an identifier holds no tab or line break either.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { errorLine, scratch } from '../support/cli-harness.ts';
import { auth, pageSignIn, startTestService, type TestService } from './harness.ts';

/** Each shows as a designated name (or hides one) and was checked "permitted". */
const HIDDEN: [string, string, RegExp][] = [
  ['rlo', '\u202eNOITAROPROC GNIDART TNEMPOLEVED GNINIM AEROK\u202c', /bidirectional control U\+202E, which changes how the text around it reads on screen/],
  ['rlo-person', '\u202eLOHC KOS MIK\u202c', /U\+202E/],
  ['rli-person', '\u2067LOHC KOS MIK\u2069', /bidirectional control U\+2067/],
  ['lre', 'KOMID\u202a', /U\+202A/],
  ['bel', 'KO\u0007MID', /the control character U\+0007 at character 3/],
  ['ansi', '\u001b[1mKOMID\u001b[0m', /the control character U\+001B at character 1/],
  ['c1', 'KOMID\u009b', /the control character U\+009B/],
  ['del', 'KO\u007fMID', /U\+007F/],
  ['tab', 'KO\tMID', /U\+0009 at character 3 \(a tab\)/],
  ['newline', 'KOMID\nJOHN', /U\+000A at character 6 \(a line break\)/],
  ['line-separator', 'KO\u2028MID', /line separator U\+2028 at character 3 \(a line break\)/],
  ['paragraph-separator', 'KO\u2029MID', /paragraph separator U\+2029/],
];

const party = (name: string, id = 'f1') => ({ id, type: 'financial', date: '2024-03-01', from: 'SG', to: 'CN', parties: [{ name, role: 'payee' }] });

describe('security: names that read as another on screen are refused (API, page)', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  it('POST /v1/check: a party name holding a bidi control or a control character is 400 naming the field and the character', async () => {
    for (const [id, name, message] of HIDDEN) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/check', headers: auth(t.keys.analyst!), payload: party(name, id) });
      assert.equal(r.statusCode, 400, `${id}: ${r.body}`);
      assert.equal(r.json().error.field, 'parties[0].name', id);
      assert.match(r.json().error.message, message, id);
    }
    // The same name, visible, is what it shows as: prohibited.
    const plain = await t.app.inject({ method: 'POST', url: '/v1/check', headers: auth(t.keys.analyst!), payload: party('KOREA MINING DEVELOPMENT TRADING CORPORATION') });
    assert.equal(plain.json().outcome, 'prohibited');
  });

  it('POST /v1/check: a vessel\'s name, the id, a reference are names too; free text keeps tabs and line breaks, never other controls', async () => {
    const base = { id: 'v1', type: 'goods', date: '2019-01-01', from: 'CN', to: 'JP', goods: [{ hs: '6203.42' }] };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, vessels: [{ name: '\u202e8 LERTEP\u202c' }] }, 'vessels[0].name'],
      [{ ...base, id: 'v1\r' }, 'id'],
      [{ ...base, approvals: [{ measure: '2397-7', reference: 'ref\u2066' }] }, 'approvals[0].reference'],
      [{ ...base, goods: [{ hs: '6203.42', description: 'trousers \u001b[8m' }] }, 'goods[0].description'],
      [{ ...base, purpose: 'see \u202eabove' }, 'purpose'],
    ];
    for (const [tx, field] of cases) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/check', headers: auth(t.keys.analyst!), payload: tx });
      assert.equal(r.statusCode, 400, `${field}: ${r.body}`);
      assert.equal(r.json().error.field, field);
      assert.match(r.json().error.message, /U\+[0-9A-F]{4}/);
    }
    const free = await t.app.inject({ method: 'POST', url: '/v1/check', headers: auth(t.keys.analyst!), payload: { ...base, purpose: 'line one\nline two', goods: [{ hs: '6203.42', description: 'trousers,\tcotton\r\nmen\'s' }] } });
    assert.equal(free.statusCode, 200, free.body);
  });

  it('POST /v1/screen and a delivery\'s parties: the same rule; nothing stored', async () => {
    const s = await t.app.inject({ method: 'POST', url: '/v1/screen', headers: auth(t.keys.analyst!), payload: { name: 'KO\u0007MID' } });
    assert.equal(s.statusCode, 400);
    assert.equal(s.json().error.field, 'name');
    const tab = await t.app.inject({ method: 'POST', url: '/v1/screen', headers: auth(t.keys.analyst!), payload: { name: 'KO\tMID' } });
    assert.equal(tab.statusCode, 400);
    assert.match(tab.json().error.message, /U\+0009/);
    const d = await t.app.inject({
      method: 'POST', url: '/v1/ledger/deliveries', headers: auth(t.keys.reporterCN!),
      payload: { commodity: 'refined-petroleum', state: 'CN', date: '2018-03-01', barrels: 10, ref: 'hidden-1', parties: ['\u202eDIMOK\u202c'] },
    });
    assert.equal(d.statusCode, 400, d.body);
    assert.equal(d.json().error.field, 'parties[0]');
    const tabbed = await t.app.inject({
      method: 'POST', url: '/v1/ledger/deliveries', headers: auth(t.keys.reporterCN!),
      payload: { commodity: 'refined-petroleum', state: 'CN', date: '2018-03-01', barrels: 10, ref: 'hidden-2', vessel: 'SEA\tSTAR' },
    });
    assert.equal(tabbed.statusCode, 400, tabbed.body);
    assert.equal(tabbed.json().error.field, 'vessel');
    assert.equal((await t.svc.driver.all("SELECT id FROM deliveries WHERE ref LIKE 'hidden-%'")).length, 0);
  });

  it('the web check: by fields and pasted, a party name holding U+202E is 400 naming the field and the character, and no memo says "permitted"', async () => {
    const { cookie, csrf } = await pageSignIn(t, t.keys.analyst!, '/check');
    const post = (form: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/check', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ csrf, ...form }).toString() });
    const fields = await post({ mode: 'fields', id: 'w1', type: 'financial', date: '2024-03-01', from: 'SG', to: 'CN', 'parties.0.name': HIDDEN[0]![1], 'parties.0.role': 'payee' });
    assert.equal(fields.statusCode, 400);
    assert.match(fields.body, /parties\.0\.name holds the bidirectional control U\+202E/);
    assert.doesNotMatch(fields.body, /permitted/i);
    assert.ok(!fields.body.includes('\u202e'), 'the page never writes the override back');
    const pasted = await post({ transaction: JSON.stringify(party(HIDDEN[0]![1])) });
    assert.equal(pasted.statusCode, 400);
    assert.doesNotMatch(pasted.body, /permitted/i);
    // Pasted as JSON escapes (ASCII on the wire): refused, by the check's own rule naming the record's field or,
    // since encoded controls are refused as raw ones (review 17, R17-17), by the form's text field itself.
    const escaped = await post({ transaction: JSON.stringify(party(HIDDEN[0]![1])).replace(/[\u202c\u202e]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`) });
    assert.equal(escaped.statusCode, 400);
    assert.match(escaped.body, /(parties\[0\]\.name|transaction) holds the bidirectional control U\+202E/);
    assert.doesNotMatch(escaped.body, /permitted/i);
  });
});

describe('security: names that read as another on screen are refused (command line)', () => {
  const s = scratch('hidden-names');

  it('check: exit 1 naming the record, the field and the character; nothing decided', () => {
    const lines = HIDDEN.map(([id, name]) => JSON.stringify(party(name, id))).join('\n');
    for (const [i, line] of lines.split('\n').entries()) {
      const r = s.cli(['check', s.write(`h${i}.ndjson`, `${line}\n`), '--format', 'json']);
      assert.equal(r.code, 1, `${HIDDEN[i]![0]}: ${r.stdout}`);
      assert.equal(r.stdout, '');
      assert.match(errorLine(r.stderr), /CHECK_BAD_INPUT: .*field "parties\[0\]\.name": parties\[0\]\.name holds .*U\+[0-9A-F]{4}/);
      assert.match(errorLine(r.stderr), HIDDEN[i]![2]);
    }
    const free = s.cli(['check', s.write('free.json', JSON.stringify({ id: 'ok', type: 'goods', date: '2019-01-01', from: 'CN', to: 'JP', goods: [{ hs: '6203.42', description: 'trousers\tcotton\nmen' }] })), '--format', 'json']);
    assert.equal(free.code, 0, free.stderr);
  });

  it('screen, subjects import, vessels import: the same rule, exit 1 naming the field', () => {
    const screen = s.cli(['screen', '\u202eDIMOK\u202c', '--format', 'json']);
    assert.equal(screen.code, 1);
    assert.match(errorLine(screen.stderr), /field "name".*U\+202E/);
    const db = path.join(s.dir, 'a.sqlite');
    const subjects = s.cli(['subjects', 'import', s.write('s.csv', 'id,name\nok-1,KIM JONG\nbad-1,KO\u0007MID\n'), '--db', db, '--format', 'json']);
    assert.equal(subjects.code, 1);
    assert.match(errorLine(subjects.stderr), /name.*U\+0007/);
    const head = 'name,imo,mmsi,flag,callsign,type,designated,owner,legalBases\n';
    const vessels = s.cli(['vessels', 'import', s.write('v.csv', `${head}PETREL 8,9562233,,KM,,tanker,2018-03-30,"\u202eDIMOK\u202c",2397(2017)/7\n`), '--db', db, '--format', 'json']);
    assert.equal(vessels.code, 1, vessels.stdout);
    assert.match(errorLine(vessels.stderr), /field "owner".*owner holds the bidirectional control U\+202E/);
  });
});
