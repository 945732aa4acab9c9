import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInterdictError } from '../src/errors/index.ts';
import { parseNdjsonLine, parseTransaction, parseWholeInput } from '../src/check/index.ts';

function badInput(fn: () => unknown, field: string | undefined, record: string | number) {
  assert.throws(fn, (e: unknown) => {
    assert.ok(isInterdictError(e));
    assert.equal(e.code, 'CHECK_BAD_INPUT');
    assert.equal(e.location.field, field);
    assert.equal(e.location.record, record);
    if (field) assert.ok(e.message.includes(field), e.message);
    return true;
  });
}

const ok = { id: 't', type: 'goods', date: '2017-11-15', from: 'KP', to: 'CN', goods: [{ hs: '6203.42' }] };

test('a valid transaction passes through', () => {
  assert.deepEqual(parseTransaction(ok, 1), ok);
});

test('bad input names the record and the field', () => {
  badInput(() => parseTransaction({ ...ok, type: 'barter' }, 7), 'type', 7);
  badInput(() => parseTransaction({ ...ok, date: '2017-02-30' }, 'x'), 'date', 'x');
  badInput(() => parseTransaction({ ...ok, date: '2017-2-3' }, 1), 'date', 1);
  badInput(() => parseTransaction({ ...ok, goods: [{ hs: '6203' }, { hs: 'abc' }] }, 1), 'goods[1].hs', 1);
  badInput(() => parseTransaction({ ...ok, to: 'ZZ' }, 1), 'to', 1);
  badInput(() => parseTransaction({ ...ok, to: 'kp' }, 1), 'to', 1);
  badInput(() => parseTransaction({ ...ok, contract: { finalized: '2017-13-01' } }, 1), 'contract.finalized', 1);
  for (const dob of ['1949-02-30', '1949-13', '2999', '1800', 'about 1950']) {
    badInput(() => parseTransaction({ ...ok, parties: [{ name: 'X', dob }] }, 1), 'parties[0].dob', 1);
  }
  badInput(() => parseTransaction({ ...ok, type: 'vessel-transfer', vessels: [{ imo: 'abc', flag: 'PA' }] }, 1), 'vessels[0].imo', 1);
  assert.doesNotThrow(() => parseTransaction({ ...ok, parties: [{ name: 'X', dob: '1949-03' }], vessels: [{ imo: 'IMO 9123456' }] }, 1));
  badInput(() => parseTransaction({ ...ok, goods: [{ product: 'unobtainium' }] }, 1), 'goods[0].product', 1);
  badInput(() => parseTransaction({ ...ok, colour: 'red' }, 1), 'colour', 1);
  badInput(() => parseTransaction({ ...ok, vessels: [{ flag: 'XX' }] }, 1), 'vessels[0].flag', 1);
  badInput(() => parseTransaction({ ...ok, parties: [{ name: '' }] }, 1), 'parties[0].name', 1);
  badInput(() => parseTransaction({ ...ok, approvals: [{ measure: 'unscr-2375-17' }] }, 1), 'approvals[0].reference', 1);
  badInput(() => parseTransaction({ id: 'x', date: '2017-01-01' }, 1), 'type', 1);
  badInput(() => parseTransaction([ok], 1), undefined, 1);
});

