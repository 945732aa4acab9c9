// The DPRK's structured markers in free text (a DPRK bank's BIC, a +850 number, a .kp address, a KP account
// number) are read as such; innocent words of the same shapes (English words, brands, Korean given names, the
// south's banks' codes, amounts, account numbers) are not (security review 16, R16-8).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dprkMarker } from './dprk-markers.ts';
import { foldText } from './dprk-names.ts';

const read = (text: string): ReturnType<typeof dprkMarker> => dprkMarker(foldText(text));

describe('dprk-markers: a DPRK bank by its SWIFT/BIC code', () => {
  it('a code with the country KP, alone, with its branch, labelled, in an MT tag, in any case or with a look-alike letter', () => {
    for (const [text, word] of [
      ['FTBDKPPY', 'FTBDKPPY'],
      ['FTBDKPPYXXX', 'FTBDKPPYXXX'],
      ['BIC: KKBCKPPY', 'KKBCKPPY'],
      ['SWIFT KDBKKPPY', 'KDBKKPPY'],
      ['ACME LTD via FTBDKPPY', 'FTBDKPPY'],
      ['ftbdkppy', 'FTBDKPPY'],
      ['FTBD\u041aPPY', 'FTBDKPPY'],
      ['\uff26\uff34\uff22\uff24\uff2b\uff30\uff30\uff39', 'FTBDKPPY'],
      ['ABCDKP2X', 'ABCDKP2X'],
      ['SWIFT code: ANBKKPAE', 'ANBKKPAE'],
      ['SWIFT/BIC ANBKKPAEXXX', 'ANBKKPAEXXX'],
      [':57A:ANBKKPAE', 'ANBKKPAE'],
      ['(KKBCKPPY)', 'KKBCKPPY'],
    ] as const) assert.deepEqual(read(text), { kind: 'bic', word }, text);
  });

  it('English words, brands and Korean names of that shape, other countries\' codes, KPMG, SKPPLUS: no code', () => {
    for (const text of [
      'KOEXKRSE', 'HSBCHKHH', 'KODBKRSE', 'KPMG', 'SKPPLUS', 'SKPPLUS01', 'THINKPAD DISTRIBUTION', 'QUICKPAY LTD',
      'TRACKPAD LTD', 'STOCKPOT', 'STOCKPILING', 'CHECKPOINTS', 'BREAKPOINTS', 'FRANKPLEDGE', 'CHICKPEA', 'CRACKPOT',
      'KIM HYEOKPIL', 'Korea Exchange Bank', 'Korea Development Bank', 'BACKPACK', 'Blackpool', 'LOCKPICK', 'ROCKPORT',
      'MSKP1234', 'arabic ABCDAEKP', 'Deutsche Bank DEUTDEFF', 'BOFAUS3N',
    ]) assert.equal(read(text), undefined, text);
  });
});

describe('dprk-markers: a DPRK telephone number, e-mail or web address, account number', () => {
  it('+850 and 00850 before a number, quoted with it', () => {
    for (const [text, word] of [
      ['ACME tel +850 2 381 8111', '+850 2 381 8111'],
      ['ACME (+850) 2 381 8111', '(+850) 2 381 8111'],
      ['ACME +8502-381-8111', '+8502-381-8111'],
      ['ACME tel. 00850 2 381 8111', 'tel. 00850 2 381 8111'],
      ['ACME 00850-2-3818111', '00850-2-3818111'],
      ['ACME fax:008502381811', 'fax:008502381811'],
    ] as const) assert.deepEqual(read(text), { kind: 'phone', word }, text);
  });

  it('a .kp mailbox or host', () => {
    for (const [text, word] of [
      ['contact info@star.co.kp', 'info@star.co.kp'],
      ['www.naenara.com.kp', 'www.naenara.com.kp'],
      ['see kcna.kp', 'kcna.kp'],
      ['http://airkoryo.com.kp/en', 'airkoryo.com.kp'],
    ] as const) assert.deepEqual(read(text), { kind: 'domain', word }, text);
  });

  it('KP, two digits and an account in an IBAN\'s form', () => {
    for (const [text, word] of [
      ['IBAN KP12 3456 7890 1234', 'KP12 3456 7890 1234'],
      ['KP1234567890123', 'KP1234567890123'],
      ['kp12 abcd 1234 efgh 5678', 'KP12 ABCD 1234 EFGH 5678'],
    ] as const) assert.deepEqual(read(text), { kind: 'iban', word }, text);
  });

  it('amounts, account numbers, initials, other domains and short codes: nothing', () => {
    for (const text of [
      'ACME +850 USD', 'fee +850.00', 'A/C 0085012345', '0085012345', 'invoice 100850 2', 'Mr.KP Lee', 'K.P. Lee',
      'abc.kpmg.com', 'www.kpmg.com', 'kp.com', 'KP10 rev B', 'KP-1234', 'part KP12345', 'GB82 WEST 1234 5698 7654 32',
      'tel +82 2 123 4567', 'tel +86 10 8888 8888',
    ]) assert.equal(read(text), undefined, text);
  });
});

describe('a ship\'s MMSI', () => it('of the DPRK after its label is a marker (hostile new user); nine digits unlabelled, or another country\'s MMSI, are not', () => {
  for (const text of ['marine gasoil for mmsi 445112000', 'mmsi: 445 112 000', 'vessel mmsi no. 445112000, master kim']) {
    assert.deepEqual(dprkMarker(text), { kind: 'mmsi', word: '445112000' }, text);
  }
  for (const text of ['invoice 445112000', 'mmsi 412345678', 'mmsi 4451120001', 'ref 445112000 mmsi']) assert.equal(dprkMarker(text), undefined, text);
}));
