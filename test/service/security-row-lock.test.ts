// A guarded row is locked as it is read (the ninth review's F6): another connection holding an alert's row,
// to change it once the guard has passed and before the confirmation's UPDATE (which PostgreSQL's READ
// COMMITTED would apply to the changed row), is waited for, and its change is refused (409), never
// confirmed and suppressed as Interdict's. Needs a real PostgreSQL server (two connections).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pg from 'pg';
import { alertForSubject, auth, NO_POSTGRES, suiteService } from './harness.ts';

describe('security: a guarded row is locked as it is read (PostgreSQL)', { skip: NO_POSTGRES }, () => {
  const t = suiteService('postgres');
  const post = (url: string, key: string, payload: object) => t.app.inject({ method: 'POST', url, headers: auth(key), payload });

  /** Until a connection of this database waits for a lock (the service's, on the attacker's row lock). */
  async function someoneWaits(watcher: pg.Client): Promise<void> {
    for (let i = 0; i < 2000; i++) {
      const r = await watcher.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
      if ((r.rows[0] as { n: number }).n > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.fail('the confirmation never waited for the row lock');
  }

  it('an alert re-pointed by a connection that held its row while the confirmation ran is refused (409), not confirmed', async () => {
    const id = await alertForSubject(t, 'lock-1');
    const proposed = await post(`/v1/alerts/${id}/decision`, t.keys.analyst!, { disposition: 'false-positive', note: 'another person' });
    assert.equal(proposed.statusCode, 200, proposed.body);
    const attacker = new pg.Client({ connectionString: t.dbUrl });
    const watcher = new pg.Client({ connectionString: t.dbUrl });
    await attacker.connect();
    await watcher.connect();
    try {
      const before = (await attacker.query('SELECT subject_id FROM alerts WHERE id = $1', [id])).rows[0] as { subject_id: string };
      await attacker.query('BEGIN');
      await attacker.query('SELECT id FROM alerts WHERE id = $1 FOR UPDATE', [id]);
      const confirming = post(`/v1/alerts/${id}/confirm`, t.keys.releaser!, { disposition: 'false-positive' });
      await someoneWaits(watcher);
      await attacker.query("UPDATE alerts SET subject_id = 'someone-else' WHERE id = $1", [id]);
      await attacker.query('COMMIT');
      const r = await confirming;
      assert.equal(r.statusCode, 409, r.body);
      assert.equal(r.json().error.code, 'AUDIT_TAMPERED');
      assert.equal((await attacker.query('SELECT count(*)::int AS n FROM suppressions')).rows[0].n, 0, 'nothing suppressed');
      await attacker.query('UPDATE alerts SET subject_id = $2 WHERE id = $1', [id, before.subject_id]);
      const ok = await post(`/v1/alerts/${id}/confirm`, t.keys.releaser!, { disposition: 'false-positive' });
      assert.equal(ok.statusCode, 200, ok.body);
    } finally {
      await attacker.end();
      await watcher.end();
    }
  });
});
