// Designated vessels written as documents write them, through the CLI with the 1718 list imported (security
// review 17): a name with words added or a former name (R17-2), a ship named in a party field or the id (R17-20),
// an IMO number in fullwidth digits or grouped (R17-22); and a listed name in the possessive or Hangul (R17-6), the
// DPRK named as a code in free text (R17-11).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { scratch } from './support/cli-harness.ts';

const dataHome = mkdtempSync(path.join(tmpdir(), 'interdict-vessel-names-'));
after(() => rmSync(dataHome, { recursive: true, force: true }));
const s = scratch('vessel-names', { XDG_DATA_HOME: dataHome });
const db = path.join(s.dir, 'interdict.sqlite');

const fin = (id: string, extra: object) => ({ id, type: 'financial', date: '2024-03-01', from: 'CN', to: 'SG', ...extra });
const ship = (id: string, name: string) => ({ id, type: 'vessel-transfer', date: '2019-01-10', vessels: [{ name, flag: 'PA' }] });

test('check --db: renamed, party-named and oddly numbered designated vessels are never permitted; innocents stay permitted', () => {
  assert.equal(s.cli(['vessels', 'import', s.write('list.csv', readFileSync(path.join('examples', '1718-vessels-sample.csv'), 'utf8')), '--db', db]).code, 0);
  const cases: [object, string][] = [
    [ship('r2-new', 'NEW PETREL 8'), 'review'],
    [ship('r2-ex', 'SEA STAR (EX-PETREL 8)'), 'prohibited'],
    [ship('r2-th', 'PETREL 8TH'), 'review'],
    [fin('r2-purpose', { purpose: 'charter of SEA STAR (ex-PETREL 8)' }), 'review'],
    [fin('r20-payee', { parties: [{ name: 'MV PETREL 8', role: 'payee' }] }), 'prohibited'],
    [fin('r20-role', { parties: [{ name: 'ACME', role: 'owner of IMO 9562233' }] }), 'prohibited'],
    [fin('PETREL 8 hire', {}), 'review'],
    [ship('r22-fullwidth', 'SEA STAR (IMO ９５６２２３３)'), 'prohibited'],
    [fin('r22-grouped', { purpose: 'charter IMO 956 2233' }), 'prohibited'],
    [fin('r6-possessive', { parties: [{ name: 'ACME TRADING PTE LTD' }], purpose: "payment to KOMID's agent" }), 'review'],
    [fin('r6-hangul', { parties: [{ name: 'ACME TRADING PTE LTD' }], purpose: 'payment to 단천상업은행' }), 'review'],
    [{ id: 'r11-kp', type: 'goods', date: '2025-03-01', from: 'CN', to: 'SG', goods: [{ hs: '8471', description: 'laptops' }], purpose: 'final consignee in KP' }, 'review'],
    [{ id: 'r11-ok', type: 'goods', date: '2025-03-01', from: 'CN', to: 'SG', goods: [{ hs: '8471', description: 'laptops' }], purpose: 'audit by KPMG, 원산지: 중국' }, 'permitted'],
    [ship('ok-ship', 'SEA STAR'), 'permitted'],
    [fin('ok-fin', { purpose: 'charter hire MV OCEAN PRIDE', parties: [{ name: 'MV OCEAN PRIDE', role: 'payee' }] }), 'permitted'],
  ];
  const file = s.write('tx.ndjson', cases.map(([tx]) => JSON.stringify(tx)).join('\n'));
  const r = s.cli(['check', file, '--db', db, '--format', 'json']);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; outcome: string });
  assert.equal(out.length, cases.length, r.stderr);
  cases.forEach(([tx, want], i) => assert.equal(out[i]!.outcome, want, (tx as { id: string }).id));
});
