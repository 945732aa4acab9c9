// The cached law must be the law: same JSON, same decisions; and an entry that was edited, cut short or
// built from other law files, or not carrying this process's keyed MAC, is never used (security review N4).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { evaluate } from '../check/evaluate.ts';
import { parseTransaction } from '../check/parse-transaction.ts';
import { readCachedLaw, writeCachedLaw } from './law-cache.ts';
import { DEFAULT_LAW_DIR } from './law-schema.ts';
import { loadLaw } from './load-law.ts';
import { tempCacheDir, tempEnvDir } from '../../test/support/temp-env-dir.ts';

const cache = tempCacheDir('law-cache');
tempEnvDir('INTERDICT_CONFIG_DIR', 'law-cache-config');
const law = loadLaw();
const entry = (): string => path.join(cache, 'law', readdirSync(path.join(cache, 'law')).find((n) => n.endsWith('.json'))!);

test('a cached law is the law: the same data and the same decision on every golden case', () => {
  writeCachedLaw(law.dir, law);
  const cached = readCachedLaw(law.dir);
  assert.ok(cached, 'the entry just written is read back');
  assert.notEqual(cached, law);
  const withoutIndex = (l: typeof law): string => JSON.stringify({ ...l, byId: undefined });
  assert.ok(withoutIndex(cached) === withoutIndex(law), 'the same data');
  assert.deepEqual(Object.keys(cached.byId).sort(), Object.keys(law.byId).sort());
  for (const m of cached.measures) assert.equal(cached.byId[m.id], m, 'byId points at the measures themselves');
  assert.ok(Object.isFrozen(cached.measures[0]));
  const goldenDir = path.join(DEFAULT_LAW_DIR, '..', 'test', 'golden');
  let n = 0;
  for (const f of readdirSync(goldenDir).filter((x) => x.endsWith('.json'))) {
    const c = JSON.parse(readFileSync(path.join(goldenDir, f), 'utf8')) as { transaction?: unknown; needsScreening?: boolean };
    if (c.transaction === undefined || c.needsScreening) continue;
    const outcomeOf = (l: typeof law): unknown => {
      try {
        return evaluate(parseTransaction(c.transaction, 1), l);
      } catch (e) {
        return { threw: (e as Error).message };
      }
    };
    assert.deepEqual(outcomeOf(cached), outcomeOf(law), f);
    n++;
  }
  assert.ok(n > 100, `${n} golden cases compared`);
});

test('an edited or truncated entry is a miss, never a different law', () => {
  writeCachedLaw(law.dir, law);
  const file = entry();
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace('"unscr-2375-16', '"unscr-2375-99'));
  assert.equal(readCachedLaw(law.dir), undefined, 'edited');
  writeFileSync(file, text.slice(0, text.length - 100));
  assert.equal(readCachedLaw(law.dir), undefined, 'truncated');
  writeFileSync(file, text);
  assert.ok(readCachedLaw(law.dir), 'restored');
});

test('a measure taken out and the unkeyed sha256 recomputed is a miss', () => {
  writeCachedLaw(law.dir, law);
  const file = entry();
  const text = readFileSync(file, 'utf8');
  const [, key] = text.slice(0, text.indexOf('\n')).split(' ');
  const body = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { measures: unknown[] };
  const before = body.measures.length;
  body.measures = body.measures.slice(1);
  const forged = JSON.stringify(body);
  writeFileSync(file, `${createHash('sha256').update(forged).digest('hex')} ${key}\n${forged}`);
  assert.equal(readCachedLaw(law.dir), undefined);
  assert.equal(loadLaw().measures.length, before, 'the law is validated afresh');
});

test('an entry built from other law files is not used for these', () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'interdict-law-copy-'));
  try {
    cpSync(DEFAULT_LAW_DIR, copy, { recursive: true });
    writeCachedLaw(law.dir, law);
    assert.equal(readCachedLaw(copy), undefined, 'another folder has its own entry');
    const f = path.join(copy, readdirSync(copy).find((n) => n.endsWith('.yaml'))!);
    writeFileSync(f, `${readFileSync(f, 'utf8')}\n# a comment changes the bytes\n`);
    const other = loadLaw(copy);
    assert.notEqual(other.version, law.version);
    assert.equal(readCachedLaw(copy)?.version, other.version);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
