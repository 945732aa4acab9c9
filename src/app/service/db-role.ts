/**
 * PostgreSQL roles for a deployment whose audit log holds against the service's own credentials:
 * the tables are created and migrated by their owner; the service connects as a role that may read and
 * write its tables but only SELECT and INSERT on audit_log. Only a table's owner (or a superuser) can
 * disable, drop or replace the triggers that refuse UPDATE and DELETE, and the role is neither, so even
 * a stolen service password cannot rewrite history (with signed checkpoints, nor can the owner unseen).
 */
import { InterdictError } from '../../errors/index.ts';
import { migrate } from '../../store/migrate.ts';
import { quoteIdent, type SqlDriver } from '../../store/sql-driver.ts';
import { LEDGER_MIGRATIONS } from '../../ledger/index.ts';
import { SHIPS_MIGRATIONS } from '../../ships/index.ts';
import { migrateService } from './migrate-service.ts';


/** Tables the service only reads: their content is the owner's (migrations). */
const READ_ONLY = ['store_migrations', 'schema_migrations'];
/** Tables the service only appends to (and reads). */
const APPEND_ONLY = ['audit_log'];

export interface RoleCheck {
  role: string;
  superuser: boolean;
  /** The role owns audit_log, or is a member of its owner (with INHERIT or not: SET ROLE makes it the owner):
   *  it could switch the triggers off. */
  ownsAuditLog: boolean;
  /** CREATEROLE: on PostgreSQL before 16 such a role may grant itself any role but a superuser, the owner's too. */
  createRole: boolean;
  /** BYPASSRLS or REPLICATION: what a service never needs, and a way round the database's own rules. */
  bypassRls: boolean;
  replication: boolean;
  /** CREATE on the tables' schema (PUBLIC has it on clusters made before PostgreSQL 15): the role could make an
   *  operator or function there that PostgreSQL picks over its own (refused at every read, refuseForeignCode). */
  createInSchema: boolean;
}

/**
 * Why a role the service connects as could rewrite the audit log (or is more than the service needs), in
 * words, or undefined when it is a restricted role (security review 19, LOW-1).
 */
export function roleProblem(r: Omit<RoleCheck, 'role'>): string | undefined {
  if (r.superuser) return 'a superuser';
  if (r.ownsAuditLog) return 'the owner of audit_log or a member of its owner (SET ROLE makes it the owner)';
  if (r.createRole) return 'a role with CREATEROLE (it can grant itself the role that owns audit_log)';
  if (r.bypassRls) return 'a role with BYPASSRLS';
  if (r.replication) return 'a role with REPLICATION';
  if (r.createInSchema) return 'a role that may create objects in the tables\' schema (CREATE on it, perhaps through PUBLIC: run "REVOKE CREATE ON SCHEMA public FROM PUBLIC" as its owner)';
  return undefined;
}

interface RoleRow { superuser: boolean; createrole: boolean; bypassrls: boolean; replication: boolean; owns: boolean | null; creates: boolean | null }

/** The attributes of `role` (current_user when undefined) and whether it is (or may become) audit_log's owner.
 *  MEMBER, not USAGE: a NOINHERIT member of the owner has no USAGE of it, yet SET ROLE makes it the owner. */
const ROLE_SQL = (who: string) => `SELECT r.rolname AS role, r.rolsuper AS superuser, r.rolcreaterole AS createrole, r.rolbypassrls AS bypassrls, r.rolreplication AS replication,
       (SELECT pg_has_role(r.oid, t.tableowner, 'MEMBER') FROM pg_tables t WHERE t.tablename = 'audit_log' AND t.schemaname = current_schema()) AS owns,
       has_schema_privilege(r.oid, current_schema(), 'CREATE') AS creates
     FROM pg_roles r WHERE r.rolname = ${who}`;

function roleCheck(r: RoleRow & { role: string }): RoleCheck {
  return { role: r.role, superuser: r.superuser === true, ownsAuditLog: r.owns === true, createRole: r.createrole === true, bypassRls: r.bypassrls === true, replication: r.replication === true, createInSchema: r.creates === true };
}

