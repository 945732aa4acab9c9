// Names of any length: matching costs time linear in the name's length, and a name beyond MAX_NAME_LENGTH
// is refused as bad input naming the field (in screen, in a batch, and through check's party screener).
import assert from 'node:assert/strict';
import { before, describe, it, test } from 'node:test';
import { isInterdictError, type InterdictError } from '../src/errors/index.ts';
import { MAX_DOCUMENT_LENGTH, MAX_DOCUMENTS } from '../src/io/limits.ts';
import { buildIndex, createPartyScreener, MAX_NAME_LENGTH, parseBatchCsv, screenName, validateQuery, type ScreeningIndex } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';
import { scratch } from './support/cli-harness.ts';

let index: ScreeningIndex;
before(() => {
  index = buildIndex(loadUnList());
});

const refusedOnName = (e: unknown): boolean => isInterdictError(e) && e.code === 'SCREEN_BAD_INPUT' && e.location.field === 'name' && e.message.length < 200;

describe('long names', () => {
  it('a 330 KB name is refused, naming the field, without echoing it', () => {
    const name = 'PAK YONG SIK '.repeat(25_400);
    assert.ok(name.length > 330_000);
    assert.throws(() => screenName(index, { name }), refusedOnName);
    assert.throws(() => createPartyScreener(index)({ name }), refusedOnName);
  });

  it('a name at the limit is still screened, however it is made up', () => {
    const padded = `PAK YONG SIK${' '.repeat(MAX_NAME_LENGTH - 12)}`;
    assert.equal(padded.length, MAX_NAME_LENGTH);
    assert.deepEqual(screenName(index, { name: padded }).map((m) => m.ref), ['KPi.063']);
    for (const unit of ['PAK YONG SIK ', 'Kim-Yong-Chol-', 'yongsik', 'Korea Mining Development ']) {
      const name = unit.repeat(Math.ceil(MAX_NAME_LENGTH / unit.length)).slice(0, MAX_NAME_LENGTH);
      // The listed name repeated is the listed name standing whole in the string: held at possible, never a match.
      const found = screenName(index, { name });
      assert.ok(found.every((m) => m.band === 'possible' && (m.ref === 'KPi.063' || m.ref === 'KPi.024' || m.ref === 'KPe.001')), `${unit}: ${JSON.stringify(found.map((m) => [m.ref, m.band]))}`);
    }
  });

  it('a batch row with a long name stops the batch before anything is screened', () => {
    const csv = `id,name\n1,PAK YONG SIK\n2,${'x'.repeat(MAX_NAME_LENGTH + 1)}\n`;
    assert.throws(() => parseBatchCsv(csv, 'names.csv'), (e) => isInterdictError(e) && e.location.field === 'name' && /row 2/.test(String(e.location.record)));
  });

  it('the CLI exits 1 with the field named and prints nothing on stdout', () => {
    const sandbox = scratch('long-name');
    const r = sandbox.cli(['screen', 'PAK YONG SIK '.repeat(8000), '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /name/);
    assert.match(r.stderr, /at most 1,000/);
    assert.ok(r.stderr.length < 2000, 'the name is not echoed');
  });
});

describe('long names in check parties', () => {
  it('the party screener refuses it; check never permits such a party', async () => {
    const { evaluate } = await import('../src/check/index.ts');
    const { loadLaw } = await import('../src/law/index.ts');
    const tx = { type: 'financial' as const, date: '2020-01-01', from: 'AE', to: 'MY', parties: [{ name: 'KOMID '.repeat(20_000) }] };
    const d = evaluate(tx, loadLaw(), { screenParty: createPartyScreener(index) });
    assert.notEqual(d.outcome, 'permitted');
    assert.ok(d.reasons.some((r) => /at most 1,000/.test(r.summary)));
  });
});

test('a query\'s documents are held to the limits every interface applies (the API\'s schema says the same)', () => {
  const docs = (n: number, len = 9) => Array.from({ length: n }, (_x, i) => `P${String(i).padStart(len - 1, '0')}`);
  assert.doesNotThrow(() => validateQuery({ name: 'KIM CHOL', documents: docs(MAX_DOCUMENTS) }));
  assert.throws(() => validateQuery({ name: 'KIM CHOL', documents: docs(MAX_DOCUMENTS + 1) }), (e: InterdictError) => e.location.field === 'documents');
  assert.throws(() => validateQuery({ name: 'KIM CHOL', documents: ['P1', 'X'.repeat(MAX_DOCUMENT_LENGTH + 1)] }), (e: InterdictError) => e.location.field === 'documents.1');
});
