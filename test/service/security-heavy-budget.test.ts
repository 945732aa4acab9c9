// Security review 19, LOW-3: the heavy routes' budget (60 a minute) was one bucket with every other request
// of the credential or address, so ordinary requests spent it: 70 single-name screens made the next subject
// import 429, and 65 loads of the sign-in page made signing in from that address 429. Each reproduction
// was refused before the fix.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { buildServer } from '../../http/server.ts';
import { fixedSessionSecrets } from '../../src/app/web/session-secret.ts';
import { auth, suiteService } from './harness.ts';

describe('security: only heavy requests spend the heavy budget; sign-in has its own', () => {
  const t = suiteService('sqlite');
  const limits = { perMinute: 1200, heavyPerMinute: 5, perAddressPerMinute: 0 };

  it('ordinary requests of a key do not spend its heavy budget; heavy ones do, and are refused past it', async () => {
    const { app } = await buildServer(t.svc, { sessionSecrets: fixedSessionSecrets(randomBytes(32)), limits });
    try {
      const headers = { ...auth(t.keys.analyst!), 'content-type': 'application/json' };
      for (let i = 0; i < 8; i++) assert.equal((await app.inject({ method: 'POST', url: '/v1/screen', headers, payload: { name: 'Maria Gonzalez' } })).statusCode, 200);
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) codes.push((await app.inject({ method: 'POST', url: '/v1/subjects', headers, payload: [{ id: `hb-${i}`, name: 'Maria Gonzalez' }] })).statusCode);
      assert.deepEqual(codes, [200, 200, 200, 200, 200, 429], 'five imports, then the heavy budget is spent');
      assert.equal((await app.inject({ method: 'POST', url: '/v1/screen', headers, payload: { name: 'Maria Gonzalez' } })).statusCode, 200, 'the ordinary budget is its own');
    } finally {
      await app.close();
    }
  });

  it('loading the sign-in page does not spend the address\'s sign-in budget', async () => {
    const { app } = await buildServer(t.svc, { sessionSecrets: fixedSessionSecrets(randomBytes(32)), limits });
    try {
      for (let i = 0; i < 8; i++) assert.equal((await app.inject({ method: 'GET', url: '/sign-in' })).statusCode, 200);
      const r = await app.inject({ method: 'POST', url: '/session', payload: `key=${encodeURIComponent(t.keys.auditor!)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(r.statusCode, 303, r.body);
    } finally {
      await app.close();
    }
  });
});
