// Look-alike letters from Unicode's confusables data (R4, issue 19): a designated name written with letters of
// other scripts drawn like Latin ones is found by screening and never permitted by check; letters picked from
// the data itself, not from a list written here. A word mixing Latin with another script is reviewed.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { evaluate, type Decision, type Transaction } from '../src/check/index.ts';
import { lookAlikeTable } from '../src/io/confusables.ts';
import { disguisedWord, mixedScriptWord, showLetters, unmaskLookAlikes } from '../src/io/look-alikes.ts';
import { loadLaw } from '../src/law/index.ts';
import { buildIndex, createPartyScreener, screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { foldWords } from '../src/screening/normalize/fold.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';

const law = loadLaw();
let index: ScreeningIndex;
let screenParty: ReturnType<typeof createPartyScreener>;
before(() => {
  index = buildIndex(loadUnList());
  screenParty = createPartyScreener(index);
});

const sale = (name: string, type: 'person' | 'entity'): Transaction => ({
  type: 'goods', date: '2025-06-01', from: 'CN', to: 'MY', goods: [{ hs: '8471.30', description: 'laptop computers' }], parties: [{ name, type }],
});
const decide = (name: string, type: 'person' | 'entity'): Decision => evaluate(sale(name, type), law, { screenParty });
const matches = (name: string, ref: string): boolean => screenName(index, { name }).some((m) => m.ref === ref && m.band === 'match');

/** The hand table this data replaced held Cyrillic, Greek, Armenian, Coptic, Cherokee, Lisu, Canadian
 *  syllabics, runes and Latin small capitals: the scripts below are ones it never had. */
const NEW_SCRIPTS = ['Carian', 'Lycian', 'Old_Italic', 'Deseret', 'Warang_Citi', 'Elbasan', 'Tifinagh', 'Miao', 'Osage', 'Hebrew', 'Arabic', 'Georgian', 'Nko', 'Ethiopic', 'Mende_Kikakui'];
const scriptOf = (ch: string): string | undefined => NEW_SCRIPTS.find((s) => new RegExp(`\\p{Script=${s}}`, 'u').test(ch));

/** For each Latin letter, the data's confusables drawn like it (one letter, not Latin script). */
function confusablesByLetter(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [ch, latin] of lookAlikeTable()) {
    if (latin.length !== 1 || /\p{Script=Latin}/u.test(ch)) continue;
    out.set(latin, [...(out.get(latin) ?? []), ch]);
  }
  return out;
}

/** `name` with every letter that has a look-alike from `script` written with it. */
function writeIn(name: string, by: Map<string, string[]>, script: string): string {
  return [...name].map((c) => by.get(c.toLowerCase())?.find((x) => scriptOf(x) === script) ?? c).join('');
}

