/**
 * An alert's decision under four eyes: decide (one analyst proposes a disposition), confirm (a different releaser
 * makes it final), reject (a releaser returns the proposal with a reason), withdraw (the proposer takes it back).
 * Each step is one conditional UPDATE, so two people acting at once cannot both succeed, and each is logged in the
 * same transaction. A confirmed false positive suppresses its (subject, record) pair; a confirmed escalation puts the
 * alert in the escalation queue (status `escalated`), where a further decision, confirmed by four eyes again, closes it.
 */
import { guardRow } from '../audit/row-guard.ts';
import { isValidDate } from '../../law/index.ts';
import { InterdictError } from '../../errors/index.ts';
import type { SqlDriver } from '../../store/index.ts';
import { assertFourEyes, proposerKeySeen, recordedProposerKeySeen } from '../accounts/key-holders.ts';
import { assertProposalStands } from '../accounts/proposal-stands.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { MAX_NOTE_LENGTH } from '../limits.ts';
import { DISPOSITIONS, loadAlert, type Alert, type Disposition } from './alerts.ts';

export interface DecisionInput {
  disposition: Disposition;
  note: string;
  /** A false positive's suppression lapses after this date (YYYY-MM-DD). */
  expires?: string;
}

export async function proposeDecision(driver: SqlDriver, id: number, d: DecisionInput, actor: string): Promise<Alert> {
  if (!DISPOSITIONS.includes(d.disposition)) throw new InterdictError('SERVICE_BAD_INPUT', `disposition must be one of ${DISPOSITIONS.join(', ')}`, { field: 'disposition' });
  if (d.expires !== undefined && !isValidDate(d.expires)) {
    // A day that does not exist (2020-13-45) would be stored and read as long past.
    throw new InterdictError('SERVICE_BAD_INPUT', `expires must be a real date (YYYY-MM-DD), not "${d.expires.slice(0, 40)}"`, { field: 'expires' });
  }
  if (d.expires !== undefined && d.disposition !== 'false-positive') {
    throw new InterdictError('SERVICE_BAD_INPUT', 'only a false positive has an expiry', { field: 'expires' });
  }
  const now = new Date().toISOString();
  // A suppression that has already lapsed suppresses nothing: the analyst meant another date.
  if (d.expires !== undefined && d.expires <= now.slice(0, 10)) {
    throw new InterdictError('SERVICE_BAD_INPUT', `expires (${d.expires}) must be a day after today (${now.slice(0, 10)}, UTC): a suppression that has lapsed suppresses nothing`, { field: 'expires' });
  }
  const note = requiredNote(d.note);
  return driver.transaction(async (tx) => {
    await guardRow(tx, { table: 'alerts', key: [id] }, [`alert:${id}`], `alert ${id}`);
    // An open alert, or one in the escalation queue (not to be escalated again): its final decision.
    const changed = await tx.run(
      `UPDATE alerts SET status = 'proposed', disposition = ?, note = ?, expires = ?, proposed_by = ?, proposed_at = ? WHERE id = ? AND (status = 'open' OR (status = 'escalated' AND ? <> 'escalate'))`,
      [d.disposition, note, d.expires ?? null, actor, now, id, d.disposition],
    );
    const alert = await loadAlert(tx, id);
    if (changed === 0) {
      if (alert.status === 'escalated') throw new InterdictError('ALERT_CONFLICT', `alert ${id} is already escalated: propose true-match or false-positive to close it`, { field: 'disposition' });
      throw new InterdictError('ALERT_CONFLICT', `alert ${id} is ${alert.status}, not open: ${alert.status === 'proposed' ? 'a decision was already proposed' : 'it is decided'}`, { field: 'id' });
    }
    // Who may hold the proposer's key as it proposes: the confirmation is checked against them too (key-holders.ts).
    const seen = await proposerKeySeen(tx, actor);
    await appendAudit(tx, { actor, action: 'alert.decide', target: `alert:${id}`, detail: { disposition: d.disposition, note, ...(d.expires ? { expires: d.expires } : {}), proposerKeySeen: seen }, rows: [{ table: 'alerts', key: [id] }] }, now);
    return alert;
  });
}

/**
 * What the releaser reviewed: the proposal's disposition and expiry (absent: none), and, when sent, the
 * moment it was proposed (the alert's `decision.at`). A confirmation naming them closes the alert only as
 * reviewed: the analyst may withdraw and propose something else between the releaser's reading and click
 * (review 19, M1); the web page's confirm form always names them. A confirmation naming nothing (the
 * contract's bare `POST /v1/alerts/ID/confirm`) confirms the proposal pending at that moment, as the
 * audit entry records it: a script that reads before it confirms sends what it read.
 */
