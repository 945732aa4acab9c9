// A past transaction and a party delisted since (hostile report F18): `check --db` screens the parties
// against the records earlier lists stored in the database held and the list in use does not. One that
// left after the transaction's date is reviewed (a delisting is not retroactive); one that left on or
// before it adds nothing. The bundled list with no database is not affected.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { buildIndex, createPartyScreener } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';
import { scratch } from './support/cli-harness.ts';
import { listRenaming, listWithout, partyTransaction } from './support/delisted-lists.ts';

const sandbox = scratch('formerly-listed');
const KOMID = 'Korea Mining Development Trading Corporation';

interface Reason { effect: string; summary: string; matchedRef?: string; listedUntil?: string; listVersion?: string; band?: string; field?: string }
interface Decision { outcome: string; reasons: Reason[] }

function check(db: string | undefined, tx: Record<string, unknown>): { code: number | null; decision: Decision } {
  const r = sandbox.cli(['check', '-', ...(db !== undefined ? ['--db', db] : []), '--format', 'json'], JSON.stringify(tx));
  assert.ok(r.code === 0 || r.code === 2 || r.code === 3, r.stderr);
  return { code: r.code, decision: JSON.parse(r.stdout) as Decision };
}

const former = (d: Decision, ref: string): Reason[] => d.reasons.filter((r) => r.matchedRef === ref && r.listedUntil !== undefined);

test('check --db: a party matching a record a later list dropped is reviewed for a date before the drop, and cleared after it', () => {
  const db = path.join(sandbox.dir, 'two.sqlite');
  // The database starts on the bundled list (2026-01-28, with KOMID); the second list drops KPe.001.
  const load = sandbox.cli(['lists', 'load', sandbox.write('no-komid.xml', listWithout(['KPe.001'], '2026-06-01')), '--db', db, '--format', 'json', '--allow-removals']);
  assert.equal(load.code, 0, load.stderr);
  assert.equal(JSON.parse(load.stdout).removed, 1);

  // Before the fix: permitted (KPe.001 is not on the list in use).
  const before = check(db, partyTransaction('2019-04-01', KOMID));
  assert.equal(before.decision.outcome, 'review', JSON.stringify(before.decision));
  assert.equal(before.code, 3);
  const reasons = former(before.decision, 'KPe.001');
  assert.ok(reasons.length > 0, 'the formerly-listed record is named');
  for (const r of reasons) {
    assert.equal(r.effect, 'requires-review');
    assert.equal(r.listedUntil, '2026-06-01');
    assert.equal(r.field, 'parties[0]');
    assert.match(r.listVersion!, /^2026-01-28/, 'the last stored list that held it');
    assert.match(r.summary, /KPe\.001/);
    assert.match(r.summary, /until the list of 2026-06-01/);
    assert.match(r.summary, /2019-04-01/);
    assert.match(r.summary, /not retroactive/);
  }

  // On or after the day of the list without it: nothing from it (the list in use decides, as before).
  for (const date of ['2026-06-01', '2026-07-01']) {
    const after = check(db, partyTransaction(date, KOMID));
    assert.equal(after.decision.outcome, 'permitted', `${date}: ${JSON.stringify(after.decision)}`);
    assert.equal(after.code, 0);
  }

  // A possible match (graded evidence) of the formerly-listed record is reviewed too, as possible.
  const possible = check(db, partyTransaction('2019-04-01', 'Korea Mining Development'));
  assert.equal(possible.decision.outcome, 'review');
  const p = former(possible.decision, 'KPe.001');
  assert.ok(p.length > 0 && p.every((r) => r.band === 'possible' && /possibly matches/.test(r.summary)), JSON.stringify(possible.decision));

  // A party near no record: still permitted.
  assert.equal(check(db, partyTransaction('2019-04-01', 'Acme Trading GmbH')).decision.outcome, 'permitted');

  // The bundled list, no database: KOMID is on it, prohibited as before, no formerly-listed reason.
  const bundled = check(undefined, partyTransaction('2019-04-01', KOMID));
  assert.equal(bundled.decision.outcome, 'prohibited');
  assert.equal(former(bundled.decision, 'KPe.001').length, 0);
});

