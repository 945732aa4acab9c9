// How `check` recognises goods by their words: arms and WMD items under their correct HS codes, iron in its
// forms, and the everyday names of the goods each ban reaches beside a code that does not match them. The
// cases are written from the law's categories (1718 para 8, 1874 paras 9-10, 2270 para 6, 2270 para 29,
// 2321 para 26, 2371 paras 8-9, 2375 paras 13 and 16, 2397 paras 6-7), not from the word lists.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';

const law = loadLaw();
const goods = (from: string, to: string, date: string, hs: string | undefined, description: string, extra: Partial<Transaction> = {}): Transaction => ({
  type: 'goods', date, from, to, goods: [{ ...(hs !== undefined && { hs }), description, quantity: 1, unit: 'units' }], ...extra,
});
const measures = (tx: Transaction): string[] => evaluate(tx, law).reasons.map((r) => r.measure);

describe('check: arms and WMD items under their correct HS codes', () => {
  // HS has no military heading: a fighter is HS 8802.30, a submarine 8906.90, a TEL 8705.90.
  const plain: [string, string][] = [
    ['8802.30', 'MiG-29 fighter jets'], ['8802.30', 'fighter aircraft, refurbished'], ['8802.40', 'strategic bombers'],
    ['8906.90', 'diesel-electric submarine'], ['8906.90', 'frigates'], ['8906.90', 'corvette, Type 056'], ['8906.90', 'destroyer'],
    ['8705.90', 'transporter erector launcher'], ['8705.90', 'armored personnel carriers'], ['8705.90', 'infantry fighting vehicles'],
    ['8705.90', 'self-propelled howitzers'], ['9306.90', 'torpedoes'], ['9306.90', 'aerial bombs'], ['9306.90', 'naval mines'],
    ['9306.90', 'ICBM warheads'], ['8806.10', 'attack drones'], ['8526.10', 'air defense systems'], ['8704.21', 'military trucks'],
    ['8710.00', 'main battle tanks'], ['9306.90', 'anti-tank mines'],
  ];

  it('from the DPRK, at every date from 2009 to today: prohibited (1874 para 9)', () => {
    for (const date of ['2010-01-01', '2016-06-01', '2017-12-21', '2018-03-01', '2024-01-01']) {
      for (const [hs, description] of plain) {
        const tx = goods('KP', 'SY', date, hs, description);
        const d = evaluate(tx, law);
        assert.equal(d.outcome, 'prohibited', `${date} ${hs} ${description}: ${JSON.stringify(d.reasons.map((r) => r.measure))}`);
        assert.ok(measures(tx).includes('unscr-1874-9'), `${date} ${description}`);
      }
    }
  });

  it('to the DPRK, from 2006: prohibited (1718 para 8(a), 1874 para 10, 2270 para 6)', () => {
    for (const date of ['2007-06-01', '2012-06-01', '2016-06-01', '2024-01-01']) {
      for (const [hs, description] of plain) {
        const d = evaluate(goods('RU', 'KP', date, hs, description), law);
        assert.equal(d.outcome, 'prohibited', `${date} ${hs} ${description}: ${JSON.stringify(d.reasons)}`);
      }
    }
  });

  it('a hand grenade is arms; a grenade launcher stays a light weapon, with notice, before 2 Mar 2016', () => {
    assert.equal(evaluate(goods('CN', 'KP', '2015-06-01', '9306.90', 'hand grenades'), law).outcome, 'prohibited');
    const launcher = evaluate(goods('CN', 'KP', '2015-06-01', '9303.90', 'grenade launchers'), law);
    assert.equal(launcher.outcome, 'conditional', JSON.stringify(launcher.reasons));
  });

  it('a code that may be a military item, with no word saying which, is review (a civilian airliner is HS 8802.40 too)', () => {
    for (const [hs, description] of [['8802.40', 'Tu-204 passenger airliner'], ['8802.30', 'aircraft'], ['8906.90', 'vessel'], ['8705.90', 'special purpose vehicles'], ['9307.00', 'swords']] as const) {
      const tx = goods('KP', 'IR', '2024-01-01', hs, description);
      const d = evaluate(tx, law);
      assert.notEqual(d.outcome, 'permitted', `${hs} ${description}`);
      if (hs !== '9307.00' && hs !== '8906.90') assert.ok(d.reasons.some((r) => r.measure === 'unscr-1874-9' && r.effect === 'requires-review' && r.field === 'goods[0].product'), `${hs}: ${JSON.stringify(d.reasons)}`);
    }
    // 9307 is in the arms chapter: procured from the DPRK it is arms (1874 para 9 lists chapter 93).
    assert.equal(evaluate(goods('KP', 'IR', '2024-01-01', '9307.00', 'swords'), law).outcome, 'prohibited');
    assert.notEqual(evaluate(goods('CN', 'KP', '2012-06-01', '9307.00', 'bayonets'), law).outcome, 'permitted');
  });

  it('a weapon of mass destruction named plainly is prohibited; anthrax is so whatever its code', () => {
    assert.equal(evaluate(goods('CN', 'KP', '2015-06-01', '3002.90', 'anthrax (Bacillus anthracis) cultures'), law).outcome !== 'permitted', true);
    assert.equal(evaluate(goods('CN', 'KP', '2015-06-01', undefined, 'biological agents anthrax'), law).outcome, 'prohibited');
    assert.equal(evaluate(goods('CN', 'KP', '2015-06-01', undefined, 'chemical weapons'), law).outcome, 'prohibited');
  });

  it('"diesel-electric" is a propulsion, not fuel (review 12, L1)', () => {
    const m = measures(goods('RU', 'KP', '2017-12-21', '8906.90', 'diesel-electric submarine'));
    assert.ok(m.includes('unscr-1718-8a-arms'), JSON.stringify(m));
    assert.ok(!m.some((x) => x.startsWith('unscr-2375-14') || x.startsWith('unscr-2397-5')), JSON.stringify(m));
  });

  it('things named after weapons are not weapons', () => {
    for (const [hs, description] of [['3307.30', 'bath bombs'], ['8544.70', 'submarine cables'], ['6201.40', 'bomber jackets'], ['8424.20', 'water cannons'], ['9503.00', 'tennis ball launcher'], ['9015.30', 'torpedo level'], ['6211.33', 'fire fighter uniforms']] as const) {
      const m = measures(goods('KP', 'CN', '2015-06-01', hs, description));
      assert.ok(!m.some((x) => x === 'unscr-1874-9' || x === 'unscr-1718-8b'), `${description}: ${JSON.stringify(m)}`);
    }
  });
});

