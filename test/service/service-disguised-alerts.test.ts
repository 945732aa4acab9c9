// A monitored subject whose name hides letters and that no listed record explains opens an alert of its own,
// kind disguised-name (security review finding V3): decided under four eyes, once per subject and name,
// audited and cross-checked by audit verify (SQLite and PGlite).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { addAccount } from '../../src/app/accounts/accounts.ts';
import { verifyAudit } from '../../src/app/audit/verify-audit.ts';
import { listWithout } from '../support/delisted-lists.ts';
import { accountCaller, pageSignIn, suiteService, type TestBackend } from './harness.ts';
import { rewriteEntry, seqOf, stolenMacKey } from './tamper.ts';

interface AlertBody {
  id: number;
  kind: string;
  ref: string;
  status: string;
  band: string;
  subject: { id: string; name: string };
  disguise?: { reason: string; field: string; word: string };
  history: { action: string; actor: string; detail: Record<string, unknown> }[];
}

const CYRILLIC_I = 'KOM\u0406D'; // KOMІD: a Cyrillic І, read as KOMID by the look-alike reading
const JAMO = 'KOM\u3163D'; // KOMㅣD: a Hangul jamo drawn like an I, which no reading takes to a letter
const HAN = 'K\u53e3MID'; // K口MID: a Han character drawn like an O
const UNREAD = '\u671d\u9c9c\u8d38\u6613\u94f6\u884c'; // 朝鲜贸易银行: Han characters alone, a script screening does not read
const CYRILLIC = '\u041a\u041e\u041c\u0418\u0414'; // КОМИД: KOMID in Cyrillic, read in Latin letters (security review 27)

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`service: an alert for a disguised name (${backend})`, () => {
    const t = suiteService(backend);
    const req = accountCaller(t);
    before(async () => {
      t.keys.admin2 = (await addAccount(t.svc.driver, { name: 'admin2', roles: ['admin'] }, { actor: 'cli:operator', operator: true })).key;
    });
    const subjects = async (list: unknown[]) => {
      const r = await req('POST', '/v1/subjects', 'analyst', list);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      return r.body as { subjects: { id: string; alerts: number[] }[]; alertsOpened: number };
    };
    const alert = async (id: number): Promise<AlertBody> => {
      const r = await req('GET', `/v1/alerts/${id}`, 'auditor');
      assert.equal(r.status, 200);
      return r.body as AlertBody;
    };
    const alertsOf = async (subject: string): Promise<AlertBody[]> => (await req('GET', `/v1/alerts?subject=${encodeURIComponent(subject)}&limit=50`, 'analyst')).body.items as AlertBody[];

    it('a name mixing scripts or in a script not screened opens one disguised-name alert: reason, field, word, no listed record', async () => {
      const r = await subjects([{ id: 'd-jamo', name: JAMO }, { id: 'd-han', name: HAN }, { id: 'd-cyr', name: UNREAD }]);
      const expected = [['d-jamo', 'mixed-script', JAMO], ['d-han', 'mixed-script', HAN], ['d-cyr', 'unread-script', UNREAD]] as const;
      assert.equal(r.alertsOpened, 3, 'the import counts them among the alerts opened');
      for (const [i, [id, reason, word]] of expected.entries()) {
        assert.equal(r.subjects[i]!.id, id);
        assert.equal(r.subjects[i]!.alerts.length, 1, `${id}: one alert`);
        const a = await alert(r.subjects[i]!.alerts[0]!);
        assert.equal(a.kind, 'disguised-name');
        assert.equal(a.ref, 'disguised-name', 'the placeholder: no listed record');
        assert.deepEqual(a.disguise, { reason, field: 'name', word });
        assert.equal(a.status, 'open');
        assert.equal(a.band, 'possible');
        assert.deepEqual(a.history.map((h) => h.action), ['alert.open']);
        assert.deepEqual([a.history[0]!.detail.kind, a.history[0]!.detail.reason, a.history[0]!.detail.word], ['disguised-name', reason, word]);
        assert.deepEqual((await alertsOf(id)).map((x) => x.kind), ['disguised-name'], 'in the queue');
      }
    });

    it('POST /v1/screen answers the disguise beside the matches, one name or a batch (security review 27)', async () => {
      const one = await req('POST', '/v1/screen', 'analyst', { name: JAMO });
      assert.equal(one.status, 200, JSON.stringify(one.body));
      assert.deepEqual((one.body as { disguise: unknown }).disguise, { reason: 'mixed-script', field: 'name', word: JAMO });
      const batch = await req('POST', '/v1/screen', 'analyst', { queries: { a: { name: UNREAD }, b: { name: 'John Smith' }, c: { name: CYRILLIC } } });
      assert.equal(batch.status, 200, JSON.stringify(batch.body));
      const r = (batch.body as { responses: Record<string, { matches: { ref: string }[]; disguise?: { reason: string } }> }).responses;
      assert.equal(r.a?.disguise?.reason, 'unread-script');
      assert.equal(r.b?.disguise, undefined);
      // KOMID in Cyrillic is read in Latin letters and found: the match explains the word, no disguise is left.
      assert.ok(r.c?.matches.some((m) => m.ref === 'KPe.001'), JSON.stringify(r.c));
      assert.equal(r.c?.disguise, undefined);
    });

    it('a plain name opens none; a disguise the look-alike reading explains opens only the name alert', async () => {
      const r = await subjects([{ id: 'i-lg', name: 'LG전자' }, { id: 'i-sam', name: 'Samsung Electronics' }, { id: 'd-komid', name: CYRILLIC_I }]);
      assert.deepEqual(r.subjects[0]!.alerts, []);
      assert.deepEqual(r.subjects[1]!.alerts, []);
      // KOMІD is read KOMID and found: the listed record's alert is in the queue, and explains the disguise.
      assert.equal(r.subjects[2]!.alerts.length, 1);
      const a = await alert(r.subjects[2]!.alerts[0]!);
      assert.deepEqual([a.kind, a.ref], ['name', 'KPe.001']);
    });

    it('a word no result explains opens the alert beside the name alerts of the rest of the name', async () => {
      const r = await subjects([{ id: 'd-mixed', name: `PAK YONG SIK, ${UNREAD}`, type: 'person' }]);
      const kinds = await Promise.all(r.subjects[0]!.alerts.map(async (id) => { const a = await alert(id); return `${a.kind}:${a.ref}`; }));
      assert.ok(kinds.includes('name:KPi.063'), kinds.join(', '));
      assert.ok(kinds.includes('disguised-name:disguised-name'), kinds.join(', '));
      assert.equal(kinds.filter((k) => k.startsWith('disguised-name')).length, 1);
    });

    it('screened again (the same batch, another date of birth) opens nothing; a new name opens a new alert', async () => {
      const again = await subjects([{ id: 'd-jamo', name: JAMO }, { id: 'd-han', name: HAN, dob: '1970' }, { id: 'd-cyr', name: UNREAD }]);
      assert.deepEqual(again.subjects.map((s) => s.alerts), [[], [], []]);
      assert.equal((await alertsOf('d-han')).length, 1, 'once per subject and name');
      const renamed = await subjects([{ id: 'd-jamo', name: `${JAMO} TRADING` }]);
      assert.equal(renamed.subjects[0]!.alerts.length, 1);
      assert.equal((await alertsOf('d-jamo')).length, 2);
    });

    it('four eyes: an analyst proposes, the proposer cannot confirm, a releaser can; decided, it is not opened again', async () => {
      const [han] = (await alertsOf('d-han')).map((a) => a.id);
      assert.ok(han);
      const d = await req('POST', `/v1/alerts/${han}/decision`, 'both', { disposition: 'false-positive', note: 'a typing slip in our records, not a listed name' });
      assert.equal(d.status, 200, JSON.stringify(d.body));
      assert.equal(d.body.status, 'proposed');
      assert.equal((await req('POST', `/v1/alerts/${han}/confirm`, 'both', { disposition: 'false-positive' })).status, 409, 'the proposer');
      assert.equal((await req('POST', `/v1/alerts/${han}/confirm`, 'analyst', { disposition: 'false-positive' })).status, 403);
      const c = await req('POST', `/v1/alerts/${han}/confirm`, 'releaser', { disposition: 'false-positive' });
      assert.equal(c.status, 200);
      assert.equal(c.body.status, 'closed');
      const [cyr] = (await alertsOf('d-cyr')).map((a) => a.id);
      assert.equal((await req('POST', `/v1/alerts/${cyr}/decision`, 'analyst', { disposition: 'true-match', note: 'KOMID in Cyrillic' })).status, 200);
      assert.equal((await req('POST', `/v1/alerts/${cyr}/confirm`, 'releaser2', { disposition: 'true-match', note: 'agreed' })).status, 200);
      const again = await subjects([{ id: 'd-han', name: HAN, dob: '1970' }, { id: 'd-cyr', name: UNREAD }]);
      assert.deepEqual(again.subjects.map((s) => s.alerts), [[], []], 'a confirmed false positive suppresses it, a true match covers it');
      assert.deepEqual((await alert(cyr!)).history.map((h) => `${h.action}:${h.actor}`), ['alert.open:analyst', 'alert.decide:analyst', 'alert.confirm:releaser2']);
    });

    it('the queue page shows the reason in place of a listed record; the alert page explains it', async () => {
      const s = await pageSignIn(t, t.keys.analyst!, '/');
      const queue = await t.app.inject({ method: 'GET', url: '/?q=d-jamo', headers: { cookie: s.cookie } });
      assert.equal(queue.statusCode, 200);
      assert.match(queue.body, /name mixes scripts: “KOMㅣD/);
      const [id] = (await alertsOf('d-cyr')).map((a) => a.id);
      const page = await t.app.inject({ method: 'GET', url: `/alerts/${id}`, headers: { cookie: s.cookie } });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /a disguised name/);
      assert.match(page.body, /unread-script/);
      assert.match(page.body, /script screening does not read/);
      assert.doesNotMatch(page.body, /The list record/);
    });

    it('a list that drops the record that explained a disguise opens its alert; loading lists opens no second one', async () => {
      const [komid] = await alertsOf('d-komid');
      assert.equal(komid?.kind, 'name');
      const xml = { 'content-type': 'application/xml' };
      const asked = await req('POST', '/v1/lists', 'admin', listWithout(['KPe.001'], '2026-06-01'), xml);
      assert.equal(asked.status, 202, JSON.stringify(asked.body));
      const applied = await req('POST', `/v1/lists/pending/${asked.body.pending.id}/confirm`, 'admin2');
      assert.equal(applied.status, 200, JSON.stringify(applied.body));
      const disguised = (await alertsOf('d-komid')).filter((a) => a.kind === 'disguised-name');
      assert.equal(disguised.length, 1, 'nothing listed explains KOMІD now');
      assert.ok(applied.body.alerts.includes(disguised[0]!.id));
      assert.deepEqual(disguised[0]!.disguise, { reason: 'mixed-script', field: 'name', word: CYRILLIC_I });
      const before = (await req('GET', '/v1/alerts?limit=500', 'auditor')).body.total as number;
      const next = await req('POST', '/v1/lists', 'admin', listWithout(['KPe.001', 'KPi.063'], '2026-07-01'), xml);
      assert.equal(next.status, 202);
      const second = await req('POST', `/v1/lists/pending/${next.body.pending.id}/confirm`, 'admin2');
      assert.equal(second.status, 200, JSON.stringify(second.body));
      assert.equal((await req('GET', '/v1/alerts?limit=500', 'auditor')).body.total, before, 'no alert opened twice');
    });

    it('audit verify passes, and finds an alert.open entry rewritten to say another kind', async () => {
      const v = await req('GET', '/v1/audit/verify', 'auditor');
      assert.equal(v.body.ok, true, JSON.stringify(v.body));
      const [a] = await alertsOf('d-jamo');
      const seq = await seqOf(t.svc.driver, 'alert.open', `alert:${a!.id}`);
      await rewriteEntry(t.svc.driver, seq, (e) => { delete e.detail.kind; }, stolenMacKey());
      const bad = await verifyAudit(t.svc.driver);
      assert.equal(bad.ok, false);
      assert.match(bad.problem ?? '', new RegExp(`alert ${a!.id} is a name alert according to the log, a disguised-name alert according to the table`));
      await rewriteEntry(t.svc.driver, seq, (e) => { e.detail.kind = 'disguised-name'; }, stolenMacKey());
      assert.equal((await verifyAudit(t.svc.driver)).ok, true, 'put back, it agrees again');
    });
  });
}
