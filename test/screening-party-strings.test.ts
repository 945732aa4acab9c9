// korean-v3: what a party field holds around and beside a listed name, as payments, invoices and bills of
// lading write it (a hostile new user's report, issue 17): many names in one string, every one screened.
// Each listed name is found (match or possible; check: prohibited or review), never a silent permitted.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { buildIndex, createPartyScreener, screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';

const law = loadLaw();
let index: ScreeningIndex;
let screenParty: ReturnType<typeof createPartyScreener>;
before(() => {
  index = buildIndex(loadUnList(), 'korean-v3');
  screenParty = createPartyScreener(index);
});

const found = (name: string, ref: string, extra: Record<string, string> = {}) => screenName(index, { name, ...extra }).find((m) => m.ref === ref);
const sale = (name: string, country = 'CN', extra: Record<string, string> = {}): Transaction => ({
  type: 'goods', date: '2024-03-01', from: 'CN', to: 'SG', goods: [{ hs: '8207.13', description: 'rock drilling tools' }],
  parties: [{ name, role: 'buyer', country, ...extra }],
});
const outcome = (name: string, country = 'CN', extra: Record<string, string> = {}) => evaluate(sale(name, country, extra), law, { screenParty }).outcome;
const CHINESE = ['Zhang Wei', 'Li Ming', 'Wang Hui', 'Chen Jie', 'Liu Yang', 'Zhao Lei', 'Sun Tao', 'Zhou Xun', 'Wu Fang', 'Gao Yan', 'Ma Jun', 'Hu Bo'];

describe('H23: a party string of many names: every one is screened', () => {
  it('the reviewer\'s nine names, the listed one last, and our variants (12 names, other separators, an entity last)', () => {
    assert.equal(found([...CHINESE.slice(0, 8), 'Pak Yong Sik'].join(', '), 'KPi.063')?.band, 'match');
    assert.equal(outcome([...CHINESE.slice(0, 8), 'Pak Yong Sik'].join(', ')), 'prohibited');
    assert.equal(outcome([...CHINESE, 'Pak Yong Sik (DPRK)'].join(', ')), 'prohibited');
    assert.equal(outcome(`${CHINESE.join('; ')}; KOMID`), 'prohibited');
    assert.equal(outcome(`${CHINESE.join(' / ')} / Korea Mining Development Trading Corporation`), 'prohibited');
    // Forty names, the listed one last: still found.
    const many = Array.from({ length: 40 }, (_, i) => `${CHINESE[i % CHINESE.length]!} ${String.fromCharCode(65 + (i % 26))}`);
    assert.ok(found(`${many.join(', ')}, Kim Yong Chol`, 'KPi.024') !== undefined);
  });

  it('many innocent names stay clean', () => {
    assert.equal(outcome(CHINESE.join(', ')), 'permitted');
  });
});
