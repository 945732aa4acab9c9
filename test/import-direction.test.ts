// Imports run one way: law -> areas (check, screening, ledger, ships) -> the app layer -> interfaces
// (cli/, http/). This test reads every import of src/, cli/ and http/ and fails on one that runs upward
// or sideways between areas, so the rule is checked, not remembered.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { projectRoot } from './support/cli-harness.ts';

/**
 * The app entry of each command (cli/commands/X.ts): the modules of src/ it may import, beside the error
 * registry and the light limits. An entry holds what the command needs and nothing more, so a command loads
 * only its own use cases; the service's commands share the service's entry. `ais` has two, so that a scan
 * never loads the job queue's library, and a light one for its flags' defaults; `serve` starts the HTTP
 * server, the one interface a command may import.
 */
const COMMAND_ENTRY: Record<string, readonly string[]> = {
  check: ['src/app/check-entry.ts'],
  law: ['src/app/law-entry.ts'],
  screen: ['src/app/screen-entry.ts'],
  list: ['src/app/list-entry.ts'],
  demo: ['src/app/demo-entry.ts'],
  ledger: ['src/app/ledger-entry.ts'],
  ais: ['src/app/ais-entry.ts', 'src/app/ais-queue-entry.ts', 'src/app/scan-defaults.ts'],
  vessels: ['src/app/vessels-entry.ts'],
  serve: ['src/app/serve-entry.ts', 'http/server.ts'],
  users: ['src/app/service/index.ts'],
  subjects: ['src/app/service/index.ts'],
  'lists-load': ['src/app/service/index.ts'],
  db: ['src/app/service/index.ts'],
  sessions: ['src/app/service/index.ts'],
  audit: ['src/app/service/index.ts'],
};
/** The one set of limits and published defaults, light, which any command may show in its --help. */
const LIMITS = 'src/app/limits.ts';

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

test('each command imports only its app entry (and the error registry) from src/', () => {
  const bad: string[] = [];
  const dir = path.join(projectRoot, 'cli', 'commands');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) {
    const command = name.slice(0, -'.ts'.length);
    const entries = COMMAND_ENTRY[command];
    if (entries === undefined) {
      bad.push(`cli/commands/${name} has no app entry: add it to COMMAND_ENTRY`);
      continue;
    }
    const text = readFileSync(path.join(dir, name), 'utf8');
    for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)) {
      const target = path.relative(projectRoot, path.resolve(dir, m[1] ?? m[2]!)).split(path.sep).join('/');
      if (entries.includes(target)) continue;
      if (target.startsWith('src/') && target !== LIMITS && !target.startsWith('src/errors/')) bad.push(`cli/commands/${name} imports ${target}, not its entry ${entries.join(' or ')}`);
      if (target.startsWith('http/')) bad.push(`cli/commands/${name} imports ${target} (another interface)`);
    }
  }
  assert.deepEqual(bad, []);
});
