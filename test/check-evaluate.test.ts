import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate, type CapState, type CheckContext, type Decision, type Transaction } from '../src/check/index.ts';
import { isInterdictError } from '../src/errors/index.ts';
import { loadLaw } from '../src/law/index.ts';

const law = loadLaw();
const diesel: Transaction = { id: 'd', type: 'goods', date: '2018-03-01', from: 'CN', to: 'KP', goods: [{ hs: '2710.19', description: 'diesel', quantity: 1000, unit: 'bbl' }], purpose: 'livelihood' };

function state(over: Partial<CapState>): CapState {
  return {
    commodity: 'refined-petroleum', periodStart: '2018-01-01', periodEnd: '2018-12-31', measure: 'unscr-2397-5', capBarrels: 500_000,
    totalBarrels: 100_000, totalTonnes: 0, percent: 20, remainingBarrels: 400_000, thresholdsIssued: [], ceaseIssued: false, ...over,
  };
}
const cites = (d: Decision, res: number, para: string) => d.reasons.some((r) => r.resolution === res && r.paragraph === para);

test('refined petroleum without a ledger: conditional, says the ledger was not consulted, notify within 30 days', () => {
  const d = evaluate(diesel, law);
  assert.equal(d.outcome, 'conditional');
  assert.ok(cites(d, 2397, '5'));
  assert.match(d.reasons[0]!.summary, /ledger was not consulted/);
  assert.deepEqual(d.obligations.map((o) => [o.kind, o.due]), [['notify-committee', '2018-03-31']]);
  assert.equal(d.lawVersion, law.version);
  assert.equal(d.evaluatedFor, '2018-03-01');
});

test('refined petroleum with a ledger: remaining cap while open; prohibited once cease is issued or the cap would be exceeded', () => {
  const open: CheckContext = { capState: () => state({}) };
  const d1 = evaluate(diesel, law, open);
  assert.equal(d1.outcome, 'conditional');
  assert.match(d1.reasons[0]!.summary, /400,000 bbl/);
  const d2 = evaluate(diesel, law, { capState: () => state({ ceaseIssued: true, percent: 96, remainingBarrels: 20_000 }) });
  assert.equal(d2.outcome, 'prohibited');
  assert.ok(cites(d2, 2397, '5'));
  const d3 = evaluate(diesel, law, { capState: () => state({ remainingBarrels: 500 }) });
  assert.equal(d3.outcome, 'prohibited');
  const d4 = evaluate(diesel, law, { capState: () => undefined });
  assert.equal(d4.outcome, 'conditional');
  assert.match(d4.reasons[0]!.summary, /500,000 bbl/);
});

test('a measure that throws while evaluated makes the decision review, never permitted', () => {
  const d = evaluate(diesel, law, { capState: () => { throw new Error('database is locked'); } });
  assert.equal(d.outcome, 'review');
  assert.match(d.reasons[0]!.summary, /could not be evaluated.*database is locked/);
});