describe('check: iron in its forms (2270 para 29, 2321 para 26, 2371 para 8)', () => {
  it('iron under any heading of chapters 72 and 73 is prohibited from 5 Aug 2017', () => {
    for (const [hs, description] of [['7214.20', 'iron bars'], ['7204.10', 'cast iron scrap'], ['7207.11', 'semi-finished products of iron'], ['7325.10', 'cast iron articles'], ['7228.30', 'iron bars'], ['7204.49', 'ferrous waste and scrap'], ['7217.10', 'iron wire']] as const) {
      const d = evaluate(goods('KP', 'CN', '2018-03-01', hs, description), law);
      assert.equal(d.outcome, 'prohibited', `${hs} ${description}: ${JSON.stringify(d.reasons)}`);
      assert.ok(d.reasons.some((r) => r.measure === 'unscr-2371-8'));
    }
  });

  it('steel and ferro-alloys, whose place in "iron" the law leaves open, are review, never permitted', () => {
    for (const [hs, description] of [['7208.51', 'hot-rolled steel plate'], ['7202.11', 'ferro-manganese'], ['7304.19', 'seamless line pipe'], ['7207.11', undefined]] as const) {
      const tx: Transaction = { type: 'goods', date: '2018-03-01', from: 'KP', to: 'CN', goods: [{ hs, ...(description !== undefined && { description }), quantity: 1000, unit: 't' }] };
      const d = evaluate(tx, law);
      assert.equal(d.outcome, 'review', `${hs}: ${JSON.stringify(d.reasons)}`);
      assert.ok(d.reasons.some((r) => r.measure === 'unscr-2371-8' && r.field === 'goods[0].product'));
    }
  });

  it('under 2321 para 26, iron for a commercial purpose is prohibited (review 12, F2d)', () => {
    const tx: Transaction = { type: 'goods', date: '2017-03-01', from: 'KP', to: 'CN', goods: [{ hs: '7207.11', description: 'semi-finished products of iron', quantity: 1000, unit: 't', value: 1000 }], purpose: 'commercial' };
    assert.equal(evaluate(tx, law).outcome, 'prohibited');
  });

  it('an iron that is an appliance, a golf club or a compound is not the metal', () => {
    for (const [hs, description] of [['8516.40', 'steam irons'], ['9506.31', 'golf irons'], ['2821.10', 'iron oxide pigment'], ['8515.11', 'soldering iron']] as const) {
      assert.ok(!measures(goods('KP', 'CN', '2017-09-20', hs, description)).includes('unscr-2371-8'), description);
    }
  });
});