export interface ReviewedProposal {
  disposition?: Disposition;
  expires?: string;
  proposedAt?: string;
}

/** Refused (409 ALERT_CHANGED) unless the alert's pending proposal is the one the releaser reviewed. */
function assertReviewed(alert: Alert, reviewed: ReviewedProposal): void {
  const d = alert.decision;
  if (alert.status !== 'proposed' || d === undefined) return; // the UPDATE's condition says why (409 ALERT_CONFLICT)
  const differs: { field: string; text: string }[] = [];
  if (reviewed.disposition !== undefined && d.disposition !== reviewed.disposition) differs.push({ field: 'disposition', text: `disposition ${d.disposition}, not ${reviewed.disposition}` });
  // With a disposition named, an expiry left out means "none"; alone, an expiry is checked as sent.
  const expiresNamed = reviewed.disposition !== undefined || reviewed.expires !== undefined;
  if (expiresNamed && (d.expires ?? null) !== (reviewed.expires ?? null)) differs.push({ field: 'expires', text: `expires ${d.expires ?? '(none)'}, not ${reviewed.expires ?? '(none)'}` });
  if (reviewed.proposedAt !== undefined && d.at !== reviewed.proposedAt) differs.push({ field: 'proposedAt', text: `proposed at ${d.at}, not ${reviewed.proposedAt}` });
  const first = differs[0];
  if (first !== undefined) {
    throw new InterdictError('ALERT_CHANGED', `alert ${alert.id}'s proposal is not the one confirmed: it is ${differs.map((x) => x.text).join(', ')} (by ${d.by}); read the alert again before confirming`, { field: first.field });
  }
}
export async function confirmDecision(driver: SqlDriver, id: number, reviewed: ReviewedProposal, rawNote: string | undefined, actor: string): Promise<Alert> {
  // An optional note may be left out, not sent blank.
  const note = rawNote === undefined ? undefined : requiredNote(rawNote);
  const now = new Date().toISOString();
  return driver.transaction(async (tx) => {
    await guardRow(tx, { table: 'alerts', key: [id] }, [`alert:${id}`], `alert ${id}`);
    // The proposal confirmed is the one reviewed; the row is held (guardRow) so it cannot change before the UPDATE.
    assertReviewed(await loadAlert(tx, id), reviewed);
    // Four eyes between people: refused when one account may hold both keys (key-holders.ts). Read before
    // the UPDATE; the transaction rolls back with a 409 if the proposer's and confirmer's keys share a holder.
    const proposer = await tx.all<{ proposed_by: string | null }>('SELECT proposed_by FROM alerts WHERE id = ?', [id]);
    const by = proposer[0]?.proposed_by;
    if (by !== null && by !== undefined && by !== actor) await assertProposalStands(tx, by, 'analyst', `alert:${id}`, ['alert.decide'], 'ALERT_CONFLICT', 'id');
    if (by !== null && by !== undefined && by !== actor) await assertFourEyes(tx, by, actor, 'ALERT_CONFLICT', 'id', await recordedProposerKeySeen(tx, `alert:${id}`, ['alert.decide']));
    // INVARIANT (four eyes): the proposer can never be the confirmer; the condition is in the UPDATE itself.
    const changed = await tx.run(
      // A confirmed escalation goes to the escalation queue; anything else is final.
      `UPDATE alerts SET status = CASE WHEN disposition = 'escalate' THEN 'escalated' ELSE 'closed' END, confirmed_by = ?, confirmed_at = ?, confirm_note = ?
       WHERE id = ? AND status = 'proposed' AND proposed_by <> ?`,
      [actor, now, note ?? null, id, actor],
    );
    const alert = await loadAlert(tx, id);
    if (changed === 0) {
      if (alert.status === 'proposed') throw new InterdictError('ALERT_CONFLICT', `alert ${id}'s decision was proposed by ${actor}: a different person must confirm it (four eyes)`, { field: 'id' });
      throw new InterdictError('ALERT_CONFLICT', `alert ${id} is ${alert.status}: only a proposed decision can be confirmed`, { field: 'id' });
    }
    if (alert.decision?.disposition === 'false-positive') {
      const row = await tx.all<{ record_fp: string; subject_fp: string }>('SELECT record_fp, subject_fp FROM alerts WHERE id = ?', [id]);
      await tx.run(
        `INSERT INTO suppressions (subject_id, list_ref, record_fp, subject_fp, expires, alert_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (subject_id, list_ref) DO UPDATE SET record_fp = excluded.record_fp, subject_fp = excluded.subject_fp, expires = excluded.expires, alert_id = excluded.alert_id, created_at = excluded.created_at`,
        [alert.subject.id, alert.ref, row[0]!.record_fp, row[0]!.subject_fp, alert.decision.expires ?? null, id, now],
      );
    }
    await appendAudit(tx, { actor, action: 'alert.confirm', target: `alert:${id}`, detail: { disposition: alert.decision?.disposition ?? null, proposedBy: alert.decision?.by ?? null, ...(note ? { note } : {}) },
      rows: [{ table: 'alerts', key: [id] }, ...(alert.decision?.disposition === 'false-positive' ? [{ table: 'suppressions', key: [alert.subject.id, alert.ref] }] : [])],
    }, now);
    return alert;
  });
}

