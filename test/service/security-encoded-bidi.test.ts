// Review 18, R18-2: a bidirectional control written in an escape syntax the review-17 reader did not know
// (&#8238 without its semicolon, leading zeros, MIME encoded-words, \u{…}, \x{…}, \U…, %u…, percent-encoding twice,
// UTF-7) passed the text gate while the raw control is refused. Each is refused as the raw one: 400 naming the
// field over HTTP, exit 1 naming the field on the command line.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { errorLine, scratch } from '../support/cli-harness.ts';
import { auth, startTestService, type TestService } from './harness.ts';

const SPELLINGS = ['&#8238DIMOK', '&#0000008238;DIMOK', '&#x0202e;DIMOK', '&#X202E DIMOK', '=?UTF-8?B?4oCu?=DIMOK', '=?utf-8?q?=E2=80=AE?=DIMOK',
  '\\x{202E}DIMOK', '\\u{202E}DIMOK', '\\U0000202EDIMOK', '%u202EDIMOK', '%25E2%2580%25AEDIMOK', '+ICo-DIMOK', '%F0%82%80%AEDIMOK'];

const tx = (name: string, purpose = 'invoice 7') => ({ id: 'e1', type: 'financial', date: '2024-03-01', from: 'SG', to: 'CN', purpose, parties: [{ name, role: 'payee' }] });

describe('security: an encoded bidirectional control is refused as the raw one (API)', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService('sqlite');
  });
  after(() => t.close());

  it('POST /v1/check: 400 naming the field, for a name and for free text (the purpose)', async () => {
    for (const s of SPELLINGS) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/check', headers: auth(t.keys.analyst!), payload: tx(s) });
      assert.equal(r.statusCode, 400, `${s}: ${r.body}`);
      assert.equal(r.json().error.field, 'parties[0].name', s);
      assert.match(r.json().error.message, /bidirectional control U\+202[AE] written encoded/, s);
      const m = await t.app.inject({ method: 'POST', url: '/v1/check', headers: auth(t.keys.analyst!), payload: tx('ACME LTD', `pay ${s}`) });
      assert.equal(m.statusCode, 400, `${s}: ${m.body}`);
      assert.equal(m.json().error.field, 'purpose', s);
    }
    const innocent = await t.app.inject({ method: 'POST', url: '/v1/check', headers: auth(t.keys.analyst!), payload: tx('AT&T', '50% off, =? and &#65;, C:\\users') });
    assert.equal(innocent.statusCode, 200, innocent.body);
  });
});

describe('security: an encoded bidirectional control is refused as the raw one (command line)', () => {
  const s = scratch('encoded-bidi');

  it('check: exit 1 naming the field; nothing decided', () => {
    for (const [i, spelling] of SPELLINGS.entries()) {
      const r = s.cli(['check', s.write(`e${i}.json`, JSON.stringify(tx(spelling))), '--format', 'json']);
      assert.equal(r.code, 1, `${spelling}: ${r.stdout}`);
      assert.equal(r.stdout, '');
      assert.match(errorLine(r.stderr), /field "parties\[0\]\.name": parties\[0\]\.name holds the bidirectional control U\+202[AE] written encoded/, spelling);
    }
  });
});
