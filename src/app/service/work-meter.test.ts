import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorkMeter } from './work-meter.ts';

describe('WorkMeter: batch work per credential over a rolling minute', () => {
  it('counts each credential apart, refuses nothing until its minute is spent, and frees the work as it ages', () => {
    let now = 0;
    const meter = new WorkMeter(60_000, () => now);
    const a = meter.account('key:a');
    assert.equal(a.left(), 60_000);
    a.charge(30_000);
    now = 10_000;
    a.charge(30_000);
    assert.equal(a.left(), 0);
    assert.equal(meter.account('key:b').left(), 60_000, 'another credential keeps its own minute');
    // The first 30 s were spent in second 0: they leave the window 60 s after it, 50 s from now.
    assert.equal(a.retryAfterS(), 50);
    now = 59_999;
    assert.equal(a.left(), 0);
    now = 60_000;
    assert.equal(a.left(), 30_000);
    now = 70_000;
    assert.equal(a.left(), 60_000);
  });

  it('a charge of nothing (or not a number) counts nothing; a spent credential waits at least a second', () => {
    let now = 5_000;
    const meter = new WorkMeter(100, () => now);
    const a = meter.account('x');
    a.charge(0);
    a.charge(Number.NaN);
    a.charge(-5);
    assert.equal(a.left(), 100);
    a.charge(250);
    assert.equal(a.left(), 0);
    assert.equal(a.retryAfterS(), 60);
    now = 64_999;
    assert.equal(a.retryAfterS(), 1);
  });
});