test('parties: a DPRK match is prohibited under 1718 8(d); another regime\'s record under that regime\'s freeze; one not known, a possible match or a failing screener ask for review', () => {
  const tx: Transaction = { type: 'financial', date: '2020-01-01', from: 'AE', to: 'MY', parties: [{ name: 'PAK YONG SIK' }] };
  const hit = evaluate(tx, law, { screenParty: () => [{ ref: 'KPi.063', name: 'PAK YONG SIK', score: 0.99, regime: 'DPRK', algorithm: 'test', listVersion: 'x' }] });
  assert.equal(hit.outcome, 'prohibited');
  assert.ok(cites(hit, 1718, '8(d)'));
  const other = evaluate(tx, law, { screenParty: () => [{ ref: 'QDi.001', name: 'X', score: 0.9, regime: 'Al-Qaida', algorithm: 'test', listVersion: 'x' }] });
  assert.equal(other.outcome, 'prohibited');
  assert.ok(cites(other, 2368, '1(a)') && !cites(other, 1718, '8(d)'));
  assert.match(other.reasons[0]!.summary, /outside the DPRK regime/);
  assert.equal(other.reasons[0]!.regime, 'Al-Qaida');
  const unknown = evaluate(tx, law, { screenParty: () => [{ ref: 'XXi.001', name: 'X', score: 0.9, regime: 'Atlantis', algorithm: 'test', listVersion: 'x' }] });
  assert.equal(unknown.outcome, 'review');
  assert.match(unknown.reasons[0]!.summary, /"Atlantis" regime/);
  const possible = evaluate(tx, law, { screenParty: () => [{ ref: 'KPi.063', name: 'PAK YONG SIK', score: 0.7, band: 'possible', shortfall: 'name 0.70', regime: 'DPRK', algorithm: 'test', listVersion: 'x' }] });
  assert.equal(possible.outcome, 'review');
  assert.ok(cites(possible, 1718, '8(d)'));
  assert.equal(possible.reasons[0]!.band, 'possible');
  assert.equal(evaluate(tx, law, { screenParty: () => [] }).outcome, 'permitted');
  const broken = evaluate(tx, law, { screenParty: () => { throw new Error('list missing'); } });
  assert.equal(broken.outcome, 'review');
  const none = evaluate(tx, law);
  assert.equal(none.outcome, 'review');
  assert.equal(none.reasons[0]!.field, 'parties');
});

test('fail closed on missing direction, vessel flag and worker nationality', () => {
  const noFrom = evaluate({ type: 'goods', date: '2018-01-05', to: 'CN', goods: [{ hs: '6203.42' }] }, law);
  assert.equal(noFrom.outcome, 'review');
  assert.ok(noFrom.reasons.some((r) => r.field === 'from' && r.resolution === 2375 && r.paragraph === '16'));
  const flagless = evaluate({ type: 'vessel-transfer', date: '2018-01-05', vessels: [{ name: 'X' }] }, law);
  assert.equal(flagless.outcome, 'review');
  assert.equal(flagless.reasons[0]!.field, 'vessels[0].flag');
  const worker = evaluate({ type: 'work-authorization', date: '2018-01-05', worker: {} }, law);
  assert.equal(worker.outcome, 'review');
  assert.ok(worker.reasons.every((r) => r.field === 'worker.nationality'));
  const unknownGoods = evaluate({ type: 'goods', date: '2018-01-05', from: 'KP', to: 'CN', goods: [{ description: 'assorted' }] }, law);
  assert.equal(unknownGoods.outcome, 'review');
  assert.equal(unknownGoods.reasons[0]!.field, 'goods[0].hs');
});

test('HS 2709 is decided by product or description, else review naming goods[i].product', () => {
  const base = { type: 'goods' as const, date: '2018-02-01', from: 'RU', to: 'KP' };
  assert.equal(evaluate({ ...base, goods: [{ hs: '2709.00', description: 'gas condensate' }] }, law).outcome, 'prohibited');
  assert.equal(evaluate({ ...base, goods: [{ hs: '2709.00', product: 'crude-oil', quantity: 1000, unit: 'bbl' }] }, law).outcome, 'conditional');
  const amb = evaluate({ ...base, goods: [{ hs: '2709.00' }] }, law);
  assert.equal(amb.outcome, 'review');
  assert.ok(amb.reasons.every((r) => r.field === 'goods[0].product'));
  const crude = evaluate({ ...base, goods: [{ hs: '2709', description: 'Crude petroleum oil', quantity: 1000, unit: 'bbl' }] }, law);
  // 2397 para 4: reports every 90 days from adoption (22 Mar 2018, 20 Jun 2018, ...): the next one after the delivery.
  assert.deepEqual(crude.obligations.map((o) => [o.due, o.resolution, o.paragraph]), [['2018-03-22', 2397, '4']]);
  const later = evaluate({ ...base, date: '2018-03-22', goods: [{ hs: '2709', description: 'Crude petroleum oil', quantity: 1000, unit: 'bbl' }] }, law);
  assert.deepEqual(later.obligations.map((o) => o.due), ['2018-06-20']);
});

