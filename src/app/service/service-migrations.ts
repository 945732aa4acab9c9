/**
 * The service's tables (area 'service'), in the same database as the ledger: accounts, monitored
 * subjects, alerts and their suppressions, the UN lists loaded, and the hash-chained audit log.
 * The audit log refuses UPDATE and DELETE by trigger, so even a bug or a hand-typed statement cannot
 * rewrite history; the dialects differ only in how a trigger is written.
 */
import type { Migration } from '../../store/index.ts';

export const GENESIS_HASH = '0'.repeat(64);

const TABLES = [
  `CREATE TABLE service_users (name TEXT PRIMARY KEY, roles TEXT NOT NULL, state TEXT, key_hash TEXT NOT NULL UNIQUE,
     created_at TEXT NOT NULL, created_by TEXT NOT NULL, revoked_at TEXT, revoked_by TEXT)`,
  `CREATE TABLE subjects (id TEXT PRIMARY KEY, name TEXT NOT NULL, dob TEXT, nationality TEXT, type TEXT,
     fingerprint TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  `CREATE TABLE alerts (id {{id}}, subject_id TEXT NOT NULL, list_ref TEXT NOT NULL, status TEXT NOT NULL,
     score DOUBLE PRECISION NOT NULL, match_json TEXT NOT NULL, algorithm TEXT NOT NULL, list_version TEXT NOT NULL,
     record_fp TEXT NOT NULL, subject_fp TEXT NOT NULL, opened_at TEXT NOT NULL, opened_by TEXT NOT NULL,
     disposition TEXT, note TEXT, expires TEXT, proposed_by TEXT, proposed_at TEXT,
     confirmed_by TEXT, confirmed_at TEXT, confirm_note TEXT)`,
  // INVARIANT: at most one undecided alert per (subject, list record), whichever process opens it.
  `CREATE UNIQUE INDEX alerts_one_open ON alerts (subject_id, list_ref) WHERE status <> 'closed'`,
  'CREATE INDEX alerts_by_status ON alerts (status, id)',
  `CREATE TABLE suppressions (subject_id TEXT NOT NULL, list_ref TEXT NOT NULL, record_fp TEXT NOT NULL,
     subject_fp TEXT NOT NULL, expires TEXT, alert_id BIGINT NOT NULL, created_at TEXT NOT NULL,
     PRIMARY KEY (subject_id, list_ref))`,
  `CREATE TABLE un_lists (id {{id}}, version TEXT NOT NULL, sha256 TEXT NOT NULL, date_generated TEXT NOT NULL,
     source TEXT NOT NULL, xml_gz TEXT, records INTEGER NOT NULL, added INTEGER NOT NULL, changed INTEGER NOT NULL,
     removed INTEGER NOT NULL, rescreened INTEGER NOT NULL, alerts_opened INTEGER NOT NULL,
     loaded_at TEXT NOT NULL, loaded_by TEXT NOT NULL)`,
  `CREATE TABLE audit_log (seq BIGINT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
     target TEXT NOT NULL, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)`,
  'CREATE INDEX audit_log_by_target ON audit_log (target, seq)',
  // The chain's head: its row lock serializes appends (Postgres), and it names the last entry so that
  // deleting the newest entries (bypassing the triggers) is seen by verify too.
  'CREATE TABLE audit_head (id INTEGER PRIMARY KEY, seq BIGINT NOT NULL, hash TEXT NOT NULL)',
  `INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '${GENESIS_HASH}')`,
];

const SQLITE_TRIGGERS = [
  `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: entries are never updated'); END`,
  `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: entries are never deleted'); END`,
];

const POSTGRES_TRIGGERS = [
  `CREATE OR REPLACE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS $fn$
   BEGIN RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege'; END $fn$`,
  'CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()',
  'CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()',
  'CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse()',
];

