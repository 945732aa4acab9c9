/**
 * A code coarser than the codes measures list (chapter 27 over heading 2701 coal, heading 2616 over
 * subheading 2616.10 silver ore) may or may not be the listed goods: review naming goods[i].hs and the
 * measures it could reach, never permitted; a finer code, or a description, decides. Codes at or below a
 * measure's own level are decided as before.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate, type Decision, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { parseHs } from '../src/hs/index.ts';

const law = loadLaw();

function check(date: string, from: string, to: string, hs: string, description?: string): Decision {
  const line: NonNullable<Transaction['goods']>[number] = { hs };
  if (description !== undefined) line.description = description;
  return evaluate({ id: 't', type: 'goods', date, from, to, goods: [line] }, law);
}

/** The measures the decision cites, sorted. */
const cited = (d: Decision): string[] => [...new Set(d.reasons.map((r) => r.measure))].sort();

/** Review, and every review about the code names goods[0].hs. */
function assertRangeReview(d: Decision, measures: string[], label: string): void {
  assert.equal(d.outcome, 'review', label);
  assert.deepEqual(cited(d), [...measures].sort(), label);
  for (const r of d.reasons) {
    assert.equal(r.field, 'goods[0].hs', label);
    assert.equal(r.effect, 'requires-review', label);
  }
}

test('DPRK exports (2018-03-01): a chapter or heading taking in banned goods is review, each finer banned code prohibited', () => {
  const cases: [string, string[], string[]][] = [
    // 27 takes in coke and peat (2703, 2704) too: reviewed as possible coal (unscr-2371-8-coal-products).
    ['27', ['unscr-2371-8', 'unscr-2371-8-coal-products'], ['2701']],
    // 26 takes in uranium and thorium ores (2612) too: items of the Committee's nuclear list.
    ['26', ['unscr-1718-8b-wmd', 'unscr-2270-30', 'unscr-2321-28', 'unscr-2371-8', 'unscr-2371-10'], ['2601', '2603', '2607', '2614']],
    ['2616', ['unscr-2321-28'], ['2616.10']],
    ['2615', ['unscr-2270-30'], ['2615.90']],
    ['72', ['unscr-2371-8'], ['7201']],
    ['71', ['unscr-2270-30', 'unscr-2321-28'], ['7106', '7108']],
    ['97', ['unscr-2321-29'], ['9703']],
  ];
  for (const [coarse, measures, finer] of cases) {
    assertRangeReview(check('2018-03-01', 'KP', 'CN', coarse), measures, `KP->CN ${coarse}`);
    for (const f of finer) assert.equal(check('2018-03-01', 'KP', 'CN', f).outcome, 'prohibited', `KP->CN ${f}`);
  }
});

test('supply to the DPRK (2017-01-15): luxury goods, vessels and aviation fuel under a coarser code are review', () => {
  const cases: [string, string[], string[]][] = [
    ['71', ['unscr-1718-8a-luxury', 'unscr-1718-8a-luxury-national'], ['7113']],
    ['89', ['unscr-1718-8a-arms', 'unscr-1718-8a-luxury', 'unscr-1874-10', 'unscr-2270-6', 'unscr-2321-30'], ['8903']],
    ['91', ['unscr-1718-8a-luxury-2270', 'unscr-1718-8a-luxury-national'], ['9101']],
    ['95', ['unscr-1718-8a-luxury-2270', 'unscr-1718-8a-luxury-national'], ['9506']],
    ['69', ['unscr-1718-8a-luxury-2321-tableware'], []],
    ['8703', ['unscr-1718-8a-luxury-2094', 'unscr-1718-8a-luxury-2270-snowmobiles'], ['8703.23']],
    // 8802.30/.40: possibly combat aircraft (the arms measures); 8802.60: launch vehicles
    ['8802', ['unscr-1718-8a-arms', 'unscr-1718-8a-wmd', 'unscr-1874-10', 'unscr-2270-6', 'unscr-2321-30'], []],
    ['7013', ['unscr-1718-8a-luxury-2270'], []],
    // A chapter over an ambiguous heading (2710: aviation fuel or another refined product).
    ['27', ['unscr-2270-31'], []],
  ];
  for (const [coarse, measures, finer] of cases) {
    assertRangeReview(check('2017-01-15', 'CN', 'KP', coarse), measures, `CN->KP ${coarse}`);
    for (const f of finer) assert.equal(check('2017-01-15', 'CN', 'KP', f).outcome, 'prohibited', `CN->KP ${f}`);
  }
  // Rugs are listed at chapter level (57) and porcelain at 6911 with a value threshold: review as before.
  assert.equal(check('2017-01-15', 'CN', 'KP', '57').outcome, 'review');
  assert.equal(check('2017-01-15', 'CN', 'KP', '6911').outcome, 'review');
  // Before 30 Nov 2016 neither rugs nor porcelain were listed: the chapters pass as the headings do.
  for (const hs of ['57', '5701', '69', '6911']) assert.equal(check('2016-07-01', 'CN', 'KP', hs).outcome, 'permitted', hs);
  assertRangeReview(check('2016-07-01', 'CN', 'KP', '71'), ['unscr-1718-8a-luxury', 'unscr-1718-8a-luxury-national'], 'CN->KP 71 in 2016');
});

