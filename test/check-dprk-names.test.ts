// check reads the DPRK in free text as documents name it: the UN's and ISO's names and codes, any apostrophe
// or dash, Korean and Chinese names, the romanisations of Chosŏn, and DPRK ports and cities. A description
// naming the DPRK is a link (review) or, in an origin phrase, an origin (prohibited where the goods are
// banned from the DPRK); "Korea" alone, South Korea and "PRK"/"kp" inside words are nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, type Decision } from '../src/check/index.ts';
import { dprkNamed, foldText } from '../src/check/dprk-names.ts';
import { originOf } from '../src/check/goods-origin.ts';
import { loadLaw } from '../src/law/index.ts';

const law = loadLaw();
/** HS 2701 from Russia to China on 1 March 2018: only its origin or a DPRK link can bring a coal measure in. */
const coal = (description: string): Decision =>
  evaluate({ id: 'c', type: 'goods', date: '2018-03-01', from: 'RU', to: 'CN', goods: [{ hs: '2701', description }] }, law);
const outcome = (description: string): string => coal(description).outcome;

describe('check: a DPRK origin named in the ways documents name it', () => {
  it('the UN short form, the full name with a curly apostrophe, the alpha-2 code as a code, the alpha-3 code, Chosŏn, Korean and Chinese: prohibited (2371 para 8)', () => {
    for (const d of [
      'coal, origin DPR Korea',
      'coal, origin Democratic People\u2019s Republic of Korea',
      'coal, origin Democratic People\u02bcs Republic of Korea',
      'coal, origin Democratic People`s Republic of Korea',
      'coal, country of origin: KP',
      'coal, country of origin KP',
      'coal, made in KP',
      'coal, origin PRK',
      'coal, origin Chos\u014fn',
      'coal, origin Choson',
      'coal, origin Joseon',
      'coal, origin D.P.R. Korea',
      'coal, origin D.P.R.K.',
      'coal of DPR Korea origin',
      'coal, \uc870\uc120 \uc6d0\uc0b0\uc9c0',
      '\u65e0\u70df\u7164 \u671d\u9c9c\u4ea7',
      'coal, origin: \ubd81\ud55c',
      'D.P.R.K. anthracite',
      'North\u2011Korean anthracite',
      '\uff24\uff30\uff32\uff2b anthracite',
    ]) {
      const r = coal(d);
      assert.equal(r.outcome, 'prohibited', d);
      assert.ok(r.reasons.some((x) => x.resolution === 2371 && x.paragraph === '8'), d);
    }
  });

  it('the country or its ports and cities named without an origin: review naming the description, never permitted', () => {
    for (const d of [
      'coal loaded at Wonsan',
      'anthracite, Nampo loading',
      'coal, Nampho, DPRK',
      "coal ex Namp'o",
      'coal ex Ch\u2019\u014fngjin',
      'coal ex Chongjin',
      'coal ex H\u016dngnam',
      'coal ex Najin',
      'coal ex Songnim',
      'coal ex Haeju',
      'coal ex Sinuiju',
      'coal ex Kimchaek',
      'coal, North Korea',
      'coal, Pyongyang',
      "coal, Korea, Dem. People's Rep.",
      'coal, Korea DPR',
      'coal, \ubd81\uc870\uc120',
      'coal, \u5317\u97e9',
      'coal, \u671d\u9c9c\u6c11\u4e3b\u4e3b\u4e49\u4eba\u6c11\u5171\u548c\u56fd',
    ]) {
      const r = coal(d);
      assert.equal(r.outcome, 'review', d);
      assert.ok(r.reasons.some((x) => x.field === 'goods[0].description'), d);
    }
  });

  it('what was read before still reads the same: North Korea and Pyongyang review, North Korean anthracite and Korean origin prohibited', () => {
    assert.equal(outcome("coal, origin Democratic People's Republic of Korea"), 'prohibited');
    assert.equal(outcome('coal, North Korea'), 'review');
    assert.equal(outcome('coal, Pyongyang'), 'review');
    assert.equal(outcome('North Korean anthracite'), 'prohibited');
    assert.equal(outcome('coal of Korean origin'), 'prohibited');
  });

  it('Korea alone, South Korea, the Republic of Korea, "KOREA, REP.", and PRK or kp inside a word name no DPRK: permitted', () => {
    for (const d of ['coal, Korea', 'coal, origin Korea', 'coal, South Korea', 'coal, origin Republic of Korea', 'coal, KOREA, REP.', 'coal, SPRK grade', 'coal, PRKX grade', 'coal, kpa 5', 'coal, skip loaded', 'KP coal', 'coal, Joseon dynasty kiln', 'coal for a \uc870\uc120\uc18c']) {
      assert.equal(outcome(d), 'permitted', d);
    }
  });

  it('an origin that rules the DPRK out stays so, and a port beside it is the transit 2371 para 8 excepts with advance notice', () => {
    assert.equal(originOf({ description: 'coal of non-DPR Korea origin' }), 'non-KP');
    assert.equal(originOf({ description: 'coal, not of D.P.R.K. origin' }), 'non-KP');
    // Coal through Rajin leaves the DPRK's territory: the ban reaches it and the exception lifts it only with notice.
    assert.equal(outcome('Russian-origin coal transshipped via Rajin port'), 'conditional');
    assert.equal(outcome('Russian-origin coal shipped from Nampo'), 'prohibited', 'the exception is for Rajin only');
  });
});

