/**
 * What making a UN list XML the list in use would change, nothing stored (the /lists page's preview; the
 * vessels list has `previewVesselList`): the list parsed off the main thread, compared with the list in use
 * and, when it differs, its records added, changed (field by field) and removed. `confirm` stands for the
 * XML previewed: applying "the list previewed" (`assertPreviewed`) refuses any other.
 */
import { createHash } from 'node:crypto';
import { InterdictError } from '../../errors/index.ts';
import { diffLists, type ListDiff } from '../../screening/list-diff.ts';
import type { UnList } from '../../screening/un-list/model.ts';
import type { Service } from '../service/service-context.ts';
import { parseListOffThread } from './parse-off-thread.ts';

export interface ListPreview {
  /** The XML is the list in use (its bytes' hash): nothing would change. */
  same: boolean;
  /** From the list in use to the list previewed (its versions; no record when `same`). */
  diff: ListDiff;
  /** The previewed XML's token: sent back with it to make it current. */
  confirm: string;
}

/** A list compared with the one in use, by the one rule `updateList` and the preview share. */
export function compareLists(base: UnList, next: UnList): { same: boolean; diff: ListDiff } {
  const same = base.version.sha256 === next.version.sha256;
  return { same, diff: same ? { from: base.version, to: next.version, added: [], changed: [], removed: [] } : diffLists(base, next) };
}

/** How far ahead of this machine's clock a list's dateGenerated may be (time zones, a clock a little off). */
const FUTURE_TOLERANCE_MS = 86_400_000;

/**
 * Refuse a list dated in the future: its date would make every real list after it "not newer" (each then
 * waiting for two admins), and it is the version every decision records. The UN dates a list when it makes it.
 */
export function refuseFutureList(next: UnList, now = Date.now()): void {
  if (Date.parse(next.version.dateGenerated) > now + FUTURE_TOLERANCE_MS) {
    throw new InterdictError('LIST_INVALID', `the list is dated ${next.version.dateGenerated}, after today (${new Date(now).toISOString().slice(0, 10)}): no UN list is made in the future; check its dateGenerated`, { field: 'dateGenerated' });
  }
}

export function listConfirmOf(xml: Buffer): string {
  return createHash('sha256').update(xml).digest('hex');
}

/** Refuse an XML that is not the one a preview's `confirm` stands for (400 naming xml). */
export function assertPreviewed(xml: Buffer, confirm: string | undefined): void {
  if (xml.length === 0 || confirm === undefined || listConfirmOf(xml) !== confirm) {
    throw new InterdictError('SERVICE_BAD_INPUT', 'not the list previewed; preview it again', { field: 'xml' });
  }
}

/** What making `xml` the list in use would change. A list that does not parse: LIST_INVALID, before anything. */
export async function previewList(svc: Service, xml: Buffer): Promise<ListPreview> {
  const next = (await parseListOffThread(xml, 'uploaded')).list;
  refuseFutureList(next);
  const base = (await svc.lists.recent(svc.driver)).list;
  return { ...compareLists(base, next), confirm: listConfirmOf(xml) };
}
