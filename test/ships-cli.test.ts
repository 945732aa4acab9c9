// interdict vessels import, check screening named vessels, ais scan and ais decode, as a user runs them.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { dayCsv } from '../bench/support/ais-day.ts';
import { scratch, errorLine } from './support/cli-harness.ts';

// The default database lives in the scratch folder: a run without --db never touches the user's.
const dataHome = mkdtempSync(path.join(tmpdir(), 'interdict-ships-data-'));
after(() => rmSync(dataHome, { recursive: true, force: true }));
const s = scratch('ships', { XDG_DATA_HOME: dataHome });
const sample = readFileSync(path.join('examples', '1718-vessels-sample.csv'), 'utf8');
const db = path.join(s.dir, 'interdict.sqlite');

test('vessels import loads the list; a bad IMO check digit refuses the whole file, naming line and field', () => {
  const bad = s.write('bad.csv', sample.replace('8660313', '8660318'));
  const none = path.join(s.dir, 'none.sqlite');
  const r0 = s.cli(['vessels', 'import', bad, '--db', none, '--format', 'json']);
  assert.equal(r0.code, 1);
  assert.match(errorLine(r0.stderr), /VESSELS_BAD_LIST/);
  assert.match(errorLine(r0.stderr), /line 10.*field "imo".*check digit/s);
  assert.equal(r0.stdout, '');
  assert.equal(existsSync(none), false, 'nothing stored');
  const r = s.cli(['vessels', 'import', s.write('list.csv', sample), '--db', db, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).vessels, 12);
  const r2 = s.cli(['vessels', 'import', s.write('bad2.csv', `${sample}X,1234567,,,,,2018-01-01,,freeze\n`), '--db', db]);
  assert.equal(r2.code, 1);
});

