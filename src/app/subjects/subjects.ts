/**
 * Monitored subjects: stored, screened against the list in use, every hit an alert (and a name hiding
 * letters that no hit explains, an alert of its own: disguised-alerts.ts). A batch is
 * validated whole first (all or nothing for bad input), then stored in chunks (addSubjects).
 */
import { hiddenVariantProblem } from '../../io/hidden-variants.ts';
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { InterdictError, isInterdictError } from '../../errors/index.ts';
import { findBadText, nameTextProblem } from '../../io/text-guard.ts';
import { CONVERT_TO_UTF8 } from '../../io/index.ts';
import { MAX_NATIONALITY_LENGTH, MAX_REASON_LENGTH, MAX_SUBJECT_ID_LENGTH } from '../../io/limits.ts';
import { screenName, validateQuery, type ScreeningQuery } from '../../screening/index.ts';
import type { SqlExec, SqlTx } from '../../store/index.ts';
import { appendAudit, lockChain } from '../audit/audit-log.ts';
import { rowWhereNotAsRecorded, SUBJECT_TABLES } from '../audit/recorded-rows.ts';
import { guardRow, tampered } from '../audit/row-guard.ts';
import { openAlerts } from '../alerts/open-alerts.ts';
import { openDisguisedAlert } from '../alerts/disguised-alerts.ts';
import { keyset, pageOf, type Page, type PageRequest } from '../paging.ts';
import type { Service } from '../service/service-context.ts';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { mapInSlices } from '../slices.ts';
import type { StoredSubject, SubjectInput } from './subject-types.ts';
import { requestBudget, type BatchWork } from '../service/request-budget.ts';

export interface SubjectResult {
  id: string;
  status: 'created' | 'updated' | 'unchanged';
  /** Results in the match band. */
  matches: number;
  /** Results in the possible band (each opens an alert too, marked possible). */
  possible: number;
  alerts: number[];
}

/** Validate a batch whole, giving the event loop a turn every few milliseconds (a server's 10,000-subject import). */
export async function validateSubjectsInSlices(raw: unknown): Promise<StoredSubject[]> {
  const check = subjectChecker(raw);
  return mapInSlices(raw as unknown[], check);
}

/** One subject checked by the rules of an import, nothing stored (the page's live check of its form). */
export function checkSubject(raw: unknown): void {
  subjectChecker([raw])(raw, 0);
}

/** One subject's validation, for a batch whose ids must be distinct. */
function subjectChecker(raw: unknown): (s: unknown, i: number) => StoredSubject {
  if (!Array.isArray(raw)) throw new InterdictError('SUBJECT_BAD_INPUT', 'the body must be an array of subjects', { field: '' });
  const seen = new Set<string>();
  return (s: unknown, i) => {
    const bad = (field: string, message: string): never => {
      throw new InterdictError('SUBJECT_BAD_INPUT', message, { record: i, field: `[${i}].${field}` });
    };
    if (typeof s !== 'object' || s === null || Array.isArray(s)) return bad('', 'each subject must be an object');
    const notText = findBadText(s);
    if (notText !== undefined) bad(notText.field, `${notText.message}: send text only`);
    const o = s as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!['id', 'name', 'dob', 'nationality', 'type'].includes(k)) bad(k, `unknown field "${k}"`);
    if (typeof o.id !== 'string' || o.id.trim() === '' || o.id.length > MAX_SUBJECT_ID_LENGTH) bad('id', `id must be a non-empty string of at most ${MAX_SUBJECT_ID_LENGTH} characters`);
    if (seen.has(o.id as string)) bad('id', `id "${String(o.id)}" appears twice in the batch`);
    seen.add(o.id as string);
    if (typeof o.name !== 'string') bad('name', 'name must be a string');
    for (const f of ['id', 'name'] as const) {
      const why = nameTextProblem(o[f] as string);
      if (why !== undefined) bad(f, `${f} ${why}`);
    }
    // An id that shows as another (s1 with a zero-width space, ｓ1) would be a second subject beside it.
    const hiddenId = hiddenVariantProblem(o.id as string);
    if (hiddenId !== undefined) bad('id', `id ${hiddenId}: a subject's id is what it shows, in plain characters`);
    // U+FFFD is what bytes in another encoding became when read as UTF-8: the name is lost, not screenable.
    for (const f of ['name', 'nationality'] as const) {
      if (typeof o[f] === 'string' && (o[f] as string).includes('\uFFFD')) bad(f, `${f} holds U+FFFD, the mark of text that was not UTF-8 when it was read: ${CONVERT_TO_UTF8}`);
    }
    for (const f of ['dob', 'nationality'] as const) if (o[f] !== undefined && typeof o[f] !== 'string') bad(f, `${f} must be a string`);
    if (typeof o.nationality === 'string' && o.nationality.length > MAX_NATIONALITY_LENGTH) bad('nationality', `nationality must be at most ${MAX_NATIONALITY_LENGTH} characters`);
    if (o.type !== undefined && o.type !== 'person' && o.type !== 'entity') bad('type', 'type must be person or entity');
    const subject: SubjectInput = { id: (o.id as string).trim(), name: o.name as string };
    if (typeof o.dob === 'string' && o.dob.trim() !== '') subject.dob = o.dob.trim();
    if (typeof o.nationality === 'string' && o.nationality.trim() !== '') subject.nationality = o.nationality.trim();
    if (o.type !== undefined) subject.type = o.type as 'person' | 'entity';
    try {
      validateQuery(toQuery(subject));
    } catch (e) {
      if (isInterdictError(e)) bad(e.location.field ?? 'name', e.message);
      throw e;
    }
    return { ...subject, fingerprint: subjectFingerprint(subject) };
  };
}

