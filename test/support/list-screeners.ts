// The bundled UN list indexed the way the screening tests use it: korean-v3 with its party screener (what
// `check` calls), and korean-v2 beside it where a test compares the two.
import { parseTransaction, type Transaction } from '../../src/check/index.ts';
import { buildIndex, createPartyScreener, type ScreeningIndex } from '../../src/screening/index.ts';
import { loadUnList } from '../../src/screening/un-list/index.ts';

export interface V3Screener {
  v3: ScreeningIndex;
  screenParty: ReturnType<typeof createPartyScreener>;
}

export function v3Screener(): V3Screener {
  const v3 = buildIndex(loadUnList(), 'korean-v3');
  return { v3, screenParty: createPartyScreener(v3) };
}

/** korean-v3 (with its party screener) and korean-v2, from one read of the list. */
export function v3AndV2Screeners(): V3Screener & { v2: ScreeningIndex } {
  const list = loadUnList();
  const v3 = buildIndex(list, 'korean-v3');
  return { v3, v2: buildIndex(list, 'korean-v2'), screenParty: createPartyScreener(v3) };
}

/**
 * korean-v3 and korean-v2 with the DPRK records' words (sorted, letters and . & ' - only): what the bound
 * properties build their queries from.
 */
export function screenersWithListedWords(): { v3: ScreeningIndex; v2: ScreeningIndex; listedWords: string[] } {
  const list = loadUnList();
  const words = new Set<string>();
  for (const r of list.records) if (r.regime === 'DPRK') for (const n of r.names) for (const w of n.full.split(/\s+/)) if (/^[\p{L}.&'-]+$/u.test(w)) words.add(w);
  return { v3: buildIndex(list, 'korean-v3'), v2: buildIndex(list, 'korean-v2'), listedWords: [...words].sort() };
}

/** A payment from CN to RU to one payee of RU: how the screening tests put a name through `check`. */
export function paymentTo(name: string): Transaction {
  return parseTransaction({ id: 'p', type: 'financial', date: '2025-03-01', from: 'CN', to: 'RU', purpose: 'payment', parties: [{ name, role: 'payee', country: 'RU' }] }, 'test');
}

/** A payment from a Chinese exporter to `beneficiary` (nothing else in it engages a measure): the held-back
 *  evaluations' document-field cases. */
export function payment(beneficiary: string, purpose = 'payment of invoice INV-2024-101', date = '2024-05-14'): Transaction {
  return {
    type: 'financial', date, from: 'CN', to: 'SG', purpose,
    parties: [{ name: 'NINGBO SUNRISE ELECTRONICS CO LTD', role: 'ordering customer (50K)' }, { name: beneficiary, role: 'beneficiary (59)' }],
  } as Transaction;
}