test('an approval covers the measure id and its dash-suffixed children only', () => {
  const tx: Transaction = { type: 'goods', date: '2007-01-01', from: 'FR', to: 'KP', goods: [{ hs: '7113.19' }] };
  assert.equal(evaluate(tx, law).outcome, 'prohibited');
  const jv: Transaction = { type: 'joint-venture', date: '2018-06-01', from: 'CN', to: 'KP', jointVenture: { established: '2018-02-01' } };
  // "unscr-2375-1" is no measure and no paragraph: bad input naming the field, not a silent miss.
  assert.throws(() => evaluate({ ...jv, approvals: [{ measure: 'unscr-2375-1', reference: 'r' }] }, law), (e: unknown) => isInterdictError(e) && e.code === 'CHECK_BAD_INPUT' && e.location.field === 'approvals[0].measure');
  assert.throws(() => evaluate({ ...jv, approvals: [{ measure: 'unscr', reference: 'r' }] }, law), (e: unknown) => isInterdictError(e) && e.location.field === 'approvals[0].measure');
  assert.throws(() => evaluate({ ...jv, approvals: [{ measure: 'unscr-2375', reference: 'r' }] }, law), (e: unknown) => isInterdictError(e) && e.location.field === 'approvals[0].measure');
  assert.equal(evaluate({ ...jv, approvals: [{ measure: 'unscr-2375-17', reference: 'r' }] }, law).outcome, 'prohibited', 'an approval for para 17 does not lift para 18');
  const d = evaluate({ ...jv, approvals: [{ measure: 'unscr-2375-18', reference: 'r' }, { measure: 'unscr-2371-12', reference: 'r' }] }, law);
  assert.equal(d.outcome, 'conditional', 'both lifted, each on its unverified approval');
});

