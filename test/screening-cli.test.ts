// `interdict screen`, run as a user runs it: one name, a CSV batch, exit codes, bad input, --changed-since.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import path from 'node:path';
import { scratch, unListSnapshot as snapshot, errorLine } from './support/cli-harness.ts';

const sandbox = scratch('screen');
const cli = (...args: string[]) => sandbox.cli(['screen', ...args]);
const write = sandbox.write;

describe('interdict screen: one name', () => {
  it('a match exits 2 and prints the match with its explanation, algorithm and list version', () => {
    const r = cli('Park Young-sik', '--dob', '1949', '--nationality', 'KP', '--format', 'json');
    assert.equal(r.code, 2, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.matches[0].ref, 'KPi.063');
    assert.equal(out.matches[0].name, 'PAK YONG SIK');
    assert.equal(out.matches[0].algorithm, 'korean-v3');
    assert.equal(out.matches[0].band, 'match');
    assert.equal(out.algorithm, 'korean-v3');
    assert.match(out.matches[0].listVersion, /^2026-01-28/);
    assert.ok(out.matches[0].explanation.some((e: { feature: string }) => e.feature === 'dob'));
  });

  it('--algorithm korean-v1 and korean-v2 stay selectable; v2 and v3 find a typing error v1 misses; another name is refused', () => {
    const v1 = cli('Pak Yonh Sik', '--algorithm', 'korean-v1', '--format', 'json');
    assert.equal(v1.code, 0, v1.stderr);
    assert.equal(JSON.parse(v1.stdout).algorithm, 'korean-v1');
    const v2 = cli('Pak Yonh Sik', '--algorithm', 'korean-v2', '--format', 'json');
    assert.equal(v2.code, 2, v2.stderr);
    assert.equal(JSON.parse(v2.stdout).matches[0].algorithm, 'korean-v2');
    const v3 = cli('Pak Yonh Sik', '--format', 'json');
    assert.equal(v3.code, 2, v3.stderr);
    assert.match(JSON.parse(v3.stdout).matches[0].explanation[0].detail, /yonh read as yong, neighbouring key/);
    const bad = cli('Pak Yong Sik', '--algorithm', 'korean-v4', '--format', 'json');
    assert.equal(bad.code, 1);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /--algorithm must be korean-v1, korean-v2, korean-v3/);
  });

  it('no match exits 0; only possible matches exit 3, each marked possible', () => {
    const r = cli('John Smith', '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).matches, []);
    const p = cli('PAK TONG SIK', '--format', 'json');
    assert.equal(p.code, 3, p.stderr);
    assert.deepEqual(JSON.parse(p.stdout).matches.map((m: { ref: string; band: string }) => [m.ref, m.band]), [['KPi.063', 'possible']]);
    const human = cli('PAK TONG SIK', '--format', 'human');
    assert.equal(human.code, 3);
    assert.match(human.stdout, /1 possible match \(to review\)/);
    assert.match(human.stdout, /POSSIBLE KPi\.063 PAK YONG SIK/);
  });

  it('--review-threshold sets the possible band; above --threshold it is refused', () => {
    // One key off (T for Y) makes the whole name a possible at 0.70: a band starting above that holds nothing.
    assert.equal(cli('PAK TONG SIK', '--review-threshold', '0.75', '--format', 'json').code, 0);
    const bad = cli('PAK TONG SIK', '--review-threshold', '0.9', '--format', 'json');
    assert.equal(bad.code, 1);
    assert.match(errorLine(bad.stderr), /review-threshold/);
  });

  it('human format names the match', () => {
    const r = cli('박영식', '--format', 'human');
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stdout, /KPi\.063 PAK YONG SIK/);
  });

  it('--threshold and --type change what is reported', () => {
    assert.equal(cli('PAK YONG', '--format', 'json').code, 3, 'a missing syllable: possible');
    assert.equal(cli('PAK YONG', '--threshold', '0.6', '--format', 'json').code, 2);
    // The stated type is soft (korean-v3): a record of the other kind is held to possible, never dropped.
    const other = cli('PAK YONG SIK', '--type', 'entity', '--format', 'json');
    assert.equal(other.code, 3, other.stderr);
    const m = (JSON.parse(other.stdout) as { matches: { ref: string; band: string; explanation: { feature: string; detail: string }[] }[] }).matches[0]!;
    assert.equal(m.ref, 'KPi.063');
    assert.equal(m.band, 'possible');
    assert.match(m.explanation.find((e) => e.feature === 'type')!.detail, /given as an entity, the record is of an individual/);
    assert.equal(cli('PAK YONG SIK', '--type', 'person', '--format', 'json').code, 2);
  });

  it('an empty name or a bad flag fails with exit 1 and nothing on stdout', () => {
    for (const args of [['  '], ['PAK', '--dob', 'yesterday'], ['PAK', '--threshold', '7'], ['PAK', '--type', 'ship']]) {
      const r = cli(...args, '--format', 'json');
      assert.equal(r.code, 1, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(errorLine(r.stderr), /^(SCREEN_BAD_INPUT|CLI_BAD_FLAG): /);
    }
  });

  it('an impossible date of birth fails naming the field, never scores', () => {
    for (const dob of ['1949-02-30', '1949-13', '3000', 'nineteen']) {
      const r = cli('PAK YONG SIK', '--dob', dob, '--format', 'json');
      assert.equal(r.code, 1, `--dob ${dob}: ${r.stderr}`);
      assert.equal(r.stdout, '');
      assert.match(errorLine(r.stderr), /field "dob"/);
    }
  });

  it('a malformed or missing list fails with exit 1, never half-loaded', () => {
    const bad = write('bad.xml', '<CONSOLIDATED_LIST dateGenerated="x"><INDIVIDUALS><INDIVIDUAL>');
    for (const file of [bad, path.join(sandbox.dir, 'missing.xml')]) {
      const r = cli('PAK YONG SIK', '--list', file, '--format', 'json');
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.match(errorLine(r.stderr), /LIST_INVALID/);
    }
  });
});

