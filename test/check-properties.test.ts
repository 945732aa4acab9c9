/**
 * Properties of the check engine over generated transactions (fast-check, fixed seed so runs repeat):
 * it is deterministic; a Committee approval never makes an outcome stricter; removing a decisive
 * field never turns a non-permitted outcome into `permitted` (fail closed).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { evaluate, type Outcome, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';

const law = loadLaw();
const RANK: Record<Outcome, number> = { permitted: 0, conditional: 1, review: 2, prohibited: 3 };
const SEED = 20171211;

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const date = fc.date({ min: new Date('2005-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const country = fc.constantFrom('KP', 'CN', 'RU', 'US', 'AE');
const hs = fc.constantFrom('6203.42', '62', '2709', '2709.00', '2710', '2710.19', '2711.11', '2701', '0302', '8703', '8710', '9302', '9301.90', '7113', '8471.30', '1006', '8903', '2601', '7801');
const product = fc.constantFrom('crude-oil', 'condensate', 'refined-petroleum', 'aviation-fuel', 'textiles', 'coal', 'arms', 'luxury-goods', 'seafood', 'vessel', 'other');
const description = fc.constantFrom('crude oil', 'gas condensate', 'diesel', 'jet fuel', 'cotton trousers', 'widgets', 'main battle tanks', 'frozen fish');
const goodsLine = fc.record({ hs: opt(hs), product: opt(product), description: opt(description), quantity: opt(fc.integer({ min: 0, max: 600_000 })), unit: opt(fc.constantFrom('bbl', 't')) }, { requiredKeys: [] });
const measureIds = law.measures.map((m) => m.id);

const transaction: fc.Arbitrary<Transaction> = fc.record(
  {
    type: fc.constantFrom('goods', 'goods', 'goods', 'work-authorization', 'joint-venture', 'vessel-transfer', 'financial'),
    date,
    from: opt(country),
    to: opt(country),
    goods: opt(fc.array(goodsLine, { minLength: 1, maxLength: 3 })),
    contract: opt(fc.record({ finalized: opt(date) }, { requiredKeys: [] })),
    worker: opt(fc.record({ nationality: opt(country) }, { requiredKeys: [] })),
    jointVenture: opt(fc.record({ established: opt(date), project: opt(fc.constantFrom('rajin-khasan', 'china-dprk-hydroelectric', 'other')) }, { requiredKeys: [] })),
    vessels: opt(fc.array(fc.record({ flag: opt(country) }, { requiredKeys: [] }), { minLength: 1, maxLength: 2 })),
    purpose: opt(fc.constantFrom('livelihood', 'humanitarian', 'trade-finance', 'civil-aviation-return-flight', 'civil-aircraft-spare-parts')),
  },
  { requiredKeys: ['type', 'date'] },
  // A DPRK-to-DPRK movement is neither a supply to nor a procurement from the DPRK.
).filter((t) => t.from === undefined || t.from !== t.to) as fc.Arbitrary<Transaction>;

/** Strip keys whose value is undefined, so the generated objects look like parsed input. */
function clean<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Every way of removing one decisive field from a transaction. */
function removals(tx: Transaction): Transaction[] {
  const out: Transaction[] = [];
  const without = (f: (t: Transaction) => void) => {
    const t = clean(tx);
    f(t);
    out.push(t);
  };
  if (tx.from !== undefined) without((t) => delete t.from);
  if (tx.to !== undefined) without((t) => delete t.to);
  if (tx.contract !== undefined) without((t) => delete t.contract);
  if (tx.contract?.finalized !== undefined) without((t) => delete t.contract!.finalized);
  if (tx.worker?.nationality !== undefined) without((t) => delete t.worker!.nationality);
  if (tx.jointVenture?.established !== undefined) without((t) => delete t.jointVenture!.established);
  // A flag left unknown may be the DPRK's, so removing one must not pass what it did not. Where from/to do not
  // name the DPRK, a DPRK flag is itself the evidence of a DPRK link (goods carried "using its flag vessels")
  // that makes the answer review: taking it away leaves an act between two other countries, not an unknown.
  const linkOnly = tx.from !== 'KP' && tx.to !== 'KP';
  (tx.vessels ?? []).forEach((v, i) => v.flag !== undefined && !(v.flag === 'KP' && linkOnly) && without((t) => delete t.vessels![i]!.flag));
  // A goods line is identified by its HS code or product kind (the description only when both are
  // missing). Removing the one that identifies it leaves the goods unknown; removing one of two
  // identifiers leaves the other deciding, which may rightly clear the line (hs 6203 + product arms).
  (tx.goods ?? []).forEach((g, i) => {
    if (g.hs !== undefined && g.product === undefined) without((t) => delete t.goods![i]!.hs);
    // (With a description left, removing the product lets the description identify other goods.)
    if (g.product !== undefined && g.hs === undefined && g.description === undefined) without((t) => delete t.goods![i]!.product);
    if (g.description !== undefined && g.hs === undefined && g.product === undefined) without((t) => delete t.goods![i]!.description);
    // Beside an HS code a description is also evidence (one naming other banned goods is review), so taking
    // it away is checked against a description that names nothing (the next test).
    if (g.description !== undefined && g.product === undefined && g.hs !== undefined) return;
    if (g.description !== undefined && g.product === undefined) without((t) => delete t.goods![i]!.description);
  });
  return out;
}

