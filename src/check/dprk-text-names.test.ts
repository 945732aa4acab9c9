// DPRK names in free text beyond the English forms (security review 17, R17-11): Hangul and Han city names, a
// look-alike digit, the European names of the country and its capital, and the code KP standing as a country.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate, parseTransaction } from './index.ts';
import { loadLaw } from '../law/index.ts';
import { moreDprkNames } from './dprk-text-names.ts';

const law = loadLaw();
const laptops = (purpose: string) =>
  evaluate(parseTransaction({ type: 'goods', date: '2025-03-01', from: 'CN', to: 'SG', goods: [{ hs: '8471', description: 'laptops' }], purpose }, 'test'), law, {});

test('the DPRK or a DPRK city named in another language, script or disguise is a DPRK link: review naming the purpose', () => {
  for (const p of ['for delivery to 평양', 'for delivery to N0rth Korea', 'for delivery to Corée du Nord', 'Lieferung nach Nordkorea', 'entrega en Corea del Norte',
    'entrega na Coreia do Norte', 'поставка в Северная Корея', 'в КНДР', 'for delivery to 朝鲜', 'Lieferung nach Pjöngjang', 'to Pyeongyang', 'à Phenian', 'final consignee in KP',
    'ship to: KP', 'destination KP', '남포 항 경유', '清津', 'for delivery to Py0ngyang', '조선 무역', '북한']) {
    const d = laptops(p);
    assert.equal(d.outcome, 'review', p);
    assert.ok(d.reasons.some((r) => r.field === 'purpose'), p);
  }
});

test('innocent text stays permitted: KP inside a word or in lower case, South Korean words, shipbuilding', () => {
  for (const p of ['audit by KPMG', 'KP Singh consulting fees', 'kp in lower case', '원산지: 중국', '조선소 납품', '부산 남포동 창고', '서울 사무소', 'delivery to Seoul, Korea',
    '4x4 vehicles to Busan', 'No 1 customer', 'Nord Stream consulting', 'Corée du Sud', 'Südkorea', 'Corea del Sur', 'Pyeongtaek port', 'Kpando, Ghana']) {
    assert.equal(laptops(p).outcome, 'permitted', p);
  }
  assert.equal(moreDprkNames('Pjöngjang')?.kind, 'place');
  assert.equal(moreDprkNames('Corée du Nord')?.kind, 'country');
});
