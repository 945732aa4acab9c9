/**
 * Amendments: a new version with who, when and why; the old version stays. Totals move from the old
 * figures to the new ones (and between periods, if the date moved). A notice already issued is never
 * deleted (it was sent); a total that falls below a notified threshold issues a correction notice
 * (once per notice), and a total that rises issues the notices it now reaches, attributed to the
 * amended record and its new version.
 */
import { InterdictError } from '../errors/index.ts';
import { exceedsCap } from './cap-math.ts';
import type { AmendInput, AmendResult, DeliveryVersion, PeriodTotals } from './ledger-types.ts';
import { INSERT_VERSION, versionParams } from './sql/rows.ts';
import { isAfterCease, issueCorrections, issueNotices, loadVersion, lockPeriod, passesBaseline, saveTotals, type WriteCtx } from './write-delivery.ts';
import { parseRef, parseState, sameContent, validateAmendment } from './validate-delivery.ts';

export async function amendDelivery(ctx: WriteCtx, input: AmendInput, today: string): Promise<AmendResult> {
  const state = parseState(input.state);
  if (input.ref === undefined || input.ref.trim() === '') throw new InterdictError('LEDGER_BAD_INPUT', 'ref is missing: name the report to amend', { field: 'ref' });
  const ref = parseRef(input.ref);
  const by = input.by?.trim();
  if (!by) throw new InterdictError('LEDGER_BAD_INPUT', 'by is missing: say who makes the amendment', { field: 'by' });

  // Lock the record first so two amendments of it take turns.
  const rows = await ctx.tx.all<{ id: unknown; current_version: unknown }>(
    `SELECT id, current_version FROM deliveries WHERE state = ? AND ref = ?${ctx.tx.forUpdate}`,
    [state, ref],
  );
  const head = rows[0];
  if (!head) {
    // A reference is one whatever its case (write-delivery.ts): the stored one is named, as `record` names it.
    const other = await ctx.tx.all<{ ref: string }>('SELECT ref FROM deliveries WHERE state = ? AND upper(ref) = upper(?)', [state, ref]);
    const stored = other[0] !== undefined ? `; state ${state} reported "${other[0].ref}", which it differs from in case only: give it as stored` : '';
    throw new InterdictError('LEDGER_NOT_FOUND', `no report from state ${state} with ref "${ref}"${stored}`, { record: ref, field: 'ref' });
  }
  const before = await loadVersion(ctx.tx, Number(head.id), Number(head.current_version));
  const valid = validateAmendment(before, ref, input, ctx.caps, today);
  const c = valid.content;
  if (sameContent(before, c)) throw new InterdictError('LEDGER_BAD_INPUT', `the amendment of ref "${ref}" changes nothing`, { record: ref });

  // Lock the periods in a fixed order (no deadlock between two amendments moving dates both ways).
  const keys = [...new Set([before.period, c.period])].sort();
  const locked = new Map<string, PeriodTotals>();
  for (const k of keys) locked.set(k, await lockPeriod(ctx, c.commodity, k));
  const old = locked.get(before.period)!;
  const subtracted: PeriodTotals = { ...old, barrelsMilli: old.barrelsMilli - before.barrelsMilli, tonnesMilli: old.tonnesMilli - before.tonnesMilli, records: old.records - 1 };
  const base = before.period === c.period ? subtracted : locked.get(c.period)!;
  const next: PeriodTotals = { ...base, barrelsMilli: base.barrelsMilli + c.barrelsMilli, tonnesMilli: base.tonnesMilli + c.tonnesMilli, records: base.records + 1 };
  if (before.period !== c.period) await saveTotals(ctx, subtracted);
  await saveTotals(ctx, next);

  const after: DeliveryVersion = {
    ...c,
    id: before.id,
    ref,
    version: before.version + 1,
    late: valid.late,
    exceedsCap: exceedsCap(valid.period, next),
    exceedsBaseline: await passesBaseline(ctx, c, before.id),
    afterCease: await isAfterCease(ctx, valid.period, next, c.date, before.id),
    recordedAt: ctx.now,
    amendedBy: by,
    reason: input.reason?.trim() || null,
  };
  await ctx.tx.run(INSERT_VERSION, versionParams(after));
  await ctx.tx.run('UPDATE deliveries SET current_version = ? WHERE id = ?', [after.version, after.id]);
  const notices = await issueNotices(ctx, valid.period, next, after);
  // The total left behind in a period the record moved out of, or the one it shrank in.
  if (before.period !== c.period) {
    const oldCap = ctx.caps.periods(before.commodity).find((p) => p.period === before.period);
    if (oldCap) notices.push(...(await issueCorrections(ctx, oldCap, subtracted, after)));
  }
  notices.push(...(await issueCorrections(ctx, valid.period, next, after)));
  return { before, after, totals: next, notices };
}
