// Third security review, a LOW: with --max-connections 1024 and --max-connections-per-address 256, five
// addresses filled every slot. Now one address holds a sixteenth of the slots by default and never more
// than an eighth, and the last eighth is a reserve for addresses that hold few: five (or fifteen)
// addresses cannot starve everyone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressGroup, connectionShare, ConnectionSlots, maxShare, RESERVE_HOLD } from '../../http/limits.ts';
import { scratch } from '../support/cli-harness.ts';

/** Fill from `addresses` addresses, each as many as it is given; how many each got. */
function fill(slots: ConnectionSlots, addresses: number): number[] {
  const got: number[] = [];
  for (let a = 0; a < addresses; a++) {
    let n = 0;
    while (slots.admit(`10.0.0.${a}`)) n++;
    got.push(n);
  }
  return got;
}

describe('security: connection slots are shared', () => {
  it('by default one address holds a sixteenth of the slots: the review\'s five addresses hold 320 of 1024', () => {
    const slots = new ConnectionSlots(1024);
    assert.equal(slots.share, 64);
    assert.deepEqual(fill(slots, 5), [64, 64, 64, 64, 64]);
    assert.equal(slots.admit('192.0.2.1'), true, 'another client still gets in');
  });

  it('a per-address share over an eighth of the slots is refused', () => {
    assert.equal(maxShare(1024), 128);
    assert.throws(() => connectionShare(1024, 256), /max-connections-per-address must be from 1 to 128/);
    assert.equal(connectionShare(1024, 128), 128);
    assert.equal(connectionShare(4), 1, 'a tiny server: one each');
    assert.throws(() => connectionShare(4, 2), /from 1 to 1/);
  });

  it('at the largest share, the last eighth is a reserve: addresses holding their share cannot take it', () => {
    const slots = new ConnectionSlots(1024, 128);
    const got = fill(slots, 8);
    // Seven addresses fill 896 slots; the eighth gets only RESERVE_HOLD of the reserve.
    assert.deepEqual(got, [128, 128, 128, 128, 128, 128, 128, RESERVE_HOLD]);
    // A newcomer still gets in, up to RESERVE_HOLD, until the reserve itself is full.
    assert.equal(slots.admit('192.0.2.1'), true);
    assert.equal(slots.held('192.0.2.1'), 1);
    for (let i = 1; i < RESERVE_HOLD; i++) assert.equal(slots.admit('192.0.2.1'), true);
    assert.equal(slots.admit('192.0.2.1'), false, 'no more than RESERVE_HOLD in the reserve');
    // Given back, a slot is taken again.
    slots.release('10.0.0.0');
    assert.equal(slots.held('10.0.0.0'), 127);
    assert.equal(slots.admit('192.0.2.2'), true);
  });

  it('never more than the total', () => {
    const slots = new ConnectionSlots(64, 8);
    let admitted = 0;
    for (let a = 0; a < 200; a++) if (slots.admit(`10.1.0.${a}`)) admitted++;
    assert.equal(admitted, 64);
  });

  it('serve refuses --max-connections-per-address over an eighth of --max-connections (exit 1, naming it)', () => {
    const s = scratch('serve-connections');
    const r = s.cli(['serve', '--port', '0', '--db', `${s.dir}/x.sqlite`, '--max-connections', '1024', '--max-connections-per-address', '256']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--max-connections-per-address must be a whole number from 1 to 128/);
  });
});

describe('the per-address limits count an IPv6 client by its /64', () => {
  it('every address of one /64 is one client; IPv4 (and IPv4-mapped) addresses are themselves', () => {
    const one = ['2001:db8:abcd:12::1', '2001:db8:abcd:12:ffff:1:2:3', '2001:0db8:abcd:0012::', '2001:DB8:ABCD:12:0:0:0:9'];
    assert.deepEqual(new Set(one.map(addressGroup)), new Set(['2001:db8:abcd:12::/64']));
    assert.notEqual(addressGroup('2001:db8:abcd:13::1'), addressGroup('2001:db8:abcd:12::1'));
    assert.equal(addressGroup('::1'), '0:0:0:0::/64');
    assert.equal(addressGroup('fe80::1%eth0'), 'fe80:0:0:0::/64');
    assert.equal(addressGroup('127.0.0.1'), '127.0.0.1');
    assert.equal(addressGroup('::ffff:10.1.2.3'), '10.1.2.3');
    assert.notEqual(addressGroup('10.1.2.3'), addressGroup('10.1.2.4'));
  });
});
