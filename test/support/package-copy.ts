// The program as installed, laid out in a folder of a test's choosing: package.json, the law, the
// compiled program as dist/ and the run-time dependencies (not the development ones). A test that runs
// the program as another user needs this: that user may not be able to read this clone at all (a clone
// under a private folder), only the copy, which the test makes readable.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { compiledBuild } from './compiled-cli.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** The run-time dependencies' folders, as npm resolves them (every level, no development packages). */
function runtimeDependencies(): string[] {
  const r = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'silent' } });
  const all = r.stdout.split('\n').filter((p) => p.startsWith(path.join(projectRoot, 'node_modules') + path.sep)).sort();
  // A package nested in another's node_modules comes with that one's folder.
  return all.filter((p, i) => !all.slice(0, i).some((outer) => p.startsWith(outer + path.sep)));
}

/** Copy (hard links where the file system allows: the files are read only) one folder to another. */
function copyTree(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  if (spawnSync('cp', ['-al', from, to]).status !== 0) cpSync(from, to, { recursive: true });
}

/** Lay the installed program out in `dest`; returns the entry to run with node (`dest/dist/cli/main.js`). */
export function copyPackage(dest: string): string {
  mkdirSync(dest, { recursive: true });
  cpSync(path.join(projectRoot, 'package.json'), path.join(dest, 'package.json'));
  cpSync(path.join(projectRoot, 'law'), path.join(dest, 'law'), { recursive: true });
  cpSync(compiledBuild(), path.join(dest, 'dist'), { recursive: true });
  for (const dep of runtimeDependencies()) copyTree(dep, path.join(dest, path.relative(projectRoot, dep)));
  return path.join(dest, 'dist', 'cli', 'main.js');
}