test('vessels import is the one replacement use case: the operator drops a vessel only with --allow-removals (told what changed); the same list again changes nothing', () => {
  const db2 = path.join(s.dir, 'replace.sqlite');
  assert.equal(s.cli(['vessels', 'import', s.write('first.csv', sample), '--db', db2]).code, 0);
  const dropped = s.write('dropped.csv', sample.split('\n').filter((l) => !l.startsWith('PETREL 8,')).join('\n'));
  // A list cut short, without the flag: refused, naming the vessel, nothing imported (hostile new user: a list of
  // one vessel replaced twelve, and check permitted HAO FAN 6).
  const refused = s.cli(['vessels', 'import', dropped, '--db', db2, '--format', 'json']);
  assert.equal(refused.code, 1, refused.stdout);
  assert.match(refused.stderr, /VESSELS_REMOVES.*drops 1 and changes 0 designated vessel\(s\) of the list in use \(\d{7} PETREL 8\).*--allow-removals/);
  const stillDesignated = s.cli(['check', '-', '--db', db2, '--format', 'json'], JSON.stringify({ id: 'p8', type: 'goods', date: '2019-01-01', from: 'CN', to: 'VN', goods: [{ hs: '6203.42', description: 'trousers' }], vessels: [{ name: 'PETREL 8' }] }));
  assert.notEqual((JSON.parse(stillDesignated.stdout) as { outcome: string }).outcome, 'permitted', stillDesignated.stdout);
  const r = s.cli(['vessels', 'import', dropped, '--db', db2, '--allow-removals', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { changed: boolean; removed: number; added: number; vessels: number };
  assert.deepEqual({ changed: out.changed, removed: out.removed, added: out.added, vessels: out.vessels }, { changed: true, removed: 1, added: 0, vessels: 11 });
  const again = s.cli(['vessels', 'import', dropped, '--db', db2, '--format', 'human']);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /Nothing changed: .* is already the list in use/);
});

const transfer = (vessels: object[], date = '2019-01-10') => JSON.stringify({ id: 't', type: 'vessel-transfer', date, vessels });

test('check: a designated vessel by IMO number is prohibited with its measures; without a list, not screened', () => {
  const tx = s.write('tx.json', transfer([{ name: 'SOME TANKER', imo: '8660313', flag: 'PA' }]));
  s.cli(['vessels', 'import', s.write('list.csv', sample), '--db', db]);
  const r = s.cli(['check', tx, '--db', db, '--format', 'json']);
  const d = JSON.parse(r.stdout);
  assert.equal(d.outcome, 'prohibited');
  const cites = d.reasons.map((x: { resolution: number; paragraph: string }) => `${x.resolution} ${x.paragraph}`);
  assert.ok(cites.includes('2371 6') && cites.includes('1718 8(d)') && cites.includes('2321 12(a)'), cites.join(','));
  assert.equal(r.code, 2);
  // A ledger database with no list imported: the vessels were not screened, and the decision says so.
  const plain = s.write('plain.json', transfer([{ name: 'OCEAN', imo: '9000003', flag: 'PA' }]));
  const r2 = JSON.parse(s.cli(['check', plain, '--db', db, '--format', 'json']).stdout);
  assert.equal(r2.outcome, 'permitted');
  // A database holding only a ledger: the vessels were not screened, and the decision says so.
  const ledgerOnly = path.join(s.dir, 'ledger-only.sqlite');
  const rec = s.cli(['ledger', 'record', '--commodity', 'refined-petroleum', '--state', 'RU', '--date', '2018-02-01', '--reported', '2018-02-10', '--barrels', '100', '--ref', 'r1', '--db', ledgerOnly]);
  assert.equal(rec.code, 0, rec.stderr);
  const r3 = JSON.parse(s.cli(['check', plain, '--db', ledgerOnly, '--format', 'json']).stdout);
  assert.equal(r3.outcome, 'conditional');
  assert.match(r3.reasons[0].summary, /not screened against the 1718 Designated Vessels List/);
});

test('check: a repainted 3 <-> 8 IMO number is reviewed as the designated vessel it would be', () => {
  const tx = s.write('near.json', transfer([{ name: 'SOME TANKER', imo: '8660813', flag: 'SL' }]));
  const d = JSON.parse(s.cli(['check', tx, '--db', db, '--format', 'json']).stdout);
  assert.equal(d.outcome, 'review');
  assert.ok(d.reasons.some((x: { summary: string }) => /CHON MA SAN \(IMO 8660313\)/.test(x.summary)));
});

test('check: a designated vessel as documents write it (a prefix, "NO.", a Roman numeral, a look-alike digit, its IMO number in the name) is prohibited', () => {
  s.cli(['vessels', 'import', s.write('list.csv', sample), '--db', db]);
  for (const name of ['MV PETREL 8', 'TONG SAN NO.2', 'PETREL VIII', 'K0TI', 'PETREL 8 (IMO 9562233)']) {
    const tx = s.write('named.json', JSON.stringify({ id: 'v', type: 'goods', date: '2019-04-01', from: 'CN', to: 'DE', goods: [{ hs: '8703.23', description: 'passenger car' }], vessels: [{ name }] }));
    const r = s.cli(['check', tx, '--db', db, '--format', 'json']);
    assert.equal(JSON.parse(r.stdout).outcome, 'prohibited', name);
    assert.equal(r.code, 2, name);
  }
});

test('ais scan: an encounter with a DPRK-flagged vessel carries the vessel-transfer decision (2375 para 11)', () => {
  const plan = { seed: 3, vessels: 12, stepSec: 300, start: Date.UTC(2019, 4, 2), hours: 24, encounters: [{ a: 0, b: 1, startH: 6, hours: 4 }], gaps: [], mmsi: (i: number) => (i === 0 ? 445111000 : 538200000 + i) };
  const file = s.write('day.csv', [...dayCsv(plan)].join('\n'));
  const r = s.cli(['ais', 'scan', file, '--db', db, '--format', 'json']);
  assert.equal(r.code, 2, r.stderr);
  const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  const enc = events.find((e: { kind: string }) => e.kind === 'encounter');
  assert.equal(enc.check.outcome, 'prohibited');
  assert.ok(enc.reasons.some((x: { resolution: number; paragraph: string }) => x.resolution === 2375 && x.paragraph === '11'));
  const human = s.cli(['ais', 'scan', file, '--db', db, '--format', 'human']);
  assert.match(human.stdout, /2019-05-02 06:\d\dZ \d+\.\d+N \d+\.\d+E encounter: 445111000 \(KP by MID\) \+ 538200001 \(MH by MID\) — side by side .* — PROHIBITED \(2375 para 11/);
  const bad = s.cli(['ais', 'scan', file, '--gap-hours', '-1']);
  assert.equal(bad.code, 1);
  assert.match(errorLine(bad.stderr), /gap-hours/);
});

test('ais scan refuses a bad row naming line and field; a control character never reaches the terminal', () => {
  const r = s.cli(['ais', 'scan', s.write('bad.csv', 'mmsi,timestamp,lat,lon\n351000001,2019-03-01T00:00:00Z,95,10\n')]);
  assert.equal(r.code, 1);
  assert.match(errorLine(r.stderr), /line 2.*field "lat"/);
  const evil = s.write('evil.csv', 'mmsi,timestamp,lat,lon,imo,name\n351000001,2019-03-01T00:00:00Z,20,150,9000001,"EVIL\u001b[31mNAME"\n');
  const h = s.cli(['ais', 'scan', evil, '--format', 'human']);
  assert.ok(!h.stdout.includes('\u001b'), h.stdout);
  assert.match(h.stdout, /invalid/);
});

test('ais decode prints NDJSON and counts what it skipped', () => {
  const r = s.cli(['ais', 'decode', '-'], '!AIVDM,1,1,,B,13aDp<PP000IwSlN?Wm@0?wN2<1T,0*29\n!AIVDM,1,1,,B,13aDp<PP000IwSlN?Wm@0?wN2<1T,0*28\n');
  assert.equal(r.code, 0);
  assert.equal(r.stdout.trim().split('\n').length, 1);
  assert.deepEqual(Object.keys(JSON.parse(r.stdout)).slice(0, 4), ['type', 'mmsi', 'lat', 'lon']);
  assert.match(errorLine(r.stderr), /1 bad checksums/);
});

test('ais decode of a capture that is not UTF-8 (UTF-16, Latin-1) is exit 1 saying so and how to convert it, as ais scan says it', () => {
  const sentence = '!AIVDM,1,1,,A,15M67FC000G?ufbE`FepT@3n00Sa,0*5C\n';
  const utf16 = s.write('capture16.nmea', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence, 'utf16le')]));
  const a = s.cli(['ais', 'decode', utf16]);
  assert.equal(a.code, 1, a.stdout);
  assert.match(errorLine(a.stderr), /is not UTF-8 text \(line 1\) \(UTF-16.*iconv -f UTF-16 -t UTF-8/);
  const latin1 = s.write('capture-l1.nmea', Buffer.from('caf\xe9\n', 'latin1'));
  const b = s.cli(['ais', 'decode', latin1]);
  assert.equal(b.code, 1);
  assert.match(errorLine(b.stderr), /is not valid UTF-8 text \(line 1\).*iconv/);
});