describe('interdict screen: a name hiding letters (security review 27)', () => {
  it('a name of look-alike letters no reading takes to Latin says what it did not read, exit 3, not "nothing found"', () => {
    const r = cli('\ua7a6\u13c6 JE-\ua7a8ON', '--format', 'json');
    assert.equal(r.code, 3, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.matches, []);
    assert.equal(out.disguise.reason, 'mixed-script');
    assert.equal(out.disguise.word, '\ua7a6\u13c6');
    const human = cli('\ua7a6\u13c6 JE-\ua7a8ON', '--format', 'human');
    assert.equal(human.code, 3);
    assert.match(human.stdout, /UNREAD/);
  });

  it('a name in Cyrillic is read in Latin letters and found (the match explains it: no disguise left); a plain name carries none', () => {
    const r = cli('\u041f\u0410\u041a \u0419\u041e\u041d\u0413 \u0421\u0418\u041a', '--format', 'json');
    assert.equal(r.code, 2, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.matches[0].ref, 'KPi.063');
    assert.equal(out.disguise, undefined);
    const unread = cli('\u671d\u9c9c\u8d38\u6613\u94f6\u884c', '--format', 'json');
    assert.equal(unread.code, 3, unread.stderr);
    assert.equal(JSON.parse(unread.stdout).disguise.reason, 'unread-script');
    const plain = cli('John Smith', '--format', 'json');
    assert.equal(plain.code, 0);
    assert.equal(JSON.parse(plain.stdout).disguise, undefined);
  });

  it('in a batch, the row hiding letters carries its disguise and keeps the batch from exiting 0', () => {
    const csv = write('disguised.csv', 'id,name\nd1,John Smith\nd2,\ua7a6\u13c6 JE-\ua7a8ON\n');
    const r = cli('--input', csv, '--format', 'json');
    assert.equal(r.code, 3, r.stderr);
    const [a, b] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(a.disguise, undefined);
    assert.equal(b.id, 'd2');
    assert.equal(b.disguise.reason, 'mixed-script');
  });
});

