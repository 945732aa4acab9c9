// A bidirectional control written encoded is refused as the raw one is (security review 17, R17-17).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findBadText, nameTextProblem } from './text-guard.ts';

const ENCODED = ['&#x202E;DIMOK', '%E2%80%AEDIMOK', '=E2=80=AEDIMOK', '\\u202EDIMOK', '%u202EDIMOK', '&#8238;DIMOK', '&#x202E;KNAB LAICREMMOC NOHCNAT',
  'KIM%2520%E2%80%AEDIMOK', '&#x2066;KOMID&#x2069;', '%E2%80%AADIMOK', '&amp;#x202E;DIMOK'];

test('an encoded bidirectional control is refused in a name and in any text, as the raw one', () => {
  for (const s of ENCODED) {
    assert.match(nameTextProblem(s) ?? '', /bidirectional control U\+20(2[A-E]|6[6-9]) written encoded/, s);
    assert.ok(findBadText({ parties: [{ name: s }] }) !== undefined, s);
  }
  assert.match(nameTextProblem('\u202EDIMOK') ?? '', /bidirectional control U\+202E/);
});

test('encoded text without a bidirectional control, and the marks left to right and right to left, stay text', () => {
  for (const s of ['PAK%20YONG%20SIK', 'FOREIGN=20TRADE=20BANK', 'RI&#32;MAN&#32;GON', 'AT&amp;T', '100% cotton', 'a=b', '&#x200E;KOMID', '%E2%80%8FKOMID', 'C:\\users\\x']) {
    assert.equal(nameTextProblem(s), undefined, s);
    assert.equal(findBadText({ name: s }), undefined, s);
  }
});