test('the fields of services, banks, aircraft and delivery places are validated at the boundary, each named', () => {
  const svc = { id: 's', type: 'service', date: '2018-01-01', from: 'GB', to: 'KP', vessels: [{ flag: 'KP' }], service: { kind: 'insurance' } };
  assert.deepEqual(parseTransaction(structuredClone(svc), 1), svc);
  badInput(() => parseTransaction({ ...svc, service: undefined }, 1), 'service.kind', 1);
  badInput(() => parseTransaction({ ...svc, service: {} }, 1), 'service.kind', 1);
  badInput(() => parseTransaction({ ...svc, service: { kind: 'towing' } }, 1), 'service.kind', 1);
  badInput(() => parseTransaction({ ...svc, service: { kind: 'insurance', insurer: 'X' } }, 1), 'service.insurer', 1);
  badInput(() => parseTransaction({ ...ok, service: { kind: 'insurance' } }, 1), 'service', 1);
  const bank = { id: 'b', type: 'financial', date: '2018-01-01', banking: { kind: 'account', act: 'open', bankCountry: 'DE', location: 'DE', holder: 'dprk-mission', accounts: 2 } };
  assert.deepEqual(parseTransaction(structuredClone(bank), 1), bank);
  badInput(() => parseTransaction({ ...bank, banking: { act: 'open' } }, 1), 'banking.kind', 1);
  badInput(() => parseTransaction({ ...bank, banking: { kind: 'account' } }, 1), 'banking.act', 1);
  badInput(() => parseTransaction({ ...bank, banking: { ...bank.banking, kind: 'atm' } }, 1), 'banking.kind', 1);
  badInput(() => parseTransaction({ ...bank, banking: { ...bank.banking, location: 'XX' } }, 1), 'banking.location', 1);
  badInput(() => parseTransaction({ ...bank, banking: { ...bank.banking, holder: 'embassy' } }, 1), 'banking.holder', 1);
  badInput(() => parseTransaction({ ...bank, banking: { ...bank.banking, accounts: 1.5 } }, 1), 'banking.accounts', 1);
  badInput(() => parseTransaction({ ...ok, banking: bank.banking }, 1), 'banking', 1);
  badInput(() => parseTransaction({ ...ok, deliveredAt: 'Beijing' }, 1), 'deliveredAt', 1);
  badInput(() => parseTransaction({ ...ok, aircraft: { use: 'passenger' } }, 1), 'aircraft.use', 1);
  badInput(() => parseTransaction({ ...ok, aircraft: { operator: 'Air Koryo' } }, 1), 'aircraft.operator', 1);
  badInput(() => parseTransaction({ ...ok, aircraft: { tail: 'P-632' } }, 1), 'aircraft.tail', 1);
  badInput(() => parseTransaction({ ...ok, goods: [{ hs: '2701', origin: 'Russia' }] }, 1), 'goods[0].origin', 1);
  badInput(() => parseTransaction({ ...ok, type: 'work-authorization', worker: { nationality: 'KP', hostNational: 'yes' } }, 1), 'worker.hostNational', 1);
  badInput(() => parseTransaction({ ...ok, type: 'work-authorization', worker: { nationality: 'KP', repatriationBarred: 'asylum' } }, 1), 'worker.repatriationBarred', 1);
  assert.doesNotThrow(() => parseTransaction({ ...ok, deliveredAt: 'CN', aircraft: { type: 'Tu-204-100B', operator: 'KP', use: 'civil-passenger', registration: 'P-632' }, goods: [{ hs: '2701', origin: 'RU', product: 'lpg' }] }, 1));
});

test('one JSON value is an object or an array of them, records numbered from 1; a broken object is named by its first line', () => {
  assert.equal(parseWholeInput(JSON.stringify(ok, null, 2)).shape, 'object');
  const arr = parseWholeInput(JSON.stringify([ok, ok]));
  assert.equal(arr.shape, 'array');
  assert.equal(arr.transactions.length, 2);
  badInput(() => parseWholeInput(JSON.stringify([ok, { ...ok, goods: [{ hs: '62x' }] }])), 'goods[0].hs', 2);
  badInput(() => parseWholeInput('  \n'), undefined, undefined as unknown as number);
  badInput(() => parseWholeInput('\n\n  {"id": "t",\n'), undefined, 3);
});

test('an NDJSON line is one record named by its line number; a blank line is none', () => {
  assert.deepEqual(parseNdjsonLine(`${JSON.stringify(ok)}\r`, 3), ok);
  assert.equal(parseNdjsonLine(' \r', 2), undefined);
  badInput(() => parseNdjsonLine('{"type":', 2), undefined, 2);
  badInput(() => parseNdjsonLine(JSON.stringify({ ...ok, date: '2017-02-29' }), 2), 'date', 2);
});
