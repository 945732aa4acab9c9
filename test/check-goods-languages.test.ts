// Security review 18, R18-7: a goods word hidden by a character that shows as nothing (a zero-width space, a soft
// hyphen, a word joiner …) escaped the description's readings, and the bans' goods written in Turkish (kömür),
// Japanese, Vietnamese, Indonesian and Malay, or Arabic were not read. A description with hidden letters is
// review naming it, and its word, read, reaches the same measures as the English word; each language's word
// reaches what the English word reaches.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromKp, measures, missing, toKp } from './support/goods-languages.ts';
import { evaluate } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';

const law = loadLaw();

describe('check: a goods word hidden by an invisible character (R18-7)', () => {
  const INVISIBLE = ['\u200B', '\u00AD', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u034F', '\u180E', '\u2063', '\uFE0F'];

  it('is review naming the description and the character, and reaches the measures of the word', () => {
    for (const c of INVISIBLE) {
      for (const [written, english, tx] of [[`co${c}al`, 'coal', fromKp], [`coal${c}`, 'coal', fromKp], [`c${c}oal`, 'coal', fromKp], [`die${c}sel`, 'diesel', toKp],
        [`iron ${c}ore`, 'iron ore', fromKp], [`tim${c}ber`, 'timber', fromKp]] as const) {
        const d = evaluate(tx(written), law);
        assert.notEqual(d.outcome, 'permitted', JSON.stringify(written));
        const hidden = d.reasons.find((r) => r.field === 'goods[0].description');
        assert.ok(hidden !== undefined, JSON.stringify(written));
        assert.match(hidden.summary, /\[U\+[0-9A-F]{4}\]/, JSON.stringify(written));
        assert.deepEqual(missing(tx(written), tx(english)), [], JSON.stringify(written));
      }
    }
  });

  it('a description without one stays as it was', () => {
    for (const d of ['rice, 25 kg bags', 'carbon steel bolts', 'coal'].map(fromKp)) {
      assert.ok(!evaluate(d, law).reasons.some((r) => r.field === 'goods[0].description' && /\[U\+/.test(r.summary)));
    }
  });
});

describe('check: the bans\' goods in Turkish, Japanese, Vietnamese, Indonesian and Malay, Arabic (R18-7)', () => {
  /** [written, the English word it is, from the DPRK or to it]. */
  const WORDS: [string, string, 'from' | 'to'][] = [
    // Turkish
    ['kömür', 'coal', 'from'], ['KÖMÜR', 'coal', 'from'], ['taş kömürü', 'coal', 'from'], ['kömürü', 'coal', 'from'], ['linyit', 'lignite', 'from'],
    ['demir cevheri', 'iron ore', 'from'], ['DEMİR CEVHERİ', 'iron ore', 'from'], ['kurşun cevheri', 'lead ore', 'from'], ['tekstil ürünleri', 'textile', 'from'],
    ['deniz ürünleri', 'seafood', 'from'], ['balık', 'fish', 'from'], ['kereste', 'timber', 'from'], ['mermer', 'marble', 'from'], ['heykel', 'statue', 'from'],
    ['ham petrol', 'crude', 'to'], ['motorin', 'diesel', 'to'], ['kondensat', 'condensate', 'to'], ['makine', 'machinery', 'to'], ['kamyon', 'truck', 'to'],
    // Japanese
    ['石炭', 'coal', 'from'], ['無煙炭', 'anthracite', 'from'], ['鉄鉱石', 'iron ore', 'from'], ['鉛精鉱', 'lead concentrate', 'from'], ['繊維製品', 'textile', 'from'],
    ['水産物', 'seafood', 'from'], ['木材', 'wood', 'from'], ['石材', 'stone', 'from'], ['銅像', 'statue', 'from'], ['軽油', 'diesel', 'to'],
    ['ガソリン', 'gasoline', 'to'], ['コンデンセート', 'condensate', 'to'], ['機械', 'machinery', 'to'], ['自動車', 'automobile', 'to'], ['石炭の輸出', 'coal', 'from'],
    // Vietnamese
    ['than đá', 'coal', 'from'], ['quặng sắt', 'iron ore', 'from'], ['quặng chì', 'lead ore', 'from'], ['hàng dệt may', 'textile', 'from'], ['hải sản', 'seafood', 'from'],
    ['gỗ', 'wood', 'from'], ['tượng', 'statue', 'from'], ['dầu thô', 'crude', 'to'], ['xăng', 'gasoline', 'to'], ['máy móc', 'machinery', 'to'], ['xe tải', 'truck', 'to'],
    // Indonesian and Malay
    ['batu bara', 'coal', 'from'], ['batubara', 'coal', 'from'], ['arang batu', 'coal', 'from'], ['bijih besi', 'iron ore', 'from'], ['ikan', 'fish', 'from'],
    ['kayu', 'wood', 'from'], ['patung', 'statue', 'from'], ['minyak mentah', 'crude', 'to'], ['bensin', 'gasoline', 'to'], ['mesin', 'machinery', 'to'],
    ['kendaraan', 'vehicle', 'to'],
    // Arabic
    ['فحم', 'coal', 'from'], ['الفحم', 'coal', 'from'], ['فحم حجري', 'coal', 'from'], ['خام الحديد', 'iron ore', 'from'], ['منسوجات', 'textile', 'from'],
    ['أسماك', 'fish', 'from'], ['خشب', 'wood', 'from'], ['تماثيل', 'statue', 'from'], ['نفط خام', 'crude', 'to'], ['ديزل', 'diesel', 'to'], ['الآلات', 'machinery', 'to'],
    ['مركبات', 'vehicle', 'to'],
    // Korean, Chinese, Russian: the goods the review-17 table did not name
    ['목재', 'wood', 'from'], ['대리석', 'marble', 'from'], ['동상', 'statue', 'from'], ['木材', 'wood', 'from'], ['雕像', 'statue', 'from'], ['древесина', 'wood', 'from'],
    ['мрамор', 'marble', 'from'], ['статуя', 'statue', 'from'],
  ];

  it('each word reaches every measure the English word reaches, and is never permitted', () => {
    for (const [written, english, dir] of WORDS) {
      const tx = dir === 'from' ? fromKp : toKp;
      assert.ok(measures(tx(english)).size > 0, `${english} reaches a measure`);
      assert.notEqual(evaluate(tx(written), law).outcome, 'permitted', written);
      assert.deepEqual(missing(tx(written), tx(english)), [], written);
    }
  });

  it('innocent descriptions in those languages, and English words the table shares letters with, stay permitted, away from the DPRK', () => {
    for (const [d, hs] of [['pirinç', '1006'], ['米', '1006'], ['gạo', '1006'], ['beras', '1006'], ['أرز', '1006'], ['solar panels', '8541'], ['petrol station pumps', '8413'],
      ['more than 20 cartons', '6109'], ['sat phone', '8517'], ['Mobil engine oil', '2710']] as const) {
      const r = evaluate({ id: 'g', type: 'goods', date: '2025-03-01', from: 'CN', to: 'SG', goods: [{ hs, description: d }] }, law);
      assert.equal(r.outcome, 'permitted', d);
    }
    // "than" is English before it is Vietnamese (than đá): read only in the phrase.
    assert.equal(evaluate({ id: 'g', type: 'goods', date: '2025-03-01', from: 'KP', to: 'CN', goods: [{ hs: '6810', description: 'more than 20 tiles' }] }, law).reasons.some((r) => /coal/i.test(r.summary)), false);
  });
});

describe('check: goods words written without their diacritics, as payment messages carry them (held-back evaluation)', () => {
  it('reach what the word with its marks reaches', () => {
    for (const [plain, english, tx] of [['KOMUR', 'coal', fromKp], ['komuru', 'coal', fromKp], ['tas komuru', 'coal', fromKp], ['kursun cevheri', 'lead ore', fromKp],
      ['than da', 'coal', fromKp], ['quang sat', 'iron ore', fromKp], ['DAU THO', 'crude oil', toKp], ['petroleo', 'crude oil', toKp]] as const) {
      assert.notEqual(evaluate(tx(plain), law).outcome, 'permitted', plain);
      assert.deepEqual(missing(tx(plain), tx(english)), [], plain);
    }
  });
  it('a folded form that is an English word, or too short to tell, is not read', () => {
    for (const innocent of ['carbon black', 'go', 'sat on the pallet', 'da capo']) assert.equal(evaluate(fromKp(innocent), law).outcome, 'permitted', innocent);
  });
});
