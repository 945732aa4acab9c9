// A person's country, where no nationality is given, weighs in `check` as `screen --nationality` does (hostile
// user H17-5): a South Korean namesake of a listed DPRK person, born decades apart, is review, not a freeze.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate, parseTransaction, type Decision } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { createPartyScreener } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';

const law = loadLaw();
const screenParty = createPartyScreener(loadUnList());
const check = (party: Record<string, string>): Decision => evaluate(parseTransaction({
  id: 'x', type: 'financial', date: '2019-05-01', from: 'KR', to: 'SG', parties: [{ role: 'beneficiary', type: 'person', ...party }],
}, 1), law, { screenParty });

test('a namesake with country KR and a birth date decades off is review, not prohibited', () => {
  const d = check({ name: 'Kim Yong Chol', country: 'KR', dob: '1990-07-01' });
  assert.equal(d.outcome, 'review');
  assert.ok(d.reasons.every((r) => (r.score ?? 0) < 0.85));
});

test('the same name with country KP, or with nationality KP beside another country, is still prohibited', () => {
  assert.equal(check({ name: 'Kim Yong Chol', country: 'KP' }).outcome, 'prohibited');
  assert.equal(check({ name: 'Kim Yong Chol', country: 'CN', nationality: 'KP' }).outcome, 'prohibited');
});