test('check --db with three stored lists: each formerly-listed record left on the day of the first list without it', () => {
  const db = path.join(sandbox.dir, 'three.sqlite');
  const second = listWithout(['KPe.001'], '2026-06-01');
  assert.equal(sandbox.cli(['lists', 'load', sandbox.write('second.xml', second), '--db', db, '--allow-removals']).code, 0);
  assert.equal(sandbox.cli(['lists', 'load', sandbox.write('third.xml', listWithout(['KPi.063'], '2026-09-01', second)), '--db', db, '--allow-removals']).code, 0);

  const komid = check(db, partyTransaction('2026-07-01', KOMID));
  assert.equal(komid.decision.outcome, 'permitted', 'KOMID left with the 2026-06-01 list, before this date');
  const pak = check(db, partyTransaction('2026-07-01', 'Pak Yong Sik', { type: 'person' }));
  assert.equal(pak.decision.outcome, 'review', JSON.stringify(pak.decision));
  assert.ok(former(pak.decision, 'KPi.063').every((r) => r.listedUntil === '2026-09-01' && /^2026-06-01/.test(r.listVersion!)));
  assert.ok(former(pak.decision, 'KPi.063').length > 0);
  const early = check(db, partyTransaction('2019-04-01', KOMID));
  assert.equal(early.decision.outcome, 'review');
  assert.ok(former(early.decision, 'KPe.001').every((r) => r.listedUntil === '2026-06-01'));
});

test('the formerly-listed records indexed alone score a name as the whole list that held them does', () => {
  // ListCache.formerly indexes the formerly-listed records alone (cheap): it must not change their scores.
  const list = loadUnList();
  const refs = ['KPe.001', 'KPi.063', 'KPe.010'];
  const alone = createPartyScreener(buildIndex({ ...list, records: list.records.filter((r) => refs.includes(r.ref.trim())) }));
  const whole = createPartyScreener(list);
  const names = [KOMID, 'Korea Mining Development', 'KOMID', 'Changgwang Sinyong Corporation', 'Korean Mining Dev. Trading Co.', 'Pak Yong Sik', 'PAK YONG-SIK', 'Pak Yong', 'Tanchon Commercial Bank', 'Tanchon Bank'];
  for (const name of names) {
    for (const extra of [{}, { type: 'person' as const, nationality: 'KP' }, { type: 'entity' as const, country: 'KP' }]) {
      const q = { name, ...extra };
      const show = (ms: readonly { ref: string; score: number; band?: string }[]) => ms.filter((m) => refs.includes(m.ref.trim())).map((m) => `${m.ref.trim()} ${m.score.toFixed(4)} ${m.band}`);
      assert.deepEqual(show(alone(q)), show(whole(q)), JSON.stringify(q));
    }
  }
});

test('lists load: a list that removes records is refused without --allow-removals, naming what it removes; nothing loaded (hostile new user 34)', () => {
  const db = path.join(sandbox.dir, 'cut.sqlite');
  const cut = sandbox.write('cut.xml', listWithout(['KPi.063', 'KPe.001'], '2026-06-01'));
  for (const format of ['json', 'human']) {
    const r = sandbox.cli(['lists', 'load', cut, '--db', db, '--format', format]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /LIST_REMOVES|removes 2 of the/);
    assert.match(r.stderr, /KPi\.063 PAK YONG SIK/);
    assert.match(r.stderr, /--allow-removals/);
  }
  // Nothing loaded: PAK YONG SIK is still listed in that database.
  assert.equal(check(db, partyTransaction('2026-07-01', 'PAK YONG SIK')).decision.outcome, 'prohibited');
  const ok = sandbox.cli(['lists', 'load', cut, '--db', db, '--format', 'json', '--allow-removals']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).removed, 2);
});