export function toQuery(s: SubjectInput): ScreeningQuery {
  return { name: s.name, ...(s.dob !== undefined && { dob: s.dob }), ...(s.nationality !== undefined && { nationality: s.nationality }), ...(s.type !== undefined && { type: s.type }) };
}

export function subjectFingerprint(s: SubjectInput): string {
  const body = canonicalize({ name: s.name, dob: s.dob ?? null, nationality: s.nationality ?? null, type: s.type ?? null }) ?? '';
  return createHash('sha256').update(body).digest('hex').slice(0, 32);
}

interface SubjectRow {
  id: string;
  name: string;
  dob: string | null;
  nationality: string | null;
  type: string | null;
  fingerprint: string;
}

export function subjectFromRow(r: SubjectRow): StoredSubject {
  return {
    id: r.id, name: r.name, fingerprint: r.fingerprint,
    ...(r.dob !== null && { dob: r.dob }), ...(r.nationality !== null && { nationality: r.nationality }), ...(r.type !== null && { type: r.type as 'person' | 'entity' }),
  };
}

/**
 * A chunk's subjects already there are ones Interdict stored (held to the log, recorded-rows.ts), and no
 * one else writes the table until the chunk commits: a row planted with a new subject's id or its very
 * content would otherwise make it "updated" or "unchanged" in the answer and the log while it is not
 * monitored. `owner`: what keeps the log's digests between imports.
 */
async function holdChunk(tx: SqlTx, ids: readonly string[], owner: object): Promise<void> {
  await tx.lockTables(['subjects']);
  const planted = await rowWhereNotAsRecorded(tx, SUBJECT_TABLES, 'subjects', `id IN (${ids.map(() => '?').join(', ')})`, ids, owner);
  if (planted !== undefined) throw tampered(`${planted}, a subject of this import as stored`);
}

/** Store one subject (its chunk's rows already held to the log, and the table locked: holdChunk). */
async function upsert(tx: SqlTx, s: StoredSubject, now: string): Promise<SubjectResult['status']> {
  // Insert-or-skip first, so two processes adding the same new subject never collide on its key.
  const inserted = await tx.all(
    'INSERT INTO subjects (id, name, dob, nationality, type, fingerprint, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING id',
    [s.id, s.name, s.dob ?? null, s.nationality ?? null, s.type ?? null, s.fingerprint, now, now],
  );
  if (inserted.length > 0) return 'created';
  const prev = await tx.all<{ fingerprint: string; removed_at: string | null }>(`SELECT fingerprint, removed_at FROM subjects WHERE id = ?${tx.forUpdate}`, [s.id]);
  if (prev[0] === undefined) throw tampered(`subject ${s.id.slice(0, 200)}, there when it was stored and gone just after`);
  const removed = prev[0].removed_at !== null;
  if (!removed && prev[0].fingerprint === s.fingerprint) return 'unchanged';
  // A removed subject added again is monitored again from now: created, as far as the caller is concerned.
  const changed = await tx.run('UPDATE subjects SET name = ?, dob = ?, nationality = ?, type = ?, fingerprint = ?, updated_at = ?, removed_at = NULL, removed_by = NULL WHERE id = ?', [
    s.name, s.dob ?? null, s.nationality ?? null, s.type ?? null, s.fingerprint, now, s.id,
  ]);
  if (changed !== 1) throw tampered(`subject ${s.id.slice(0, 200)}, gone while it was stored`);
  if (removed) await tx.run('UPDATE subjects SET created_at = ? WHERE id = ?', [now, s.id]);
  return removed ? 'created' : 'updated';
}

