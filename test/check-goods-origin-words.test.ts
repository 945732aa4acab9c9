// A goods line's origin as documents write it (hostile-user test, H1–H3): "coal origin Nampo" names the goods,
// then a DPRK place of origin; it was read as an origin named "coal", which ruled the DPRK out and cleared the
// place. Only a word naming another country rules the DPRK out. The DPRK named as an adjective or by its
// initials in the languages trade papers use is a DPRK link at least. Never permitted; true origins elsewhere
// stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { originOf } from '../src/check/goods-origin.ts';
import { loadLaw } from '../src/law/index.ts';

const law = loadLaw();
const coal = (description: string, hs = '2701.12'): Transaction => ({
  type: 'goods', date: '2024-05-01', from: 'RU', to: 'CN', goods: [{ hs, description, quantity: 5000, unit: 't', value: 500_000 }],
});
const outcome = (description: string, hs?: string) => evaluate(coal(description, hs), law).outcome;

describe('check: where goods come from, as descriptions write it', () => {
  it('a DPRK port, city or mine named as the place of origin is DPRK origin: prohibited', () => {
    for (const d of [
      'coal origin Nampo', 'coal origin Pyongyang', 'coal origin: Pyongyang', 'coal of Pyongyang origin', 'coal origin Wonsan',
      'coal origin Songnim', 'Anthracite, origin Chongjin', 'coal mined in Anju', 'steam coal produced in Tokchon', 'coal, place of origin: Hamhung',
      'coal Nampo-origin', 'coal origin the port of Nampo', 'COAL ORIGIN NAMPHO',
    ]) assert.equal(outcome(d), 'prohibited', d);
    assert.equal(originOf({ hs: '2601.11', description: 'iron ore origin Musan' }), 'KP');
    assert.equal(outcome('trousers origin Sinuiju', '6203.42'), 'prohibited');
    assert.equal(outcome('crabs origin Wonsan', '0306.14'), 'prohibited');
  });

  it('only a word naming another country rules the DPRK out; any other word before "origin" states no origin', () => {
    for (const [d, o] of [
      ['Russian-origin coal', 'non-KP'], ['coal of Australian origin', 'non-KP'], ['coal origin AU', undefined], ['AU origin coal', 'non-KP'],
      ['Indonesian origin steam coal', 'non-KP'], ['coal of South Korean origin', 'non-KP'], ['coal south-korean origin', 'non-KP'],
      ['coal origin', undefined], ['premium coal origin certificate attached', undefined], ['Korean origin coal', 'KP'],
    ] as const) assert.equal(originOf({ hs: '2701.12', description: d }), o, d);
    // The word before "origin" is the goods: the DPRK place after it decides.
    assert.equal(originOf({ hs: '2701.12', description: 'anthracite origin Rajin' }), 'KP');
    assert.equal(outcome('Russian-origin coal transshipped via Rajin'), 'conditional', 'the Rajin transit stays as it was');
    for (const d of ['coal of Australian origin', 'Indonesian origin steam coal', 'coal, origin Newcastle']) assert.equal(outcome(d), 'permitted', d);
  });

  it('the DPRK as an adjective, by its initials or in Polish without its diacritics: at least review', () => {
    for (const d of [
      'coal from Korea Północna', 'coal from Korea Polnocna', 'charbon nord-coréen', "charbon d'origine nord-coréenne", 'carvão norte-coreano',
      'carvão de origem norte-coreana', 'nordkoreanische Kohle', 'Noord-Koreaanse steenkool', 'północnokoreański węgiel', 'carbone nordcoreano',
      'carbón norcoreano', 'NK coal', 'coal origin: NK', 'węgiel z KRLD', 'severokoreyskiy ugol',
    ]) assert.notEqual(outcome(d), 'permitted', d);
    for (const d of ['coal origin KRLD', 'coal origin RPDC', 'coal origin KDVR', 'coal origin DVRK', 'coal origin Chosun']) assert.equal(outcome(d), 'prohibited', d);
  });

  it('innocent look-alikes stay as they were: the South\'s Chosun Ilbo, lower-case "nk", Suncheon', () => {
    assert.equal(outcome('Chosun Ilbo newspapers, back issues', '4902.10'), 'permitted');
    assert.equal(outcome('pink coal-tar dye free pencils', '9609.10'), 'permitted');
    assert.equal(originOf({ hs: '2701.12', description: 'coal from Suncheon' }), undefined);
  });
});