/** Who the service is connected as, and whether that role could disable the audit log's triggers. */
export async function checkDbRole(driver: SqlDriver): Promise<RoleCheck | undefined> {
  if (driver.backend !== 'postgres') return undefined;
  const r = (await driver.all<RoleRow & { role: string }>(ROLE_SQL('current_user')))[0];
  return r === undefined ? undefined : roleCheck(r);
}

/** Every area's tables, created or brought up to date: run by the owner before granting. */
export async function migrateAll(driver: SqlDriver): Promise<void> {
  await migrate(driver, 'ledger', LEDGER_MIGRATIONS);
  await migrate(driver, 'ships', SHIPS_MIGRATIONS);
  await migrateService(driver);
}

/**
 * As the owner: migrate, then give `role` what the service needs and no more. The role is created (able
 * to log in, no password: set one with ALTER ROLE … PASSWORD, or authenticate it otherwise) when missing.
 * Run it again after an upgrade that adds tables.
 */
export async function grantServiceRole(driver: SqlDriver, role: string): Promise<{ role: string; created: boolean; tables: string[] }> {
  if (driver.backend !== 'postgres') throw new InterdictError('STORE_TARGET', 'roles are PostgreSQL\'s: give --db a postgres:// URL of the database, connected as the owner of its tables', { field: 'db' });
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new InterdictError('CLI_BAD_FLAG', `role "${role.slice(0, 80)}" must be a PostgreSQL name: lower-case letters, digits and "_"`, { field: 'role' });
  const me = await checkDbRole(driver);
  if (me !== undefined && me.role === role) throw new InterdictError('CLI_BAD_FLAG', `"${role}" is the role you are connected as (the owner): the service needs a role of its own`, { field: 'role' });
  await migrateAll(driver);
  return driver.transaction(async (tx) => {
    const found = (await tx.all<RoleRow & { role: string }>(ROLE_SQL('?'), [role]))[0];
    const exists = found !== undefined;
    // An existing role that could take the owner's place is never made the service's: the grants below would
    // not take that power away (security review 19, LOW-1).
    const problem = found === undefined ? undefined : roleProblem(roleCheck(found));
    if (problem !== undefined) {
      throw new InterdictError('CLI_BAD_FLAG', `role "${role}" is ${problem}: whoever connects as it can do more than the service needs (switch off the triggers that keep the audit log append-only, or make code that runs when Interdict reads). Give a role without these attributes or membership (or a new name, created restricted)`, { field: 'role' });
    }
    const r = quoteIdent(role);
    if (!exists) {
      try {
        await tx.run(`CREATE ROLE ${r} LOGIN`);
      } catch (e) {
        // An owner without CREATEROLE (security re-review 3, LOW-3: this was "INTERNAL: permission denied").
        if ((e as { code?: string }).code !== '42501') throw e;
        throw new InterdictError('CLI_BAD_FLAG', `the role "${role}" does not exist and the role connected may not create roles: create it first (CREATE ROLE ${role} LOGIN, as a role with CREATEROLE), then run this again`, { field: 'role' });
      }
    }
    const tables = (await tx.all<{ name: string }>('SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename')).map((t) => t.name);
    await tx.run(`GRANT USAGE ON SCHEMA ${quoteIdent((await tx.all<{ s: string }>('SELECT current_schema() AS s'))[0]!.s)} TO ${r}`);
    for (const t of tables) {
      const privileges = READ_ONLY.includes(t) ? 'SELECT' : APPEND_ONLY.includes(t) ? 'SELECT, INSERT' : 'SELECT, INSERT, UPDATE, DELETE';
      await tx.run(`REVOKE ALL ON ${quoteIdent(t)} FROM ${r}`);
      await tx.run(`GRANT ${privileges} ON ${quoteIdent(t)} TO ${r}`);
    }
    const schema = (await tx.all<{ s: string }>('SELECT current_schema() AS s'))[0]!.s;
    await tx.run(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${quoteIdent(schema)} TO ${r}`);
    return { role, created: !exists, tables };
  });
}