test('a claimed Committee approval is conditional on its being real and in advance, never permitted; dated after the act it is refused', () => {
  const parts: Transaction = { id: 'a', type: 'goods', date: '2018-03-01', from: 'CN', to: 'KP', goods: [{ hs: '8481.80', description: 'valves' }] };
  assert.equal(evaluate(parts, law).outcome, 'prohibited');
  // Any string, no date: what the engine cannot check is said, naming the reference and the missing date.
  const bare = evaluate({ ...parts, approvals: [{ measure: 'unscr-2397-7', reference: 'X' }] }, law);
  assert.equal(bare.outcome, 'conditional');
  assert.deepEqual(bare.reasons.map((r) => [r.resolution, r.paragraph, r.effect, r.reference]), [[2397, '7', 'conditions', 'X']]);
  assert.match(bare.reasons[0]!.summary, /Conditional on Committee approval "X", which the engine cannot verify: it must exist under that reference, cover this transaction, and have been given before the transaction \(2018-03-01\); the record gives no date \(approvals\[0\]\.date\)/);
  assert.deepEqual(bare.obligations, []);
  // Dated on or before the act: still conditional, saying the date it rests on.
  for (const date of ['2018-02-01', '2018-03-01']) {
    const dated = evaluate({ ...parts, approvals: [{ measure: 'unscr-2397-7', reference: '1718C/2018/7', date }] }, law);
    assert.equal(dated.outcome, 'conditional', date);
    assert.match(dated.reasons[0]!.summary, new RegExp(`given on ${date} as the record says, not after the transaction`), date);
  }
  // Dated after the act: not in advance, so the ban applies and the refused approval is said beside it.
  const late = evaluate({ ...parts, approvals: [{ measure: 'unscr-2397-7', reference: 'X', date: '2018-04-01' }] }, law);
  assert.equal(late.outcome, 'prohibited');
  assert.ok(late.reasons.some((r) => r.effect === 'requires-review' && r.field === 'approvals[0].date' && r.reference === 'X'));
  // Under the Committee's general power (a measure with no approval clause): both reasons conditional.
  const seafood: Transaction = { type: 'goods', date: '2018-03-01', from: 'KP', to: 'CN', goods: [{ hs: '0303.89', description: 'frozen fish' }], approvals: [{ measure: 'unscr-2371-9', reference: 'S-1' }] };
  const general = evaluate(seafood, law);
  assert.equal(general.outcome, 'conditional');
  assert.ok(general.reasons.every((r) => r.effect === 'conditions' && r.reference === 'S-1'), JSON.stringify(general.reasons));
  // A humanitarian exemption by the Committee (2321 para 46, before the general power) is an approval too.
  const copper: Transaction = { type: 'goods', date: '2017-08-04', from: 'KP', to: 'CN', goods: [{ hs: '7403.11', description: 'refined copper cathodes' }], purpose: 'humanitarian', approvals: [{ measure: 'unscr-2321-28', reference: 'H-1' }] };
  assert.equal(evaluate(copper, law).outcome, 'conditional');
  // A clause that itself carries conditions keeps them and its duties (crude oil for livelihood, 2375 para 15).
  const crude: Transaction = { type: 'goods', date: '2017-10-01', from: 'CN', to: 'KP', goods: [{ hs: '2709.00', product: 'crude-oil', quantity: 1000, unit: 't' }], purpose: 'livelihood', approvals: [{ measure: 'unscr-2375-15', reference: 'C-1' }] };
  const oil = evaluate(crude, law);
  assert.equal(oil.outcome, 'conditional');
  assert.ok(oil.reasons.some((r) => r.resolution === 2375 && r.paragraph === '15' && r.effect === 'conditions' && r.reference === 'C-1'));
  // The humanitarian purpose of bunkering is the record's word: conditional on it, never permitted (hostile new user);
  // with an approval beside it, conditional on the approval.
  const bunkering: Transaction = { type: 'service', service: { kind: 'bunkering' }, date: '2018-03-01', from: 'CN', to: 'KP', vessels: [{ flag: 'KP' }], purpose: 'humanitarian' };
  const claimed = evaluate(bunkering, law);
  assert.equal(claimed.outcome, 'conditional');
  assert.ok(claimed.reasons.some((r) => r.measure === 'unscr-1874-17' && r.effect === 'conditions' && /humanitarian purposes/.test(r.summary)), JSON.stringify(claimed.reasons));
  const approved = evaluate({ ...bunkering, approvals: [{ measure: 'unscr-1874-17', reference: 'H-2' }] }, law);
  assert.equal(approved.outcome, 'conditional');
  assert.ok(approved.reasons.some((r) => r.measure === 'unscr-1874-17' && r.effect === 'conditions' && r.reference === 'H-2'));
});

test('an evaluation error with no measure at hand is an errors[] entry and review, with no invented citation', async () => {
  const { NdjsonDecisionWriter } = await import('../src/check/index.ts');
  // A type the parser would refuse, handed straight to evaluate: nothing in the law reaches it.
  const d = evaluate({ id: 'e', type: 'bogus' as Transaction['type'], date: '2018-01-01' }, law);
  assert.equal(d.outcome, 'review');
  assert.equal(d.reasons.length, 0, 'no reason citing a paragraph that no measure gave');
  assert.equal(d.errors?.length, 1);
  assert.match(d.errors![0]!.message, /\S/);
  const chunks: Buffer[] = [];
  const w = new NdjsonDecisionWriter((b) => (chunks.push(Buffer.from(b)), 'copied'));
  w.add(d);
  w.flush();
  assert.equal(Buffer.concat(chunks).toString(), `${JSON.stringify(d)}\n`);
  // With a measure at hand (the ledger failing), the error names it and the measure's reason says so.
  const m = evaluate(diesel, law, { capState: () => { throw new Error('database is locked'); } });
  assert.equal(m.outcome, 'review');
  assert.deepEqual(m.errors, [{ message: 'database is locked', measure: 'unscr-2397-5' }]);
  assert.equal(evaluate(diesel, law).errors, undefined, 'no errors key when nothing went wrong');
});