test('ais decode of input holding no NMEA sentence (a CSV of positions, an empty file) is exit 1 saying so', () => {
  for (const input of ['mmsi,lat,lon,time\n1,2,3,4\n', '', 'garbage\n']) {
    const r = s.cli(['ais', 'decode', '-'], input);
    assert.equal(r.code, 1, JSON.stringify(input));
    assert.equal(r.stdout, '');
    assert.match(errorLine(r.stderr), /^SHIPS_BAD_INPUT: .*no NMEA sentence/);
  }
});

test('vessels import of a file that is not UTF-8: refused as a vessels list (its own code and hint), the line named, the file in the iconv example', () => {
  const none = path.join(s.dir, 'latin1-none.sqlite');
  const latin1 = s.write('vessels-latin1.csv', Buffer.concat([Buffer.from(`${sample.split('\n')[0]}\nP`), Buffer.from([0xe1]), Buffer.from('K,9562233,,,,,2017-10-03,,asset-freeze\n')]));
  const r = s.cli(['vessels', 'import', latin1, '--db', none, '--format', 'json']);
  assert.equal(r.code, 1);
  const { error } = JSON.parse(r.stderr) as { error: { code: string; message: string; record: string; hint: string } };
  assert.equal(error.code, 'VESSELS_BAD_LIST');
  assert.equal(error.record, 'line 2');
  assert.ok(error.message.startsWith(`the vessels list ${latin1} is not valid UTF-8 text (line 2)`), error.message);
  assert.ok(error.message.includes(`iconv -f EUC-KR -t UTF-8 ${latin1} > ${latin1.replace(/\.csv$/, '.utf8.csv')}`), error.message);
  assert.doesNotMatch(error.hint, /AIS positions/);
  assert.equal(existsSync(none), false, 'nothing stored');
});

