// The parser against the three real UN snapshots: counts, and every trap REGIME.md §4 lists.
import { unListSnapshot } from './support/un-list-fixtures.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentKind, loadUnList, normalizeDocumentNumber, type ListRecord, type UnList } from '../src/screening/un-list/index.ts';

// These tests are about reading the XML: the parsed-list disk cache is tested in un-list-cache.test.ts.
process.env.INTERDICT_CACHE_DIR = 'off';
const snapshot = unListSnapshot;
const DATES = ['2020-11-30', '2025-04-19', '2026-01-28'] as const;
const lists = new Map<string, UnList>(DATES.map((d) => [d, loadUnList(snapshot(d))]));
const list = (d: (typeof DATES)[number]): UnList => lists.get(d)!;
const rec = (l: UnList, ref: string): ListRecord => {
  const r = l.records.find((x) => x.ref === ref);
  assert.ok(r, `${ref} is in the list`);
  return r;
};

describe('UN list: the three real snapshots', () => {
  for (const d of DATES) {
    it(`${d}: DPRK = 80 individuals + 75 entities`, () => {
      const dprk = list(d).records.filter((r) => r.regime === 'DPRK');
      assert.equal(dprk.filter((r) => r.kind === 'person').length, 80);
      assert.equal(dprk.filter((r) => r.kind === 'entity').length, 75);
      assert.ok(dprk.every((r) => /^KP[ie]\.\d{3}$/.test(r.ref)), 'every DPRK reference is KPi.NNN / KPe.NNN');
      assert.ok(dprk.every((r) => (r.kind === 'person') === r.ref.startsWith('KPi.')));
    });
    it(`${d}: references trimmed and unique, names clean, no empty alias`, () => {
      const l = list(d);
      assert.equal(new Set(l.records.map((r) => r.ref)).size, l.records.length);
      for (const r of l.records) {
        assert.equal(r.ref, r.ref.trim());
        assert.equal(r.names[0]?.kind, 'primary');
        for (const n of r.names) {
          assert.notEqual(n.full, '', `${r.ref} has an empty name`);
          assert.doesNotMatch(n.full, /\s{2}|[\n\r\t]|^\s|\s$/, `${r.ref} name "${n.full}" is collapsed`);
        }
      }
    });
  }

  it('record totals per file', () => {
    assert.deepEqual(DATES.map((d) => list(d).records.length), [1018, 877, 999]);
  });

  it('the version is dateGenerated + sha256 of the bytes', () => {
    const v = list('2026-01-28').version;
    assert.equal(v.dateGenerated, '2026-01-28T00:00:11.197Z');
    assert.equal(v.sha256, 'c6a354e9d798d5efd7c6deb4420fe6fc58d4255465b1fab35fbdd7bca2a3883f');
    assert.equal(v.id, '2026-01-28T00:00:11.197Z#c6a354e9d798');
    assert.equal(list('2025-04-19').version.dateGenerated, '2025-04-19T23:00:04.625Z'); // single-quoted attributes
  });

  it('KPe.051: the reference printed "KPe.051 " is trimmed', () => {
    for (const d of DATES) assert.equal(rec(list(d), 'KPe.051').kind, 'entity');
    // 2020 prints many references with a trailing space (e.g. "KPi.034 ").
    assert.equal(rec(list('2020-11-30'), 'KPi.034').names[0]?.full, 'JO YONG CHOL');
  });

  it('KPi.063 PAK YONG SIK: born 1950 in 2020, amended to 1949 by 2025 and 2026', () => {
    assert.deepEqual(rec(list('2020-11-30'), 'KPi.063').datesOfBirth, [{ precision: 'year', year: 1950 }]);
    for (const d of ['2025-04-19', '2026-01-28'] as const) {
      const r = rec(list(d), 'KPi.063');
      assert.equal(r.names[0]?.full, 'PAK YONG SIK');
      assert.deepEqual(r.names[0]?.parts, ['PAK', 'YONG SIK']);
      assert.deepEqual(r.datesOfBirth, [{ precision: 'year', year: 1949 }]);
      assert.equal(r.dataId, '6908626');
    }
  });

  it('KPi.066: the BETWEEN range 1967-1969', () => {
    for (const d of DATES) {
      assert.deepEqual(rec(list(d), 'KPi.066').datesOfBirth, [{ precision: 'range', fromYear: 1967, toYear: 1969 }]);
    }
  });

  it('dates of birth: exact, several per person, approximate, month-year, alias dates, zone suffix', () => {
    const l = list('2026-01-28');
    assert.deepEqual(rec(l, 'KPi.034').datesOfBirth, [{ precision: 'exact', date: '1973-09-30' }]);
    const jang = rec(l, 'KPi.016'); // own date + the date under alias Jang Hyon U
    assert.deepEqual(jang.datesOfBirth, [
      { precision: 'exact', date: '1957-04-15' },
      { precision: 'exact', date: '1958-02-22' },
    ]);
    assert.equal(rec(l, 'KPi.007').datesOfBirth.length, 3);
    const all = l.records.flatMap((r) => r.datesOfBirth);
    assert.ok(all.some((x) => x.precision === 'approximate'));
    assert.ok(all.some((x) => x.precision === 'year' && x.month !== undefined), 'a month-year date keeps its month');
    assert.deepEqual(rec(l, 'LYi.022').dobNotes, ['30-35 years old']);
    // The 2020 file writes some dates with a zone: "1960-01-01-05:00".
    const zoned = list('2020-11-30').records.flatMap((r) => r.datesOfBirth).filter((x) => x.precision === 'exact');
    assert.ok(zoned.every((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.date)));
    assert.ok(zoned.some((x) => x.date === '1960-01-01'));
  });

  it('apostrophes: straight and curly kept as printed', () => {
    const names = list('2026-01-28').records.filter((r) => r.regime === 'DPRK').flatMap((r) => r.names.map((n) => n.full));
    assert.ok(names.includes("RA KY'ONG-SU"));
    assert.ok(names.includes('KIM TONG MY’ONG'));
    assert.ok(names.includes("KO CH'O'L-CHAE"));
    assert.ok(names.includes('Pak Yo’ng-sik'), 'the &#8217; reference is decoded to ’');
    assert.ok(!names.some((n) => n.includes('&#')));
  });

  it('DPRK records carry no Hangul (REGIME.md §4): the matcher cannot rely on an original-script form', () => {
    for (const d of DATES) {
      const dprk = list(d).records.filter((r) => r.regime === 'DPRK');
      assert.ok(!dprk.some((r) => r.names.some((n) => /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(n.full))));
    }
  });

  it('line breaks and runs of spaces inside names are folded', () => {
    const ly = rec(list('2020-11-30'), 'LYi.027').names.map((n) => n.full);
    assert.ok(ly.includes('Ibrahim Saeed Salem Awad Aissa Hamed Dawoud Al Jadhran'));
    const qd = rec(list('2026-01-28'), 'QDi.426').names.find((n) => n.script === 'original');
    assert.equal(qd?.full, 'أمیر محمد سعید عبد الرحمن السلبي');
  });

  it('alias kinds: Good/Low for individuals, a.k.a./f.k.a. for entities', () => {
    const l = list('2026-01-28');
    const kinds = new Set(l.records.flatMap((r) => r.names.map((n) => `${r.kind}:${n.kind}`)));
    for (const k of ['person:primary', 'person:good', 'person:low', 'entity:primary', 'entity:good', 'entity:former']) {
      assert.ok(kinds.has(k), k);
    }
    assert.ok(rec(l, 'KPe.028').names.some((n) => n.kind === 'former' && n.full === 'MACHINE INDUSTRY DEPARTMENT'));
    // Empty <ALIAS_NAME/> placeholders (CDi.001 has one) leave no name behind.
    assert.deepEqual(rec(l, 'CDi.001').names.map((n) => n.full), ['ERIC BADEGE']);
    const count = (k: string): number => l.records.flatMap((r) => r.names).filter((n) => n.kind === k && !n.script).length;
    // Counted independently in the raw file: 615 Low, 19 f.k.a., and Good 1521 + a.k.a. 594 = 2115 strong
    // aliases of which 10 repeat an alias of the same record word for word (kept once).
    assert.equal(count('low'), 615);
    assert.equal(count('former'), 19);
    assert.equal(count('good'), 2105);
  });

  it('documents: types in English, French and Spanish classified; numbers normalized', () => {
    const docs = list('2026-01-28').records.flatMap((r) => r.documents);
    const kindOf = (type: string): Set<string> => new Set(docs.filter((d) => d.type === type).map((d) => d.kind));
    assert.deepEqual(kindOf('Passport'), new Set(['passport']));
    assert.deepEqual(kindOf('Numéro de passeport'), new Set(['passport']));
    assert.deepEqual(kindOf('Número de pasaporte'), new Set(['passport']));
    assert.deepEqual(kindOf('National Identification Number'), new Set(['national-id']));
    assert.ok(docs.every((d) => d.normalized === d.number.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '')));
    assert.equal(documentKind("Carte nationale d'identité"), 'national-id');
    assert.equal(documentKind('Documento Nacional de Identidad'), 'national-id');
    assert.equal(documentKind('', 'Afghan national identification card (tazkira) number'), 'national-id');
    assert.equal(documentKind('', "Driver's Permit"), 'other');
    assert.equal(normalizeDocumentNumber('pd-381 420/105'), 'PD381420105');
    const kp = rec(list('2026-01-28'), 'KPi.027').documents;
    assert.deepEqual(kp.map((d) => [d.kind, d.normalized]), [['passport', '563410081']]);
  });

  it('nationality, designation, listed-on, last-updated, addresses', () => {
    const r = rec(list('2026-01-28'), 'KPi.063');
    assert.deepEqual(r.nationalities, ["Democratic People's Republic of Korea"]);
    assert.deepEqual(r.designations, ['Former Member of the Workers’ Party of Korea Central Military Commission']);
    assert.equal(r.listedOn, '2017-09-11');
    assert.deepEqual(r.updatedOn, ['2022-07-26', '2023-05-30', '2023-06-29']);
    assert.deepEqual(rec(list('2026-01-28'), 'KPe.051').addresses, ["Pyongyang, Democratic People's Republic of Korea"]);
  });

  it('the list is frozen all the way down', () => {
    const l = list('2026-01-28');
    assert.ok(Object.isFrozen(l) && Object.isFrozen(l.records) && Object.isFrozen(l.records[0]));
    assert.ok(Object.isFrozen(l.records[0]?.names[0]));
    assert.throws(() => {
      (l.records as ListRecord[]).push(l.records[0]!);
    }, TypeError);
  });

  it('no path loads the bundled snapshot, identical to the 2026-01-28 file', () => {
    const b = loadUnList();
    assert.equal(b.source, 'bundled');
    assert.deepEqual(b.version, list('2026-01-28').version);
    assert.equal(b.records.length, 999);
  });
});
