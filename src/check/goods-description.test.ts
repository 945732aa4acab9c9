import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLaw } from '../law/index.ts';
import { evaluate } from './evaluate.ts';
import { descriptionText, hiddenGoodsWord, vocabularyReading } from './goods-description.ts';

// Security review 17, R17-10: a description naming banned goods beside an innocent HS code, disguised or in
// another language, is read as the measures' words; a word still hidden is review naming the description.
const law = loadLaw();
const fromKp = (description: string, hs = '6810') =>
  evaluate({ id: 'g', type: 'goods', date: '2025-03-01', from: 'KP', to: 'CN', goods: [{ hs, description }] }, law);
const toKp = (description: string, hs = '1006') =>
  evaluate({ id: 'g', type: 'goods', date: '2025-03-01', from: 'CN', to: 'KP', goods: [{ hs, description }] }, law);

test('the reviewer\'s coal beside HS 6810: every disguise and language is reviewed (R17-10)', () => {
  const inputs = ['coal', 'cоal', 'c0al', 'C-O-A-L', 'C O A L', 'anthr@cite', '무연탄', '无烟煤', 'уголь', 'Kohle', 'charbon', 'carbón',
    // variants
    'COAL', 'Сoal', 'c o a l', 'c.o.a.l', '석탄', '煤炭', '褐煤', 'угля', 'антрацит', 'Steinkohle', 'houille', 'antracita', 'ＣＯＡＬ'];
  for (const d of inputs) {
    const r = fromKp(d);
    assert.notEqual(r.outcome, 'permitted', d);
  }
  // The word, read, reaches the coal measures (not just a generic review).
  for (const d of ['무연탄', '无烟煤', 'уголь', 'Kohle', 'charbon', 'carbón', 'c0al', 'C-O-A-L', 'anthr@cite', 'cоal']) {
    assert.ok(fromKp(d).reasons.some((x) => /coal/i.test(x.summary) || x.field === 'goods[0].hs'), d);
  }
});

test('other banned goods in other languages are read as the law\'s words (R17-10)', () => {
  for (const d of ['铁矿砂', '철광석', 'железная руда', 'Eisenerz', 'minerai de fer', 'mineral de hierro', '纺织品', '의류', 'одежда',
    'Kleidung', 'vêtements', 'ropa', '水产品', '꽃게', 'рыба', 'Fisch', 'poisson', 'pescado', '螃蟹', 'краб']) {
    assert.notEqual(fromKp(d).outcome, 'permitted', d);
  }
  for (const d of ['柴油', '디젤유', 'дизельное топливо', '汽油', 'бензин', 'Benzin', 'gasolina', '原油', 'нефть', '연유', '机械', '기계',
    'оборудование', '汽车', 'автомобиль', '拖拉机', '뜨락또르', '武器', 'оружие', 'Waffen', 'armes', 'armas', '钢材', 'сталь', '铜', 'медь', 'Kupfer', 'cobre']) {
    assert.notEqual(toKp(d).outcome, 'permitted', d);
  }
});

test('a word still hidden is review naming goods[i].description (R17-10)', () => {
  const r = fromKp('widgets 朝鲜矿产');
  assert.equal(r.outcome, 'review');
  assert.ok(r.reasons.some((x) => x.field === 'goods[0].description'));
  assert.equal(hiddenGoodsWord('cоal')?.why, 'mixed');
  assert.equal(hiddenGoodsWord('anthr@cite')?.why, 'mixed');
  assert.equal(hiddenGoodsWord('КОМИД')?.why, 'unread');
  assert.equal(hiddenGoodsWord('铅笔')?.why, 'unread');
  assert.equal(hiddenGoodsWord('كوميد')?.why, 'unread');
  // Arabic's goods words are read since review 18 (R18-7): ملابس is clothing.
  assert.equal(hiddenGoodsWord('ملابس'), undefined);
});

test('innocent descriptions in those languages stay as they are (R17-10)', () => {
  for (const [d, hs] of [['사과', '0808'], ['大米', '1006'], ['пшеница', '1001'], ['大米 25公斤/袋', '1006'], ['面粉', '1101'], ['мука пшеничная', '1101'],
    ['apples', '0808'], ['steel pipes @ $5/kg', '7304'], ['100% cotton T-shirts', '6109'], ['Acme® tools', '8205'], ['US$1,500 widgets', '3926'],
    ['rice, 25 kg bags', '1006'], ['Fertilizer (urea)', '3102'], ['carbon steel bolts', '7318'], ['infant formula', '1901']] as const) {
    assert.equal(hiddenGoodsWord(d), undefined, d);
    // The same description as before the readings: no new measure reaches it.
    const r = evaluate({ id: 'g', type: 'goods', date: '2025-03-01', from: 'CN', to: 'SG', goods: [{ hs, description: d }] }, law);
    assert.equal(r.outcome, 'permitted', d);
  }
  assert.equal(vocabularyReading('사과'), undefined);
  assert.equal(descriptionText('apples'), 'apples');
});

test('origin written in Chinese is read, not held as an unread script', () => {
  assert.equal(hiddenGoodsWord('无烟煤 朝鲜产'), undefined);
  assert.equal(hiddenGoodsWord('大米 原产地: 中国'), undefined);
  assert.notEqual(fromKp('무연탄', '2701').outcome, 'permitted');
});