describe('interdict screen: batch', () => {
  it('NDJSON, one line per row, in input order; exit 2 when any row matches', () => {
    const csv = write('batch.csv', 'id,name,dob,nationality,type\nc1,"Park, Young-sik",1949,KP,person\nc2,John Smith,,,\nc3,리제선,,,\nc4,"Korea Ryonbong General Corp.",,,entity\n');
    const r = cli('--input', csv, '--format', 'json');
    assert.equal(r.code, 2, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['c1', 'c2', 'c3', 'c4']);
    assert.deepEqual(lines.map((l) => l.matches.map((m: { ref: string }) => m.ref)), [['KPi.063'], [], ['KPi.002'], ['KPe.002']]);
  });

  it('exit 0 when no row matches', () => {
    const csv = write('clean.csv', 'id,name\n1,John Smith\n2,Maria Garcia\n');
    const r = cli('--input', csv, '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim().split('\n').length, 2);
  });

  it('a CSV without a name column fails naming the field', () => {
    const csv = write('noname.csv', 'id,fullname\n1,PAK YONG SIK\n');
    const r = cli('--input', csv, '--format', 'json');
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(errorLine(r.stderr), /SCREEN_BAD_INPUT.*field "name"/s);
  });

  it('a header with a column twice fails naming it', () => {
    const r = cli('--input', write('twice.csv', 'id,name,name\n1,PAK YONG SIK,RI JE SON\n'), '--format', 'json');
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(errorLine(r.stderr), /column "name" twice/);
  });

  it('an empty, over-long or broken row is an error line of its own; the other rows are screened', () => {
    const long = 'X'.repeat(1001);
    const csv = write('broken.csv', `id,name,dob\na,PAK YONG SIK,\nb,,\nc,John Smith,\nd,${long},\ne,RI JE SON,1,2\nf,Maria Garcia,yesterday\n`);
    const r = cli('--input', csv, '--format', 'json');
    assert.equal(r.code, 2, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['a', 'b', 'c', 'd', '5', 'f']);
    assert.deepEqual(lines.map((l) => (l.error ? `${l.row}:${l.error.field ?? ''}` : 'ok')), ['ok', '2:name', 'ok', '4:name', '5:', '6:dob']);
    assert.match(lines[4].error.message, /more or fewer fields than the header/);
    assert.match(r.stderr, /4 of 6 rows could not be screened/);
    // Without a match, the broken rows keep the batch from exiting 0: they are not cleared.
    const clean = cli('--input', write('broken-clean.csv', 'id,name\na,John Smith\nb,\n'), '--format', 'json');
    assert.equal(clean.code, 3);
  });

  it('input that is not UTF-8 is refused naming the row and how to convert it; nothing is screened', () => {
    const latin1 = write('latin1.csv', Buffer.concat([Buffer.from('id,name\nr1,PAK YONG SIK\nr2,P'), Buffer.from([0xe1]), Buffer.from('k Yong Sik\n')]));
    const euckr = write('euckr.csv', Buffer.concat([Buffer.from('id,name\nr1,'), Buffer.from([0xb9, 0xda, 0xbf, 0xb5, 0xbd, 0xc4]), Buffer.from('\n')]));
    for (const [file, row] of [[latin1, 'row 2'], [euckr, 'row 1']] as const) {
      const r = cli('--input', file, '--format', 'json');
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(errorLine(r.stderr), new RegExp(`${row} .*not valid UTF-8.*iconv -f EUC-KR -t UTF-8`));
    }
  });

  it('a UTF-16 file (a spreadsheet\'s "Unicode text") is refused with the way to convert UTF-16, not EUC-KR', () => {
    const text = 'id,name\nr1,PAK YONG SIK\n';
    for (const [label, bytes] of [['with its byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])], ['without', Buffer.from(text, 'utf16le')]] as const) {
      const r = cli('--input', write(`utf16-${label.length}.csv`, bytes), '--format', 'json');
      assert.equal(r.code, 1, `${label}: ${r.stderr}`);
      assert.equal(r.stdout, '');
      assert.match(errorLine(r.stderr), /UTF-16.*iconv -f UTF-16 -t UTF-8/, label);
    }
  });

  it('flags: no name and no batch, or both, each said as it is; a threshold is a decimal number (not 0x1); a day-first date of birth is told its order', () => {
    const none = cli('--format', 'json');
    assert.equal(none.code, 1);
    assert.match(errorLine(none.stderr), /give a name to screen, or --input/);
    assert.doesNotMatch(none.stderr, /not both/);
    const both = cli('PAK YONG SIK', '--input', write('both.csv', 'id,name\n1,x\n'), '--format', 'json');
    assert.equal(both.code, 1);
    assert.match(errorLine(both.stderr), /not both/);
    for (const bad of ['0x1', '0b1', 'Infinity', '1e']) {
      const r = cli('PAK YONG SIK', '--threshold', bad, '--format', 'json');
      assert.equal(r.code, 1, bad);
      assert.match(errorLine(r.stderr), /--threshold must be a number/, bad);
    }
    assert.equal(cli('PAK YONG SIK', '--threshold', '0.9', '--format', 'json').code, 2);
    const dayFirst = cli('KIM YONG CHOL', '--dob', '18/02/1962', '--format', 'json');
    assert.equal(dayFirst.code, 1);
    assert.match(errorLine(dayFirst.stderr), /not in the order YYYY-MM-DD/);
  });

  it('--changed-since screens only against records added or changed since the older list (2025-04-19 → 2026-01-28)', () => {
    // IRi.001 (FEREIDOUN ABBASI-DAVANI) is re-listed in 2026; no DPRK record changed between the two copies.
    const csv = write('delta.csv', 'id,name\nn1,PAK YONG SIK\nn2,Fereidoun Abbasi-Davani\n');
    const all = cli('--input', csv, '--format', 'json');
    assert.deepEqual(all.stdout.trim().split('\n').map((l) => JSON.parse(l).matches.length > 0), [true, true]);
    const delta = cli('--input', csv, '--changed-since', snapshot('2025-04-19'), '--format', 'json');
    assert.equal(delta.code, 2, delta.stderr);
    const lines = delta.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines[0].matches, []);
    assert.equal(lines[1].matches[0].ref, 'IRi.001');
  });
});