test('screen and check --list: a list lacking records of the bundled one is warned about, naming them; a list dated after today is refused', () => {
  const cut = sandbox.write('cut-warn.xml', listWithout(['KPi.063'], '2026-06-01'));
  const r = sandbox.cli(['screen', 'PAK YONG SIK', '--list', cut, '--format', 'json']);
  // Screened against the record the list lacks too: a match, exit 2, not "nothing found" (hostile new user, H2).
  assert.equal(r.code, 2, r.stderr);
  assert.equal((JSON.parse(r.stdout) as { matches: { ref: string; band: string }[] }).matches.some((m) => m.ref === 'KPi.063' && m.band === 'match'), true, r.stdout);
  const warning = JSON.parse(r.stderr.trim().split('\n').find((l) => l.includes('LIST_LACKS_BUNDLED_RECORDS'))!) as { warning: { message: string } };
  assert.match(warning.warning.message, /lacks 1 records? the bundled list holds \(KPi\.063 PAK YONG SIK\)/);
  const c = sandbox.cli(['check', '-', '--list', cut, '--format', 'human'], JSON.stringify(partyTransaction('2026-07-01', 'PAK YONG SIK')));
  assert.match(c.stderr, /warning LIST_LACKS_BUNDLED_RECORDS: .*KPi\.063/);
  assert.match(c.stderr, /`check` still screens parties against them/);
  const future = sandbox.cli(['screen', 'PAK YONG SIK', '--list', sandbox.write('future.xml', listWithout([], '2099-01-01')), '--format', 'json']);
  assert.equal(future.code, 1);
  assert.match(future.stderr, /no UN list is made in the future/);
});

test('check --list: a party matching a bundled record the list given lacks is never cleared by the warning alone', () => {
  const run = (list: string, tx: Record<string, unknown>, ...flags: string[]): Decision => {
    const r = sandbox.cli(['check', '-', '--list', list, '--format', 'json', ...flags], JSON.stringify(tx));
    assert.ok(r.code === 0 || r.code === 2 || r.code === 3, r.stderr);
    return JSON.parse(r.stdout) as Decision;
  };
  const listed = (d: Decision, ref: string) => d.reasons.some((r) => r.matchedRef === ref && r.listedUntil === undefined && /^2026-01-28/.test(r.listVersion ?? ''));
  // A list of the bundled day (2026-01-28) with a record cut out, a later one lacking two, an older one lacking one:
  // by default the records they lack count as listed, as the bundled list holds them (hostile new user: the cut
  // list of the bundled day was permitted for PAK YONG SIK).
  const sameDay = sandbox.write('lacking-same-day.xml', listWithout(['KPi.063'], '2026-01-28'));
  const newer = sandbox.write('lacking-newer.xml', listWithout(['KPi.063', 'KPe.001'], '2026-06-01'));
  const older = sandbox.write('lacking-older.xml', listWithout(['KPi.063'], '2025-06-01'));
  for (const list of [sameDay, newer, older]) {
    for (const flags of list === newer ? [[]] : [[], ['--allow-removals']]) {
      const d = run(list, partyTransaction('2026-11-01', 'PAK YONG SIK'), ...flags);
      assert.equal(d.outcome, 'prohibited', `${list} ${flags.join(' ')}: ${JSON.stringify(d)}`);
      assert.ok(listed(d, 'KPi.063'), list);
    }
  }
  assert.equal(run(newer, partyTransaction('2026-11-01', 'Korea Mining Dev. Trading Corp.')).outcome, 'prohibited');
  // With --allow-removals a later list's removals are the operator's word: listed until its day, so a dealing
  // before it is reviewed, naming the record, and one on or after it is not held up by it.
  for (const [name, ref] of [['PAK YONG SIK', 'KPi.063'], ['Pak Yong-sik', 'KPi.063'], ['Korea Mining Dev. Trading Corp.', 'KPe.001'], ['KOMID', 'KPe.001']] as const) {
    const before = run(newer, partyTransaction('2026-03-01', name), '--allow-removals');
    assert.equal(before.outcome, 'review', `${name}: ${JSON.stringify(before)}`);
    const reason = former(before, ref)[0];
    assert.ok(reason !== undefined, name);
    assert.equal(reason.listedUntil, '2026-06-01');
    assert.match(reason.listVersion ?? '', /^2026-01-28/);
    assert.match(reason.summary, new RegExp(`${ref.replace('.', '\\.')}\\), formerly listed`));
    assert.equal(run(newer, partyTransaction('2026-07-01', name), '--allow-removals').outcome, 'permitted', name);
  }
  // A listed name in the purpose is read against them too.
  const text = run(older, { ...partyTransaction('2026-07-01', 'Hamburg Machinery GmbH'), purpose: 'commission for PAK YONG SIK' });
  assert.notEqual(text.outcome, 'permitted', JSON.stringify(text));
  // Nothing lacking: the list given alone, as before (an innocent is permitted).
  assert.equal(run(sandbox.write('whole.xml', listWithout([], '2026-06-01')), partyTransaction('2026-07-01', 'Hamburg Machinery GmbH')).outcome, 'permitted');
  // --allow-removals without a list is a mistake, said.
  const alone = sandbox.cli(['check', '-', '--allow-removals', '--format', 'json'], JSON.stringify(partyTransaction('2026-07-01', 'Hamburg Machinery GmbH')));
  assert.equal(alone.code, 1);
  assert.match(alone.stderr, /--allow-removals goes with --list/);
});

