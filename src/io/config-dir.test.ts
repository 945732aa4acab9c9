// The deployment's secret files are read only when they are this user's own plain files, private, in a
// private folder (security review 17, R17-5): whoever chooses the file chooses the secret.
import assert from 'node:assert/strict';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { assertPrivate, readOrCreatePrivateFile } from './config-dir.ts';

const root = mkdtempSync(path.join(tmpdir(), 'interdict-config-dir-'));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const folder = (mode = 0o700): string => {
  const d = path.join(root, `f${n++}`);
  mkdirSync(d, { mode });
  chmodSync(d, mode);
  return d;
};
const make = (): string => 'made\n';
const refusedWith = (re: RegExp) => (e: unknown): boolean => (e as { code?: string }).code === 'CONFIG_SECRET' && re.test((e as Error).message);

describe('secret files (readOrCreatePrivateFile)', { skip: process.platform === 'win32' }, () => {
  it('makes the file on first use, 0600, and reads it back after', () => {
    const f = path.join(folder(), 'key');
    assert.equal(readOrCreatePrivateFile(f, make, 'the key'), 'made\n');
    writeFileSync(f, 'kept\n');
    assert.equal(readOrCreatePrivateFile(f, make, 'the key'), 'kept\n');
  });

  it('makes the folder 0700 when it is missing', () => {
    const f = path.join(folder(), 'sub', 'key');
    assert.equal(readOrCreatePrivateFile(f, make, 'the key'), 'made\n');
  });

  it('never follows a symbolic link, to another file or to one of the same user', () => {
    const d = folder();
    const planted = path.join(folder(), 'planted');
    writeFileSync(planted, 'attacker key\n', { mode: 0o600 });
    symlinkSync(planted, path.join(d, 'key'));
    assert.throws(() => readOrCreatePrivateFile(path.join(d, 'key'), make, 'the audit signing key'), refusedWith(/symbolic link/));
    assert.throws(() => assertPrivate(path.join(d, 'key'), 'the audit signing key'), refusedWith(/symbolic link/));
    assert.equal(readFileSync(planted, 'utf8'), 'attacker key\n');
  });

  it('refuses a file others may read or write', () => {
    const f = path.join(folder(), 'key');
    writeFileSync(f, 'secret\n', { mode: 0o600 });
    chmodSync(f, 0o640);
    assert.throws(() => readOrCreatePrivateFile(f, make, 'the session secret'), refusedWith(/mode 640.*chmod 600/));
  });

  it('refuses a file in a folder others may write, existing or to be made (the sticky /tmp too)', () => {
    const open = folder(0o777);
    writeFileSync(path.join(open, 'key'), 'secret\n', { mode: 0o600 });
    assert.throws(() => readOrCreatePrivateFile(path.join(open, 'key'), make, 'the audit MAC key'), refusedWith(/can be written by other users/));
    const sticky = folder(0o1777);
    assert.throws(() => readOrCreatePrivateFile(path.join(sticky, 'new-key'), make, 'the audit MAC key'), refusedWith(/can be written by other users/));
  });

  it('refuses something that is not a plain file', () => {
    const d = folder();
    mkdirSync(path.join(d, 'key'));
    assert.throws(() => readOrCreatePrivateFile(path.join(d, 'key'), make, 'the key'), refusedWith(/not a plain file/));
  });

  it('refuses a file another user owns, even private', { skip: process.getuid?.() !== 0 && 'needs root to give a file away' }, () => {
    const f = path.join(folder(), 'key');
    writeFileSync(f, 'theirs\n', { mode: 0o600 });
    chownSync(f, 65534, 65534);
    assert.throws(() => readOrCreatePrivateFile(f, make, 'the audit signing key'), refusedWith(/belongs to another user/));
  });
});