/** Ids in an audit entry: all of a small batch; a large import is summarized by its counts. */
function idsFor(results: SubjectResult[], status: SubjectResult['status']): string[] | number {
  const ids = results.filter((r) => r.status === status).map((r) => r.id);
  return ids.length <= 1000 ? ids : ids.length;
}

/**
 * Subjects are stored in chunks of this many, each chunk one transaction with its own audit entry: the
 * audit chain's lock is held for one chunk's writes (tens of milliseconds), never for a whole import, and
 * the event loop gets a turn between chunks (SQLite's statements run synchronously).
 */
export const SUBJECT_CHUNK = 250;

/**
 * Store the subjects, screen each against the whole list in use, open alerts for the hits (matches and
 * possible matches alike, each alert marked with its band; `matched` and `possible` count the subjects
 * whose best result is in each band). The batch is
 * validated whole first (a bad subject stores none); the screening runs before any lock, in slices; then
 * the chunks commit one after the other. A failure after validation (the database gone) leaves the
 * chunks before it stored: sending the same batch again completes it (unchanged subjects change nothing).
 */
/** What an import did: each subject's outcome, how many matched or only possibly matched, the alerts opened. */
export interface SubjectsAdded {
  subjects: SubjectResult[];
  matched: number;
  possible: number;
  alertsOpened: number;
  listVersion: string;
}

/** `work`: a request's batch (the API, a page), stopped past MAX_REQUEST_WORK_MS or its credential's minute; the CLI's import is not. */
export async function addSubjects(svc: Service, raw: unknown, actor: string, work?: BatchWork): Promise<SubjectsAdded> {
  const subjects = await validateSubjectsInSlices(raw);
  const now = new Date().toISOString();
  const list = await svc.lists.current(svc.driver);
  const screened = await mapInSlices(subjects, (s) => screenName(list.index, toQuery(s)), work !== undefined ? { budget: requestBudget('screening the subjects', 'subjects', (i) => `subject "${String(subjects[i]!.id).slice(0, 80)}"`, work) } : {});
  const results: SubjectResult[] = [];
  let opened = 0;
  let listVersion = list.list.version.id;
  for (let start = 0; start < subjects.length; start += SUBJECT_CHUNK) {
    const chunk = subjects.slice(start, start + SUBJECT_CHUNK);
    const r = await svc.driver.transaction(async (tx) => {
      await lockChain(tx);
      await holdChunk(tx, chunk.map((s) => s.id), svc.driver);
      // A list loaded meanwhile (by any process): this chunk is screened again against it, under the lock.
      const inUse = await svc.lists.current(tx);
      const again = inUse.rowId !== list.rowId;
      const out: SubjectResult[] = [];
      let chunkOpened = 0;
      let changed = 0;
      for (const [i, s] of chunk.entries()) {
        const status = await upsert(tx, s, now);
        if (status !== 'unchanged') changed++;
        const matches = again ? screenName(inUse.index, toQuery(s)) : screened[start + i]!;
        const alerts = await openAlerts(tx, s, matches, inUse, actor, now, svc.driver);
        // A name hiding letters that no result explains: an alert of its own (disguised-alerts.ts).
        alerts.push(...(await openDisguisedAlert(tx, s, matches, inUse, actor, now, svc.driver)));
        chunkOpened += alerts.length;
        const full = matches.filter((m) => m.band === 'match').length;
        out.push({ id: s.id, status, matches: full, possible: matches.length - full, alerts });
      }
      if (changed > 0) {
        await appendAudit(tx, {
          actor, action: 'subjects.upsert', target: 'subjects',
          detail: {
            created: idsFor(out, 'created'), updated: idsFor(out, 'updated'), alertsOpened: chunkOpened,
            ...(subjects.length > SUBJECT_CHUNK && { part: `${start / SUBJECT_CHUNK + 1} of ${Math.ceil(subjects.length / SUBJECT_CHUNK)}` }),
          },
          rows: out.filter((x) => x.status !== 'unchanged').map((x) => ({ table: 'subjects', key: [x.id] })),
        }, now);
      }
      return { out, chunkOpened, version: inUse.list.version.id };
    });
    results.push(...r.out);
    opened += r.chunkOpened;
    listVersion = r.version;
    await yieldToLoop();
  }
  // Each subject counted once, in the band of its best result.
  const matched = results.filter((r) => r.matches > 0).length;
  const possible = results.filter((r) => r.matches === 0 && r.possible > 0).length;
  return { subjects: results, matched, possible, alertsOpened: opened, listVersion };
}

