// A party tied to the DPRK by its country, by the DPRK or a DPRK place in its name (after a comma, in brackets,
// in an address tail) or by a structured marker (a DPRK bank's BIC, a +850 number, a .kp address, a KP account
// number) is a DPRK link: a payment between two other countries with no purpose stated is review naming the
// link, never permitted (unrated finding and R16-8 of security review 16). Innocent names stay permitted.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate, type Decision, type Party, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { buildIndex, createPartyScreener } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';
import { scratch } from './support/cli-harness.ts';

const law = loadLaw();
let screenParty: ReturnType<typeof createPartyScreener>;
before(() => {
  screenParty = createPartyScreener(buildIndex(loadUnList()));
});

const payment = (party: Party, purpose?: string): Transaction => ({
  type: 'financial', date: '2025-03-01', from: 'SG', to: 'CN', parties: [party], ...(purpose !== undefined && { purpose }),
});
const check = (party: Party, purpose?: string): Decision => evaluate(payment(party, purpose), law, { screenParty });

describe('check: a DPRK country word or place in a party\'s name is a DPRK link', () => {
  it('the review\'s input and its variants (comma, brackets, c/o, address tails, every name form, any case): review naming the field and the word', () => {
    for (const name of [
      'ACME LTD, DPRK', 'ACME LTD DPRK', 'ACME LTD (DPRK)', 'ACME LTD, D.P.R.K.', 'acme ltd, north korea', 'ACME LTD, N. Korea',
      "ACME LTD, Democratic People's Republic of Korea", "ACME LTD, Dem. People's Rep. of Korea", 'ACME LTD, Korea DPR',
      'ACME LTD, Korea (DPR)', 'ACME LTD, KOREA NORTH', 'ACME LTD, D.P.R. of Korea', 'ACME LTD, Pyongyang', 'ACME LTD, Pyong Yang',
      'ACME LTD, Nampo', 'ACME LTD, Rason', 'ACME LTD, Sinuiju', 'ACME LTD, Chongjin', 'ACME LTD, Hamhung', 'ACME LTD, Wonsan',
      'ACME LTD, Hyesan', 'ACME LTD, Sariwon', 'ACME LTD c/o Pyongyang Trading', 'ACME LTD, Pyongyang, DPRK', 'ACME LTD/DPRK',
    ]) {
      const d = check({ name });
      assert.equal(d.outcome, 'review', name);
      const r = d.reasons.find((x) => x.field === 'parties[0].name');
      assert.ok(r, `${name}: ${JSON.stringify(d.reasons)}`);
      assert.match(r.summary, /names (the DPRK|a DPRK port or city) \("[^"]+"\)/, name);
      assert.match(r.summary, /"purpose"/, name);
    }
  });

  it('a party of the DPRK by its country, or a DPRK word in its role: review, never permitted', () => {
    assert.equal(check({ name: 'ACME LTD', country: 'KP' }).outcome, 'review');
    assert.equal(check({ name: 'ACME LTD', nationality: 'KP' }).outcome, 'review');
    const role = check({ name: 'ACME LTD', role: 'agent, c/o Pyongyang office' });
    assert.equal(role.outcome, 'review');
    assert.ok(role.reasons.some((r) => r.field === 'parties[0].role'));
  });

  it('with a purpose the law reads: trade finance stays review; a purpose no measure reaches clears the link as before', () => {
    assert.equal(check({ name: 'ACME LTD, DPRK' }, 'trade-finance').outcome, 'review');
    assert.equal(check({ name: 'ACME LTD, DPRK' }, 'humanitarian').outcome, 'permitted');
  });

  it('the south and words like it are no DPRK: no link', () => {
    for (const name of [
      'Korea Exchange Bank', 'Korea Development Bank', 'ACME LTD, Republic of Korea', 'ACME LTD, South Korea',
      'ACME LTD, Korea, Republic of', 'ACME LTD, Seoul, Korea', 'ACME LTD, Busan', 'KPMG Samjong Accounting Corp.', 'Hanwha Ocean Co., Ltd.',
      'Samsung Electronics Co., Ltd.', 'ACME LTD, North Gyeongsang', 'ACME LTD, ROK', 'Korea North America Trading Inc.',
    ]) {
      // Screening may still hold a name near a listed one ("Korea Development Bank" near KOREA UNITED DEVELOPMENT
      // BANK, KPe.033): that is the list's review, not a DPRK link, which would come as 2321 para 32.
      const d = check({ name, country: 'KR' });
      assert.ok(!d.reasons.some((r) => r.measure === 'unscr-2321-32'), `${name}: ${JSON.stringify(d.reasons)}`);
    }
  });
});

describe('check: a DPRK bank by its SWIFT/BIC code, and the DPRK\'s other markers (R16-8)', () => {
  it('a BIC with the country KP as the name or inside it: review naming the code', () => {
    for (const [name, code] of [
      ['FTBDKPPY', 'FTBDKPPY'], ['FTBDKPPYXXX', 'FTBDKPPYXXX'], ['BIC: KKBCKPPY', 'KKBCKPPY'], ['SWIFT KDBKKPPY', 'KDBKKPPY'],
      ['ACME LTD A/C WITH FTBDKPPY', 'FTBDKPPY'], ['ftbdkppy', 'FTBDKPPY'],
    ] as const) {
      const d = check({ name });
      assert.equal(d.outcome, 'review', name);
      const r = d.reasons.find((x) => x.field === 'parties[0].name');
      assert.ok(r?.summary.includes(`SWIFT/BIC code of a DPRK bank ("${code}"`), `${name}: ${JSON.stringify(d.reasons)}`);
    }
  });

  it('a +850 telephone number, a .kp address, a KP account number: review', () => {
    for (const name of ['ACME LTD, TEL +850 2 381 8111', 'ACME LTD, 00850-2-3818111', 'ACME LTD info@star.co.kp', 'ACME LTD IBAN KP12 3456 7890 1234']) {
      assert.equal(check({ name }).outcome, 'review', name);
    }
  });

  it('the south\'s banks\' codes, other countries\' codes and words of a BIC\'s shape: no link', () => {
    for (const name of ['KOEXKRSE', 'HSBCHKHH', 'KODBKRSE', 'SKPPLUS', 'KPMG', 'THINKPAD DISTRIBUTION PTE LTD', 'QUICKPAY LTD', 'STOCKPOT FOODS LTD', 'ACME LTD TEL +65 6123 4567']) {
      const d = check({ name });
      assert.ok(!d.reasons.some((r) => r.measure === 'unscr-2321-32'), `${name}: ${JSON.stringify(d.reasons)}`);
    }
  });

  it('a DPRK bank\'s code in the purpose or a goods description is a link too', () => {
    const pay = evaluate({ type: 'financial', date: '2025-03-01', from: 'SG', to: 'CN', purpose: 'trade-finance via FTBDKPPY' }, law, { screenParty });
    assert.equal(pay.outcome, 'review');
    const goods = evaluate({ type: 'goods', date: '2018-03-01', from: 'RU', to: 'CN', goods: [{ hs: '2701', description: 'coal, pay to KKBCKPPY' }] }, law, { screenParty });
    assert.equal(goods.outcome, 'review');
    assert.ok(goods.reasons.some((r) => r.field === 'goods[0].description' && r.summary.includes('KKBCKPPY')));
  });
});

describe('check from the command line', () => {
  it('the review\'s two inputs are review, exit 3; an innocent bank is permitted', () => {
    const sandbox = scratch('dprk-links');
    for (const [name, code] of [['ACME LTD, DPRK', 3], ['FTBDKPPY', 3], ['Korea Exchange Bank', 0]] as const) {
      const r = sandbox.cli(['check', '-', '--format', 'json'], JSON.stringify(payment({ name })));
      assert.equal(r.code, code, `${name}: ${r.stdout} ${r.stderr}`);
      assert.equal((JSON.parse(r.stdout) as { outcome: string }).outcome, code === 0 ? 'permitted' : 'review', name);
    }
  });
});

describe('hostile new user: a claimed exception or an account holder of the DPRK is never a plain "permitted"', () => {
  const account = (holder: string, parties: Party[]): Transaction => ({
    type: 'financial', date: '2018-06-01', from: 'DE', to: 'DE', banking: { kind: 'account', act: 'open', bankCountry: 'DE', location: 'DE', holder, accounts: 1 }, parties,
  } as Transaction);
  it('an account whose holder is of the DPRK, the record saying it is no mission or diplomat, is reviewed; a German holder is not', () => {
    const d = evaluate(account('other', [{ name: 'Embassy Berlin', role: 'account holder', country: 'KP', type: 'entity' }]), law, { screenParty });
    assert.equal(d.outcome, 'review');
    assert.ok(d.reasons.some((r) => r.measure === 'unscr-2321-16-holder'));
    assert.equal(evaluate(account('other', [{ name: 'Hans Meier', role: 'account holder', country: 'DE' }]), law, { screenParty }).outcome, 'permitted');
    assert.equal(evaluate(account('dprk-mission', [{ name: 'Embassy Berlin', role: 'account holder', country: 'KP', type: 'entity' }]), law, { screenParty }).outcome, 'permitted', 'one account of a mission is what para 16 allows');
  });
  it('the 2375 joint-venture carve-outs and bunkering for humanitarian purposes are conditional on the record\'s word', () => {
    const hydro = evaluate({ type: 'joint-venture', date: '2018-03-01', from: 'CN', to: 'KP', jointVenture: { project: 'china-dprk-hydroelectric', established: '2010-01-01' } } as Transaction, law);
    assert.equal(hydro.outcome, 'conditional');
    const rajin = evaluate({ type: 'joint-venture', date: '2018-03-01', from: 'RU', to: 'KP', jointVenture: { project: 'rajin-khasan', established: '2008-01-01' } } as Transaction, law);
    assert.equal(rajin.outcome, 'conditional');
    const bunkering = evaluate({ type: 'service', date: '2018-06-01', from: 'CN', to: 'KP', service: { kind: 'bunkering' }, vessels: [{ name: 'SOME SHIP', flag: 'KP' }], purpose: 'humanitarian' } as Transaction, law);
    assert.equal(bunkering.outcome, 'conditional');
  });
});
