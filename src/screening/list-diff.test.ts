// diffLists on the real releases, and on small edits of them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { unListSnapshot } from '../../test/support/un-list-fixtures.ts';
import { changedRefs, diffLists, isEmptyDiff } from './list-diff.ts';
import { parseUnList, type UnList } from './un-list/index.ts';

const xmlOf = (date: string): string => readFileSync(unListSnapshot(date), 'utf8');
const xml2026 = xmlOf('2026-01-28');
const l2020 = parseUnList(xmlOf('2020-11-30'), '2020');
const l2025 = parseUnList(xmlOf('2025-04-19'), '2025');
const l2026 = parseUnList(xml2026, '2026');
const edited = (from: string, to: string): UnList => {
  assert.ok(xml2026.includes(from), `fixture text "${from}" is in the file`);
  return parseUnList(xml2026.replace(from, to), 'edited');
};

// Counted independently (a canonical comparison of each record's XML subtree, keyed by reference).
const REMOVED_2026 = ['IQi.074', 'QDi.317', 'QDi.328', 'QDi.336'];
const CHANGED_2026 = [
  'HTi.001', 'HTi.002', 'HTi.003', 'HTi.004', 'HTi.005', 'HTi.006', 'HTi.007', 'IQi.085', 'QDi.057',
  'QDi.065', 'QDi.150', 'QDi.154', 'QDi.187', 'QDi.338', 'QDi.372', 'SOi.022', 'TAi.068',
];

describe('diffLists', () => {
  it('2025-04-19 -> 2026-01-28: 126 added (the 121 re-listed Iran records), 4 removed, 17 changed', () => {
    const d = diffLists(l2025, l2026);
    assert.equal(d.added.length, 126);
    const regimes: Record<string, number> = {};
    for (const r of d.added) regimes[r.regime] = (regimes[r.regime] ?? 0) + 1;
    assert.deepEqual(regimes, { Iran: 121, Haiti: 4, 'Al-Qaida': 1 });
    assert.deepEqual(d.removed.map((r) => r.ref), REMOVED_2026);
    assert.deepEqual(d.changed.map((r) => r.ref), CHANGED_2026);
    assert.equal(d.from.id, l2025.version.id);
    assert.equal(d.to.id, l2026.version.id);
    assert.equal(changedRefs(d).size, 126 + 17);
    assert.ok(changedRefs(d).has('HTi.001') && !changedRefs(d).has('IQi.074'));
  });

  it('2025-04-19 -> 2026-01-28 restricted to DPRK: nothing changed', () => {
    const d = diffLists(l2025, l2026, { regime: 'DPRK' });
    assert.ok(isEmptyDiff(d));
    assert.equal(d.regime, 'DPRK');
  });

  it('2020-11-30 -> 2026-01-28, DPRK: the same 155 records, KPi.063 re-dated 1950 -> 1949', () => {
    const d = diffLists(l2020, l2026, { regime: 'dprk' });
    assert.equal(d.added.length + d.removed.length, 0);
    const pak = d.changed.find((r) => r.ref === 'KPi.063');
    assert.ok(pak);
    const dob = pak.changes.find((c) => c.field === 'datesOfBirth');
    assert.deepEqual(dob, {
      field: 'datesOfBirth',
      before: [{ precision: 'year', year: 1950 }],
      after: [{ precision: 'year', year: 1949 }],
    });
    assert.deepEqual(pak.changes.map((c) => c.field), ['names', 'datesOfBirth', 'designations', 'addresses', 'updatedOn']);
  });

  it('a list against itself is empty', () => {
    const d = diffLists(l2026, l2026);
    assert.ok(isEmptyDiff(d));
    assert.equal(changedRefs(d).size, 0);
    assert.ok(isEmptyDiff(diffLists(l2026, parseUnList(xml2026, 'again'))));
  });

  it('a renamed record is changed, not removed and added (never diff by name)', () => {
    const pak = '<FIRST_NAME>PAK</FIRST_NAME>\n      <SECOND_NAME>YONG SIK</SECOND_NAME>';
    const d = diffLists(l2026, edited(pak, pak.replace('>PAK<', '>PARK<')));
    assert.deepEqual(d.added, []);
    assert.deepEqual(d.removed, []);
    assert.deepEqual(d.changed.map((r) => [r.ref, r.name, r.changes.map((c) => c.field)]), [['KPi.063', 'PARK YONG SIK', ['names']]]);
  });

  it('a record renumbered under the same DATAID is paired by DATAID', () => {
    const d = diffLists(l2026, edited('<REFERENCE_NUMBER>KPi.063</REFERENCE_NUMBER>', '<REFERENCE_NUMBER>KPi.963</REFERENCE_NUMBER>'));
    assert.deepEqual([d.added.length, d.removed.length], [0, 0]);
    assert.deepEqual(d.changed[0]?.changes, [{ field: 'ref', before: 'KPi.063', after: 'KPi.963' }]);
    assert.deepEqual([...changedRefs(d)], ['KPi.963']);
  });

  it('reordering aliases is no change; replacing one, or a document number, is', () => {
    const a = '<ALIAS_NAME>Chong Chon Gang Shipping Co. Ltd.</ALIAS_NAME>';
    const b = '<ALIAS_NAME>Chongchongang Shipping Co LTD</ALIAS_NAME>';
    assert.ok(xml2026.includes(a) && xml2026.includes(b));
    const reordered = parseUnList(xml2026.replace(a, '@@').replace(b, a).replace('@@', b), 'reordered');
    assert.notDeepEqual(reordered.records.find((r) => r.ref === 'KPe.022')?.names, l2026.records.find((r) => r.ref === 'KPe.022')?.names);
    assert.ok(isEmptyDiff(diffLists(l2026, reordered)));
    // KPe.022 now holds the second alias twice (kept once) and the first not at all: a change in names.
    const d = diffLists(l2026, edited(a, b));
    assert.deepEqual(d.changed.map((r) => [r.ref, r.changes.map((c) => c.field)]), [['KPe.022', ['names']]]);
    const doc = edited('<NUMBER>563410081</NUMBER>', '<NUMBER>563410082</NUMBER>');
    const dd = diffLists(l2026, doc);
    assert.deepEqual(dd.changed.map((r) => [r.ref, r.changes.map((c) => c.field)]), [['KPi.027', ['documents']]]);
  });

  it('is deterministic: sorted by reference, fields in a fixed order', () => {
    const a = JSON.stringify(diffLists(l2020, l2026));
    const b = JSON.stringify(diffLists(l2020, l2026));
    assert.equal(a, b);
    const refs = diffLists(l2020, l2026).changed.map((r) => r.ref);
    assert.deepEqual(refs, [...refs].sort());
  });
});
