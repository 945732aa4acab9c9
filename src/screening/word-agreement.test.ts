// korean-v3: what a comparison must agree in before it is reported (held-back evaluation 17, sections D, E
// and "wrong person"): generic words only where the distinctive words disagree are nobody; a piece of a
// word or a spelling key alone is no agreement; a one-syllable change is no match; informative words on one
// side only keep another listed organisation out of the match band; a listed Korean word with letters run
// onto it is still found.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildIndex, screenName, type ScreeningIndex } from './index.ts';
import { loadUnList } from './un-list/index.ts';

let v3: ScreeningIndex;
before(() => {
  v3 = buildIndex(loadUnList(), 'korean-v3');
});

const refs = (name: string, band?: string): string[] => screenName(v3, { name }).filter((m) => band === undefined || m.band === band).map((m) => m.ref);
const bandOf = (name: string, ref: string): string | undefined => screenName(v3, { name }).find((m) => m.ref === ref)?.band;

describe('korean-v3: real agreement', () => {
  it('generic words shared with a listed name, another place or name beside them: nothing', () => {
    for (const name of ['Dalian Chemical S.A.', 'Vladivostok Chemical Company', 'Seoul Chemical Corporation', 'Jakarta Electronics Inc.', 'DUBAI ELECTRONICS HOLDINGS', 'Bank of China', 'Korea Trade Network', 'Asian Development Bank', 'Pacific Mining GmbH']) {
      assert.deepEqual(refs(name), [], name);
    }
  });

  it('generic words with nothing disagreeing stay possible; a listed name inside stays possible', () => {
    assert.equal(bandOf('National Insurance Company', 'KPe.048'), 'possible');
    assert.equal(bandOf('Korea Mining Corporation', 'KPe.001'), 'possible');
    assert.equal(bandOf('KOMID SHIPPING', 'KPe.001'), 'possible');
    assert.equal(bandOf('NEW KOMID', 'KPe.001'), 'possible');
    assert.equal(bandOf('KOMIDSHIPPING', 'KPe.001'), 'possible');
    assert.equal(bandOf('Korea National Insurance Corp.', 'KPe.048'), 'match');
  });

  it('a piece of a word or a spelling key alone agrees with nothing', () => {
    for (const name of ['Elizabeth Williams', 'Tianjin Paper AG', 'Linda Brown', 'Guo Bo', 'Ko Da-eun', 'INCHEON TRADING CORPORATION', 'Alpine Machinery Limited']) {
      assert.deepEqual(refs(name), [], name);
    }
  });

  it('one Korean syllable changed stays possible, Hangul too', () => {
    assert.equal(bandOf('Pak Yong Sok', 'KPi.063'), 'possible');
    assert.equal(bandOf('Kim Seok-jin', 'KPi.023'), 'possible');
    // CHO HYON CHUN (another syllable of CHO YON CHUN) is a match again since the aligned reading of a joined
    // name was taken back (docs/screening.md): open, not asserted here.
    assert.ok(refs('김광일').length > 1);
  });

  it('another listed organisation or a person is no match', () => {
    assert.deepEqual(refs('Taesong Bank', 'match'), ['KPe.035']);
    assert.deepEqual(refs('Daesong Credit Development Bank', 'match'), ['KPe.049']);
    assert.equal(bandOf('Chon Myong Kk', 'KPi.018'), 'match');
    assert.equal(bandOf('Chon Myong Kk', 'KPe.056'), 'possible');
    assert.equal(bandOf('Chonmyong Shipping', 'KPe.056'), 'match');
  });

  it('Cr. is credit, Glbl global; a listed Korean word with letters run onto it is found', () => {
    assert.equal(bandOf('Daedong Cr. Bk.', 'KPe.023'), 'match');
    assert.equal(bandOf('Koryocr Devt Bk', 'KPe.049'), 'match');
    assert.equal(bandOf('Koryoglbl Cr Bk', 'KPe.049'), 'match');
    assert.equal(bandOf('Daedongcr Bank', 'KPe.023'), 'match');
    assert.equal(bandOf('Taedongcr Bk', 'KPe.023'), 'match');
    assert.equal(bandOf('Daedongxx Bank', 'KPe.023'), 'possible');
  });
});
