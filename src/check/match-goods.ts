/**
 * Which goods measures reach each goods line: by HS prefix (decisive), by HS prefix that needs the
 * product to decide (HS 2709 crude or condensate; HS 2710 aviation fuel or other refined products),
 * by explicit product kind, or — when neither code nor kind is given — by well-known description words.
 * Direction comes from `to`/`from`; a missing one that could matter makes the match a review.
 * Hot path: no closures, no per-line arrays.
 */
import { parseHs } from '../hs/index.ts';
import type { CheckContext } from './context.ts';
import { applyMeasure, pushReason, type Sink, type Uncertainty } from './apply-measure.ts';
import type { CompiledLaw, GoodsTable, Interval } from './compile-law.ts';
import { reviewReason, type CompiledMeasure } from './compiled-measure.ts';
import type { GoodsLine, Transaction } from './transaction.ts';

let stampCounter = 0;

const fieldCache: { product: Uncertainty[]; hs: Uncertainty[]; hsName: string[] } = { product: [], hs: [], hsName: [] };
function productUnknown(i: number): Uncertainty {
  return (fieldCache.product[i] ??= { cause: 'product', field: `goods[${i}].product` });
}
function goodsUnknown(i: number): Uncertainty {
  return (fieldCache.hs[i] ??= { cause: 'goods', field: `goods[${i}].hs` });
}

const DIRECTION_TO: Uncertainty = { cause: 'direction', field: 'to' };
const DIRECTION_FROM: Uncertainty = { cause: 'direction', field: 'from' };

export function matchGoods(tx: Transaction, iv: Interval, cl: CompiledLaw, ctx: CheckContext | undefined, sink: Sink): void {
  const toKP = tx.to === 'KP';
  const fromKP = tx.from === 'KP';
  if (toKP || (tx.to === undefined && !fromKP)) matchDirection(tx, iv.goodsTo, cl, ctx, sink, toKP ? undefined : DIRECTION_TO);
  if (fromKP || (tx.from === undefined && !toKP)) matchDirection(tx, iv.goodsFrom, cl, ctx, sink, fromKP ? undefined : DIRECTION_FROM);
}

function matchDirection(tx: Transaction, t: GoodsTable, cl: CompiledLaw, ctx: CheckContext | undefined, sink: Sink, dir: Uncertainty | undefined): void {
  if (t.all.length === 0) return;
  const goods = tx.goods;
  if (!goods || goods.length === 0) {
    pushReason(sink, reviewReason(t.all[0]!, 'goods', 'goods'));
    return;
  }
  for (let i = 0; i < goods.length; i++) matchLine(tx, goods[i]!, i, t, cl, ctx, sink, dir);
}

/** Apply `cm` to the line once (the stamp dedupes an HS hit and a product hit); true if applied now. */
function emit(cm: CompiledMeasure, stamp: number, tx: Transaction, line: GoodsLine, ctx: CheckContext | undefined, sink: Sink, u: Uncertainty | undefined): boolean {
  if (cm.stamp === stamp) return false;
  cm.stamp = stamp;
  applyMeasure(cm, tx, ctx, sink, u, line);
  return true;
}

function matchLine(tx: Transaction, line: GoodsLine, i: number, t: GoodsTable, cl: CompiledLaw, ctx: CheckContext | undefined, sink: Sink, dir: Uncertainty | undefined): void {
  const stamp = ++stampCounter;
  let hits = 0;
  const digits = line.hs !== undefined ? parseHs(line.hs) : undefined;
  const product = line.product;
  if (digits !== undefined) {
    const decisive = t.decisive.lookup(digits);
    for (let k = 0; k < decisive.length; k++) if (emit(decisive[k]!, stamp, tx, line, ctx, sink, dir)) hits++;
    if (product === undefined) {
      const amb = t.ambiguous.lookup(digits);
      if (amb.length > 0) {
        const desc = line.description?.toLowerCase();
        for (let k = 0; k < amb.length; k++) {
          const cm = amb[k]!;
          if (desc !== undefined && cm.words?.test(desc)) emit(cm, stamp, tx, line, ctx, sink, dir);
          else if (desc !== undefined && cl.knownWords.get(cm)?.test(desc)) continue; // the description names something else
          else emit(cm, stamp, tx, line, ctx, sink, dir ?? productUnknown(i));
        }
      }
    }
  }
  if (product !== undefined) {
    const list = t.byProduct.get(product);
    if (list) for (let k = 0; k < list.length; k++) emit(list[k]!, stamp, tx, line, ctx, sink, dir);
    const amb = digits === undefined ? t.byAmbiguousProduct.get(product) : undefined;
    if (amb) {
      // e.g. "arms" without an HS code: heavy arms (1718) or small arms? The description may say.
      const desc = line.description?.toLowerCase();
      for (const cm of amb) emit(cm, stamp, tx, line, ctx, sink, dir ?? (desc !== undefined && cm.words?.test(desc) ? undefined : goodsUnknown(i)));
    }
  }
  if (digits === undefined && product === undefined) {
    const desc = line.description?.toLowerCase();
    if (desc !== undefined) for (const cm of t.withWords) if (cm.words!.test(desc) && emit(cm, stamp, tx, line, ctx, sink, dir)) hits++;
    if (hits === 0) {
      // Nothing identifies the goods: fail closed rather than pass them.
      pushReason(sink, reviewReason(t.all[0]!, 'goods', goodsUnknown(i).field));
    }
  }
}