test('ais scan refuses a CSV or NDJSON line that is not UTF-8 (the line named), and text where NDJSON must give a number (field and line named)', () => {
  const csv = s.write('latin1-positions.csv', Buffer.concat([Buffer.from('mmsi,timestamp,lat,lon,name\n351000001,2019-03-01T00:00:00Z,20,150,OK\n351000001,2019-03-01T01:00:00Z,20,150,P'), Buffer.from([0xe1]), Buffer.from('K\n')]));
  const nd = s.write('latin1-positions.ndjson', Buffer.concat([Buffer.from('{"mmsi":351000001,"timestamp":"2019-03-01T00:00:00Z","lat":20,"lon":150,"name":"P'), Buffer.from([0xe1]), Buffer.from('K"}\n')]));
  for (const [file, line] of [[csv, 'line 3'], [nd, 'line 1']] as const) {
    const r = s.cli(['ais', 'scan', file, '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, '');
    const { error } = JSON.parse(r.stderr) as { error: { code: string; message: string; record: string } };
    assert.deepEqual([error.code, error.record], ['SHIPS_BAD_INPUT', line]);
    assert.match(error.message, /not valid UTF-8 text.*iconv -f EUC-KR -t UTF-8/);
  }
  for (const field of ['lat', 'lon', 'sog']) {
    const o: Record<string, unknown> = { mmsi: 351000001, timestamp: '2019-03-01T00:00:00Z', lat: 20, lon: 150, sog: 3 };
    o[field] = String(o[field]);
    const r = s.cli(['ais', 'scan', s.write(`text-${field}.ndjson`, `{"mmsi":351000001,"timestamp":"2019-03-01T00:00:00Z","lat":20,"lon":150}\n${JSON.stringify(o)}\n`), '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const { error } = JSON.parse(r.stderr) as { error: { field: string; record: string; message: string } };
    assert.deepEqual([error.field, error.record], [field, 'line 2']);
    assert.match(error.message, /JSON number/);
  }
  // An MMSI or IMO as text is an identifier, read as before.
  const ids = s.cli(['ais', 'scan', s.write('text-ids.ndjson', '{"mmsi":"351000001","timestamp":"2019-03-01T00:00:00Z","lat":20,"lon":150,"imo":"9000001"}\n'), '--format', 'json']);
  assert.notEqual(ids.code, 1, ids.stderr);
});

test('ais decode counts a malformed payload as an error with its line, apart from messages of other types', () => {
  const body = 'AIVDM,1,1,,B,13aDp<PP00,0'; // a type 1 cut to 60 bits
  let x = 0;
  for (const ch of body) x ^= ch.charCodeAt(0);
  const cut = `!${body}*${x.toString(16).toUpperCase().padStart(2, '0')}`;
  const r = s.cli(['ais', 'decode', '-', '--format', 'json'], `!AIVDM,1,1,,B,13aDp<PP000IwSlN?Wm@0?wN2<1T,0*29\n${cut}\n`);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\n').length, 1);
  assert.match(errorLine(r.stderr), /1 malformed payloads \(line 2: a message of type 1 with 60 bits.*0 messages of other types/);
});