test('evaluate is deterministic', () => {
  fc.assert(
    fc.property(transaction, (raw) => {
      const tx = clean(raw);
      assert.deepEqual(evaluate(tx, law), evaluate(clean(tx), law));
    }),
    { seed: SEED, numRuns: 500 },
  );
});

test('adding a Committee approval never makes an outcome prohibited, nor stricter than review, nor permitted', () => {
  fc.assert(
    fc.property(transaction, fc.constantFrom(...measureIds), (raw, measure) => {
      const tx = clean(raw);
      const before = evaluate(tx, law).outcome;
      const after = evaluate({ ...tx, approvals: [...(tx.approvals ?? []), { measure, reference: 'test' }] }, law).outcome;
      // An approval that cannot apply is reported for a person to check (review), never silently dropped.
      assert.ok(RANK[after] <= Math.max(RANK[before], RANK.review), `${before} -> ${after} with approval ${measure}: ${JSON.stringify(tx)}`);
      // An approval is a claim the engine cannot verify: it never turns an outcome into permitted.
      assert.ok(after !== 'permitted' || before === 'permitted', `${before} -> permitted with approval ${measure}: ${JSON.stringify(tx)}`);
    }),
    { seed: SEED, numRuns: 1000 },
  );
});

test('beside an HS code, no description is never more lenient than one that names nothing', () => {
  fc.assert(
    fc.property(transaction, (raw) => {
      const tx = clean(raw);
      (tx.goods ?? []).forEach((g, i) => {
        if (g.hs === undefined || g.description === undefined || g.product !== undefined) return;
        const none = clean(tx);
        delete none.goods![i]!.description;
        const bland = clean(tx);
        bland.goods![i]!.description = 'widgets';
        const [a, b] = [evaluate(none, law).outcome, evaluate(bland, law).outcome];
        assert.ok(RANK[a] >= RANK[b], `no description: ${a}, "widgets": ${b}: ${JSON.stringify(tx)}`);
      });
    }),
    { seed: SEED, numRuns: 1500 },
  );
});

test('removing a decisive field never yields permitted where it was not before', () => {
  fc.assert(
    fc.property(transaction, (raw) => {
      const tx = clean(raw);
      const before = evaluate(tx, law).outcome;
      if (before === 'permitted') return;
      for (const t of removals(tx)) {
        const after = evaluate(t, law).outcome;
        assert.notEqual(after, 'permitted', `${before} -> permitted after removing a field: ${JSON.stringify(tx)} => ${JSON.stringify(t)}`);
      }
    }),
    { seed: SEED, numRuns: 1500 },
  );
});
