// Hostile new user, M5: a temporary folder that cannot hold the output was reported as the input being unreadable.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { InterdictError } from '../errors/index.ts';
import { Spool } from './spool.ts';

test('an output the temporary folder cannot hold is CLI_IO naming TMPDIR, not the input', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'interdict-spool-'));
  const before = process.env.TMPDIR;
  try {
    // A file where the temporary folder should be: nothing can be made in it.
    const notAFolder = path.join(dir, 'file');
    writeFileSync(notAFolder, '');
    process.env.TMPDIR = notAFolder;
    const s = new Spool();
    assert.throws(() => s.add(Buffer.alloc((16 << 20) + 1)), (e: unknown) => e instanceof InterdictError && e.code === 'CLI_IO' && e.location.field === 'TMPDIR' && /temporary folder .*nothing was written/.test(e.message));
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  }
});
