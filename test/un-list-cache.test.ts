// The parsed-list disk cache: used only for the same bytes and the same parser, never for bad input, and
// only when it carries this process's keyed MAC (security review N4).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { InterdictError } from '../src/errors/index.ts';
import { cacheKey, cacheKeyFile, onCacheWarning, resetCacheKey, useCacheSecret } from '../src/io/cache-mac.ts';
import { bundledListPath, defaultCacheDir, loadUnList, parserFingerprint } from '../src/screening/un-list/index.ts';
import { tempEnvDir } from './support/temp-env-dir.ts';

const real = bundledListPath();
const scratch = mkdtempSync(path.join(tmpdir(), 'interdict-cache-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// Each load below uses a new file name: the in-process table is keyed by source, so only the disk
// cache can answer a second load of the same bytes.
let n = 0;
const copy = (): string => {
  const file = path.join(scratch, `list-${++n}.xml`);
  copyFileSync(real, file);
  return file;
};
const entries = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.json'));
// This file's own cache key (a key file in a config folder of its own); warnings kept to look at.
tempEnvDir('INTERDICT_CONFIG_DIR', 'cache-config');
const warnings: string[] = [];
onCacheWarning((m) => warnings.push(m));
const KOMID = 'KPe.001';

/** An entry's two lines, and the unkeyed sha256 the cache used to trust (anyone can compute it). */
function split(text: string): { header: Record<string, unknown>; content: string } {
  return { header: JSON.parse(text.slice(0, text.indexOf('\n'))) as Record<string, unknown>, content: text.slice(text.indexOf('\n') + 1) };
}
const unkeyed = (sha256: string, print: string, content: string): string => createHash('sha256').update(`${sha256}\n${print}\n`).update(content).digest('hex');

describe('parsed-list cache', () => {
  const dir = path.join(scratch, 'cache');

  it('the first load writes an entry; the next load of the same bytes reads it, equal and frozen', () => {
    const first = loadUnList(copy(), { cacheDir: dir });
    assert.equal(entries(dir).length, 1);
    const file = copy();
    const second = loadUnList(file, { cacheDir: dir });
    assert.notEqual(second, first);
    assert.equal(second.source, file);
    assert.deepEqual({ ...second, source: '' }, { ...first, source: '' });
    assert.ok(Object.isFrozen(second.records[0]?.names));
  });

  it('an edited entry is a miss: the real list is parsed and used, and the entry rewritten', () => {
    const [entry] = entries(dir);
    const p = path.join(dir, entry!);
    const text = readFileSync(p, 'utf8');
    const [header, content] = [text.slice(0, text.indexOf('\n')), text.slice(text.indexOf('\n') + 1)];
    // Drop KPi.063 (PAK YONG SIK) from the cached content, keep the real list's version in it.
    const edited = JSON.parse(content) as { records: { ref: string }[] };
    const before = edited.records.length;
    edited.records = edited.records.filter((r) => r.ref.trim() !== 'KPi.063');
    assert.equal(edited.records.length, before - 1);
    writeFileSync(p, `${header}\n${JSON.stringify(edited)}`);
    const l = loadUnList(copy(), { cacheDir: dir });
    assert.ok(l.records.some((r) => r.ref.trim() === 'KPi.063'), 'the real list, not the edited entry');
    assert.equal(l.records.length, before);
    assert.ok(readFileSync(p, 'utf8').includes('KPi.063'), 'the entry is written afresh');
    // A forged header (a MAC of zeros) is no better.
    writeFileSync(p, `${header.replace(/"mac":"[0-9a-f]+"/, `"mac":"${'0'.repeat(64)}"`)}\n${JSON.stringify(edited)}`);
    assert.ok(loadUnList(copy(), { cacheDir: dir }).records.some((r) => r.ref.trim() === 'KPi.063'));
    writeFileSync(p, text);
    assert.equal(loadUnList(copy(), { cacheDir: dir }).records.length, before);
  });

  it('KOMID dropped from an entry and every unkeyed hash recomputed (the review\'s reproduction): a miss, KOMID still listed, warned once', () => {
    const [entry] = entries(dir);
    const p = path.join(dir, entry!);
    const { header, content } = split(readFileSync(p, 'utf8'));
    const list = JSON.parse(content) as { version: { sha256: string }; records: { ref: string }[] };
    list.records = list.records.filter((r) => r.ref.trim() !== KOMID);
    const forged = JSON.stringify(list);
    const sum = unkeyed(list.version.sha256, String(header.fingerprint), forged);
    writeFileSync(p, `${JSON.stringify({ ...header, integrity: sum, mac: sum })}\n${forged}`);
    const l = loadUnList(copy(), { cacheDir: dir });
    assert.ok(l.records.some((r) => r.ref.trim() === KOMID), 'KOMID is on the list screened against');
    // Warned when the first edit was met (the test above), and not again: once per entry and process.
    assert.equal(warnings.filter((w) => w.includes(entry!) && /does not carry this process's MAC/.test(w)).length, 1);
    assert.ok(readFileSync(p, 'utf8').includes(KOMID), 'the entry is written afresh');
    assert.ok(loadUnList(copy(), { cacheDir: dir }).records.some((r) => r.ref.trim() === KOMID));
  });

  it('an entry written under another key, put at this key\'s name, is a miss', () => {
    const other = path.join(scratch, 'cache-other');
    const ours = cacheKey()!;
    useCacheSecret(Buffer.from('another deployment secret, 32 chars or more'));
    try {
      // The other key's holder caches a list without KOMID (its entry, its MAC, its tag).
      loadUnList(copy(), { cacheDir: other });
      const [theirs] = entries(other);
      assert.ok(!theirs!.includes(`-${ours.tag}-`), 'named by the other key\'s tag');
      const p = path.join(other, theirs!);
      const { header, content } = split(readFileSync(p, 'utf8'));
      const list = JSON.parse(content) as { records: { ref: string }[] };
      list.records = list.records.filter((r) => r.ref.trim() !== KOMID);
      writeFileSync(p, `${JSON.stringify(header)}\n${JSON.stringify(list)}`);
      renameSync(p, path.join(other, theirs!.replace(/^un-list-[0-9a-f]{8}-/, `un-list-${ours.tag}-`)));
    } finally {
      resetCacheKey();
    }
    assert.equal(cacheKey()!.tag, ours.tag, 'back to this file\'s key');
    // And an entry that verifies under the other key but not this one.
    const l = loadUnList(copy(), { cacheDir: other });
    assert.ok(l.records.some((r) => r.ref.trim() === KOMID));
  });

  it('entries are written mode 0600, in a folder made 0700', { skip: process.platform === 'win32' && 'no file modes' }, () => {
    const [entry] = entries(dir);
    assert.equal(statSync(path.join(dir, entry!)).mode & 0o777, 0o600);
    assert.equal(statSync(dir).mode & 0o777, 0o700);
  });

  it('a key file others may read (0644) is not used: nothing is cached nor read', { skip: process.platform === 'win32' && 'no file modes' }, () => {
    const planted = path.join(scratch, 'cache-no-key');
    loadUnList(copy(), { cacheDir: planted }); // an entry under the good key, to plant later
    const [entry] = entries(planted);
    const p = path.join(planted, entry!);
    const { header, content } = split(readFileSync(p, 'utf8'));
    const list = JSON.parse(content) as { records: { ref: string }[] };
    list.records = list.records.filter((r) => r.ref.trim() !== KOMID);
    writeFileSync(p, `${JSON.stringify(header)}\n${JSON.stringify(list)}`);
    chmodSync(cacheKeyFile(), 0o644);
    resetCacheKey();
    try {
      assert.equal(cacheKey(), undefined);
      const fresh = path.join(scratch, 'cache-no-key-2');
      loadUnList(copy(), { cacheDir: fresh });
      assert.throws(() => readdirSync(fresh), /ENOENT/, 'nothing written without a usable key');
      assert.ok(loadUnList(copy(), { cacheDir: planted }).records.some((r) => r.ref.trim() === KOMID), 'nothing read either');
    } finally {
      chmodSync(cacheKeyFile(), 0o600);
      resetCacheKey();
    }
  });

  it('a damaged entry or one from another parser version is ignored and the XML parsed', () => {
    const [entry] = entries(dir);
    const p = path.join(dir, entry!);
    const json = readFileSync(p, 'utf8');
    writeFileSync(p, json.slice(0, 1000));
    assert.equal(loadUnList(copy(), { cacheDir: dir }).records.length, 999);
    writeFileSync(p, json.replace(parserFingerprint()!, 'f'.repeat(64)).replace('"PAK YONG SIK"', '"STALE"'));
    const l = loadUnList(copy(), { cacheDir: dir });
    assert.ok(l.records.some((r) => r.names[0]?.full === 'PAK YONG SIK'));
  });

  it('bad input writes nothing', () => {
    const empty = path.join(scratch, 'cache-bad');
    const bad = path.join(scratch, 'bad.xml');
    writeFileSync(bad, readFileSync(real, 'utf8').slice(0, 50_000));
    assert.throws(() => loadUnList(bad, { cacheDir: empty }), InterdictError);
    assert.throws(() => readdirSync(empty), /ENOENT/);
  });

  it('cacheDir false, or INTERDICT_CACHE_DIR=off, turns it off', () => {
    const off = path.join(scratch, 'cache-off');
    loadUnList(copy(), { cacheDir: false });
    const saved = process.env.INTERDICT_CACHE_DIR;
    process.env.INTERDICT_CACHE_DIR = 'off';
    assert.equal(defaultCacheDir(), undefined);
    process.env.INTERDICT_CACHE_DIR = off;
    assert.equal(defaultCacheDir(), off);
    if (saved === undefined) delete process.env.INTERDICT_CACHE_DIR;
    else process.env.INTERDICT_CACHE_DIR = saved;
    assert.throws(() => readdirSync(off), /ENOENT/);
  });

  it('the parser fingerprint is a sha256', () => {
    assert.match(parserFingerprint() ?? '', /^[0-9a-f]{64}$/);
  });
});
