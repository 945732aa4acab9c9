// A bidirectional control written encoded is refused as the raw one is (security review 17, R17-17), in every
// escape syntax a program that shows text may decode (review 18, R18-2).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findBadText, nameTextProblem } from './text-guard.ts';
import { escapeReadings } from './escape-reader.ts';

const ENCODED = ['&#x202E;DIMOK', '%E2%80%AEDIMOK', '=E2=80=AEDIMOK', '\\u202EDIMOK', '%u202EDIMOK', '&#8238;DIMOK', '&#x202E;KNAB LAICREMMOC NOHCNAT',
  'KIM%2520%E2%80%AEDIMOK', '&#x2066;KOMID&#x2069;', '%E2%80%AADIMOK', '&amp;#x202E;DIMOK'];

/** Review 18's spellings of U+202E (and its neighbours), each as some real decoder reads it. */
const SPELLINGS: readonly (readonly [string, string])[] = [
  ['&#8238DIMOK', 'HTML numeric reference without its semicolon'],
  ['\\202E DIMOK', 'CSS escape, a space ending it'],
  ['\\202e DIMOK', 'CSS escape, lower case'],
  ['\\202E\u00a0', 'CSS escape at the end'],
  ['&#8238 DIMOK', 'HTML numeric reference without its semicolon, before a space'],
  ['&#0000008238;DIMOK', 'leading zeros'],
  ['&#x0202e;DIMOK', 'hex reference, leading zero, lower case'],
  ['&#X202E DIMOK', 'hex reference, capital X, no semicolon'],
  ['&#x000000202E;DIMOK', 'hex reference, many leading zeros'],
  ['&#x202e;DIMOK', 'hex reference, lower case'],
  ['=?UTF-8?B?4oCu?=DIMOK', 'MIME encoded-word, base64'],
  ['=?utf-8?q?=E2=80=AE?=DIMOK', 'MIME encoded-word, quoted'],
  ['=?UTF-8?Q?=e2=80=ae?=DIMOK', 'MIME encoded-word, quoted in lower case'],
  ['=?UTF-16BE?B?IC4=?=DIMOK', 'MIME encoded-word, UTF-16'],
  ['=?UTF-7?Q?+ICo-?=DIMOK', 'MIME encoded-word, UTF-7'],
  ['\\x{202E}DIMOK', 'Perl \\x{…}'],
  ['\\u{202E}DIMOK', 'JavaScript \\u{…}'],
  ['\\u{0202e}DIMOK', 'JavaScript \\u{…} with a leading zero'],
  ['\\U0000202EDIMOK', 'Python and C \\U'],
  ['\\u202eDIMOK', 'JSON \\u in lower case'],
  ['\\N{RIGHT-TO-LEFT OVERRIDE}DIMOK', 'Python and Perl \\N{name}'],
  ['\\N{RLO}DIMOK', 'Python and Perl \\N{alias}'],
  ['\\N{U+202E}DIMOK', 'Perl \\N{U+…}'],
  ['\\xe2\\x80\\xaeDIMOK', 'Python bytes, C and shell \\x bytes'],
  ['\\342\\200\\256DIMOK', 'octal bytes'],
  ['\\u8238?DIMOK', 'RTF \\uN?'],
  ['%u202EDIMOK', 'IIS %u'],
  ['%u202eDIMOK', 'IIS %u in lower case'],
  ['%e2%80%aeDIMOK', 'percent-encoding in lower case'],
  ['%25E2%2580%25AEDIMOK', 'percent-encoding twice'],
  ['%2525E2%252580%2525AEDIMOK', 'percent-encoding three times'],
  ['%F0%82%80%AEDIMOK', 'overlong UTF-8 (four bytes for three)'],
  ['%E2%80%AE%E2%80%ADDIMOK', 'two controls'],
  ['+ICo-DIMOK', 'UTF-7 (U+202A)'],
  ['+ICo DIMOK', 'UTF-7 without its closing dash'],
  ['+IC4-DIMOK', 'UTF-7 (U+202E)'],
  ['=E2=\r\n=80=AEDIMOK', 'quoted-printable across a soft line break'],
  ['=e2=80=aeDIMOK', 'quoted-printable in lower case'],
  ['&amp;#8238DIMOK', 'an HTML reference escaped again'],
  ['&#38;#8238;DIMOK', 'an HTML reference escaped numerically'],
  ['%26%23x202E%3BDIMOK', 'an HTML reference percent-encoded'],
  ['\\\\u202EDIMOK', 'a backslash escape escaped'],
  ['&#x5C;u202EDIMOK', 'a backslash escape with its backslash as a reference'],
  ['&#x2067;KOMID&#x2069;', 'isolates'],
  ['%E2%81%A8KOMID', 'first strong isolate'],
  ['&#8234;KOMID', 'left-to-right embedding'],
];

