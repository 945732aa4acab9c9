// Bad input never half-loads a list: every problem is LIST_INVALID naming the file, record and field.
import { unListSnapshot } from './support/un-list-fixtures.ts';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { InterdictError } from '../src/errors/index.ts';
import { loadUnList, parseUnList } from '../src/screening/un-list/index.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// These tests are about reading the XML: the parsed-list disk cache is tested in un-list-cache.test.ts.
process.env.INTERDICT_CACHE_DIR = 'off';
const real = readFileSync(unListSnapshot('2026-01-28'), 'utf8');

function listInvalid(xml: string | Buffer, expect: { message: RegExp; record?: string; field?: string }): void {
  assert.throws(
    () => parseUnList(xml, 'test.xml'),
    (e: unknown) => {
      assert.ok(e instanceof InterdictError);
      assert.equal(e.code, 'LIST_INVALID');
      assert.equal(e.location.file, 'test.xml');
      assert.match(e.message, expect.message);
      assert.equal(e.location.record, expect.record);
      assert.equal(e.location.field, expect.field);
      return true;
    },
  );
}

const tiny = (body: string, root = 'CONSOLIDATED_LIST', attrs = ' dateGenerated="2026-01-01T00:00:00Z"'): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${root}${attrs}>${body}</${root}>`;
const person = (inner: string): string => `<INDIVIDUALS><INDIVIDUAL>${inner}</INDIVIDUAL></INDIVIDUALS>`;
const OK_PERSON = '<DATAID>1</DATAID><FIRST_NAME>KIM</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.999 </REFERENCE_NUMBER>';

describe('UN list: bad input', () => {
  it('what is not text (a non-character, raw or as a reference) or a name holding a bidirectional override or control character is refused, naming the record', () => {
    const withName = (name: string) => tiny(person(OK_PERSON.replace('<FIRST_NAME>KIM</FIRST_NAME>', `<FIRST_NAME>${name}</FIRST_NAME>`)));
    // A reference to U+FFFE or U+FFFF is no XML at all (review 19, LOW-6): refused naming the line, below.
    listInvalid(withName('KIM&#xFFFE;'), { message: /character reference &#xFFFE; names U\+FFFE, which is no XML character .*\(line 2\)/ });
    listInvalid(withName('KIM\uFDD0'), { message: /non-character U\+FDD0/, record: 'KPi.999', field: 'names[0].full' });
    listInvalid(withName('KIM&#x202E;GNOS'), { message: /bidirectional control U\+202E/, record: 'KPi.999', field: 'names[0].full' });
    listInvalid(tiny(person(`${OK_PERSON}<COMMENTS1>x\u0007y</COMMENTS1>`)), { message: /control character U\+0007/, record: 'KPi.999', field: 'comments' });
    listInvalid(tiny(person(`${OK_PERSON}<COMMENTS1>x&#xFFFF;</COMMENTS1>`)), { message: /names U\+FFFF, which is no XML character/ });
  });

  it('security review 19, LOW-6: a character reference naming no XML character is refused, naming the line; nothing stored', () => {
    for (const [ref, what] of [['&#0;', 'U\\+0000'], ['&#x0;', 'U\\+0000'], ['&#x00;', 'U\\+0000'], ['&#7;', 'U\\+0007'], ['&#x1B;', 'U\\+001B'], ['&#xD800;', 'U\\+D800'],
      ['&#xDFFF;', 'U\\+DFFF'], ['&#x110000;', 'beyond Unicode'], ['&#99999999999;', 'beyond Unicode'], ['&#xFFFE;', 'U\\+FFFE']] as const) {
      const xml = tiny(person(OK_PERSON)).replace('<INDIVIDUALS>', '\n<INDIVIDUALS>\n').replace('<FIRST_NAME>KIM', `<FIRST_NAME>PAK${ref}ERIC`);
      listInvalid(xml, { message: new RegExp(`character reference ${ref.replace(/[#]/g, '\\#')} names ${what}, which is no XML character .*\\(line 4\\)`) });
    }
    // What XML allows stays: tab, line feed, carriage return, a curly apostrophe, a letter beyond the BMP.
    const ok = parseUnList(tiny(person(OK_PERSON.replace('<FIRST_NAME>KIM</FIRST_NAME>', '<FIRST_NAME>KIM&#9;O&#x2019;NEIL&#x20000;&#xD7FF;&#xE000;</FIRST_NAME>'))), 'test.xml');
    assert.equal(ok.records.length, 1);
  });

  it('a minimal well-formed list parses (the fixtures below differ from it by one fault)', () => {
    const l = parseUnList(tiny(person(OK_PERSON)), 'test.xml');
    assert.equal(l.records[0]?.ref, 'KPi.999');
    assert.equal(l.source, 'test.xml');
  });
  it('not XML', () => listInvalid('hello, world', { message: /not well-formed XML/ }));
  it('an empty file', () => listInvalid(Buffer.alloc(0), { message: /empty/ }));
  it('truncated XML (the real file cut in the middle)', () => {
    listInvalid(real.slice(0, 100_000), { message: /truncated|not well-formed/ });
    listInvalid(real.slice(0, 100_007), { message: /truncated/ });
    listInvalid(real.slice(0, real.length - 30), { message: /truncated|not well-formed/ });
  });
  it('a mismatched closing tag', () => listInvalid(tiny('<INDIVIDUALS><INDIVIDUAL></INDIVIDUALS>'), { message: /closing tag/ }));
  it('the wrong root', () => listInvalid(tiny(person(OK_PERSON), 'SANCTIONS'), { message: /<SANCTIONS>, not <CONSOLIDATED_LIST>/ }));
  it('no dateGenerated', () => listInvalid(tiny(person(OK_PERSON), 'CONSOLIDATED_LIST', ''), { message: /dateGenerated/, field: 'dateGenerated' }));
  it('no records at all', () => listInvalid(tiny('<INDIVIDUALS/><ENTITIES/>'), { message: /no INDIVIDUAL or ENTITY/ }));
  it('a record missing its reference (blank REFERENCE_NUMBER in the real file)', () => {
    const xml = real.replace('<REFERENCE_NUMBER>KPi.063</REFERENCE_NUMBER>', '<REFERENCE_NUMBER>  </REFERENCE_NUMBER>');
    listInvalid(xml, { message: /DATAID 6908626 has no REFERENCE_NUMBER/, record: 'DATAID 6908626', field: 'REFERENCE_NUMBER' });
  });
  it('a record missing its name', () => {
    listInvalid(tiny(person(OK_PERSON.replace('<FIRST_NAME>KIM</FIRST_NAME>', ''))), {
      message: /KPi.999 has no name/,
      record: 'KPi.999',
      field: 'FIRST_NAME',
    });
  });
  it('an unreadable year of birth names the record and field', () => {
    const dob = '<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>19x9</YEAR></INDIVIDUAL_DATE_OF_BIRTH>';
    listInvalid(tiny(person(OK_PERSON + dob)), { message: /KPi.999 has an unreadable YEAR "19x9"/, record: 'KPi.999', field: 'YEAR' });
  });
  it('a LISTED_ON that is no day of the calendar (2019-02-30) names the record and field (it turned a prohibition into a review: hostile new user)', () => {
    listInvalid(tiny(person(`${OK_PERSON}<LISTED_ON>2019-02-30</LISTED_ON>`)), { message: /KPi.999 has an unreadable LISTED_ON "2019-02-30"/, record: 'KPi.999', field: 'LISTED_ON' });
    listInvalid(tiny(person(`${OK_PERSON}<LISTED_ON>2019-13-01</LISTED_ON>`)), { message: /unreadable LISTED_ON/, record: 'KPi.999', field: 'LISTED_ON' });
  });
  it('a DOCTYPE (entity declarations) is refused, not expanded', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE CONSOLIDATED_LIST [<!ENTITY a "aaaaaaaaaa">]>${tiny(person(OK_PERSON.replace('KIM', '&a;&a;')))}`;
    listInvalid(bomb, { message: /DOCTYPE/ });
  });
  it('a missing file', () => {
    assert.throws(() => loadUnList(path.join(projectRoot, 'no-such-list.xml')), (e: unknown) => {
      assert.ok(e instanceof InterdictError && e.code === 'LIST_INVALID');
      assert.match(e.message, /does not exist/);
      return true;
    });
  });
  it('security review: a DOCTYPE anywhere is refused, even behind a comment longer than the first 4,096 characters', () => {
    const hidden = `<?xml version="1.0"?><!--${'x'.repeat(5000)}--><!DOCTYPE l [<!ELEMENT l ANY>]>${tiny(person(OK_PERSON)).replace(/^<\?xml[^>]*>\n/, '')}`;
    listInvalid(hidden, { message: /DOCTYPE or entity declaration is not allowed/ });
  });
  it('security review: dateGenerated becomes the list version, so it must be a real date and time', () => {
    for (const bad of ['x', '2026-02-30T00:00:00Z', '2026-01-01T25:00:00Z', '2026-01-01<script>', `2026-01-01T00:00:00Z${' '.repeat(3)}x`]) {
      listInvalid(tiny(person(OK_PERSON), 'CONSOLIDATED_LIST', ` dateGenerated="${bad.replace(/</g, '&lt;')}"`), { message: /dateGenerated .* is not a date and time/, field: 'dateGenerated' });
    }
    for (const good of ['2026-01-28T00:00:11.197Z', '2020-11-30T20:31:19.923-05:00', '2026-01-28']) {
      assert.equal(parseUnList(tiny(person(OK_PERSON), 'CONSOLIDATED_LIST', ` dateGenerated="${good}"`), 'ok.xml').version.dateGenerated, good);
    }
  });
  it('a byte-order mark and single-quoted attributes are fine', () => {
    const l = parseUnList(`\uFEFF${tiny(person(OK_PERSON), 'CONSOLIDATED_LIST', " dateGenerated='2026-01-01T00:00:00Z'")}`, 'test.xml');
    assert.equal(l.version.dateGenerated, '2026-01-01T00:00:00Z');
  });
});

describe('UN list: encoding and data warnings', () => {
  it('a file that is not UTF-8 is refused, not garbled', () => {
    const latin1 = Buffer.from(tiny(person(OK_PERSON.replace('KIM', 'K\u00c9M'))), 'latin1');
    listInvalid(latin1, { message: /not UTF-8/ });
  });
  it('U+FFFD in a name (TAi.068 in the 2026-01-28 release) is loaded and reported', () => {
    const l = parseUnList(real, 'test.xml');
    assert.deepEqual(l.warnings?.length, 1);
    assert.match(l.warnings?.[0] ?? '', /^TAi\.068: .*U\+FFFD/);
  });
  it('a reference used twice is loaded and reported', () => {
    const two = `<INDIVIDUALS><INDIVIDUAL>${OK_PERSON}</INDIVIDUAL><INDIVIDUAL>${OK_PERSON.replace('<DATAID>1', '<DATAID>2')}</INDIVIDUAL></INDIVIDUALS>`;
    const l = parseUnList(tiny(two), 'test.xml');
    assert.deepEqual(l.warnings, ['KPi.999: the reference is used by two records (DATAID 1 and 2)']);
  });
  it('parsing the same bytes again returns the same frozen list', () => {
    assert.equal(parseUnList(real, 'again.xml'), parseUnList(Buffer.from(real, 'utf8'), 'again.xml'));
    assert.notEqual(parseUnList(real, 'again.xml'), parseUnList(real, 'other-name.xml'));
  });
});
