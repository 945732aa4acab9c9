// Security review 17, R17-23: a delivery's vessel is screened against the 1718 Designated Vessels List imported in
// the database, as its parties are against the UN list; a hit is stored and listed for review in the notification.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { projectRoot } from './support/cli-harness.ts';
import { ledgerScratch, runLedger, type LedgerRun } from './support/ledger-cli.ts';

const { dir, db } = ledgerScratch('ledger-vessel-');
const entry = ['--import', 'tsx', path.join(projectRoot, 'cli', 'main.ts')];
const cli = (...args: string[]): Promise<LedgerRun> => runLedger(entry, [...args, '--db', db]);
const rec = (ref: string, vessel: string) =>
  cli('record', '--commodity', 'refined-petroleum', '--format', 'json', '--state', 'CN', '--date', '2018-03-03', '--reported', '2018-03-05', '--barrels', '10', '--ref', ref, '--vessel', vessel);

const list = path.join(dir, 'vessels.csv');
writeFileSync(list, readFileSync(path.join(projectRoot, 'examples', '1718-vessels-sample.csv'), 'utf8'));
execFileSync(process.execPath, [...entry, 'vessels', 'import', list, '--db', db], { cwd: projectRoot, env: { ...process.env, INTERDICT_DATABASE_URL: '' } });

test('a designated vessel on a delivery is screened, stored and listed for review (R17-23)', async () => {
  const cases: [string, string, 'match' | 'possible' | 'clear'][] = [
    ['r17-y', 'PETREL 8', 'match'],
    ['r17-ex', 'SEA STAR (EX-PETREL 8)', 'match'],
    ['r17-imo', 'SEA STAR IMO 9562233', 'match'],
    ['r17-clean', 'OCEAN GRACE', 'clear'],
  ];
  for (const [ref, vessel, want] of cases) {
    const r = await rec(ref, vessel);
    assert.equal(r.code === 0 || r.code === 3, true, r.stderr);
    const screening = JSON.parse(r.stdout).record.screening as { name: string; result: string; of?: string; matches: { ref: string }[] }[];
    const v = screening.find((s) => s.of === 'vessel');
    assert.equal(v?.result, want, vessel);
    if (want === 'match') assert.equal(v!.matches[0]!.ref, 'IMO 9562233');
  }
  const n = JSON.parse((await cli('report', 'notification', '--state', 'cn', '--from', '2018-03-01', '--to', '2018-03-31', '--format', 'json')).stdout);
  const flagged = (n.review as string[]).filter((line) => /vessel/.test(line));
  assert.deepEqual(flagged.map((l) => l.split(' ')[0]).sort(), ['r17-ex', 'r17-imo', 'r17-y']);
  const y = n.deliveries.find((d: { ref: string }) => d.ref === 'r17-y');
  assert.equal(y.vesselScreening.result, 'match');
  assert.deepEqual(y.parties, [], 'the vessel is not a party');
});

test('ledger import screens each row\'s vessel too (R17-23)', async () => {
  const csv = path.join(dir, 'rows.csv');
  writeFileSync(csv, 'state,commodity,date,barrels,tonnes,ref,reported,vessel\nCN,refined-petroleum,2018-03-10,5,,r17-import,2018-03-11,PETREL 8\n');
  const r = await cli('import', csv, '--format', 'json');
  assert.equal(r.code === 0 || r.code === 3, true, r.stderr);
  const n = JSON.parse((await cli('report', 'notification', '--state', 'cn', '--from', '2018-03-10', '--to', '2018-03-10', '--format', 'json')).stdout);
  assert.equal(n.deliveries[0].vesselScreening.result, 'match');
  assert.ok((n.review as string[]).some((l) => l.startsWith('r17-import') && /PETREL 8/.test(l)));
});

test('a designated vessel\'s name among more words is possible, as check reviews it (review 18, R18-8)', async () => {
  for (const [ref, vessel] of [['r18-new', 'NEW PETREL 8'], ['r18-star', 'PETREL 8 STAR'], ['r18-th', 'PETREL 8TH']] as const) {
    const r = await rec(ref, vessel);
    assert.equal(r.code === 0 || r.code === 3, true, r.stderr);
    const v = (JSON.parse(r.stdout).record.screening as { result: string; of?: string; matches: { ref: string }[] }[]).find((s) => s.of === 'vessel');
    assert.equal(v?.result, 'possible', vessel);
    assert.equal(v!.matches[0]!.ref, 'IMO 9562233', vessel);
  }
  const clean = JSON.parse((await rec('r18-clean', 'SEA STAR LINE')).stdout).record.screening as { result: string; of?: string }[];
  assert.equal(clean.find((s) => s.of === 'vessel')?.result, 'clear', 'common ship-name words alone hold no listed name');
});

// Review 18: a vessel recorded in a database with no vessels list imported was stored unscreened in
// silence (`vesselScreening: null`) and not listed for review. Now it is `unscreened`, with the reason.
test('no vessels list imported: the vessel is unscreened and listed for review, by record and import', async () => {
  const bare = ledgerScratch('ledger-vessel-bare-');
  const run = (...args: string[]): Promise<LedgerRun> => runLedger(entry, [...args, '--db', bare.db]);
  const r = await run('record', '--commodity', 'refined-petroleum', '--format', 'json', '--state', 'CN', '--date', '2018-03-03', '--reported', '2018-03-05', '--barrels', '10', '--ref', 'bare-1', '--vessel', 'PETREL 8');
  assert.equal(r.code === 0 || r.code === 3, true, r.stderr);
  const out = JSON.parse(r.stdout);
  const v = (out.record.screening as { result: string; of?: string; reason?: string }[]).find((s) => s.of === 'vessel');
  assert.equal(v?.result, 'unscreened');
  assert.equal(v?.reason, 'no designated-vessels list imported');
  assert.match(out.review[0], /vessel "PETREL 8" was not screened/);
  const human = await run('record', '--commodity', 'refined-petroleum', '--format', 'human', '--state', 'CN', '--date', '2018-03-04', '--reported', '2018-03-05', '--barrels', '10', '--ref', 'bare-2', '--vessel', 'OCEAN GRACE');
  assert.match(human.stdout, /REVIEW: vessel "OCEAN GRACE" was not screened against the 1718 Designated Vessels List when recorded \(no designated-vessels list imported\)/);
  const csv = path.join(bare.dir, 'rows.csv');
  writeFileSync(csv, 'state,commodity,date,barrels,tonnes,ref,reported,vessel\nCN,refined-petroleum,2018-03-10,5,,bare-import,2018-03-11,SEA STAR\nCN,refined-petroleum,2018-03-11,5,,bare-novessel,2018-03-12,\n');
  const imp = await run('import', csv, '--format', 'json');
  assert.equal(imp.code === 0 || imp.code === 3, true, imp.stderr);
  const shown = JSON.parse(imp.stdout);
  assert.deepEqual(shown.flagged.map((f: { ref: string }) => f.ref), ['bare-import']);
  assert.match(shown.vesselReview[0], /^CN bare-import: vessel "SEA STAR" was not screened/);
  const n = JSON.parse((await run('report', 'notification', '--state', 'cn', '--from', '2018-03-01', '--to', '2018-03-31', '--format', 'json')).stdout);
  const flagged = (n.review as string[]).filter((line) => /no designated-vessels list imported/.test(line));
  assert.deepEqual(flagged.map((l) => l.split(' ')[0]).sort(), ['bare-1', 'bare-2', 'bare-import']);
  assert.equal(n.deliveries.find((d: { ref: string }) => d.ref === 'bare-import').vesselScreening.result, 'unscreened');
});
