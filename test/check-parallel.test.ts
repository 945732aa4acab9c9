import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { isInterdictError } from '../src/errors/index.ts';
import { checkNdjsonChunk, checkNdjsonParallel } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';

const law = loadLaw();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'interdict-parallel-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function lines(n: number, bad?: number): string {
  const out: string[] = [];
  for (let i = 1; i <= n; i++) {
    const hs = i === bad ? 'abc' : ['6203.42', '2709', '8471.30', '2710.19'][i % 4];
    out.push(JSON.stringify({ id: `t${i}`, type: 'goods', date: `20${10 + (i % 15)}-06-01`, from: i % 2 ? 'KP' : 'CN', to: i % 2 ? 'CN' : 'KP', goods: [{ hs }] }));
  }
  return `${out.join('\n')}\n`;
}

test('two threads give the same bytes as one', async () => {
  const file = path.join(tmp, 'ok.ndjson');
  writeFileSync(file, lines(3000));
  const bytes = readFileSync(file);
  const par = await checkNdjsonParallel(file, bytes, law);
  assert.ok(par);
  const one = checkNdjsonChunk(bytes.toString('utf8'), law);
  assert.ok(one.ok);
  assert.equal(Buffer.concat(par.buffers).toString('utf8'), Buffer.concat(one.buffers).toString('utf8'));
  assert.equal(par.records, 3000);
  assert.equal(par.prohibited, one.prohibited);
});

test('a bad line in the second half is reported with its line number in the whole file', async () => {
  const file = path.join(tmp, 'bad.ndjson');
  writeFileSync(file, lines(3000, 2999));
  await assert.rejects(checkNdjsonParallel(file, readFileSync(file), law), (e: unknown) => {
    assert.ok(isInterdictError(e));
    assert.equal(e.code, 'CHECK_BAD_INPUT');
    assert.equal(e.location.record, 2999);
    assert.equal(e.location.field, 'goods[0].hs');
    return true;
  });
});
