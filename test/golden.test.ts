/**
 * Runs every golden case in test/golden/*.json through the engine. A case states the expected
 * outcome, the citations that must (and must not) appear, the duties as a set, and the fields a
 * review must name. Cases marked `needsScreening` run with the real screener when src/screening
 * exports `createPartyScreener` (over the bundled list), and are skipped with a message until then.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { evaluate, parseTransaction, type CheckContext, type Decision, type PartyScreener } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';

interface Citation {
  resolution: number;
  paragraph: string;
}
interface GoldenCase {
  description: string;
  needsScreening?: boolean;
  transaction: unknown;
  expect: {
    outcome: string;
    citations?: Citation[];
    obligations?: { kind: string; due: string; resolution: number; paragraph: string }[];
    reviewFields?: string[];
    notCitations?: Citation[];
  };
}

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, 'golden');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
const law = loadLaw();

/** The real screener over the bundled UN list, when the screening area exports one. */
async function findScreener(): Promise<PartyScreener | undefined> {
  const src = path.join(here, '..', 'src', 'screening');
  if (!existsSync(path.join(src, 'index.ts')) || !existsSync(path.join(src, 'un-list', 'index.ts'))) return undefined;
  const screening = (await import(pathToFileURL(path.join(src, 'index.ts')).href)) as { createPartyScreener?: (list: unknown) => PartyScreener };
  const lists = (await import(pathToFileURL(path.join(src, 'un-list', 'index.ts')).href)) as { loadUnList?: () => unknown };
  if (typeof screening.createPartyScreener !== 'function' || typeof lists.loadUnList !== 'function') return undefined;
  return screening.createPartyScreener(lists.loadUnList());
}

/** "8" matches "8(a)" (the prefix before "("); "8(d)" must match "8(d)" exactly. */
function cites(d: Decision, c: Citation): boolean {
  return d.reasons.some((r) => r.resolution === c.resolution && (r.paragraph === c.paragraph || (!c.paragraph.includes('(') && r.paragraph.split('(')[0] === c.paragraph)));
}

const key = (o: { kind: string; due: string; resolution: number; paragraph: string }) => `${o.kind} ${o.due} ${o.resolution} ${o.paragraph}`;

test('golden cases exist', () => {
  assert.ok(files.length > 0, 'no golden cases found in test/golden');
});

const screener = await findScreener();

for (const file of files) {
  const c = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as GoldenCase;
  const skip = c.needsScreening && !screener ? 'needs the party screener: src/screening does not export createPartyScreener and loadUnList yet' : false;
  test(`golden ${file}: ${c.description}`, { skip }, () => {
    const tx = parseTransaction(c.transaction, file);
    // The law cases run with a 1718 vessels list that designates nothing (vessels are screened, none listed).
    const ctx: CheckContext = c.needsScreening && screener ? { screenParty: screener, screenVessel: () => [] } : { screenVessel: () => [] };
    const d = evaluate(tx, law, ctx);
    const shown = JSON.stringify(d.reasons.map((r) => `${r.resolution} ${r.paragraph} ${r.effect}${r.field ? ` [${r.field}]` : ''}`));
    assert.equal(d.outcome, c.expect.outcome, `outcome; reasons: ${shown}`);
    for (const cit of c.expect.citations ?? []) assert.ok(cites(d, cit), `expected a reason citing ${cit.resolution} para ${cit.paragraph}; reasons: ${shown}`);
    for (const cit of c.expect.notCitations ?? []) assert.ok(!cites(d, cit), `expected no reason citing ${cit.resolution} para ${cit.paragraph}; reasons: ${shown}`);
    if (c.expect.obligations) {
      assert.deepEqual([...new Set(d.obligations.map(key))].sort(), [...new Set(c.expect.obligations.map(key))].sort(), 'obligations');
    }
    for (const f of c.expect.reviewFields ?? []) {
      assert.ok(d.reasons.some((r) => r.effect === 'requires-review' && r.field === f), `expected a review naming "${f}"; reasons: ${shown}`);
    }
    assert.equal(d.lawVersion, law.version);
    assert.equal(d.evaluatedFor, tx.date);
  });
}
