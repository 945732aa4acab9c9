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
  // Without a list, each word's final n is read as ng too: all at once, then one word at a time.
  assert.deepEqual(kontsevichReadings(['yun', 'kho', 'dzhin']), [['yun', 'ho', 'jin'], ['yung', 'ho', 'jing'], ['yung', 'ho', 'jin'], ['yun', 'ho', 'jing']]);
  assert.deepEqual(kontsevichReadings(['ryenbon', 'general', 'corporation']), [['ryonbon', 'general', 'corporation'], ['ryonbong', 'general', 'corporation']]);
  for (const words of [['peter', 'smith'], ['green', 'energy'], ['kim', 'jong', 'un'], ['general', 'electric']]) assert.equal(kontsevichReadings(words), undefined, words.join(' '));
});

test('innocent names stay plain', () => {
  for (const name of ['Peter Smith', 'Green Energy Ltd', 'Khabarovsk Trading', 'Dzhambul Kazakhov', 'Tsvetkov Mikhail', 'Yevgeny Khvostov', 'Kheops Technologies']) {
    const m = screenName(v3, { name });
    assert.ok(m.every((x) => x.band !== 'match'), `${name}: ${m.map((x) => `${x.ref} ${x.score}`).join(', ')}`);
  }
});

test('security review 18 (R18-5): the rest of the table, read to the listed word where there is one', () => {
  const listed = new Set(['kang', 'ryong', 'pae', 'won', 'uk', 'ko', 'chol', 'chae', 'tanchon', 'ryonbong', 'choe', 'hwi', 'yun', 'ho', 'jin', 'kum', 'san', 'hunjin']);
  const isListed = (w: string): boolean => listed.has(w);
  const first = (words: string[]): string[] | undefined => kontsevichReadings(words, isListed)?.[0];
  const any = (words: string[], want: string): boolean => (kontsevichReadings(words, isListed) ?? []).some((r) => r.join(' ') === want);
  // ё written е (Рён Ren), final н (Кан Kan): ng where listed.
  assert.ok(any(['kan', 'ren'], 'kang ryong'));
  // в before a vowel: w; a final э: ae.
  assert.deepEqual(first(['pe', 'von', 'uk']), ['pae', 'won', 'uk']);
  // kh for ㅋ without its k; чх; э.
  assert.ok(any(['kho', 'chkhol', 'che'], 'ko chol chae'));
  // A place's Russian adjective; the Russian generic words left to the vocabulary.
  assert.deepEqual(first(['tanchkhonskiy', 'kommercheskiy', 'bank']), ['tanchon', 'kommercheskiy', 'bank']);
  // Чхве Хви: ве is ㅚ; ы is ŭ; the passports' iu.
  assert.deepEqual(first(['chkhve', 'khvi']), ['choe', 'hwi']);
  assert.deepEqual(first(['koreyskaya', 'torgovaya', 'korporatsiya', 'kymsan']), ['koreyskaya', 'torgovaya', 'korporatsiya', 'kumsan']);
  assert.deepEqual(first(['iun', 'kho', 'chin']), ['yun', 'ho', 'chin']);
  // Kontsevich's final н alone in a long word that is no listed word: the listed word with ng.
  assert.deepEqual(first(['ryonbon']), ['ryonbong']);
  // Plain names, English words and Revised Romanization stay as written.
  for (const words of [['lee', 'weon', 'ho'], ['corporation', 'banking'], ['kim', 'son'], ['ryonbong'], ['green', 'energy']]) assert.equal(kontsevichReadings(words, isListed), undefined, words.join(' '));
});
