// korean-v3 (security review 15): listed names written in disguise are found, and check never permits the
// party: keyboard symbols for letters (R15-1), a mark after every character (R15-2), superscript letters
// (R15-3), a word cut once (R15-4), a short listed name among other words (R15-5), percent-encoding (R15-6)
// and rn/cl/vv for m/d/w (R15-7). Innocent names with symbols stay as they are.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { symbolInWord } from '../src/io/look-alikes.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { pairLettersReading, percentReading, symbolReading } from '../src/io/look-alike-words.ts';
import { markedLettersReading } from '../src/io/spaced-letters.ts';
import { cutOnceReading } from '../src/screening/cut-readings.ts';
import { v3Screener, type V3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
let screenParty: V3Screener['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});
const law = loadLaw();

const payment = (name: string): Transaction => ({
  type: 'financial', date: '2025-03-01', from: 'SG', to: 'CN', purpose: 'commercial', parties: [{ name, role: 'beneficiary' }],
});
const outcome = (name: string): string => evaluate(payment(name), law, { screenParty }).outcome;
/** The best band screening gives the record. */
const band = (name: string, ref: string): string | undefined => screenName(v3, { name }, { reviewThreshold: 0.6 }).find((m) => m.ref === ref)?.band;

const KOMID = 'KPe.001';
const FTB = 'KPe.047';
const OMM = 'KPe.020';
const PAK_YONG_SIK = 'KPi.063';

/** The review's names and variants of our own, each with the record it stands for. */
const SYMBOLS: readonly (readonly [string, string])[] = [
  ['P@K YONG SIK', PAK_YONG_SIK], ['P^K YONG SIK', PAK_YONG_SIK], ['PAK Y()NG SIK', PAK_YONG_SIK], ['PAK Y°NG SIK', PAK_YONG_SIK],
  ['PA|< YONG SI|<', PAK_YONG_SIK], ['PAK YONG $IK', PAK_YONG_SIK], ['K°MID', KOMID], ['K()MID', KOMID], ['|<OMID', KOMID], ['KOMI|)', KOMID],
  ['KOR€A MINING D€V€LOPM€NT TRADING CORPORATION', KOMID], ['K()REA MINING DEVEL()PMENT TRADING C()RP()RATI()N', KOMID],
  ['KORE@ MINING DEVELOPMENT TRADING CORPORATION', KOMID], ['FO®EIGN T®ADE BANK', FTB], ['F()REIGN TRADE BANK', FTB], ['FOREIGN TRADE BAN|<', FTB],
  ['OCE@N M@RITIME M@N@GEMENT COMP@NY, LIMITED', OMM], ['OCEAN MA®ITIME MANAGEMENT COMPANY, LIMITED', OMM],
  ['O©EAN MARITIME MANAGEMENT ©OMPANY, LIMITED', OMM], ['O(EAN MARITIME MANAGEMENT (OMPANY, LIMITED', OMM], ['OC£AN MARITIM£ MANAGEMENT COMPANY, LIMITED', OMM],
];
const MARKED: readonly (readonly [string, string])[] = [
  ['K-O-R-E-A- -M-I-N-I-N-G- -D-E-V-E-L-O-P-M-E-N-T- -T-R-A-D-I-N-G- -C-O-R-P-O-R-A-T-I-O-N', KOMID],
  ['K:O:R:E:A M:I:N:I:N:G D:E:V:E:L:O:P:M:E:N:T T:R:A:D:I:N:G C:O:R:P:O:R:A:T:I:O:N', KOMID],
  ['O:C:E:A:N M:A:R:I:T:I:M:E M:A:N:A:G:E:M:E:N:T C:O:M:P:A:N:Y, L:I:M:I:T:E:D', OMM],
  ['O-C-E-A-N- -M-A-R-I-T-I-M-E- -M-A-N-A-G-E-M-E-N-T- -C-O-M-P-A-N-Y-,- -L-I-M-I-T-E-D', OMM],
  ...['-', '·', '_', '/', '*', '~', '+', ':', '•'].map((m) => [[...'FOREIGN TRADE BANK'].join(m), FTB] as const),
  ['F:O:R:E:I:G:N T:R:A:D:E B:A:N:K', FTB],
  // Review 16, R16-1: any mark, within words only or after every character, with or without spaces.
  ['F;O;R;E;I;G;N T;R;A;D;E B;A;N;K', FTB], ['T=A=N=C=H=O=N C=O=M=M=E=R=C=I=A=L B=A=N=K', 'KPe.003'],
  ['K- O- R- Y- O-  - B- A- N- K', 'KPe.045'], ['K · O · R · Y · O ·   · B · A · N · K', 'KPe.045'], ['K#O#R#Y#O B#A#N#K', 'KPe.045'],
];
const OTHERS: readonly (readonly [string, string])[] = [
  ['ᴾᴬᴷ ʸᴼᴺᴳ ˢᴵᴷ', PAK_YONG_SIK], ['PAK ʸᴼᴺᴳ SIK', PAK_YONG_SIK], ['ᶠᴼᴿᴱᴵᴳᴺ ᵀᴿᴬᴰᴱ ᴮᴬᴺᴷ', FTB],
  ['KO MID', KOMID], ['KO.MID', KOMID], ['KO_MID', KOMID], ['KO·MID', KOMID], ['KOM-ID', KOMID], ['KO- MID', KOMID], ['FOREIGN TRADE BA-NK', FTB],
  ['PAK%20YONG%20SIK', PAK_YONG_SIK], ['KOREA%20MINING%20DEVELOPMENT%20TRADING%20CORPORATION', KOMID],
  // Review 16, R16-2: a space as an HTML entity, percent-encoded twice, quoted-printable.
  ['PAK&nbsp;YONG&nbsp;SIK', PAK_YONG_SIK], ['RI&#32;MAN&#32;GON', 'KPi.026'], ['KIM%2520YONG%2520CHOL', 'KPi.024'], ['FOREIGN=20TRADE=20BANK', FTB],
  ['KOREA&#x20;MINING&#x20;DEVELOPMENT&#x20;TRADING&#x20;CORPORATION', KOMID],
  ['KOREA rnINING DEVELOPrnENT TRADING CORPORATION', KOMID], ['KOrnID', KOMID], ['KORNID', KOMID], ['KOMIcl', KOMID],
  ['OCEAN rnARITIrnE rnANAGErnENT COrnPANY, LIMITED', OMM],
];
/** A short listed name among other words: possible (never a match), found whole. */
const INSIDE: readonly (readonly [string, string])[] = [
  ['KOMID SHIPPING', KOMID], ['KOMID SHIPPING CO LTD', KOMID], ['KOMID MARINE', KOMID], ['GREEN KOMID', KOMID], ['NEW KOMID', KOMID], ['SHIPPING KOMID', KOMID],
  ['KOMID-SHIPPING', KOMID], ['KOMIDSHIPPING', KOMID], ['KOMID CONSULTING', KOMID], ['NEW OMM', OMM], ['OMM SHIPPING', OMM], ['FTB SHIPPING', FTB], ['NEW FTB', FTB],
  ['PAK YONG SIK TRADING', PAK_YONG_SIK], ['PAK YONG SIK SHIPPING', PAK_YONG_SIK], ['PAK YONG SIK ENTERPRISE', PAK_YONG_SIK], ['PAK YONG SIK LTD', PAK_YONG_SIK],
];

describe('korean-v3: listed names written in disguise (security review 15)', () => {
  it('each disguised name is found for its record, at least possible', () => {
    for (const [name, ref] of [...SYMBOLS, ...MARKED, ...OTHERS, ...INSIDE]) assert.ok(band(name, ref) !== undefined, `${name}: ${ref}`);
  });

  it('symbols, marks, superscripts, cut words, percent-encoding and rn for m read as the name itself: a match', () => {
    for (const [name, ref] of [['P@K YONG SIK', PAK_YONG_SIK], ['K()MID', KOMID], ['KOR€A MINING D€V€LOPM€NT TRADING CORPORATION', KOMID], ['K-O-R-E-A- -M-I-N-I-N-G- -D-E-V-E-L-O-P-M-E-N-T- -T-R-A-D-I-N-G- -C-O-R-P-O-R-A-T-I-O-N', KOMID],
      ['ᴾᴬᴷ ʸᴼᴺᴳ ˢᴵᴷ', PAK_YONG_SIK], ['KO MID', KOMID], ['KOM-ID', KOMID], ['PAK%20YONG%20SIK', PAK_YONG_SIK], ['KOrnID', KOMID], ['KOMIcl', KOMID], ['KOMID KOMID', KOMID]] as const) {
      assert.equal(band(name, ref), 'match', name);
    }
  });

  it('a short listed name among other words is possible, never a match', () => {
    for (const [name, ref] of INSIDE) assert.equal(band(name, ref), 'possible', name);
    const m = screenName(v3, { name: 'KOMID SHIPPING' }, { reviewThreshold: 0.6 }).find((x) => x.ref === KOMID);
    // Found as a listed name standing whole among the words: by this reading (name-inside) or by the party
    // string's (held at possible), whichever scores higher; either way possible and saying why.
    assert.equal(m?.band, 'possible', JSON.stringify(m));
    assert.ok(m.explanation.some((e) => e.feature === 'name-inside' || (e.feature === 'evidence-floor' && /standing whole/.test(e.detail))), JSON.stringify(m));
  });

  it('a monitored subject so written is screened to a result (default bands, as subjects are)', () => {
    for (const name of ['KOMID SHIPPING', 'P@K YONG SIK', 'F-O-R-E-I-G-N- -T-R-A-D-E- -B-A-N-K']) assert.ok(screenName(v3, { name }).length > 0, name);
  });

  it('check never permits a party so written', () => {
    for (const [name] of [...SYMBOLS, ...MARKED, ...OTHERS, ...INSIDE]) assert.notEqual(outcome(name), 'permitted', name);
  });

  it('a keyboard symbol inside a word is reviewed by check, whatever screening found; a symbol after a word is a sign', () => {
    for (const name of ['P@K', 'K°MID', 'O(EAN', '(OREA', '|<OMID', 'KOMI|)', 'P€TR€L', 'KOR€A', '$IK']) assert.equal(symbolInWord(name), name, name);
    for (const name of ['Acme® Trading', 'YAHOO!', 'ABC(HK) LTD', 'ACME (Hong Kong) Ltd', 'PETREL 8 (IMO 9562233)', '[Sunrise] Trading', 'FOREIGN TRADE BANK (FTB)', 'AT&T', 'E*TRADE', 'US$ FUND', 'C++ Ltd', 'Sunrise Logistics Pte Ltd']) {
      assert.equal(symbolInWord(name), undefined, name);
    }
    const d = evaluate(payment('Z@NGO TRADING'), law, { screenParty });
    assert.equal(d.outcome, 'review');
    assert.ok(d.reasons.some((r) => r.field === 'parties[0].name' && /keyboard symbol drawn like a letter inside a word \("Z@NGO"\)/.test(r.summary)), JSON.stringify(d.reasons));
  });

  it('check reviews a vessel whose name hides letters as symbols', () => {
    const tx: Transaction = { ...payment('Globex Trading'), vessels: [{ name: 'P€TR€L 8' }] };
    const d = evaluate(tx, law, { screenParty, screenVessel: () => [] });
    assert.equal(d.outcome, 'review');
    assert.ok(d.reasons.some((x) => x.field === 'vessels[0].name' && /keyboard symbol drawn like a letter inside a word \("P€TR€L"\)/.test(x.summary)), JSON.stringify(d.reasons));
  });

  it('innocent names stay out of the match band', () => {
    for (const name of ['Sunrise Logistics Pte Ltd', 'Acme® Trading', 'KIM TRADING', 'Corner Shop Ltd', 'New Century Shipping', 'PAK', 'ABC(HK) LTD', 'RI PYONG']) {
      assert.ok(!screenName(v3, { name }).some((m) => m.band === 'match'), name);
    }
    assert.equal(outcome('Sunrise Logistics Pte Ltd'), 'permitted');
  });

  it('the readings', () => {
    const listed = (w: string): boolean => ['pak', 'komid', 'ocean', 'mining'].includes(w);
    assert.equal(symbolReading('P@K YONG SIK', listed), 'PAK YONG SIK');
    assert.equal(symbolReading('OC£AN', listed), 'OCEAN');
    assert.equal(symbolReading('K()MID |<OMID KOMI|)', listed), 'KOMID KOMID KOMID');
    assert.equal(symbolReading('FOREIGN TRADE BANK (FTB)', listed), undefined);
    assert.equal(symbolReading('Globex Trading', listed), undefined);
    assert.deepEqual(pairLettersReading(['korea', 'rnining', 'kornid', 'corner'], listed), ['korea', 'mining', 'komid', 'corner']);
    assert.equal(pairLettersReading(['corner', 'shop'], listed), undefined);
    assert.equal(markedLettersReading('F-O-R-E-I-G-N- -T-R-A-D-E- -B-A-N-K'), 'FOREIGN TRADE BANK');
    assert.equal(markedLettersReading('Smith-Jones Ltd'), undefined);
    assert.equal(markedLettersReading('F;O;R;E;I;G;N T;R;A;D;E B;A;N;K'), 'FOREIGN TRADE BANK');
    assert.equal(markedLettersReading('K- O- R- Y- O-  - B- A- N- K'), 'KORYO BANK');
    for (const plain of ['A-B', 'J.P. Morgan', 'KIM, SOK CHOL', 'Rolls-Royce plc', 'U-Haul']) assert.equal(markedLettersReading(plain), undefined, plain);
    assert.equal(percentReading('PAK%20YONG%20SIK'), 'PAK YONG SIK');
    assert.equal(percentReading('100% Cotton'), undefined);
    assert.equal(percentReading('A%FFB'), 'AÿB'); // not UTF-8: read as Latin-1 (windows-1252) writes it (review 23)
    assert.equal(percentReading('PAK&nbsp;YONG&nbsp;SIK'), 'PAK YONG SIK');
    assert.equal(percentReading('KIM%2520YONG'), 'KIM YONG');
    assert.equal(percentReading('FOREIGN=20TRADE'), 'FOREIGN TRADE');
    assert.equal(percentReading('RI&#x20;MAN\\u0020GON'), 'RI MAN GON');
    for (const plain of ['AT&T', 'Smith & Co', 'A=B Ltd', 'E=MC2']) assert.equal(percentReading(plain), undefined, plain);
    const isListed = (w: string): boolean => ['komid', 'bank', 'ko', 'mid', 'ripyong'].includes(w);
    assert.deepEqual(cutOnceReading(['ko', 'mid'], (w) => w, isListed, false), ['komid']);
    assert.deepEqual(cutOnceReading(['foreign', 'ba-nk'], (w) => w, isListed, false), ['foreign', 'bank']);
    assert.equal(cutOnceReading(['ri', 'pyong'], (w) => w, isListed, true), undefined);
  });
});
