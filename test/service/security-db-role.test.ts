// Review 19, LOW-1: --require-restricted-role let two roles through that can take the table owner's place on
// PostgreSQL: a NOINHERIT member of the owner (no USAGE of it, yet SET ROLE makes it the owner, which may
// switch the audit log's triggers off) and a role with CREATEROLE (before PostgreSQL 16 it may grant itself
// the owner). Both are refused now, as are BYPASSRLS and REPLICATION, and `db grant` refuses to make such an
// existing role the service's (needs INTERDICT_TEST_PG_URL).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { checkDbRole, roleProblem } from '../../src/app/service/db-role.ts';
import { grantServiceRole, openDatabase, parseDbTarget, verifyAudit } from '../../src/app/service/index.ts';
import { pgAdmin } from '../support/pg-admin.ts';
import { hasArea } from '../../src/store/migrate.ts';
import type { SqlDriver } from '../../src/store/sql-driver.ts';

const baseUrl = process.env.INTERDICT_TEST_PG_URL;

describe('security: a role that can become audit_log\'s owner is no restricted role', { skip: baseUrl ? false : 'INTERDICT_TEST_PG_URL is not set' }, () => {
  const tag = `${process.pid}_${Date.now() % 100000}`;
  const db = `interdict_r19_${tag}`;
  const owner = `interdict_owner_${tag}`;
  const svc = `interdict_svc_${tag}`;
  const member = `interdict_member_${tag}`;
  const creator = `interdict_creator_${tag}`;
  const urlAs = (user: string): string => {
    const u = new URL(baseUrl!);
    u.pathname = `/${db}`;
    u.username = user;
    u.password = '';
    return u.toString();
  };
  const admin = (sql: string) => pgAdmin(baseUrl!, sql);
  /** `fn` on a database opened for reading as `user`, closed again. */
  const reading = async <T>(user: string, fn: (d: SqlDriver) => Promise<T>): Promise<T> => {
    const d = await openDatabase(parseDbTarget(urlAs(user)), { access: 'read' });
    try {
      return await fn(d);
    } finally {
      await d.close();
    }
  };
  const roleOf = (user: string) => reading(user, checkDbRole);
  /** The tables as made are read: no refusal of the guard remains once an attack is taken away. */
  const readAsMade = () => reading(svc, async (d) => assert.equal(await hasArea(d, 'service'), true, 'as made, the tables are read'));
  before(async () => {
    await admin(`CREATE ROLE ${owner} LOGIN`);
    await admin(`CREATE DATABASE ${db} OWNER ${owner}`);
    // The owner may not create roles: the service's is made by the server's administrator, restricted.
    await admin(`CREATE ROLE ${svc} LOGIN`);
    await admin(`CREATE ROLE ${member} LOGIN NOINHERIT`);
    await admin(`CREATE ROLE ${creator} LOGIN CREATEROLE`);
  });
  after(async () => {
    await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    for (const r of [svc, member, creator, owner]) await admin(`DROP ROLE IF EXISTS ${r}`);
  });

  it('a NOINHERIT member of the owner and a CREATEROLE role are refused; the granted role passes', async () => {
    const ownerDriver = await openDatabase(parseDbTarget(urlAs(owner)), { access: 'write' });
    try {
      assert.deepEqual((await grantServiceRole(ownerDriver, svc)).tables.includes('audit_log'), true);
      await admin(`GRANT ${owner} TO ${member}`);
      // The threat is real: the NOINHERIT member becomes the owner and switches the triggers off.
      const c = new pg.Client({ connectionString: urlAs(member) });
      await c.connect();
      try {
        await c.query('BEGIN');
        await c.query(`SET ROLE ${owner}`);
        await c.query('ALTER TABLE audit_log DISABLE TRIGGER ALL');
        await c.query('ROLLBACK');
      } finally {
        await c.end();
      }
      const m = await roleOf(member);
      assert.equal(m?.ownsAuditLog, true);
      assert.match(roleProblem(m!) ?? '', /member of its owner/);
      const cr = await roleOf(creator);
      assert.match(roleProblem(cr!) ?? '', /CREATEROLE/);
      assert.equal(roleProblem((await roleOf(svc))!), undefined);
      // CREATE on the tables' schema (PUBLIC's before PostgreSQL 15) would let the role make an operator of its own
      // there (re-review 8, HIGH-3): no restricted role.
      const asOwner = new pg.Client({ connectionString: urlAs(owner) });
      await asOwner.connect();
      try {
        await asOwner.query(`GRANT CREATE ON SCHEMA public TO ${svc}`);
        assert.match(roleProblem((await roleOf(svc))!) ?? '', /may create objects in the tables' schema/);
      } finally {
        await asOwner.query(`REVOKE CREATE ON SCHEMA public FROM ${svc}`);
        await asOwner.end();
      }
      assert.equal(roleProblem((await roleOf(svc))!), undefined);
      assert.match(roleProblem((await roleOf(owner))!) ?? '', /owner of audit_log/);
      // db grant will not make either the service's role.
      await assert.rejects(grantServiceRole(ownerDriver, member), /is the owner of audit_log or a member of its owner/);
      await assert.rejects(grantServiceRole(ownerDriver, creator), /CREATEROLE/);
      assert.equal((await grantServiceRole(ownerDriver, svc)).role, svc, 'the restricted role is granted again');
    } finally {
      await ownerDriver.close();
    }
  });

  it('the search path is pinned at connection: a schema named after the role, or a role\'s own search path, cannot put copies before the tables (re-review 6)', async () => {
    await admin(`GRANT CREATE ON DATABASE ${db} TO ${owner}`);
    const asOwner = new pg.Client({ connectionString: urlAs(owner) });
    await asOwner.connect();
    try {
      await asOwner.query(`CREATE SCHEMA IF NOT EXISTS ${svc}`);
      await asOwner.query(`GRANT USAGE ON SCHEMA ${svc} TO ${svc}`);
      await asOwner.query(`CREATE TABLE IF NOT EXISTS ${svc}.store_migrations AS SELECT * FROM public.store_migrations WHERE area <> 'service'`);
    } finally {
      await asOwner.end();
    }
    await admin(`ALTER ROLE ${owner} SET search_path = pg_catalog, public`);
    try {
      for (const user of [svc, owner]) {
        await reading(user, async (d) => {
          assert.equal((await d.all<{ s: string }>('SELECT current_schema() AS s'))[0]!.s, 'public', user);
          assert.ok((await d.all(`SELECT 1 FROM store_migrations WHERE area = 'service'`)).length > 0, `${user} reads the genuine table`);
        });
      }
    } finally {
      await admin(`ALTER ROLE ${owner} RESET search_path`);
    }
  });

  it('a row-level policy on one of the tables (its function could move the reader\'s search path) is refused before any table is read (re-review 7)', async () => {
    const asOwner = new pg.Client({ connectionString: urlAs(owner) });
    await asOwner.connect();
    try {
      await asOwner.query('ALTER TABLE store_migrations ENABLE ROW LEVEL SECURITY');
      await asOwner.query(`CREATE POLICY p_all ON store_migrations FOR SELECT USING (true)`);
      for (const user of [svc, owner]) {
        await reading(user, async (d) => {
          await assert.rejects(hasArea(d, 'service'), /store_migrations has a row-level policy/, user);
        });
      }
    } finally {
      await asOwner.query('DROP POLICY IF EXISTS p_all ON store_migrations');
      await asOwner.query('ALTER TABLE store_migrations DISABLE ROW LEVEL SECURITY');
      await asOwner.end();
    }
    await readAsMade();
  });

  it('code of the owner\'s that PostgreSQL would pick over its own (an operator on name, an operator for a column whose type was changed, a cast, a trigger) is refused before any table is read, and by audit verify (re-review 8)', async () => {
    const asOwner = new pg.Client({ connectionString: urlAs(owner) });
    await asOwner.connect();
    // Each: what the owner makes, and how it is taken away again.
    const attacks: { make: string[]; undo: string[]; why: RegExp }[] = [
      {
        // The catalog query's own LIKE on nspname (name) found no exact pg_catalog operator and took this one.
        make: ['CREATE FUNCTION public.nlike(a name, b name) RETURNS boolean LANGUAGE sql AS $f$ SELECT a::text LIKE b::text $f$',
          'CREATE OPERATOR public.~~ (LEFTARG = name, RIGHTARG = name, FUNCTION = public.nlike)'],
        undo: ['DROP OPERATOR IF EXISTS public.~~ (name, name)', 'DROP FUNCTION IF EXISTS public.nlike(name, name)'],
        why: /~~ is an operator not PostgreSQL's own|nlike is a function not PostgreSQL's own/,
      },
      {
        // A column's type changed to varchar, and an operator varchar = varchar of the owner's.
        make: ['ALTER TABLE audit_head ALTER COLUMN hash TYPE varchar',
          'CREATE FUNCTION public.veq(a varchar, b varchar) RETURNS boolean LANGUAGE sql AS $f$ SELECT a::text = b::text $f$',
          'CREATE OPERATOR public.= (LEFTARG = varchar, RIGHTARG = varchar, FUNCTION = public.veq)'],
        undo: ['DROP OPERATOR IF EXISTS public.= (varchar, varchar)', 'DROP FUNCTION IF EXISTS public.veq(varchar, varchar)', 'ALTER TABLE audit_head ALTER COLUMN hash TYPE text'],
        why: /is an operator not PostgreSQL's own|veq is a function not PostgreSQL's own/,
      },
      {
        // A trigger on one of the tables, running a function Interdict never made.
        make: ['CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN RETURN NEW; END $f$',
          'CREATE TRIGGER touch BEFORE INSERT ON alerts FOR EACH ROW EXECUTE FUNCTION public.touch()'],
        undo: ['DROP TRIGGER IF EXISTS touch ON alerts', 'DROP FUNCTION IF EXISTS public.touch()'],
        why: /a trigger Interdict never makes \(alerts\.touch -> touch\)|a function Interdict never makes \(touch\(\)\)/,
      },
      {
        // Re-review 9, HIGH-2: a function named as Interdict's own, in a schema the job engine's functions are let in
        // from, run by a trigger on audit_log in the service's session (it re-prepared the service's statements).
        make: ['CREATE SCHEMA graphile_worker', 'CREATE FUNCTION graphile_worker.audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN RETURN NULL; END $f$',
          'CREATE TRIGGER audit_log_appended AFTER INSERT ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION graphile_worker.audit_log_refuse()'],
        undo: ['DROP TRIGGER IF EXISTS audit_log_appended ON audit_log', 'DROP SCHEMA IF EXISTS graphile_worker CASCADE'],
        why: /a trigger Interdict never makes \(audit_log\.audit_log_appended -> graphile_worker\.audit_log_refuse\)/,
      },
      {
        // The same through a CHECK constraint calling it.
        make: ['CREATE SCHEMA graphile_worker', 'CREATE FUNCTION graphile_worker.add_job_check() RETURNS boolean LANGUAGE sql AS $f$ SELECT true $f$',
          'ALTER TABLE audit_log ADD CONSTRAINT audit_log_ok CHECK (graphile_worker.add_job_check()) NOT VALID'],
        undo: ['ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_ok', 'DROP SCHEMA IF EXISTS graphile_worker CASCADE'],
        why: /a constraint Interdict never makes/,
      },
      {
        // Re-review 9, HIGH-1: an id retyped to jsonb, where an array sorts above every number.
        make: ['ALTER TABLE designated_vessels DROP CONSTRAINT IF EXISTS designated_vessels_import_id_fkey', 'ALTER TABLE vessel_list_imports ALTER COLUMN id DROP DEFAULT',
          'ALTER TABLE vessel_list_imports ALTER COLUMN id TYPE jsonb USING pg_catalog.to_jsonb(id)'],
        undo: ['ALTER TABLE vessel_list_imports ALTER COLUMN id TYPE bigint USING (id #>> \'{}\')::bigint', "ALTER TABLE vessel_list_imports ALTER COLUMN id SET DEFAULT nextval('vessel_list_imports_id_seq'::regclass)"],
        why: /vessel_list_imports\.id of type jsonb, not bigint/,
      },
      {
        // Re-review 10, HIGH-1: extended statistics whose expression calls the owner's function (folded at every plan).
        make: ['CREATE SCHEMA graphile_worker', 'CREATE FUNCTION graphile_worker.f() RETURNS text LANGUAGE sql IMMUTABLE AS $f$ SELECT \'x\'::text $f$',
          'CREATE STATISTICS public.s1 ON import_id, (imo || graphile_worker.f()) FROM public.designated_vessels'],
        undo: ['DROP STATISTICS IF EXISTS public.s1', 'DROP SCHEMA IF EXISTS graphile_worker CASCADE'],
        why: /designated_vessels has extended statistics/,
      },
      {
        // The same through a child table, whose constraints join every read of the parent.
        make: ['CREATE TABLE public.dv_child () INHERITS (public.designated_vessels)'],
        undo: ['DROP TABLE IF EXISTS public.dv_child'],
        why: /designated_vessels has a child table dv_child/,
      },
      {
        // Re-review 10, HIGH-2: un_lists' sequence run backwards, so the list loaded last is never the newest id.
        make: ['ALTER SEQUENCE public.un_lists_id_seq MINVALUE -1000000 INCREMENT BY -1 RESTART WITH -1'],
        undo: ['ALTER SEQUENCE public.un_lists_id_seq INCREMENT BY 1 MINVALUE 1 RESTART WITH 1000'],
        why: /a sequence un_lists_id_seq Interdict never makes/,
      },
      {
        // A default that moves the session's search path when a row is written.
        make: ["ALTER TABLE alerts ALTER COLUMN kind SET DEFAULT (pg_catalog.set_config('search_path', 'public', false))"],
        undo: ["ALTER TABLE alerts ALTER COLUMN kind SET DEFAULT 'name'"],
        why: /a default of alerts\.kind Interdict never makes/,
      },
    ];
    try {
      for (const a of attacks) {
        for (const q of a.make) await asOwner.query(q);
        try {
          for (const user of [svc, owner]) {
            await reading(user, async (d) => {
              await assert.rejects(hasArea(d, 'service'), (e: Error) => (e as { code?: string }).code === 'STORE_SCHEMA' && a.why.test(e.message), `${user}: ${a.make[0]}`);
              const v = await verifyAudit(d);
              assert.equal(v.ok, false, `${user}: audit verify after ${a.make[0]}`);
              assert.match(v.problem ?? '', a.why);
            });
          }
        } finally {
          for (const q of a.undo) await asOwner.query(q);
        }
      }
    } finally {
      await asOwner.end();
    }
    await readAsMade();
  });

  it('every statement names the tables\' schema: a search path moved in the session reads no copy (re-review 8)', async () => {
    const asOwner = new pg.Client({ connectionString: urlAs(owner) });
    await asOwner.connect();
    try {
      await asOwner.query('CREATE SCHEMA copies');
      await asOwner.query('GRANT USAGE ON SCHEMA copies TO PUBLIC');
      await asOwner.query('CREATE TABLE copies.store_migrations AS SELECT * FROM public.store_migrations WHERE false');
      await asOwner.query('GRANT SELECT ON copies.store_migrations TO PUBLIC');
      await reading(svc, async (d) => {
        await d.snapshot(async (s) => {
          await s.all("SELECT pg_catalog.set_config('search_path', 'copies', false)");
          assert.equal(await hasArea(s, 'service'), true, 'the service\'s own migration rows are read, not the empty copy');
        });
      });
    } finally {
      await asOwner.query('DROP SCHEMA IF EXISTS copies CASCADE');
      await asOwner.end();
    }
  });

  it('db grant of a role that is not there, by an owner who may not create roles: a refusal naming the role and what to do (re-review 3, LOW-3)', async () => {
    const ownerDriver = await openDatabase(parseDbTarget(urlAs(owner)), { access: 'write' });
    try {
      await assert.rejects(grantServiceRole(ownerDriver, `interdict_none_${tag}`), (e: { code?: string; message?: string }) =>
        e.code === 'CLI_BAD_FLAG' && /does not exist and the role connected may not create roles: create it first/.test(e.message ?? ''));
    } finally {
      await ownerDriver.close();
    }
  });
});