describe('look-alikes from the confusables data', () => {
  it('KOMID and PAK YONG SIK written with letters of scripts the hand table never had: a match in screening, prohibited by check', () => {
    const by = confusablesByLetter();
    const used = new Set<string>();
    for (const script of NEW_SCRIPTS) {
      for (const [listed, ref, type] of [['KOMID', 'KPe.001', 'entity'], ['PAK YONG SIK', 'KPi.063', 'person']] as const) {
        const name = writeIn(listed, by, script);
        if (name === listed) continue; // no letter of this name has a look-alike in this script
        used.add(script);
        assert.ok(matches(name, ref), `${script}: ${name}`);
        assert.notEqual(decide(name, type).outcome, 'permitted', `${script}: ${name}`);
      }
    }
    assert.ok(used.size >= 10, `scripts used: ${[...used].join(', ')}`);
  });

  it('every Latin letter but a few has look-alikes in several scripts, and the data is read once', () => {
    const by = confusablesByLetter();
    for (const letter of 'abcdehklmnoprstuvwxy') assert.ok((by.get(letter)?.length ?? 0) >= 5, letter);
    assert.equal(lookAlikeTable(), lookAlikeTable());
  });

  it('replacing any letters of a listed name by random confusables still matches in screening and is never permitted', () => {
    const by = confusablesByLetter();
    const listed = [['KOREA MINING DEVELOPMENT TRADING CORPORATION', 'KPe.001', 'entity'], ['PAK YONG SIK', 'KPi.063', 'person'], ['KOMID', 'KPe.001', 'entity']] as const;
    fc.assert(
      fc.property(fc.constantFrom(...listed), fc.array(fc.nat(), { minLength: 45, maxLength: 45 }), fc.array(fc.boolean(), { minLength: 45, maxLength: 45 }), ([name, ref, type], picks, which) => {
        const disguised = [...name].map((c, i) => {
          const alikes = by.get(c.toLowerCase());
          return alikes !== undefined && which[i] ? alikes[picks[i]! % alikes.length]! : c;
        }).join('');
        assert.ok(matches(disguised, ref), disguised);
        assert.notEqual(decide(disguised, type).outcome, 'permitted', disguised);
      }),
      { numRuns: 60, seed: 19 },
    );
  });

  it('compatibility forms (fullwidth, mathematical, circled) are read by NFKD folding', () => {
    for (const name of ['ＫＯＭＩＤ', '𝐊𝐎𝐌𝐈𝐃', '𝕂𝕆𝕄𝕀𝔻', 'ⓀⓄⓂⒾⒹ', '𝙺𝙾𝙼𝙸𝙳']) assert.deepEqual(foldWords(name), ['komid'], name);
  });

  it('letters are read in their own case; an upright stroke is an I; a real word of another script stays', () => {
    assert.equal(unmaskLookAlikes('CHОL'), 'CHoL');
    assert.equal(unmaskLookAlikes('ΗΟΝ'), 'hon', 'capital eta is H');
    assert.equal(unmaskLookAlikes('Kꓲm'), 'Kim');
    assert.equal(unmaskLookAlikes('KІM'), 'KiM', 'Cyrillic capital І, by its small letter');
    assert.equal(unmaskLookAlikes('Пак'), 'Пак');
    assert.equal(unmaskLookAlikes('КНДР'), 'КНДР');
    assert.equal(unmaskLookAlikes('РАК'), 'pak', 'a word wholly of look-alikes reads as Latin');
    assert.equal(unmaskLookAlikes('Müller'), 'Müller');
    assert.deepEqual(foldWords('Ковальчук'), ['ковальчук']);
    assert.deepEqual(foldWords('박용식'), ['박용식']);
  });

  it('invisible characters are every default-ignorable code point; the Hangul fillers show as a space', () => {
    assert.equal(showLetters('KO\u034fMID'), 'KOMID', 'combining grapheme joiner');
    assert.equal(showLetters('KO\ufe0fMID'), 'KOMID', 'variation selector');
    assert.equal(showLetters('KO\u180bMID'), 'KOMID', 'Mongolian free variation selector');
    assert.equal(showLetters('KO\u{e0041}MID'), 'KOMID', 'tag character');
    assert.equal(showLetters('PAK\u3164YONG'), 'PAK YONG');
  });
});

