// The parsed-list disk cache: used only for the same bytes and the same parser, never for bad input.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { InterdictError } from '../src/errors/index.ts';
import { bundledListPath, defaultCacheDir, loadUnList, parserFingerprint } from '../src/screening/un-list/index.ts';

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
    // A forged header (the integrity hash of the edited content, computed without the source) is no better.
    writeFileSync(p, `${header.replace(/"integrity":"[0-9a-f]+"/, `"integrity":"${'0'.repeat(64)}"`)}\n${JSON.stringify(edited)}`);
    assert.ok(loadUnList(copy(), { cacheDir: dir }).records.some((r) => r.ref.trim() === 'KPi.063'));
    writeFileSync(p, text);
    assert.equal(loadUnList(copy(), { cacheDir: dir }).records.length, before);
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
