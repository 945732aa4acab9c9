// Every row of an audited table is read once, a page at a time after the last key, whatever its key:
// one column or two, text or a big integer (PostgreSQL gives BIGINT back as text).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRowDigests } from '../../src/app/audit/audit-rows.ts';
import { suiteService, type TestBackend } from './harness.ts';

for (const backend of ['sqlite', 'pglite'] as TestBackend[]) {
  describe(`audit: every row read once, page after page (${backend})`, () => {
    const t = suiteService(backend);

    it('a two-column key over more than two pages, and a text key', async () => {
      const N = 4_100; // two full pages of 2,000 and a part
      await t.svc.driver.transaction(async (tx) => {
        for (let i = 0; i < N; i++) {
          // Subjects "s1", "s10", "s100" … sort as text; list refs repeat across subjects (the second key column).
          await tx.run('INSERT INTO suppressions (subject_id, list_ref, record_fp, subject_fp, expires, alert_id, created_at) VALUES (?, ?, ?, ?, NULL, ?, ?)',
            [`s${i % 1500}`, `KPi.${String(Math.floor(i / 1500)).padStart(3, '0')}`, 'fp', 'fp', i, '2026-01-01T00:00:00.000Z']);
        }
      });
      const names: string[] = [];
      for await (const r of allRowDigests(t.svc.driver, 'suppressions')) names.push(r.name);
      assert.equal(names.length, N);
      assert.equal(new Set(names).size, N, 'no row twice');
      const subjects: string[] = [];
      for await (const r of allRowDigests(t.svc.driver, 'subjects')) subjects.push(r.name);
      assert.equal(subjects.length, Number((await t.svc.driver.all<{ n: unknown }>('SELECT COUNT(*) AS n FROM subjects'))[0]!.n));
    });
  });
}
