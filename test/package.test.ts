// The shipped package: `npm pack` holds the compiled program, the law, the bundled list and the
// examples, and nothing of the TypeScript toolchain; unpacked into a folder of its own, it runs check,
// screen and law list from there (its law and list found from its own folder, not from this clone).
// It is packed from a copy of the clone with the tests' build as dist/: packing here would run the
// build (prepare), which empties and rewrites this clone's dist/ under any other test using it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { compiledBuild, projectRoot } from './support/cli-harness.ts';

const work = mkdtempSync(path.join(tmpdir(), 'interdict-pack-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('the packed tarball runs on its own with the compiled program', () => {
  const clone = path.join(work, 'clone');
  for (const name of readdirSync(projectRoot)) {
    if (!['node_modules', 'dist', '.git'].includes(name)) cpSync(path.join(projectRoot, name), path.join(clone, name), { recursive: true });
  }
  cpSync(compiledBuild(), path.join(clone, 'dist'), { recursive: true });
  const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: clone, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  assert.equal(pack.status, 0, pack.stderr);
  const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as [{ filename: string; files: { path: string }[] }];
  const files = info.files.map((f) => f.path);
  for (const must of ['bin/interdict.js', 'dist/cli/main.js', 'dist/src/app/index.js', 'law/unscr-2375.yaml', 'law/schema/law-file.schema.json', 'data/un-list/consolidated-2026-01-28.xml', 'examples/transactions.ndjson', 'docs/contract.md', 'package.json', 'README.md']) {
    assert.ok(files.includes(must), `the package holds ${must}`);
  }
  assert.equal(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).length, 0, 'no TypeScript sources');
  assert.equal(files.filter((f) => f.startsWith('test/') || f.startsWith('bench/')).length, 0, 'no tests or benchmarks');

  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const dev of ['tsx', 'typescript']) assert.equal(pkg.dependencies[dev], undefined, `${dev} is a development dependency only`);

  // Unpack beside nothing; the dependencies it needs at run time come from this clone's node_modules.
  const unpacked = path.join(work, 'unpacked');
  const tar = spawnSync('tar', ['xzf', path.join(work, info.filename), '-C', work]);
  assert.equal(tar.status, 0);
  spawnSync('mv', [path.join(work, 'package'), unpacked]);
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(unpacked, 'node_modules'), 'dir');
  const env = { ...process.env, INTERDICT_CACHE_DIR: path.join(work, 'cache'), XDG_DATA_HOME: path.join(work, 'data') };
  const run = (...args: string[]) => spawnSync(process.execPath, [path.join(unpacked, 'bin', 'interdict.js'), ...args], { cwd: work, env, encoding: 'utf8' });

  assert.equal(run('--version').stdout.trim(), (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version);
  const law = run('law', 'list', '--date', '2018-01-01', '--format', 'json');
  assert.equal(law.status, 0, law.stderr);
  const measures = (JSON.parse(law.stdout) as { measures: { file: string }[] }).measures;
  assert.ok(measures.length > 20);
  const screen = run('screen', 'PAK YONG SIK', '--format', 'json');
  assert.equal(screen.status, 2, screen.stderr);
  assert.equal((JSON.parse(screen.stdout) as { matches: { ref: string }[] }).matches[0]?.ref, 'KPi.063');
  const tx = path.join(work, 'tx.json');
  writeFileSync(tx, JSON.stringify({ id: 'a', type: 'goods', date: '2018-03-01', from: 'KP', to: 'CN', goods: [{ hs: '62' }] }));
  const check = run('check', tx, '--format', 'json');
  assert.equal(check.status, 2, check.stderr);
  assert.ok((JSON.parse(check.stdout) as { reasons: { resolution: number; paragraph: string }[] }).reasons.some((r) => r.resolution === 2375 && r.paragraph === '16'));
});
