// Hostile new user, H1: a mistyped year (2071 for 2017) made HAO FAN 6 designated in the future, so `check`
// permitted it, exit 0, and `vessels import` said nothing. The operator's import of a list designating a vessel
// after today is refused now, naming it, unless asked for with --allow-future; nothing is stored.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { errorLine, projectRoot, scratch } from './support/cli-harness.ts';

const sample = readFileSync(path.join(projectRoot, 'examples', '1718-vessels-sample.csv'), 'utf8');
const tx = JSON.stringify({ id: 'v', type: 'vessel-transfer', date: '2019-05-01', vessels: [{ name: 'HAO FAN 6', imo: '8628597', flag: 'KN' }, { name: 'SEA STAR', flag: 'PA' }] });

describe('vessels import: a designation after today', () => {
  it('is refused naming the vessel and its date, nothing stored; --allow-future imports it', () => {
    const s = scratch('vessels-future');
    const typo = sample.replace(/^(HAO FAN 6,8628597,[^,]*,[^,]*,[^,]*,[^,]*,)2017-(\d\d-\d\d)/m, '$12071-$2');
    assert.notEqual(typo, sample, 'the sample holds HAO FAN 6');
    const file = s.write('typo.csv', typo);
    const db = path.join(s.dir, 'v.sqlite');
    const r = s.cli(['vessels', 'import', file, '--db', db, '--format', 'json']);
    assert.equal(r.code, 1, r.stdout);
    assert.equal(r.stdout, '');
    assert.match(errorLine(r.stderr), /^VESSELS_FUTURE: field "file": typo\.csv designates 1 vessel\(s\) after today \(8628597 HAO FAN 6, designated 2071-\d\d-\d\d\)/);
    // Nothing stored: the list as the Committee wrote it goes in afterwards, and the vessel is prohibited.
    assert.equal(s.cli(['vessels', 'import', path.join(projectRoot, 'examples', '1718-vessels-sample.csv'), '--db', db]).code, 0);
    assert.equal(JSON.parse(s.cli(['check', '-', '--db', db, '--format', 'json'], tx).stdout).outcome, 'prohibited');
    const db2 = path.join(s.dir, 'w.sqlite');
    const ok = s.cli(['vessels', 'import', file, '--db', db2, '--allow-future', '--format', 'json']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).changed, true);
  });
});