describe('check: a DPRK name hidden by invisible characters, look-alike letters or the country lists\' spellings (N3)', () => {
  /** A passenger car (a luxury good, 2321 para 39 / 2094 annex) from Germany to China on 1 March 2018, the DPRK only in `purpose`. */
  const car = (purpose: string): Decision =>
    evaluate({ id: 'p', type: 'goods', date: '2018-03-01', from: 'DE', to: 'CN', purpose, goods: [{ hs: '8703.23' }] }, law);
  /** Coal HS 2701.11 from China to Malaysia, the origin only in the description. */
  const coalCnMy = (description: string): Decision =>
    evaluate({ id: 'm', type: 'goods', date: '2018-03-01', from: 'CN', to: 'MY', goods: [{ hs: '2701.11', description }] }, law);

  it('an origin written with a format character, a Hangul filler, a Cyrillic or Greek look-alike, or as the lists spell it: prohibited, as "origin DPRK" is', () => {
    assert.equal(coalCnMy('origin DPRK').outcome, 'prohibited', 'the control');
    for (const d of [
      'origin DPR\u2060K',
      'origin DPR\u200bK',
      'origin D\ufeffPRK',
      'origin DP\u00adRK',
      'origin \u202aDPRK\u202c',
      'origin North\u200bKorea',
      'origin North\u3164Korea',
      'origin North\uffa0Korea',
      'origin North\u115fKorea',
      'origin North\u1160Korea',
      'origin DPR\u041a',
      'origin DPR\u043a',
      'origin DPR\u039a',
      'origin N\u03bfrth K\u043er\u0435a',
      'origin \uc870\u200b\uc120',
      'origin Korea, North',
      'origin Korea,North',
      'origin Korea (North)',
      'origin KOREA (NORTH)',
      'origin N. Korea',
      'origin N.Korea',
      'origin D P R K',
      'origin D-P-R-K',
      'coal of Korea, North origin',
    ]) {
      assert.equal(coalCnMy(d).outcome, 'prohibited', JSON.stringify(d));
      assert.equal(originOf({ description: d }), 'KP', JSON.stringify(d));
    }
  });

  it('a purpose naming the DPRK or its capital through the same tricks: review, never permitted', () => {
    for (const p of [
      'end user in Korea, North',
      'end user in Korea (North)',
      'end user in N. Korea',
      'end user in D P R K',
      'end user in DPR\u2060K',
      'end user in DPR\u041a',
      'for delivery to Pyong\u200byang',
      'for delivery to Nam\u200bpho',
    ]) {
      const r = car(p);
      assert.equal(r.outcome, 'review', `${JSON.stringify(p)}: ${JSON.stringify(r.reasons)}`);
      assert.ok(r.reasons.some((x) => x.field === 'purpose'), JSON.stringify(p));
    }
  });

  it('Korea alone, the South in every spelling, North America and real Cyrillic words stay no DPRK: permitted', () => {
    for (const d of [
      'origin Korea',
      'origin South Korea',
      'origin Republic of Korea',
      'origin Korea, South',
      'origin Korea (South)',
      'origin S. Korea',
      'origin Korea, North America',
      'origin \u041a\u043e\u0440\u0435\u044f',
      'origin Korea\u200b',
      'origin D P R',
    ]) {
      assert.equal(coalCnMy(d).outcome, 'permitted', JSON.stringify(d));
    }
    for (const p of ['end user in Korea, South', 'end user in S. Korea', 'end user in Korea (South)', 'end user in Korea']) {
      assert.equal(car(p).outcome, 'permitted', JSON.stringify(p));
    }
  });

  it('folds format characters away, Hangul fillers to a space and look-alike words to Latin; a real Cyrillic word stays', () => {
    assert.equal(foldText('DPR\u2060K \u00adx\ufeff'), 'dprk x');
    assert.equal(foldText('North\u3164Korea'), 'north korea');
    assert.equal(foldText('DPR\u041a'), 'dprk');
    assert.equal(foldText('\u041a\u041d\u0414\u0420'), '\u043a\u043d\u0434\u0440');
  });
});

describe('dprk-names: text folded once, names read in one place', () => {
  it('folds NFKC, case, apostrophes, dashes and breves', () => {
    assert.equal(foldText('\uff24\uff30\uff32\uff2b'), 'dprk');
    assert.equal(foldText('People\u2019s People\u2018s People\u02bcs People\u2032s People`s'), "people's people's people's people's people's");
    assert.equal(foldText('North\u2010Korea North\u2013Korea North\u2014Korea'), 'north-korea north-korea north-korea');
    assert.equal(foldText('Ch\u2019\u014fngjin H\u016dngnam'), "ch'ongjin hungnam");
  });

  it('names the country, a place, or nothing', () => {
    assert.deepEqual(dprkNamed(foldText('origin: KP')), { kind: 'country', word: 'origin: kp' });
    assert.deepEqual(dprkNamed(foldText('loaded at Wonsan')), { kind: 'place', word: 'wonsan' });
    assert.equal(dprkNamed(foldText('kpa skip')), undefined);
    assert.equal(dprkNamed(foldText('Republic of Korea')), undefined);
  });
});

it('the DPRK written in small capitals or with modifier letters between its letters is read', () => {
  assert.match(foldText('origin ᴅᴘʀᴋ'), /origin dprk/);
  assert.match(foldText('origin North\u02d1Korea'), /origin north korea/);
  assert.match(foldText('origin Nort\u07fah Kor\u07faea'), /origin north korea/);
  assert.match(foldText('origin NorthーKorea, ᎠᏢRK'), /origin north korea, dprk/);
});
