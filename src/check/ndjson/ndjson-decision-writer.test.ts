// The fast NDJSON writer must be exactly JSON.stringify(decision) + "\n", across chunk edges and for
// decisions with and without ids, reasons, duties, non-ASCII and quotes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLaw } from '../../law/index.ts';
import { evaluate } from '../evaluate.ts';
import type { CheckContext } from '../context.ts';
import type { Transaction } from '../transaction.ts';
import { NdjsonDecisionWriter } from './ndjson-decision-writer.ts';

const law = loadLaw();
const open: CheckContext = {
  capState: (commodity, date) => ({
    commodity, periodStart: `${date.slice(0, 4)}-01-01`, periodEnd: `${date.slice(0, 4)}-12-31`, measure: 'unscr-2397-5-refined-cap', capBarrels: 500_000,
    totalBarrels: 100_000, totalTonnes: 0, percent: 20, remainingBarrels: 400_000, thresholdsIssued: [], ceaseIssued: false,
  }),
};
const txs: Transaction[] = [
  { id: 'd', type: 'goods', date: '2018-03-01', from: 'CN', to: 'KP', goods: [{ hs: '2710.19', description: 'diesel', quantity: 1000, unit: 'bbl' }] },
  { id: 'ünï "q"', type: 'goods', date: '2017-12-10', from: 'KP', to: 'CN', goods: [{ hs: '62' }], contract: { finalized: '2017-01-01' } },
  { type: 'vessel-transfer', date: '2001-01-01' },
  { id: 'w', type: 'work-authorization', date: '2018-06-01', worker: { nationality: 'KP' }, contract: {} },
  { id: 'one', type: 'goods', date: '2019-01-01', from: 'KP', to: 'CN', goods: [{ hs: '62' }] },
  { id: 'none', type: 'goods', date: '2019-01-01', from: 'FR', to: 'CN', goods: [{ hs: '62' }] },
];

test('writes exactly JSON.stringify(decision) + newline per decision, chunks in order', () => {
  const chunks: Buffer[] = [];
  const w = new NdjsonDecisionWriter((b) => (chunks.push(Buffer.from(b)), 'copied'));
  let expected = '';
  for (let round = 0; round < 3; round++) {
    for (const tx of txs) {
      const d = evaluate(tx, law, round === 1 ? open : undefined);
      w.add(d);
      expected += `${JSON.stringify(d)}\n`;
    }
  }
  w.flush();
  assert.equal(Buffer.concat(chunks).toString('utf8'), expected);
  assert.equal(w.count, 18);
});

test('a chunk kept by its receiver is never written again; a copied one is reused (many decisions fill several chunks)', () => {
  for (const fate of ['kept', 'copied'] as const) {
    const chunks: Buffer[] = [];
    const buffers = new Set<ArrayBufferLike>();
    const w = new NdjsonDecisionWriter((b) => {
      buffers.add(b.buffer);
      chunks.push(fate === 'kept' ? b : Buffer.from(b));
      return fate;
    });
    const d = evaluate({ ...txs[1]!, id: 'x'.repeat(5000) }, law);
    const line = `${JSON.stringify(d)}\n`;
    for (let i = 0; i < 4000; i++) w.add(d);
    w.flush();
    assert.ok(chunks.length >= 2, 'more than one chunk');
    assert.equal(Buffer.concat(chunks).toString('utf8'), line.repeat(4000), fate);
    assert.equal(buffers.size, fate === 'kept' ? chunks.length : 1, `${fate}: buffers used`);
  }
});