test('the review says which code is coarse, what the measure lists under it, and asks for goods[i].hs', () => {
  const d = check('2018-03-01', 'KP', 'CN', '2616');
  assert.equal(d.reasons.length, 1);
  const r = d.reasons[0]!;
  assert.equal(r.resolution, 2321);
  assert.equal(r.paragraph, '28');
  assert.match(r.summary, /HS 2616 is a heading/);
  assert.match(r.summary, /\(HS 2616\.10\)/);
  assert.match(r.summary, /give "goods\[0\]\.hs" at a finer level/);
  // The line index is the line's own.
  const two = evaluate({ type: 'goods', date: '2018-03-01', from: 'KP', to: 'CN', goods: [{ hs: '3004.90' }, { hs: '27' }] }, law);
  assert.equal(two.outcome, 'review');
  assert.ok(two.reasons.length > 0 && two.reasons.every((x) => x.field === 'goods[1].hs'), JSON.stringify(two.reasons.map((x) => x.field)));
});

test('to the DPRK, chapter 27 keeps its own review and names the measures listing codes under it', () => {
  const d = check('2018-03-01', 'CN', 'KP', '27');
  assert.equal(d.outcome, 'review');
  assert.ok(cited(d).includes('unscr-2397-5-chapter-27'));
  for (const m of ['unscr-2397-4', 'unscr-2397-5', 'unscr-2375-13']) assert.ok(cited(d).includes(m), m);
  assert.ok(d.reasons.every((r) => r.field === 'goods[0].hs'));
  // Heading 2711 takes in condensates (2711.11) and LPG (2711.12-19).
  const lpg = check('2018-03-01', 'CN', 'KP', '2711');
  assert.equal(lpg.outcome, 'review');
  for (const m of ['unscr-2375-13', 'unscr-2397-5']) assert.ok(cited(lpg).includes(m), m);
});

test('a description decides a coarse code when it names the goods, or other goods identified under it', () => {
  assert.equal(check('2018-03-01', 'KP', 'CN', '27', 'anthracite').outcome, 'prohibited');
  const copper = check('2018-03-01', 'KP', 'CN', '26', 'copper ore');
  assert.equal(copper.outcome, 'prohibited');
  assert.deepEqual(cited(copper), ['unscr-2321-28'], 'copper ore is not iron, lead or titanium ore');
  assert.equal(check('2018-03-01', 'KP', 'CN', '27', 'crude oil').outcome, 'permitted', 'crude oil is not coal');
  assert.equal(check('2017-01-15', 'CN', 'KP', '71', 'diamond ring').outcome, 'prohibited');
  // Words no measure knows identify nothing: still review.
  assert.equal(check('2018-03-01', 'KP', 'CN', '26', 'assorted minerals').outcome, 'review');
});

test('a chapter with nothing banned in that direction, and precise codes beside banned ones, are decided as before', () => {
  const permitted: [string, string, string, string][] = [
    ['2018-03-01', 'KP', 'CN', '30'],
    ['2015-01-01', 'KP', 'CN', '27'], // before the coal ban
    ['2017-01-15', 'CN', 'KP', '2601'], // iron ore is banned out of the DPRK, not into it (26 takes in uranium ores: reviewed)
    ['2017-01-15', 'CN', 'KP', '72'], // iron and steel into the DPRK only from 22 Dec 2017
    ['2018-03-01', 'KP', 'CN', '2616.90'],
    ['2018-03-01', 'KP', 'CN', '2602'],
    ['2017-01-15', 'CN', 'KP', '7326'],
    ['2017-01-15', 'CN', 'KP', '9018'],
  ];
  for (const [date, from, to, hs] of permitted) assert.equal(check(date, from, to, hs).outcome, 'permitted', `${date} ${from}->${to} ${hs}`);
  // Imitation jewellery and watches without a precious-metal case are in no annex, but national luxury lists
  // name them and 1718 para 8(a)(iii) leaves the list to each State: review, never permitted.
  for (const hs of ['7117', '9102']) assert.deepEqual(cited(check('2017-01-15', 'CN', 'KP', hs)), ['unscr-1718-8a-luxury-national'], hs);
  // Ferro-alloys may be iron in the sense of 2371 para 8, which does not define it: review, never permitted.
  assert.equal(check('2018-03-01', 'KP', 'CN', '7202').outcome, 'review');
  // At a measure's own level: as before (2397 para 7 lists chapter 89 whole).
  const ships = check('2018-03-01', 'CN', 'KP', '89');
  assert.equal(ships.outcome, 'prohibited');
  assert.ok(cited(ships).includes('unscr-2397-7'));
  const ambiguous = check('2017-01-15', 'CN', 'KP', '2710');
  assert.equal(ambiguous.outcome, 'review');
  assert.deepEqual(ambiguous.reasons.map((r) => r.field), ['goods[0].product']);
});

test('from the law data: a code coarser than a listed code is never permitted where the listed code is not', () => {
  let pairs = 0;
  for (const m of law.measures) {
    const g = m.applies?.goods;
    if (!m.effect || !g || !m.applies!.types.includes('goods')) continue;
    const d = m.applies!.direction ?? 'either';
    const ways: [string, string][] = [];
    if (d === 'to-dprk' || d === 'either') ways.push(['CN', 'KP']);
    if (d === 'from-dprk' || d === 'either') ways.push(['KP', 'CN']);
    for (const code of [...(g.hs ?? []), ...(g.ambiguousHs ?? [])]) {
      const digits = parseHs(code)!;
      for (const [from, to] of ways) {
        if (check(m.effective, from, to, digits).outcome === 'permitted') continue;
        for (let len = 2; len < digits.length; len += 2) {
          const coarse = digits.slice(0, len);
          const out = check(m.effective, from, to, coarse);
          assert.notEqual(out.outcome, 'permitted', `${m.id} ${m.effective} ${from}->${to}: ${coarse} over ${digits}`);
          pairs++;
        }
      }
    }
  }
  assert.ok(pairs > 50, `${pairs} pairs checked`);
});
