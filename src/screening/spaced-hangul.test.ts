// Hangul syllables set apart, and a listed body's distinctive word alone in Hangul (security review 17,
// R17-7): found as written together; persons' spaced names kept; innocent Korean names stay plain.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { screenName, type ScreeningIndex } from './index.ts';
import { loneHangulWordReading, spacedHangulReading } from './spaced-hangul.ts';
import { v3Screener } from '../../test/support/list-screeners.ts';

let v3: ScreeningIndex;
before(() => {
  ({ v3 } = v3Screener());
});

const FOUND: [string, string][] = [
  ['단 천 상 업 은 행', 'KPe.003'], ['단천 상 업 은 행', 'KPe.003'], ['단-천-상-업-은-행', 'KPe.003'], ['단.천.상.업.은.행', 'KPe.003'],
  ['단·천·상·업·은·행', 'KPe.003'], ['단 천 상업 은 행', 'KPe.003'], ['조 선 광 업 개 발 무 역 회 사', 'KPe.001'], ['대 동 신 용 은 행', 'KPe.023'],
  ['련봉', 'KPe.002'], ['백 창 호', 'KPi.006'], ['박 영 식', 'KPi.063'],
];

test('Hangul syllables set apart are read joined; a listed body\'s Hangul word alone is found', () => {
  for (const [name, ref] of FOUND) {
    const m = screenName(v3, { name }).find((x) => x.ref === ref);
    assert.ok(m !== undefined, `${name} → ${ref}`);
  }
  assert.ok(screenName(v3, { name: '련봉', type: 'entity' }).some((x) => x.ref === 'KPe.002' && x.band === 'match'));
});

test('the readings: only Hangul words, two single syllables at least, four syllables in all', () => {
  assert.equal(spacedHangulReading('단 천 상 업 은 행'), '단천상업은행');
  assert.equal(spacedHangulReading('백 창 호'), undefined);
  assert.equal(spacedHangulReading('단천 상업은행'), undefined);
  assert.equal(spacedHangulReading('K O M I D'), undefined);
  assert.equal(loneHangulWordReading('련봉'), 'ryonbong');
  assert.equal(loneHangulWordReading('단천상업은행'), undefined);
});

test('innocent Korean names, spaced or alone, stay plain', () => {
  for (const name of ['삼 성 전 자', '현 대 자 동 차', '신 한 은 행', '우 리 은 행', '삼성', '현대', '서울', '부산', '한국', '국민']) {
    assert.deepEqual(screenName(v3, { name }).map((x) => x.ref), [], name);
  }
});
