// A name in Han or kana, which screening does not read, joined to a Latin letter or digit (security review 17,
// R17-1): "朝鲜矿业开发贸易公司1" is as unread as "朝鲜矿业开发贸易公司". A Latin brand with a company form in Han or
// kana ("TCL集团", "SONY株式会社") or Hangul, which screening reads ("LG전자"), stays plain.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Transaction } from '../check/index.ts';
import { loadLaw } from '../law/index.ts';
import { buildIndex, createPartyScreener } from '../screening/index.ts';
import { loadUnList } from '../screening/un-list/index.ts';
import { disguisedWord } from './look-alikes.ts';

describe('Han or kana joined to Latin letters or digits', () => {
  it('the review\'s names and variants are unread', () => {
    for (const name of [
      '朝鲜矿业开发贸易公司1', '朝鲜矿业开发贸易公司A', '朝鲜矿业开发贸易公司１', 'コミッド1', '天马山号2', '豪帆6',
      '朝鲜贸易银行 1', '朝鲜贸易银行A', 'A朝鲜贸易银行', 'KOMID朝鲜矿业开发', '朝鲜矿业开发贸易公司 Ltd', 'ABCDEFGHIJKL朝鲜矿业',
      '株式会社コミッド1',
    ]) assert.equal(disguisedWord(name)?.why, 'unread', name);
  });

  it('a Latin brand with a company form, a short Han tail, or Hangul stays plain', () => {
    for (const name of [
      'TCL集团', 'LG전자', 'Samsung전자', 'SONY株式会社', '株式会社SONY', 'ABC有限公司', 'XYZ集团有限公司', 'TCL科技集团',
      'HUAWEI华为', 'LG化学', '3M中国', '京东JD', 'ABC贸易有限公司', 'ACME Trading', 'PETREL 8',
    ]) assert.equal(disguisedWord(name), undefined, name);
  });

  describe('check', () => {
    const law = loadLaw();
    let screenParty: ReturnType<typeof createPartyScreener>;
    before(() => {
      screenParty = createPartyScreener(buildIndex(loadUnList(), 'korean-v3'));
    });
    const party = (name: string): Transaction => ({ type: 'financial', date: '2025-03-01', from: 'SG', to: 'CN', parties: [{ name }] } as Transaction);
    const vessel = (name: string): Transaction => ({ type: 'financial', date: '2025-03-01', from: 'SG', to: 'CN', vessels: [{ name }] } as Transaction);

    it('a party or a vessel so named is reviewed, not permitted', () => {
      for (const name of ['朝鲜矿业开发贸易公司1', '朝鲜矿业开发贸易公司A', '朝鲜矿业开发贸易公司１', 'コミッド1', '朝鲜贸易银行A']) {
        const r = evaluate(party(name), law, { screenParty });
        assert.equal(r.outcome, 'review', name);
        assert.ok(r.reasons.some((x) => x.field === 'parties[0].name'), name);
      }
      for (const name of ['天马山号2', '豪帆6']) {
        const r = evaluate(vessel(name), law, {});
        assert.notEqual(r.outcome, 'permitted', name);
        assert.ok(r.reasons.some((x) => x.field === 'vessels[0].name' && x.summary.includes('script screening does not read')), name);
      }
    });

    it('a brand with a company form is permitted', () => {
      for (const name of ['TCL集团', 'SONY株式会社', 'ABC有限公司']) assert.equal(evaluate(party(name), law, { screenParty }).outcome, 'permitted', name);
    });
  });
});
