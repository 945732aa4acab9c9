// korean-v2 beside korean-v1: typing errors reach their name (and say so), a valid different syllable never
// does, the initial sound rule only at a name's start, entities found with a branch or office added,
// generic entity names only with the country. Every match records its algorithm.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildIndex, screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { typoCorrections } from '../src/screening/normalize/typo-correction.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';
import type { UnList } from '../src/screening/un-list/model.ts';

let list: UnList;
let v1: ScreeningIndex;
let v2: ScreeningIndex;
before(() => {
  list = loadUnList();
  v1 = buildIndex(list, 'korean-v1');
  v2 = buildIndex(list, 'korean-v2');
});
const refs = (ix: ScreeningIndex, name: string, extra: Record<string, string> = {}): string[] => screenName(ix, { name, ...extra }).map((m) => m.ref);

describe('korean-v2: typing errors', () => {
  it('each kind reaches its name, below an exact reading, with the edit named', () => {
    const cases: [string, string, RegExp][] = [
      ['Pak Yonh Sik', 'KPi.063', /yonh read as yong, neighbouring key/],
      ['Kim Yongg Chol', 'KPi.024', /yongg read as yong, doubled letter/],
      ['Ri Je Sn', 'KPi.002', /sn read as son, dropped letter/],
      ['Choe Chun Skk', 'KPi.013', /skk read as sik, neighbouring key/],
      ['Pak Yogn Sik', 'KPi.063', /yogn read as yong, transposed letters/],
      ['Pak Yongsikk', 'KPi.063', /yongsikk read as yongsik, doubled letter/],
      ['Yong Sikk Pak', 'KPi.063', /sikk read as sik/],
    ];
    for (const [q, ref, edit] of cases) {
      const m = screenName(v2, { name: q })[0];
      assert.equal(m?.ref, ref, q);
      assert.equal(m?.algorithm, 'korean-v2');
      assert.match(m?.explanation[0]?.detail ?? '', edit, q);
      assert.ok((m?.score ?? 1) < 1 && (m?.score ?? 1) < (screenName(v2, { name: 'Park Young Sik' })[0]?.score ?? 0) + 0.01, q);
      assert.equal(refs(v1, q).includes(ref) && q !== 'Pak Yongsikk' && q !== 'Kim Yongg Chol', false, `v1 is unchanged: ${q}`);
    }
  });

  it('a valid syllable is never corrected into another: one syllable different is another person', () => {
    assert.deepEqual(typoCorrections('tong'), []);
    assert.equal(refs(v2, 'KIM YONG CHOL').includes('KPi.068'), false); // KIM TONG CHOL
    assert.equal(refs(v2, 'KIM TONG CHOL').includes('KPi.024'), false);
    assert.deepEqual(refs(v2, 'PAK YONG SAM'), []);
    assert.deepEqual(refs(v2, 'RI SON JE'), []);
  });

  it('Western names are not "corrected" into Korean ones', () => {
    for (const q of ['Ahmed Hassan', 'John Smith', 'Ivan Petrov', 'Nguyen Van An', 'Tran Thi Mai']) {
      const [a, b] = [screenName(v1, { name: q }), screenName(v2, { name: q })];
      assert.deepEqual(b.map((m) => [m.ref, m.score]), a.map((m) => [m.ref, m.score]), q);
      assert.ok(b.every((m) => !m.explanation[0]?.detail.includes('typing error')), q);
    }
  });
});

describe('korean-v2: the initial sound rule only at the start of the family and the given name', () => {
  it('at a start it still holds', () => {
    assert.deepEqual(refs(v2, 'Kim Ryong Chol'), ['KPi.024']); // KIM YONG CHOL
    assert.deepEqual(refs(v2, 'Lee Je-son'), ['KPi.002']);
    assert.deepEqual(refs(v2, 'Jeson Yi'), ['KPi.002']);
    assert.deepEqual(refs(v2, '이제선'), ['KPi.002']);
  });

  it('inside a given name it does not: CHO CHUN RYONG written Cho Chunyong is another name (v1 matched it)', () => {
    assert.deepEqual(refs(v1, 'Cho Chunyong'), ['KPi.038']);
    assert.equal(refs(v2, 'Cho Chunyong').includes('KPi.038'), false);
    assert.deepEqual(refs(v2, 'Cho Chun Ryong'), ['KPi.038']);
    assert.deepEqual(refs(v2, 'Jo Chunryong'), ['KPi.038']);
  });
});

describe('korean-v2: entities', () => {
  it('a branch, office, place or legal form added still finds the entity', () => {
    const cases: [string, string][] = [
      ['Korea Mining Development Trading Corp., Pyongyang branch', 'KPe.001'],
      ['Ocean Maritime Management, Nampo office', 'KPe.020'],
      ['Tanchon Commercial Bank, representative office in Lagos', 'KPe.003'],
      ['KOMID LLC', 'KPe.001'],
      ['Korea Kwangson Banking Corporation (Dandong branch)', 'KPe.025'],
    ];
    for (const [q, ref] of cases) {
      assert.equal(refs(v2, q)[0], ref, q);
      assert.ok(screenName(v2, { name: q })[0]?.explanation[0]?.detail.includes('not in the listed name'), q);
    }
    assert.deepEqual(refs(v1, 'Korea Mining Development Trading Corp., Pyongyang branch'), [], 'the miss v2 fixes');
  });

  it('generic names need the country; the explanation says so', () => {
    assert.deepEqual(refs(v2, 'Ministry of Defense'), []);
    assert.deepEqual(refs(v2, 'Ministry of Defense', { country: 'KP' }), ['KPe.054']);
    assert.deepEqual(refs(v2, 'Ministry of Defense', { nationality: "Democratic People's Republic of Korea" }), ['KPe.054']);
    assert.deepEqual(refs(v2, 'Ministry of Defense', { country: 'FR' }), []);
    assert.deepEqual(refs(v2, 'Korea Mining Corporation'), []);
    const held = screenName(v2, { name: 'Korea Mining Corporation' }, { threshold: 0.75 })[0];
    assert.match(held?.explanation.find((e) => e.feature === 'generic-name')?.detail ?? '', /only common words.*development/);
    assert.deepEqual(refs(v2, 'FIRST OIL JV CO LTD'), ['KPe.057'], 'a listed name of common words that is no generic name');
    assert.deepEqual(refs(v2, 'Ministry of National Defence'), ['KPe.054'], 'a longer listed name given in full');
  });

  it('a bracketed place qualifies the name: it is no name of its own', () => {
    assert.deepEqual(refs(v2, 'Tanchon Commercial Bank (Hong Kong)'), ['KPe.003']);
  });
});
