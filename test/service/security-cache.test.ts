// Security review N4, reproduced: whoever can write the cache folder drops KOMID from the parsed list the
// server cached and recomputes every hash a file can carry without a key. The next server start, and the
// CLI, still screen KOMID: the entry does not carry the keyed MAC, so it is a miss and the list is parsed.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scratch } from '../support/cli-harness.ts';
import { startServerProcess } from './server-process.ts';

const KOMID = 'KPe.001';
const NAME = 'KOREA MINING DEVELOPMENT TRADING CORPORATION';

/** Drop KOMID from every parsed-list entry in `dir`, the header's hashes recomputed as the attacker can. */
function dropKomid(dir: string): string[] {
  const files = readdirSync(dir).filter((n) => n.startsWith('un-list-') && n.endsWith('.json'));
  for (const f of files) {
    const p = path.join(dir, f);
    const text = readFileSync(p, 'utf8');
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as { source: string; fingerprint: string };
    const list = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { records: { ref: string }[] };
    const before = list.records.length;
    list.records = list.records.filter((r) => r.ref.trim() !== KOMID);
    assert.equal(list.records.length, before - 1);
    const content = JSON.stringify(list);
    const sum = createHash('sha256').update(`${header.source}\n${header.fingerprint}\n`).update(content).digest('hex');
    writeFileSync(p, `${JSON.stringify({ ...header, integrity: sum, mac: sum })}\n${content}`);
  }
  return files;
}

describe('security: a parsed list edited in the cache folder (review N4)', () => {
  const s = scratch('cache-forged');
  const cache = s.env.INTERDICT_CACHE_DIR!;

  it('the server: its cached entry with KOMID dropped and hashes recomputed is ignored; KOMID is matched', async () => {
    const db = path.join(s.dir, 'c.sqlite');
    const first = await startServerProcess(s.env, ['--db', db]);
    assert.equal(await first.stop(), 0);
    const files = dropKomid(cache);
    assert.equal(files.length, 1, 'the server cached the bundled list');
    if (process.platform !== 'win32') {
      assert.equal(statSync(path.join(cache, files[0]!)).mode & 0o777, 0o600);
      assert.equal(statSync(cache).mode & 0o777, 0o700);
    }
    const second = await startServerProcess(s.env, ['--db', db]);
    try {
      const r = await fetch(`${second.url}/v1/screen`, { method: 'POST', headers: { authorization: `Bearer ${first.adminKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: NAME }) });
      assert.equal(r.status, 200);
      const body = (await r.json()) as { matches: { ref: string }[] };
      assert.ok(body.matches.some((m) => m.ref.trim() === KOMID), JSON.stringify(body).slice(0, 400));
    } finally {
      assert.equal(await second.stop(), 0);
    }
    assert.ok(readFileSync(path.join(cache, files[0]!), 'utf8').includes(KOMID), 'the entry was written afresh');
  });

  it('the CLI: its own entry (its own key, another name) edited the same way is ignored; KOMID is matched, with a warning', () => {
    const warm = s.cli(['screen', NAME, '--format', 'json']);
    assert.ok(warm.stdout.includes(KOMID), warm.stdout + warm.stderr);
    const files = dropKomid(cache);
    assert.equal(files.length, 2, 'the CLI\'s entry sits beside the server\'s, under its own key\'s tag');
    const r = s.cli(['screen', NAME, '--format', 'json']);
    assert.ok(r.stdout.includes(KOMID), r.stdout + r.stderr);
    assert.match(r.stderr, /CACHE_NOT_USED.*does not carry this process's MAC/);
  });
});