/**
 * A note where one is required: text with something in it besides spaces (the same rule for the API and
 * the form). Kept as written, trimmed.
 */
export function requiredNote(note: unknown, field = 'note'): string {
  if (typeof note !== 'string' || note.trim() === '') throw new InterdictError('SERVICE_BAD_INPUT', `${field} is required: say why (a note of only spaces is blank)`, { field });
  if (note.length > MAX_NOTE_LENGTH) throw new InterdictError('SERVICE_BAD_INPUT', `${field} is at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters`, { field });
  return note.trim();
}

/** What a returned proposal leaves: an escalated alert goes back to the escalation queue, any other to open. */
const RETURNED = `status = CASE WHEN confirmed_by IS NOT NULL THEN 'escalated' ELSE 'open' END, disposition = NULL, note = NULL, expires = NULL, proposed_by = NULL, proposed_at = NULL`;

/** A releaser returns another person's proposal with a reason; the proposal stays in the history (audit). */
export async function rejectDecision(driver: SqlDriver, id: number, rawNote: unknown, actor: string): Promise<Alert> {
  const note = requiredNote(rawNote);
  const now = new Date().toISOString();
  return driver.transaction(async (tx) => {
    await guardRow(tx, { table: 'alerts', key: [id] }, [`alert:${id}`], `alert ${id}`);
    const before = await loadAlert(tx, id);
    // INVARIANT (four eyes): the proposer cannot reject (nor confirm) their own proposal.
    const changed = await tx.run(`UPDATE alerts SET ${RETURNED} WHERE id = ? AND status = 'proposed' AND proposed_by <> ?`, [id, actor]);
    if (changed === 0) {
      if (before.status === 'proposed') throw new InterdictError('ALERT_CONFLICT', `alert ${id}'s decision was proposed by ${actor}: a different person must reject it (four eyes); withdraw it instead`, { field: 'id' });
      throw new InterdictError('ALERT_CONFLICT', `alert ${id} is ${before.status}: only a proposed decision can be rejected`, { field: 'id' });
    }
    await appendAudit(tx, {
      actor, action: 'alert.reject', target: `alert:${id}`,
      detail: { note, disposition: before.decision?.disposition ?? null, proposedBy: before.decision?.by ?? null, proposalNote: before.decision?.note ?? null },
      rows: [{ table: 'alerts', key: [id] }],
    }, now);
    return loadAlert(tx, id);
  });
}

/** The proposer takes back their own pending proposal. */
export async function withdrawDecision(driver: SqlDriver, id: number, actor: string): Promise<Alert> {
  const now = new Date().toISOString();
  return driver.transaction(async (tx) => {
    await guardRow(tx, { table: 'alerts', key: [id] }, [`alert:${id}`], `alert ${id}`);
    const before = await loadAlert(tx, id);
    const changed = await tx.run(`UPDATE alerts SET ${RETURNED} WHERE id = ? AND status = 'proposed' AND proposed_by = ?`, [id, actor]);
    if (changed === 0) {
      if (before.status === 'proposed') throw new InterdictError('ALERT_CONFLICT', `alert ${id}'s decision was proposed by ${before.decision?.by ?? 'another person'}: only the proposer can withdraw it`, { field: 'id' });
      throw new InterdictError('ALERT_CONFLICT', `alert ${id} is ${before.status}: there is no proposal to withdraw`, { field: 'id' });
    }
    await appendAudit(tx, { actor, action: 'alert.withdraw', target: `alert:${id}`, detail: { disposition: before.decision?.disposition ?? null, proposalNote: before.decision?.note ?? null }, rows: [{ table: 'alerts', key: [id] }] }, now);
    return loadAlert(tx, id);
  });
}