test('a designation binds from its listing day: a match listed after the transaction is review, not 1718 8(d); before, the reason says the day', () => {
  const tx: Transaction = { type: 'financial', date: '2017-09-10', from: 'CN', to: 'CN', parties: [{ name: 'PAK YONG SIK' }] };
  const match = { ref: 'KPi.063', name: 'PAK YONG SIK', score: 0.99, regime: 'DPRK', algorithm: 'test', listVersion: 'x', listedOn: '2017-09-11' };
  const before = evaluate(tx, law, { screenParty: () => [match] });
  assert.equal(before.outcome, 'review');
  assert.equal(before.reasons[0]!.effect, 'requires-review');
  assert.equal(before.reasons[0]!.listedOn, '2017-09-11');
  assert.match(before.reasons[0]!.summary, /later, on 2017-09-11.*did not reach it on 2017-09-10/);
  const on = evaluate({ ...tx, date: '2017-09-11' }, law, { screenParty: () => [match] });
  assert.equal(on.outcome, 'prohibited');
  assert.match(on.reasons[0]!.summary, /listed on 2017-09-11/);
  // Without a listing date (an older screener), a DPRK match still prohibits: fail closed.
  const { listedOn: _omit, ...undated } = match;
  assert.equal(evaluate(tx, law, { screenParty: () => [undated] }).outcome, 'prohibited');
});

test('a screening reason carries the matcher\'s algorithm, list version, matched entry and score as fields', () => {
  const tx: Transaction = { type: 'financial', date: '2020-01-01', from: 'AE', to: 'MY', parties: [{ name: 'PAK YONG SIK' }] };
  const d = evaluate(tx, law, { screenParty: () => [{ ref: 'KPi.063 ', name: 'PAK YONG SIK', score: 0.99, regime: 'DPRK', algorithm: 'kr-romanization-v2', listVersion: '2026-01-28' }] });
  const r = d.reasons.find((x) => x.resolution === 1718)!;
  assert.equal(r.algorithm, 'kr-romanization-v2');
  assert.equal(r.listVersion, '2026-01-28');
  assert.equal(r.matchedRef, 'KPi.063');
  assert.equal(r.score, 0.99);
  assert.equal(r.field, 'parties[0]');
});

test('goods rules apply on every transaction type; the type only adds its own rules', () => {
  const coal = { hs: '2701.12', description: 'anthracite' };
  const d = evaluate({ type: 'vessel-transfer', date: '2018-03-01', from: 'KP', to: 'CN', vessels: [{ flag: 'PA' }, { flag: 'TG' }], goods: [coal] }, law);
  assert.equal(d.outcome, 'prohibited');
  assert.ok(cites(d, 2371, '8'));
  const fin = evaluate({ type: 'financial', date: '2018-03-01', from: 'KP', to: 'CN', purpose: 'payment', goods: [coal] }, law);
  assert.equal(fin.outcome, 'prohibited', 'a payment for DPRK coal carries the coal');
});

test('a cap is a cap per transaction: lines of one commodity are summed, and the ledger remainder applies to the sum', () => {
  const two: Transaction = { type: 'goods', date: '2018-03-01', from: 'CN', to: 'KP', purpose: 'livelihood', goods: [
    { hs: '2710.19', description: 'diesel', quantity: 300, unit: 'bbl' }, { hs: '2710.12', description: 'gasoline', quantity: 300, unit: 'bbl' }] };
  const d = evaluate(two, law, { capState: () => state({ remainingBarrels: 500 }) });
  assert.equal(d.outcome, 'prohibited', '600 bbl in all is more than the 500 bbl left, though each line fits');
  assert.match(d.reasons[0]!.summary, /600 bbl/);
  const ok = evaluate(two, law, { capState: () => state({ remainingBarrels: 700 }) });
  assert.equal(ok.outcome, 'conditional');
  assert.equal(ok.reasons.length, 1, 'the condition is stated once');
  assert.equal(ok.obligations.length, 1);
});
