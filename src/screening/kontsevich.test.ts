// Korean names in the Russian (Kontsevich) system written in Latin letters (security review 17, R17-21).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { screenName, type ScreeningIndex } from './index.ts';
import { kontsevichReadings } from './kontsevich.ts';
import { v3Screener } from '../../test/support/list-screeners.ts';

let v3: ScreeningIndex;
before(() => {
  ({ v3 } = v3Screener());
});

test('the reviewers\' names and variants are found', () => {
  for (const [name, ref] of [['Pek Chkhan Kho', 'KPi.006'], ['Yun Kho Dzhin', 'KPi.001'], ['Yun Kho Chzhin', 'KPi.001'], ['Khvan Sok Khva', 'KPi.003'],
    ['Kim Yong Chkhol', 'KPi.024'], ['Kim Yen Chkhol', 'KPi.024'], ['Ryenbon General Corporation', 'KPe.002'], ['PEK CHKHAN-KHO', 'KPi.006']] as const) {
    assert.ok(screenName(v3, { name }).some((m) => m.ref === ref), `${name} → ${ref}`);
  }
});

test('the reading: Kontsevich clusters only, in words that read as Korean syllables', () => {
  assert.deepEqual(kontsevichReadings(['pek', 'chkhan', 'kho']), [['paek', 'chan', 'ho'], ['paek', 'chang', 'ho']]);
  assert.deepEqual(kontsevichReadings(['yun', 'kho', 'dzhin']), [['yun', 'ho', 'jin'], ['yun', 'ho', 'jing']]);
  assert.deepEqual(kontsevichReadings(['ryenbon', 'general', 'corporation']), [['ryonbon', 'general', 'corporation'], ['ryonbong', 'general', 'corporation']]);
  for (const words of [['peter', 'smith'], ['green', 'energy'], ['kim', 'jong', 'un'], ['general', 'electric']]) assert.equal(kontsevichReadings(words), undefined, words.join(' '));
});

test('innocent names stay plain', () => {
  for (const name of ['Peter Smith', 'Green Energy Ltd', 'Khabarovsk Trading', 'Dzhambul Kazakhov', 'Tsvetkov Mikhail', 'Yevgeny Khvostov', 'Kheops Technologies']) {
    const m = screenName(v3, { name });
    assert.ok(m.every((x) => x.band !== 'match'), `${name}: ${m.map((x) => `${x.ref} ${x.score}`).join(', ')}`);
  }
});
