import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hiddenVariantProblem } from './hidden-variants.ts';

test('a key that shows as another is named; plain keys, accents and Hangul pass', () => {
  for (const ok of ['RU-R1', 'cn-2018/07', 'Pák-1', '박영식-1', 'CN 001', 'ñ-ü']) assert.equal(hiddenVariantProblem(ok), undefined, ok);
  assert.match(hiddenVariantProblem('RU\u200b-R1') ?? '', /invisible character U\+200B at character 3/);
  assert.match(hiddenVariantProblem('RU\u00adR1') ?? '', /invisible character U\+00AD/);
  assert.match(hiddenVariantProblem('ＲU-2018-001') ?? '', /Ｒ \(U\+FF32\) at character 1, a compatibility form of "R": write "RU-2018-001"/);
  assert.match(hiddenVariantProblem('ﬁle-1') ?? '', /compatibility form of "fi"/);
  // The rest of the default-ignorable characters (security re-review): variation selectors, the Mongolian free
  // variation selector, the combining grapheme joiner, the Khmer inherent vowels; and marks written apart.
  for (const hidden of ['\uFE0F', '\u{E0100}', '\u180B', '\u034F', '\u17B4', '\u17B5', '\u3164', '\u2800']) assert.match(hiddenVariantProblem(`s${hidden}1`) ?? '', /invisible character/, JSON.stringify(hidden));
  assert.match(hiddenVariantProblem('cafe\u0301') ?? '', /marks apart from their letters: write "café"/);
});
