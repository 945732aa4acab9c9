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

  it('an origin that rules the DPRK out stays so, and a port beside it is the transit 2371 para 8 allows', () => {
    assert.equal(originOf({ description: 'coal of non-DPR Korea origin' }), 'non-KP');
    assert.equal(originOf({ description: 'coal, not of D.P.R.K. origin' }), 'non-KP');
    assert.equal(outcome('Russian-origin coal transshipped via Rajin port'), 'permitted');
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