test('an encoded bidirectional control is refused in a name and in any text, as the raw one', () => {
  for (const s of [...ENCODED, ...SPELLINGS.map(([s]) => s)]) {
    // A name is one line: the soft line break is refused there before its escapes are read; free text reads them.
    if (!s.includes('\n')) assert.match(nameTextProblem(s) ?? '', /bidirectional control U\+20(2[A-E]|6[6-9]) written encoded/, s);
    assert.ok(findBadText({ parties: [{ name: s }] }) !== undefined, s);
    assert.match(findBadText({ memo: `payment for ${s} goods` })?.message ?? '', /^memo holds the bidirectional control U\+20(2[A-E]|6[6-9]) written encoded/, s);
  }
  assert.match(nameTextProblem('\u202EDIMOK') ?? '', /bidirectional control U\+202E/);
});

test('an escape escaped more deeply than the reader reads is refused, not passed unread', () => {
  let s = '%E2%80%AE';
  for (let i = 0; i < 14; i++) s = s.replace(/%/g, '%25');
  assert.match(nameTextProblem(`${s}DIMOK`) ?? '', /more than 12 deep/);
});

const INNOCENT = ['PAK%20YONG%20SIK', 'FOREIGN=20TRADE=20BANK', 'RI&#32;MAN&#32;GON', 'AT&amp;T', 'AT&T', '100% cotton', '50% off', 'a=b', 'x = 2 + 3',
  '&#x200E;KOMID', '%E2%80%8FKOMID', '&lrm;KOMID', '&rlm;', '\\u200FKOMID', '&#x061C;', 'C:\\users\\x', 'C:\\Users\\Uwe\\N{x}', 'is =? in text', '=?bad?',
  '&#65;&#66;C', '&#x41;', 'price +1 555 0100', 'C++ and C#', 'tel. +82 2 1234', 'see §3 & §4', 'R&D; P&L', '&nbsp;&amp;', '%u0041', '\\x41\\x42',
  'ROSE + ICE', 'shop+ICE', '=?UTF-8?B?S09NSUQ=?=', '\\u{41}', '&#99999999999;', '%FF%FE', '\\N{LATIN SMALL LETTER A}', '2+2=4', 'https://example.com/a%2Fb?x=1&y=2', 'clause \\7 of the contract', 'C:\\12\\ab', 'C:\\data\\abcd'];

test('text without an encoded bidirectional control, and the marks left to right and right to left, stay text', () => {
  for (const s of INNOCENT) {
    assert.equal(nameTextProblem(s), undefined, s);
    assert.equal(findBadText({ name: s }), undefined, s);
  }
});

test('the reader reads each syntax to its character', () => {
  const last = (s: string): string | undefined => escapeReadings(s).readings.at(-1);
  assert.equal(last('&#65;&#x42;&#0067'), 'ABC');
  assert.equal(last('%25E2%2580%25AE'), '\u202E');
  assert.equal(last('=?UTF-8?B?S09NSUQ=?='), 'KOMID');
  assert.equal(last('+ICo-'), '\u202A');
  assert.equal(last('+IC4-'), '\u202E');
  assert.equal(last('\\N{RIGHT-TO-LEFT MARK}'), '\u200F');
  assert.deepEqual(escapeReadings('plain text, 50% off'), { readings: [], settled: true });
});

// Review 19, M2: a control character (and, in a name, a line break) written encoded is refused where the raw one
// is, read by the same reader; what free text holds raw (a line break, U+2028) it may hold encoded.
const CONTROLS = ['KO%07MID', 'K%07O%07M%07I%07D', 'KO\\u0007MID', '=?UTF-8?Q?KO=07MID?=', 'KO%00MID', 'KO%1BMID', 'KO%7FMID', 'KO%C2%85MID',
  'KO&#7;MID', 'KO&#x1b;MID', 'KO\\x07MID', 'KO%2507MID', '=?UTF-8?B?S08HTUlE?=', 'KO+AAc-MID',
  // A NUL written as a code point, as the byte forms (review 21).
  'KO%u0000MID', 'KO\\u0000MID', 'KO&#0;MID', 'KO&#x00;MID', 'KO\\x{0}MID', 'KO%C0%80MID'];

test('an encoded control character is refused in a name and in any text, as the raw one', () => {
  for (const s of CONTROLS) {
    assert.match(nameTextProblem(s) ?? '', /(control character U\+00[0-9A-F]{2}|NUL character \(U\+0000\)) written encoded/, s);
    assert.match(findBadText({ memo: `payment for ${s} goods` })?.message ?? '', /^memo holds (the control character|a NUL character)/, s);
  }
  for (const s of ['KO%E2%80%A8MID', 'KO%0AMID', 'KO&#9;MID', 'KO%E2%80%A9MID']) {
    assert.match(nameTextProblem(s) ?? '', /(separator U\+202[89]|control character U\+000[9A]) written encoded .*\(a (tab|line break) once decoded\)/, s);
    assert.equal(findBadText({ memo: s }), undefined, s);
  }
});

test('a plus before a word is no UTF-7: steel+ABS and HIV+AIDS stay text', () => {
  for (const s of ['steel+ABS plastic', 'HIV+AIDS', 'A+AIR', 'X+ABC Corp', 'a+ABBA']) {
    assert.equal(nameTextProblem(s), undefined, s);
    assert.equal(findBadText({ memo: s }), undefined, s);
  }
});
