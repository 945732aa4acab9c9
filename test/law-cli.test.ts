import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { scratch, errorLine } from './support/cli-harness.ts';

const sandbox = scratch('law');
const run = (args: string[]) => sandbox.cli(args);

test('law list --date shows what was in force that day, with citations and confidence', () => {
  const r = run(['law', 'list', '--date', '2017-09-10', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { date: string; measures: { id: string; resolution: number; paragraph: string; confidence: string }[] };
  assert.equal(out.date, '2017-09-10');
  const ids = out.measures.map((m) => m.id);
  assert.ok(ids.includes('unscr-2371-8'));
  assert.ok(!ids.includes('unscr-2375-16'), '2375 was adopted on 11 Sep 2017');
  assert.ok(out.measures.every((m) => m.resolution > 0 && m.paragraph.length > 0 && 'TSNU'.includes(m.confidence)));
  const next = JSON.parse(run(['law', 'list', '--date', '2017-09-11', '--format', 'json']).stdout) as { measures: { id: string }[] };
  assert.ok(next.measures.some((m) => m.id === 'unscr-2375-16'));
});

test('law list human output names citations and explains the confidence marks', () => {
  const r = run(['law', 'list', '--date', '2018-06-01', '--format', 'human']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /UNSCR 2397 para 5/);
  assert.match(r.stdout, /U = unconfirmed/);
  const bad = run(['law', 'list', '--date', '2018-02-30']);
  assert.equal(bad.code, 1);
  assert.equal(bad.stdout, '');
});

test('law validate: exit 0 on the project law, 1 with file and path on a broken folder', () => {
  const ok = run(['law', 'validate', '--format', 'json']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal((JSON.parse(ok.stdout) as { valid: boolean }).valid, true);
  for (const [dir, re] of [
    ['unknown-field', /LAW_UNKNOWN_FIELD.*unscr-2375\.yaml at \/measures\/0\/applies\/goods\/prodcts/],
    ['bad-hs', /LAW_BAD_HS.*unscr-2375\.yaml at \/measures\/0\/applies\/goods\/hs\/1/],
    ['overlapping-periods', /LAW_OVERLAP.*unscr-2375\.yaml at \/measures\/0\/cap\/periods\/1/],
    ['dangling-reference', /LAW_DANGLING_REF.*unscr-2375\.yaml at \/measures\/0\/supersededBy\/measure/],
  ] as const) {
    const r = run(['law', 'validate', path.join('test', 'fixtures', 'law-broken', dir)]);
    assert.equal(r.code, 1, dir);
    assert.equal(r.stdout, '');
    assert.match(errorLine(r.stderr), re);
    // Under --format json each problem is a JSON error line naming the file and the place (hostile new user 34).
    const j = run(['law', 'validate', path.join('test', 'fixtures', 'law-broken', dir), '--format', 'json']);
    assert.equal(j.code, 1, dir);
    const e = JSON.parse(j.stderr.trim().split('\n')[0]!) as { error: { code: string; message: string; file: string; field: string } };
    assert.match(`${e.error.code} ${e.error.message}`, re);
    assert.match(e.error.file, /unscr-2375\.yaml$/);
  }
});

test('law list --all shows every measure, including the 2,000,000 bbl figure that never took effect', () => {
  const r = run(['law', 'list', '--all', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { measures: { id: string; effective: string; lastDay?: string }[] };
  const old = out.measures.find((m) => m.id === 'unscr-2375-14-2018');
  assert.ok(old);
  assert.ok(old.lastDay! < old.effective);
  const human = run(['law', 'list', '--all', '--format', 'human']);
  assert.match(human.stdout, /never in force \(replaced by unscr-2397-5/);
});

test('law list refuses a date that is not one by the rule GET /v1/law refuses it with (one code, the field named)', () => {
  const r = run(['law', 'list', '--date', '2018-02-31', '--format', 'json']);
  assert.equal(r.code, 1);
  assert.match(errorLine(r.stderr), /LAW_DATE_ASKED: field "date"/);
});
