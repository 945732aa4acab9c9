// Imports run one way: law -> areas (check, screening, ledger, ships) -> the app layer -> interfaces
// (cli/, http/). This test reads every import of src/, cli/ and http/ and fails on one that runs upward
// or sideways between areas, so the rule is checked, not remembered.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { projectRoot } from './support/cli-harness.ts';

/** The layer of a file, from the bottom: shared plumbing, the law, the areas, the app layer, interfaces. */
function layerOf(rel: string): { rank: number; area: string } {
  const parts = rel.split('/');
  if (parts[0] === 'cli' || parts[0] === 'http') return { rank: 4, area: parts[0] };
  const top = parts[1] ?? '';
  if (['errors', 'io', 'geo', 'store', 'project-root.ts'].includes(top)) return { rank: 0, area: top };
  if (['law', 'hs'].includes(top)) return { rank: 1, area: top };
  if (['check', 'screening', 'ledger', 'ships'].includes(top)) return { rank: 2, area: top };
  if (top === 'app') return { rank: 3, area: 'app' };
  if (top === 'index.ts') return { rank: 3, area: 'index' };
  throw new Error(`no layer for ${rel}: add it to the rule`);
}

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* sources(full);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) yield full;
  }
}

test('no import runs from a lower layer to a higher one, or sideways between areas', () => {
  const bad: string[] = [];
  let checked = 0;
  for (const top of ['src', 'cli', 'http']) {
    const dir = path.join(projectRoot, top);
    if (!existsSync(dir)) continue;
    for (const file of sources(dir)) {
      const rel = path.relative(projectRoot, file).split(path.sep).join('/');
      const from = layerOf(rel);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)) {
        const spec = m[1] ?? m[2]!;
        const target = path.relative(projectRoot, path.resolve(path.dirname(file), spec)).split(path.sep).join('/');
        if (!target.startsWith('src/') && !target.startsWith('cli/') && !target.startsWith('http/')) continue;
        const to = layerOf(target);
        checked++;
        if (to.rank > from.rank) bad.push(`${rel} imports ${target} (upward)`);
        else if (to.rank === from.rank && to.rank === 2 && to.area !== from.area) bad.push(`${rel} imports ${target} (another area)`);
        // Interfaces call the app layer; only the error registry and the package folder are shared below it.
        else if (from.rank === 4 && to.rank < 3 && !['errors', 'project-root.ts'].includes(to.area)) bad.push(`${rel} imports ${target} (an interface below the app layer)`);
      }
    }
  }
  assert.ok(checked > 100, `only ${checked} imports read`);
  assert.deepEqual(bad, []);
});
