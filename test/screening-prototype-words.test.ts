// A query word that names a property of every JavaScript object ("constructor", "toString", "__proto__") is a
// word like any other: a lookup table keyed by query words found Object.prototype.constructor and screening threw
// (security re-review: POST /v1/screen {"name":"Constructor Ltd"} was a 500, a batch of subjects holding one refused).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate, type Transaction } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { buildIndex, createPartyScreener, screenName } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';

const WORDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'prototype', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupGetter__', 'then'];

test('names made of Object.prototype\'s property names screen without a fault, in every version; check decides them', () => {
  const list = loadUnList();
  const indexes = ['korean-v1', 'korean-v2', 'korean-v3'].map((v) => buildIndex(list, v));
  const law = loadLaw();
  const screenParty = createPartyScreener(indexes[2]!);
  for (const w of WORDS) {
    for (const name of [w, `${w} Ltd`, `Kim ${w} Chol`, `${w} Trading Corp`, `${w}-${w}`, `PAK ${w} SIK`, `payment for ${w} comm. bank`]) {
      for (const index of indexes) assert.doesNotThrow(() => screenName(index, { name }), `${index.algorithm}: ${name}`);
      const d = evaluate({ type: 'goods', date: '2025-06-01', from: 'SG', to: 'CN', goods: [{ hs: '8471.30' }], purpose: `/BNF/${name}`, parties: [{ name, role: 'buyer' }] } as Transaction, law, { screenParty });
      assert.ok(!d.reasons.some((r) => /screening failed/.test(r.summary)), `${name}: ${JSON.stringify(d.reasons.map((r) => r.summary))}`);
    }
  }
});
