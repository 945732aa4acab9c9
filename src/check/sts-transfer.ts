/**
 * A ship-to-ship transfer a record shows whatever its `type` (2375 para 11: facilitating or engaging in
 * STS transfers to or from DPRK-flagged vessels of any goods supplied to or from the DPRK). The type the
 * user chose does not decide whether the paragraph reaches a transfer the record itself describes:
 *  - stated: a goods line's description or the purpose says so ("transferred ship-to-ship", "STS",
 *    "transferred at sea", "at-sea transfer"): the record is judged as a vessel-transfer too;
 *  - suggested: no words, but two or more vessels of which one flies the DPRK flag (or, on goods to or
 *    from the DPRK, one whose flag is not given): the goods may have passed between them at sea, so the
 *    measure is review saying so, never a silent pass.
 * The vessel-transfer measures keep their own gates (a DPRK-flagged vessel, a missing flag asked for).
 */
import { applyMeasure } from './apply-measure.ts';
import type { CheckContext } from './context.ts';
import type { CompiledMeasure } from './compiled-measure.ts';
import type { DecisionDraft } from './decision-draft.ts';
import { foldText } from './dprk-names.ts';
import { gate, NO } from './match-other.ts';
import type { Transaction } from './transaction.ts';

export interface StsEvidence {
  /** The record says it in words (a transfer), or only its vessels suggest one. */
  stated: boolean;
  /** The field that shows it (`goods[0].description`, `purpose`, `vessels[1].flag`). */
  field: string;
  /** What shows it, for the review sentence. */
  says: string;
}

const STS = new RegExp(
  '(?:^|[^a-z0-9])(?:' +
    [
      'ship[- ]?to[- ]?ship',
      's\\.?t\\.?s\\.?(?: transfer| operation| transhipment| transshipment)?',
      'vessel[- ]to[- ]vessel',
      '(?:transferred|transferring|transfers?|transhipped|transshipped|trans-shipped|discharged|loaded|offloaded|moved) (?:at|on the high) seas?',
      '(?:at[- ]sea|mid[- ]sea|mid[- ]ocean|offshore|open[- ]sea) (?:transfers?|transhipments?|transshipments?|trans-shipments?|lightering)',
      'lighter(?:ing|ed|age)',
    ].join('|') +
    ')(?![a-z0-9])',
);

function stated(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const m = STS.exec(foldText(text));
  return m ? m[0].replace(/^[^a-z0-9]/, '') : undefined;
}

/** What the record shows of a ship-to-ship transfer, or undefined. */
export function stsEvidence(tx: Transaction): StsEvidence | undefined {
  const goods = tx.goods ?? [];
  for (let i = 0; i < goods.length; i++) {
    const w = stated(goods[i]!.description);
    if (w !== undefined) return { stated: true, field: `goods[${i}].description`, says: `goods[${i}]'s description says "${w}"` };
  }
  const w = stated(tx.purpose);
  if (w !== undefined) return { stated: true, field: 'purpose', says: `the purpose says "${w}"` };
  const vessels = tx.vessels ?? [];
  if (vessels.length >= 2) {
    const k = vessels.findIndex((v) => v.flag === 'KP');
    if (k >= 0) return { stated: false, field: `vessels[${k}].flag`, says: `the record names ${vessels.length} vessels, and vessels[${k}] flies the DPRK flag` };
    // Goods to or from the DPRK (the paragraph's goods) and a vessel whose flag is not given: it may be the DPRK's.
    const u = vessels.findIndex((v) => v.flag === undefined);
    if (u >= 0 && (tx.from === 'KP' || tx.to === 'KP')) return { stated: false, field: `vessels[${u}].flag`, says: `the goods go to or come from the DPRK, the record names ${vessels.length} vessels, and vessels[${u}]'s flag is not given` };
  }
  return undefined;
}

/**
 * On a record of another type, the vessel-transfer measures where the record shows a transfer: applied as
 * to a vessel-transfer when the record says so, else (only the vessels suggest one) review naming what.
 */
export function matchTransfer(tx: Transaction, measures: readonly CompiledMeasure[], ctx: CheckContext | undefined, draft: DecisionDraft): void {
  if (tx.type === 'vessel-transfer' || measures.length === 0) return;
  const sts = stsEvidence(tx);
  if (sts === undefined) return;
  for (const measure of measures) {
    const g = gate(measure, tx, draft);
    if (g === NO) continue;
    if (sts.stated) applyMeasure(measure, tx, ctx, draft, g);
    else applyMeasure(measure, tx, ctx, draft, { cause: 'sts', field: sts.field, detail: sts.says });
  }
}
