import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import type { ByteSink } from './byte-sink.ts';
import { Spool } from './spool.ts';

/** 40 MiB of numbered lines: past the in-memory part, so most of it goes through the temporary file. */
function fill(spool: Spool): string {
  const hash = createHash('sha256');
  const line = (i: number) => `${String(i).padStart(12, '0')} ${'x'.repeat(115)}\n`;
  for (let chunk = 0; chunk < 320; chunk++) {
    const text = Array.from({ length: 1024 }, (_, k) => line(chunk * 1024 + k)).join('');
    hash.update(text);
    // A buffer the spool says it copied is reused at once (as the decision writer does): it must not matter.
    const b = Buffer.from(text);
    if (spool.add(b) === 'copied') b.fill(0x21);
  }
  return hash.digest('hex');
}

test('held output drains whole and in order, to a sink that keeps what it is given or one that consumes it', async () => {
  const sinks: [string, (kept: Buffer[]) => ByteSink][] = [
    ['keeps buffers, says nothing', (kept) => ({ write: async (b) => void kept.push(b) })],
    ['keeps buffers, says it holds them', (kept) => ({ write: async (b) => void kept.push(b), holding: () => true })],
    ['copies at once, says it holds nothing', (kept) => ({ write: async (b) => void kept.push(Buffer.from(b)), holding: () => false })],
  ];
  for (const [name, make] of sinks) {
    const spool = new Spool();
    const expected = fill(spool);
    const kept: Buffer[] = [];
    await spool.drainTo(make(kept));
    const got = createHash('sha256').update(Buffer.concat(kept)).digest('hex');
    assert.equal(got, expected, name);
  }
});

test('a discarded spool drains nothing', async () => {
  const spool = new Spool();
  fill(spool);
  spool.discard();
  const kept: Buffer[] = [];
  await spool.drainTo({ write: async (b) => void kept.push(b) });
  assert.equal(kept.length, 0);
});
