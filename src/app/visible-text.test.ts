import assert from 'node:assert/strict';
import { test } from 'node:test';
import { visibleText } from './visible-text.ts';

test('bidirectional, zero-width and control characters are written out; letters of every script stay', () => {
  assert.equal(visibleText('a\u202Eb\u200Bc\u0000d\nE'), 'a<U+202E>b<U+200B>c<U+0000>d<U+000A>E');
  assert.equal(visibleText('박영식 朴 Пак Zoë'), '박영식 朴 Пак Zoë');
  assert.equal(visibleText('x\uD800y'), 'x<U+D800>y');
});
