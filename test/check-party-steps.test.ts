// Security re-review 3, MEDIUM-1: one transaction's parties were screened in one piece (50 long names: 1.5 s with
// no turn for anyone else). A batch is now decided a party screening at a time, then each decision from the
// answers kept; the decisions are those of deciding each transaction at once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideAll, evaluateOne, type LazyContext } from '../src/app/check-context.ts';
import { SLICE_MS } from '../src/app/slices.ts';
import { loadLaw } from '../src/law/index.ts';
import type { Transaction } from '../src/check/index.ts';
import { v3Screener } from './support/list-screeners.ts';
import { turnsDuring, withSlowClock } from './support/loop-turns.ts';

const law = loadLaw();
const s = v3Screener();
const context = (): LazyContext => {
  const ctx: LazyContext = { needParties: () => void (ctx.screenParty ??= s.screenParty) };
  return ctx;
};

const PARTIES = ['Korea Mining Dev. Trading Corp.', 'KIM CHOL', 'Ningbo Sunrise Electronics Co Ltd', 'PAK YONG SIK', 'Green Pine Assoc. Corp.', 'Tanchon Comm. Bank',
  'Straits Commodity Pte Ltd', 'Hamburg Atlantic Trading GmbH', 'RI WON HO', 'Ocean Maritime Mgmt Co Ltd'];
const batch: Transaction[] = [
  { type: 'financial', date: '2025-03-01', from: 'CN', to: 'RU', purpose: 'payment', parties: PARTIES.map((name, i) => ({ name: `${name}${i > 5 ? ' LIMITED' : ''}`, role: 'payee' })) } as Transaction,
  { type: 'financial', date: '2025-03-02', from: 'CN', to: 'SG', purpose: 'ORDERED BY FOR EIGN TRADE BANK REF 88412; IFO KORYOCRDEVBK.', parties: [{ name: 'Straits Commodity Pte Ltd' }] } as Transaction,
  { type: 'goods', date: '2025-03-03', from: 'CN', to: 'KP', goods: [{ description: 'diesel', quantity: 10, unit: 'barrels' }] } as Transaction,
  { type: 'financial', date: '2025-03-04', from: 'CN', to: 'RU', purpose: 'payment', parties: [{ name: 'KIM CHOL' }, { name: 'Korea Mining Dev. Trading Corp.' }] } as Transaction,
];

describe('check: a batch decided a party screening at a time', () => {
  it('decides each transaction as deciding it at once does, reasons and all', async () => {
    const stepped = await decideAll(batch, law, context());
    const whole = batch.map((tx, i) => evaluateOne(tx, law, context(), i + 1));
    assert.deepEqual(stepped, whole);
    assert.deepEqual(stepped.map((d) => d.outcome), ['prohibited', 'review', 'review', 'prohibited']);
  });

  it('gives the event loop a turn between the parties of one transaction (a clock on which each step ends its slice)', async () => {
    const { value, turns } = await withSlowClock(() => turnsDuring(() => decideAll([batch[0]!], law, context())));
    assert.equal(value.length, 1);
    // Ten parties, each a step of its own, then the decision.
    assert.ok(turns >= PARTIES.length, `${turns} turns`);
  });

  it('a batch stopped past its budget names the transaction reached, not a step', async () => {
    await withSlowClock(() => assert.rejects(
      decideAll(batch, law, context(), { budget: { workMs: SLICE_MS * 12, over: (i) => new Error(`stopped at transaction ${i + 1}`) } }),
      /stopped at transaction [12]$/,
    ));
  });
});
