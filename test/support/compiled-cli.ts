// The tests run the compiled program, as a user does, not TypeScript compiled again at every start: each
// spawn then costs Node's start and the modules it loads. The program is built once per version of the
// sources into a folder of its own under node_modules/.cache (never dist/, which `npm run build` owns and
// a test must not touch), named by a hash of everything the build reads. `npm test` builds it before the
// first file runs (pretest); a single file run on its own builds it on first use.
//
// The folder sits inside this clone on purpose: the compiled modules find node_modules and the package
// folder (law/, data/, package.json) by walking up from where they are, as they do from dist/.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CACHE = path.join(projectRoot, 'node_modules', '.cache', 'interdict-test-build');

function sourceFiles(dir: string, out: string[]): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sourceFiles(p, out);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/** sha256 over what the build reads: the sources it compiles, the compiler settings and the compiler's version. */
function buildKey(): string {
  const hash = createHash('sha256');
  const files = ['src', 'cli', 'http'].flatMap((d) => sourceFiles(path.join(projectRoot, d), [])).sort();
  for (const f of [...files, path.join(projectRoot, 'tsconfig.json'), path.join(projectRoot, 'tsconfig.build.json')]) {
    hash.update(path.relative(projectRoot, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  hash.update((createRequire(import.meta.url)('typescript/package.json') as { version: string }).version);
  return hash.digest('hex').slice(0, 20);
}

let built: string | undefined;

/** The folder the compiled program is in (its `cli/main.js` is the entry), built if this version is not yet. */
export function compiledBuild(): string {
  if (built !== undefined) return built;
  const key = buildKey();
  const dir = path.join(CACHE, key);
  if (!existsSync(dir)) {
    mkdirSync(CACHE, { recursive: true });
    // Built beside its final place and renamed there when whole: another test process building the same
    // version at once loses the rename and uses the winner's folder.
    const tmp = path.join(CACHE, `tmp-${key}-${process.pid}`);
    rmSync(tmp, { recursive: true, force: true });
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', tmp, '--declaration', 'false'], { cwd: projectRoot, encoding: 'utf8' });
    if (r.status !== 0) {
      rmSync(tmp, { recursive: true, force: true });
      throw new Error(`the test build failed:\n${r.stdout}${r.stderr}`);
    }
    try {
      renameSync(tmp, dir);
    } catch {
      rmSync(tmp, { recursive: true, force: true });
      if (!existsSync(dir)) throw new Error(`the test build could not be put in ${dir}`);
    }
    // Older versions are of no further use.
    for (const old of readdirSync(CACHE)) {
      if (old !== key && !old.startsWith('tmp-')) rmSync(path.join(CACHE, old), { recursive: true, force: true });
    }
  }
  return (built = dir);
}

/** The compiled CLI's entry: `node <this> ...args` runs `interdict ...args`. */
export function compiledCli(): string {
  return path.join(compiledBuild(), 'cli', 'main.js');
}

// `node test/support/compiled-cli.ts` (npm's pretest): build once before the suite's files start.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) compiledBuild();