export type SubjectListed = Omit<StoredSubject, 'fingerprint'> & { addedAt: string };

/** A page of the monitored subjects, newest first unless asc; `q` searches names and ids (any case). */
export async function pageSubjects(db: SqlExec, q: string | undefined, req: PageRequest): Promise<Page<SubjectListed>> {
  const where = ['removed_at IS NULL'];
  const params: unknown[] = [];
  if (q !== undefined && q.trim() !== '') {
    const like = `%${q.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push("(LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(id) LIKE ? ESCAPE '\\')");
    params.push(like, like);
  }
  const total = await db.all<{ n: unknown }>(`SELECT COUNT(*) AS n FROM subjects WHERE ${where.join(' AND ')}`, params);
  const k = keyset([{ sql: 'created_at', kind: 'text' }, { sql: 'id', kind: 'text' }], req);
  const rows = await db.all<SubjectRow & { created_at: string }>(
    `SELECT id, name, dob, nationality, type, fingerprint, created_at FROM subjects WHERE ${[...where, ...(k.where ? [k.where] : [])].join(' AND ')} ORDER BY ${k.orderBy} LIMIT ?`,
    [...params, ...k.params, req.limit + 1],
  );
  return pageOf(rows, req, Number(total[0]?.n ?? 0), (r) => [r.created_at, r.id], (r) => {
    const { fingerprint: _f, ...s } = subjectFromRow(r);
    return { ...s, addedAt: r.created_at };
  });
}

/**
 * Stop monitoring a subject: it is marked removed (its alerts keep pointing at it), and its alerts that
 * are not closed close with the reason, each logged; the removal itself is logged with the alerts closed.
 */
/**
 * Stop monitoring a subject. Its alerts that are not closed stay in the queue, to be decided under four
 * eyes like any other: a match with a designated person is not made to go away by one person removing the
 * customer (the freeze and the report it calls for do not end with the relationship). `alertsOpen` names them.
 */
export async function removeSubject(svc: Service, id: string, actor: string, note?: string): Promise<{ id: string; removedAt: string; alertsOpen: number[] }> {
  if (id.trim() === '' || id.length > MAX_SUBJECT_ID_LENGTH) throw new InterdictError('SUBJECT_BAD_INPUT', `id must be a non-empty string of at most ${MAX_SUBJECT_ID_LENGTH} characters`, { field: 'id' });
  if (note !== undefined && note.length > MAX_REASON_LENGTH) {
    throw new InterdictError('SUBJECT_BAD_INPUT', `the note is ${note.length.toLocaleString('en')} characters long; at most ${MAX_REASON_LENGTH} are kept with the removal`, { field: 'note' });
  }
  const now = new Date().toISOString();
  return svc.driver.transaction(async (tx) => {
    await lockChain(tx);
    // The subject as recorded (its own entries, or the import that wrote it): removal must not launder a change.
    await guardRow(tx, { table: 'subjects', key: [id] }, [`subject:${id}`, 'subjects'], `subject ${id.slice(0, 200)}`);
    const changed = await tx.run('UPDATE subjects SET removed_at = ?, removed_by = ? WHERE id = ? AND removed_at IS NULL', [now, actor, id]);
    if (changed === 0) throw new InterdictError('SERVICE_NOT_FOUND', `there is no monitored subject "${id.slice(0, 200)}"`, { field: 'id' });
    const open = await tx.all<{ id: unknown }>(`SELECT id FROM alerts WHERE subject_id = ? AND status <> 'closed' ORDER BY id`, [id]);
    const alertsOpen = open.map((r) => Number(r.id));
    await appendAudit(tx, { actor, action: 'subject.remove', target: `subject:${id}`, detail: { alertsOpen, ...(note ? { note } : {}) }, rows: [{ table: 'subjects', key: [id] }] }, now);
    return { id, removedAt: now, alertsOpen };
  });
}