describe('a word mixing scripts is graded evidence', () => {
  it('names the first word that mixes Latin with another script; Latin with Hangul or Han is a real name', () => {
    assert.equal(mixedScriptWord('Ivan PetrОv'), 'PetrОv');
    assert.equal(mixedScriptWord('KIM CH\u200dОL'), 'CHОL');
    assert.equal(mixedScriptWord('Ꮲetrel Shipping'), 'Ꮲetrel');
    for (const name of ['LG전자', 'SK하이닉스 Co', 'TCL集团', 'Müller GmbH', 'Pᴀᴋ', 'ＫＯＭＩＤ', 'John Smith']) assert.equal(mixedScriptWord(name), undefined, name);
  });

  it('check reviews a party whose name mixes scripts, naming the party\'s field and the word, even when no listed name is near', () => {
    const d = decide('Globex PetrОv Trading', 'entity');
    assert.equal(d.outcome, 'review');
    const r = d.reasons.find((x) => x.field === 'parties[0].name');
    assert.ok(r, JSON.stringify(d.reasons));
    assert.equal(r.effect, 'requires-review');
    assert.match(r.summary, /mixes letters of different scripts in one word \("PetrОv"\): look-alike letters .* can hide a listed name/);
    assert.equal(decide('Globex Petrov Trading', 'entity').outcome, 'permitted', 'the same name in Latin letters');
  });

  it('every Latin letter is read as plain letters (folding or the table) or marks its word for review: none is passed over', () => {
    const unread: string[] = [];
    for (let cp = 0x80; cp <= 0x1ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (!/\p{Script=Latin}/u.test(ch) || !/\p{L}/u.test(ch) || showLetters(ch) === ' ') continue; // modifier letters show as a break
      const read = unmaskLookAlikes(`K${ch}M`).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
      if (/^k[a-z]+m$/.test(read)) continue;
      if (mixedScriptWord(`K${ch}M`) === undefined) unread.push(`U+${cp.toString(16).toUpperCase()}`);
    }
    assert.deepEqual(unread, []);
  });

  it('Latin letters with a hook, bar, stroke or tail in a listed name (a security review\'s forms): never permitted', () => {
    for (const name of ['KIM SØK CHØL', 'TAŊCHOŊ COMMERCIAL BAŊK', 'ƘIM SOƘ CHOL', 'KOREA MƗNƗNG DEVELOPMENT TRADƗNG CORPORATƗON', 'KIM SⱺK CHɔL', 'ꝂIM SOK CHOL', 'TANCHON COMMERCIAL BAꞤK']) {
      const d = decide(name, /KIM/.test(name) ? 'person' : 'entity');
      assert.notEqual(d.outcome, 'permitted', name);
    }
    for (const name of ['Großhandel Schmidt', 'Þórsson Fisheries', 'Łódź Trading', 'Søren Jensen ApS']) assert.equal(mixedScriptWord(name), undefined, name);
  });

  it('characters drawn like letters that are none, jamo and single native characters inside Latin words, two other scripts in a word, a spacing mark or a blank-showing letter inside a word: never permitted (security review 13, N1–N3)', () => {
    const hidden = ['KIM S\u3007K CH\u3007L', 'KO\u216fID', 'KIM SOK CHO\u216c', 'TANCH\u0665N COMMERCIAL BANK', 'KIM S\u0966K CH\u0966L', 'TA\u2229CHO\u2229 COMMERCIAL BANK',
      'TANCH\u25cbN COMMERCIAL BANK', 'KOREA \u20adOMID', 'K\u3147MID', 'KOM\u3163D', 'K\u53e3MID', 'KOM\u30a8D', 'ТⲀΝСНОΝ COMMERCIAL BANK', 'РⲀК ΗⲀΝ ЅЕ', 'KOMI\u0c02D', 'KOM\u02dbD', 'KIM\u3164SOK CHOL'];
    for (const name of hidden) {
      assert.equal(disguisedWord(name)?.why, 'mixed', name);
      assert.notEqual(decide(name, /KIM|PAK|РⲀК/.test(name) ? 'person' : 'entity').outcome, 'permitted', name);
    }
    for (const name of ['LG전자', 'SK하이닉스 Co', 'TCL集团', 'Acme® Trading', 'Müller GmbH', 'Café №5', 'ＫＯＭＩＤ', 'Ltd. “Sunrise”']) assert.equal(disguisedWord(name), undefined, name);
  });

  it('a name in a script screening does not read (Cyrillic КОМИД, Ким Сок Чол) is reviewed as unread, not permitted (N5)', () => {
    for (const name of ['КОМИД', 'Ким Сок Чол', 'Иван Петров']) {
      assert.equal(disguisedWord(name)?.why, 'unread', name);
      const d = decide(name, 'entity');
      assert.notEqual(d.outcome, 'permitted', name);
      if (d.outcome === 'review') assert.ok(d.reasons.some((r) => r.field === 'parties[0].name' && /script screening does not read/.test(r.summary)), name);
    }
    // Screening now reads a Cyrillic name in Latin letters (security review 27): the listed name is found, so the
    // party is frozen; a Russian name no listed one resembles stays a review of the unread script.
    assert.equal(decide('КОМИД', 'entity').outcome, 'prohibited');
    assert.equal(decide('Ким Сок Чол', 'person').outcome, 'prohibited');
    assert.equal(decide('Иван Петров', 'person').outcome, 'review');
  });

  it('a name in Han characters or kana alone (朝鲜贸易银行, 朴永植, コミド) is unread too: screening reads Hangul only (R16-4)', () => {
    for (const name of ['朝鲜贸易银行', '朝鲜矿业开发贸易公司', '高丽银行', '朴永植', 'コミド', 'こうりょ', '中国银行']) {
      assert.equal(disguisedWord(name)?.why, 'unread', name);
      assert.equal(decide(name, 'entity').outcome, 'review', name);
    }
    for (const name of ['고려은행', '박영식', 'TCL集团', 'LG전자']) assert.notEqual(disguisedWord(name)?.why, 'unread', name);
    const tx: Transaction = { ...sale('Globex Trading', 'entity'), vessels: [{ name: '杰顺' }] };
    assert.equal(evaluate(tx, law, { screenParty, screenVessel: () => [] }).outcome, 'review');
  });

  it('check reviews a vessel whose name mixes scripts', () => {
    const tx: Transaction = { ...sale('Globex Trading', 'entity'), vessels: [{ name: 'SEA BRЕEZE', imo: '9074729' }] };
    const d = evaluate(tx, law, { screenParty, screenVessel: () => [] });
    assert.equal(d.outcome, 'review');
    assert.ok(d.reasons.some((x) => x.field === 'vessels[0].name' && /mixes letters of different scripts in one word \("BRЕEZE"\)/.test(x.summary)), JSON.stringify(d.reasons));
  });
});
