// Goods words in other languages against their English word: a line from the DPRK or to it, and the measures a
// description reaches that the English one reaches too (the goods-language tests share these).
import { evaluate, type Transaction } from '../../src/check/index.ts';
import { loadLaw } from '../../src/law/index.ts';

const law = loadLaw();
/** Exports from the DPRK (coal, iron, lead, textiles, seafood, wood, stone, statues, food) beside an innocent code. */
export const fromKp = (description: string): Transaction => ({ id: 'g', type: 'goods', date: '2025-03-01', from: 'KP', to: 'CN', goods: [{ hs: '6810', description }] });
/** Supplies to the DPRK (petroleum, condensates, machinery, vehicles) beside an innocent code. */
export const toKp = (description: string): Transaction => ({ id: 'g', type: 'goods', date: '2025-03-01', from: 'CN', to: 'KP', goods: [{ hs: '1006', description }] });
export const measures = (tx: Transaction): Set<string> => new Set(evaluate(tx, law).reasons.map((r) => r.measure));

/** Measures the English word reaches that `tx` does not. */
export function missing(tx: Transaction, english: Transaction): string[] {
  const got = measures(tx);
  return [...measures(english)].filter((m) => !got.has(m));
}