describe('check: a description naming banned goods beside a code that does not match them is review', () => {
  const cases: [string, string, string, string, string[]][] = [
    // [from, to, hs, measure, descriptions]
    ['KP', 'CN', '2106.90', 'unscr-2371-9', ['clams', 'oysters', 'mussels', 'scallops', 'lobsters', 'prawns', 'shrimps', 'sea cucumbers', 'squids', 'crabs', 'Alaska pollock', 'anchovies', 'eels', 'abalone', 'cuttlefish', 'sea urchins', 'surimi', 'dried cod', 'frozen mackerel', 'caviar', 'octopi', 'king crab legs', 'dried shellfish', 'salted jellyfish']],
    ['KP', 'CN', '3926.20', 'unscr-2375-16', ['sweaters', 'jackets', 'winter coats', 'dresses', 'knitwear', 'silk', 'cotton shirts', 'wool', 'school uniforms', 'socks', 'underwear', 'men\'s suits', 'blouses', 'knitted gloves', 'jeans', 'polyester', 'cloth', 'T-shirts', 'pyjamas', 'bed linen', 'knitted pullovers', 'padded parkas', 'woolen scarves', 'nylon stockings', 'men trousers']],
    ['CN', 'KP', '3926.90', 'unscr-2397-7', ['excavators', 'bulldozer', 'tractors', 'aluminium ingots', 'aluminum sheet', 'copper cathodes', 'electric motors', 'transformers', 'cranes', 'forklifts', 'buses', 'motorcycles', 'locomotives', 'aircraft', 'lathes', 'CNC machines', 'pumps', 'computers', 'mobile phones', 'iron rods', 'tin', 'titanium sponge', 'cars', 'lorries', 'fishing boats', 'steel pipes', 'minibuses', 'hydraulic excavator', 'wheel loaders', 'diesel engines', 'laptops', 'smartphones', 'stainless steel sheets', 'copper wire', 'bicycles', 'televisions', 'batteries']],
    ['KP', 'CN', '2106.90', 'unscr-2397-6', ['pine nuts', 'ginseng', 'mushrooms', 'vegetables', 'fruit', 'apples', 'soybeans', 'walnuts', 'kelp', 'seaweed', 'dried persimmons', 'chestnuts', 'red ginseng', 'bracken']],
    ['KP', 'CN', '6810.99', 'unscr-2397-6', ['granite', 'marble slabs', 'sand', 'graphite', 'logs', 'plywood', 'sawn timber']],
  ];
  for (const [from, to, hs, measure, descriptions] of cases) {
    it(`${measure}: ${descriptions.slice(0, 4).join(', ')}, ... under HS ${hs}`, () => {
      for (const description of descriptions) {
        const d = evaluate(goods(from, to, '2018-03-01', hs, description), law);
        assert.notEqual(d.outcome, 'permitted', description);
        assert.ok(d.reasons.some((r) => r.measure === measure && r.field === 'goods[0].hs'), `${description}: ${JSON.stringify(d.reasons.map((r) => r.measure))}`);
      }
    });
  }

  it('goods named after a machine, a vehicle or a fabric are not it', () => {
    const not: [string, string, string, string, string][] = [
      ['CN', 'KP', '2710.19', 'engine oil', 'unscr-2397-7'], ['CN', 'KP', '3926.90', 'cable ties', 'unscr-2397-7'],
      ['CN', 'KP', '4011.10', 'car tyres', 'unscr-2397-7'], ['KP', 'CN', '0901.11', 'coffee beans', 'unscr-2397-6'],
      ['KP', 'CN', '6805.20', 'emery cloth', 'unscr-2375-16'], ['KP', 'CN', '6806.10', 'rock wool insulation', 'unscr-2375-16'],
      ['KP', 'CN', '4015.19', 'nitrile gloves', 'unscr-2375-16'], ['KP', 'CN', '3208.90', 'top coat varnish', 'unscr-2375-16'],
    ];
    // Without a code the words decide alone: a medical machine is an instrument (HS 90), a sewing machine machinery.
    assert.ok(!measures(goods('CN', 'KP', '2018-03-01', undefined, 'portable ultrasound machine')).includes('unscr-2397-7'));
    assert.equal(evaluate(goods('CN', 'KP', '2018-03-01', undefined, 'sewing machines'), law).outcome, 'prohibited');
    for (const [from, to, hs, description, measure] of not) {
      const tx = goods(from, to, '2018-03-01', hs, description, to === 'KP' ? { purpose: 'livelihood' } : {});
      assert.ok(!measures(tx).includes(measure), `${description}: ${JSON.stringify(measures(tx))}`);
    }
  });
});

describe('check: natural gas liquids under HS 2711.19 (2375 para 13; review 12, L3)', () => {
  it('a description naming NGL decides: prohibited; propane under the same code stays LPG under the cap', () => {
    const ngl = evaluate(goods('CN', 'KP', '2018-06-01', '2711.19', 'natural gas liquids (NGL)', { purpose: 'livelihood' }), law);
    assert.equal(ngl.outcome, 'prohibited');
    assert.ok(ngl.reasons.some((r) => r.measure === 'unscr-2375-13' && r.effect === 'prohibits'));
    const lpg = measures(goods('CN', 'KP', '2018-06-01', '2711.19', 'propane-butane mix', { purpose: 'livelihood' }));
    assert.ok(!lpg.includes('unscr-2375-13') && lpg.includes('unscr-2397-5'), JSON.stringify(lpg));
  });
});