export function serviceMigrations(dialect: 'sqlite' | 'postgres'): Migration[] {
  return [
    { version: 1, name: 'accounts, subjects, alerts, lists, audit log', statements: [...TABLES, ...(dialect === 'sqlite' ? SQLITE_TRIGGERS : POSTGRES_TRIGGERS)] },
    // Sessions are stateless signed cookies; a signed-out one is remembered until it would have expired.
    { version: 2, name: 'web sessions signed out', statements: ['CREATE TABLE web_signouts (signature TEXT PRIMARY KEY, expires_at BIGINT NOT NULL)'] },
    // Four eyes on access: an admin's grant of analyst, releaser or admin waits here for a second admin.
    {
      version: 3, name: 'pending role grants',
      statements: ['ALTER TABLE service_users ADD COLUMN pending_roles TEXT', 'ALTER TABLE service_users ADD COLUMN pending_by TEXT', 'ALTER TABLE service_users ADD COLUMN pending_at TEXT'],
    },
    // A possible match opens an alert too, marked as such; alerts opened before this were all matches.
    {
      version: 4, name: 'alerts: band (match or possible)',
      statements: ["ALTER TABLE alerts ADD COLUMN band TEXT NOT NULL DEFAULT 'match'", 'CREATE INDEX alerts_by_band ON alerts (band, status, id)'],
    },
    // Who may have seen an account's current key (four eyes holds between people, not between keys), and
    // each audit entry's MAC under a secret outside the database (a database user cannot forge entries).
    // A key issued before this is taken as seen by whoever created the account (fail closed).
    {
      version: 5, name: 'key issuers, audit entry MACs',
      statements: [
        'ALTER TABLE service_users ADD COLUMN key_by TEXT',
        'ALTER TABLE service_users ADD COLUMN key_seen TEXT',
        "UPDATE service_users SET key_by = created_by, key_seen = CASE WHEN created_by LIKE 'cli:%' THEN '[]' ELSE '[\"' || replace(created_by, '\"', '') || '\"]' END",
        'ALTER TABLE audit_log ADD COLUMN mac TEXT',
      ],
    },
    // An alert keeps the subject as it was screened (a later change of the subject must not rewrite what
    // the analyst decided on), and a changed subject or listed record opens an alert of its own even while
    // the alert for the old content is undecided.
    {
      version: 6, name: 'alerts: subject as screened, one undecided alert per content',
      statements: [
        'ALTER TABLE alerts ADD COLUMN subject_json TEXT',
        'DROP INDEX alerts_one_open',
        "CREATE UNIQUE INDEX alerts_one_open ON alerts (subject_id, list_ref, subject_fp, record_fp) WHERE status <> 'closed'",
        // A list update by an admin account that removes records or is not newer waits here for a second admin.
        `CREATE TABLE pending_lists (id {{id}}, version TEXT NOT NULL, sha256 TEXT NOT NULL, base_sha256 TEXT NOT NULL, xml_gz TEXT NOT NULL,
           diff_json TEXT NOT NULL, requested_by TEXT NOT NULL, requested_at TEXT NOT NULL)`,
      ],
    },
    // The whole four-eyes cycle: an alert assigned to an analyst; an alert closed without a decision (its
    // subject removed) says why; a removed subject stays (its alerts join it) but is no longer monitored.
    {
      version: 7, name: 'alerts assigned and closed with a reason; subjects removed',
      statements: [
        'ALTER TABLE alerts ADD COLUMN assigned_to TEXT', 'ALTER TABLE alerts ADD COLUMN closed_reason TEXT',
        'ALTER TABLE subjects ADD COLUMN removed_at TEXT', 'ALTER TABLE subjects ADD COLUMN removed_by TEXT',
        'CREATE INDEX subjects_by_created ON subjects (created_at, id)',
      ],
    },
    // A stored AIS event involving a DPRK-flagged or designated vessel opens an alert too (kind
    // 'vessel-event', naming the event); the name alerts are kind 'name'. Numbered 10 to leave room.
    {
      version: 10, name: 'alerts: kind (name or vessel-event) and the event',
      statements: ["ALTER TABLE alerts ADD COLUMN kind TEXT NOT NULL DEFAULT 'name'", 'ALTER TABLE alerts ADD COLUMN event_id BIGINT', 'CREATE INDEX alerts_by_kind ON alerts (kind, status, id)'],
    },
    // The chain is numbered from 1, and every number from 1 to the head is taken: a row at 0 or below was
    // the one place a database user could add an entry "older" than the first with a MAC (taken on its
    // hash alone). The run-time check refuses such entries too (trustedEntry); this refuses the insert.
    {
      version: 11, name: 'audit log: entries numbered from 1',
      statements: dialect === 'sqlite'
        ? ["CREATE TRIGGER audit_log_seq_from_one BEFORE INSERT ON audit_log WHEN NEW.seq < 1 BEGIN SELECT RAISE(ABORT, 'audit_log entries are numbered from 1'); END"]
        : ['ALTER TABLE audit_log ADD CONSTRAINT audit_log_seq_from_one CHECK (seq >= 1) NOT VALID'],
    },
  ];
}
