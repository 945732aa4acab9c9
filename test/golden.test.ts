/**
 * Runs every golden case in test/golden/*.json through the engine. Each file is validated against
 * test/golden-case.schema.json when loaded (a malformed case fails, never passes vacuously). A case
 * states the expected outcome and the exact set of (resolution, paragraph, effect) among the reasons
 * — not a subset — the duties as a set, and the fields a review must name; or that the transaction is
 * bad input naming a field. Cases marked `needsScreening` run with the real screener over the bundled
 * list; a case with `ledger` runs with that cap state as the ledger's answer for its date.
 */
import { Ajv } from 'ajv';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { evaluate, parseTransaction, type CapState, type CheckContext, type Decision, type PartyMatch } from '../src/check/index.ts';
import { isInterdictError } from '../src/errors/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { createPartyScreener } from '../src/screening/index.ts';
import { withEventLaw } from '../src/app/event-law.ts';
import { vesselScreener } from '../src/app/vessel-screener.ts';
import { DesignatedVessels, type DesignatedVessel } from '../src/ships/designated-vessels.ts';
import type { ShipEvent } from '../src/ships/event.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';

interface Cited {
  resolution: number;
  paragraph: string;
  effect: string;
}
interface GoldenCase {
  description: string;
  needsScreening?: boolean;
  ledger?: CapState;
  transaction: unknown;
  /** Event cases: an `ais scan` event and the 1718 list it is judged with. */
  event?: ShipEvent;
  vesselList?: DesignatedVessel[];
  expect: {
    basis?: string;
    evidenceOnly?: true;
    outcome?: string;
    reasons?: Cited[];
    obligations?: { kind: string; due: string; resolution: number; paragraph: string }[];
    reviewFields?: string[];
    summaryIncludes?: string[];
    badInput?: { field: string };
  };
}

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, 'golden');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const law = loadLaw();
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(path.join(here, 'golden-case.schema.json'), 'utf8')) as object);

const citedKey = (c: Cited): string => `${c.resolution} ${c.paragraph} ${c.effect}`;
const dutyKey = (o: { kind: string; due: string; resolution: number; paragraph: string }): string => `${o.kind} ${o.due} ${o.resolution} ${o.paragraph}`;

test('golden cases exist', () => {
  assert.ok(files.length > 200, `only ${files.length} golden cases in test/golden`);
});

let screener: CheckContext['screenParty'];
/** The real screener; a match without `listedOn` gets the record's LISTED_ON from the same list, so the
 *  cases about a designation's date run whether or not the screener already reports it. */
function screen(): NonNullable<CheckContext['screenParty']> {
  if (screener) return screener;
  const list = loadUnList();
  const base = createPartyScreener(list);
  const listedOn = new Map(list.records.flatMap((r) => (r.listedOn === undefined ? [] : [[r.ref, r.listedOn] as const])));
  screener = (p) => base(p).map((m: PartyMatch) => {
    const on = m.listedOn ?? listedOn.get(m.ref.trim());
    return on === undefined ? m : { ...m, listedOn: on };
  });
  return screener;
}

for (const file of files) {
  const c = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as GoldenCase;
  test(`golden ${file}: ${c.description}`, () => {
    assert.ok(validate(c), `${file} does not match test/golden-case.schema.json: ${JSON.stringify(validate.errors)}`);
    if (c.event) {
      eventCase(c);
      return;
    }
    // The law cases run with a 1718 vessels list that designates nothing (vessels are screened, none listed).
    const ctx: CheckContext = { screenVessel: () => [] };
    if (c.needsScreening) ctx.screenParty = screen();
    if (c.ledger) {
      const st = c.ledger;
      ctx.capState = (commodity) => (commodity === st.commodity ? st : undefined);
    }
    if (c.expect.badInput) {
      const field = c.expect.badInput.field;
      assert.throws(() => evaluate(parseTransaction(c.transaction, file), law, ctx), (e: unknown) => isInterdictError(e) && e.code === 'CHECK_BAD_INPUT' && e.location.field === field);
      return;
    }
    const tx = parseTransaction(c.transaction, file);
    const d: Decision = evaluate(tx, law, ctx);
    const shown = JSON.stringify(d.reasons.map((r) => `${r.resolution} ${r.paragraph} ${r.effect}${r.field ? ` [${r.field}]` : ''}`));
    assert.equal(d.outcome, c.expect.outcome, `outcome; reasons: ${shown}`);
    assert.deepEqual([...new Set(d.reasons.map(citedKey))].sort(), [...new Set(c.expect.reasons!.map(citedKey))].sort(), `the exact set of (resolution, paragraph, effect); reasons: ${shown}`);
    if (c.expect.obligations) assert.deepEqual([...new Set(d.obligations.map(dutyKey))].sort(), [...new Set(c.expect.obligations.map(dutyKey))].sort(), 'obligations');
    for (const f of c.expect.reviewFields ?? []) {
      assert.ok(d.reasons.some((r) => r.effect === 'requires-review' && r.field === f), `expected a review naming "${f}"; reasons: ${shown}`);
    }
    const text = d.reasons.map((r) => r.summary).join(' ');
    for (const w of c.expect.summaryIncludes ?? []) assert.ok(text.includes(w), `expected the reasons to say "${w}": ${text}`);
    assert.equal(d.lawVersion, law.version);
    assert.equal(d.evaluatedFor, tx.date);
  });
}

/** An event case: the decision its kind shows (or none), judged with the case's 1718 list. */
function eventCase(c: GoldenCase): void {
  const list = new DesignatedVessels(c.vesselList ?? [], 'golden-list');
  const e = withEventLaw({ ...c.event!, reasons: [] }, { law, check: { screenVessel: vesselScreener(list) }, designated: list });
  if (c.expect.evidenceOnly) {
    assert.equal(e.decision, undefined, `an evidence-only event carries no decision: ${JSON.stringify(e.decision)}`);
    assert.equal(e.check, undefined);
    assert.deepEqual(e.reasons, []);
    return;
  }
  const d = e.decision;
  assert.ok(d, 'the event carries a decision');
  const shown = JSON.stringify(d.reasons.map((r) => `${r.resolution} ${r.paragraph} ${r.effect}`));
  assert.equal(d.outcome, c.expect.outcome, `outcome; reasons: ${shown}`);
  if (c.expect.basis) assert.equal(d.basis, c.expect.basis);
  assert.deepEqual([...new Set(d.reasons.map(citedKey))].sort(), [...new Set(c.expect.reasons!.map(citedKey))].sort(), `the exact set of (resolution, paragraph, effect); reasons: ${shown}`);
  assert.deepEqual(e.reasons, d.reasons, 'reasons mirror the decision (CONTRACT §5)');
  assert.equal(e.check?.outcome, d.outcome);
  const text = d.reasons.map((r) => r.summary).join(' ');
  for (const w of c.expect.summaryIncludes ?? []) assert.ok(text.includes(w), `expected the reasons to say "${w}": ${text}`);
  assert.equal(d.evaluatedFor, c.event!.start.slice(0, 10));
}