test('a record kept under its reference with none of its names is lacking too: check --list screens against it, lists load refuses it without --allow-removals (security re-review)', () => {
  const renamed = sandbox.write('renamed.xml', listRenaming('KPi.063', 'ZZQX', '2026-02-10'));
  const r = sandbox.cli(['check', '-', '--list', renamed, '--format', 'json'], JSON.stringify(partyTransaction('2026-11-01', 'PAK YONG SIK')));
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.equal((JSON.parse(r.stdout) as Decision).outcome, 'prohibited');
  assert.match(r.stderr, /LIST_LACKS_BUNDLED_RECORDS.*KPi\.063/);
  const db = path.join(sandbox.dir, 'renamed.sqlite');
  const load = sandbox.cli(['lists', 'load', renamed, '--db', db, '--format', 'json']);
  assert.equal(load.code, 1, load.stdout);
  assert.match(load.stderr, /LIST_REMOVES/);
  assert.match(load.stderr, /KPi\.063 .*renamed: none of its names kept/);
  assert.equal(check(db, partyTransaction('2026-11-01', 'PAK YONG SIK')).decision.outcome, 'prohibited', 'nothing loaded');
  // A record kept with some of its names dropped (KOMID's alias gone) or its names run together is lacking too for
  // check --list (a re-test: KOMID permitted): the bundled record is screened beside it.
  for (const [file, name] of [['dropped-alias.xml', 'KOREA MINING DEVELOPMENT TRADING CORPORATION'], ['run-together.xml', 'KOREAMININGDEVELOPMENT TRADINGCORPORATION']] as const) {
    const list = sandbox.write(file, listRenaming('KPe.001', name, '2026-02-10'));
    for (const party of ['KOMID', 'Korea Mining Development Trading Corporation']) {
      const c = sandbox.cli(['check', '-', '--list', list, '--format', 'json'], JSON.stringify(partyTransaction('2026-11-01', party)));
      assert.equal((JSON.parse(c.stdout) as Decision).outcome, 'prohibited', `${file} ${party}: ${c.stdout}`);
    }
  }
  // The main name kept, an alias dropped: whoever is written with the alias is no longer matched, so lists load
  // asks for --allow-removals here too, naming the alias (security re-review, HIGH); given it, the list loads.
  const amended = sandbox.write('amended.xml', listRenaming('KPi.063', 'PAK', '2026-02-10'));
  const amendedDb = path.join(sandbox.dir, 'amended.sqlite');
  const refused = sandbox.cli(['lists', 'load', amended, '--db', amendedDb, '--format', 'json']);
  assert.equal(refused.code, 1, refused.stdout);
  assert.match(refused.stderr, /LIST_REMOVES.*KPi\.063 PAK YONG SIK \(names dropped: Pak Yo’ng-sik\)/);
  const ok = sandbox.cli(['lists', 'load', amended, '--db', amendedDb, '--allow-removals', '--format', 'json']);
  assert.equal(ok.code, 0, ok.stderr);
});
