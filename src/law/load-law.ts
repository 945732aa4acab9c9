/**
 * Load `law/*.yaml`: parse, validate against the schema (unknown fields rejected), check dates, HS
 * codes, overlaps and references, derive each measure's last day in force and the cap periods, hash
 * the files into `version`, and deep-freeze the result. Problems name the file and the path in it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { InterdictError } from '../errors/index.ts';
import { buildCapPeriods } from './cap-periods.ts';
import { checkLawFiles, type RawLawFile } from './check-law.ts';
import { addDays } from './dates.ts';
import { deepFreeze } from './deep-freeze.ts';
import { readCachedLaw, writeCachedLaw } from './law-cache.ts';
import { DEFAULT_LAW_DIR, lawFileValidator } from './law-schema.ts';
import { describeProblem, type LawProblem } from './law-problem.ts';
import type { Law, Measure, Resolution } from './measure.ts';

const cache = new Map<string, Law>();

// Loaded on first use: a run that finds the validated law in its cache never parses YAML.
let yamlParse: typeof import('yaml').parse | undefined;
const parseYaml = (): typeof import('yaml').parse => (yamlParse ??= (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse);

/** Load (once per folder and process) and return the frozen law; throws on the first problems found. */
export function loadLaw(dir: string = DEFAULT_LAW_DIR): Law {
  const abs = path.resolve(dir);
  const hit = cache.get(abs);
  if (hit) return hit;
  const stored = readCachedLaw(abs);
  if (stored) {
    cache.set(abs, stored);
    return stored;
  }
  const { law, problems } = readLaw(abs);
  if (!law) {
    const first = problems[0]!;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s): run "interdict law validate")` : '';
    throw new InterdictError(first.code, `${describeProblem(first)}${more}`, { file: first.file, field: first.path });
  }
  cache.set(abs, law);
  writeCachedLaw(abs, law);
  return law;
}

/** Every problem in the law folder (empty = valid). */
export function validateLaw(dir: string = DEFAULT_LAW_DIR): LawProblem[] {
  return readLaw(path.resolve(dir)).problems;
}

function displayName(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}

function readLaw(dir: string): { law?: Law; problems: LawProblem[] } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n) && statSync(path.join(dir, n)).isFile()).sort();
  } catch {
    return { problems: [{ code: 'LAW_INVALID', file: displayName(dir), path: '', message: 'the law folder cannot be read' }] };
  }
  if (names.length === 0) return { problems: [{ code: 'LAW_INVALID', file: displayName(dir), path: '', message: 'the law folder holds no .yaml files' }] };
  const hash = createHash('sha256');
  const problems: LawProblem[] = [];
  const raws: RawLawFile[] = [];
  const validate = lawFileValidator();
  for (const name of names) {
    const file = displayName(path.join(dir, name));
    const text = readFileSync(path.join(dir, name), 'utf8');
    hash.update(name).update('\0').update(text).update('\0');
    let data: unknown;
    try {
      // Dates stay strings (YAML 1.2 core schema has no timestamp type).
      data = parseYaml()(text, { schema: 'core' });
    } catch (e) {
      problems.push({ code: 'LAW_INVALID', file, path: '', message: `not valid YAML: ${(e as Error).message.split('\n')[0]}` });
      continue;
    }
    if (!validate(data)) {
      for (const err of validate.errors ?? []) {
        if (err.keyword === 'additionalProperties') {
          const field = String((err.params as { additionalProperty: string }).additionalProperty);
          problems.push({ code: 'LAW_UNKNOWN_FIELD', file, path: `${err.instancePath}/${field}`, message: `unknown field "${field}"` });
        } else if (err.keyword !== 'oneOf' || (validate.errors?.length ?? 0) === 1) {
          problems.push({ code: 'LAW_INVALID', file, path: err.instancePath, message: err.message ?? 'does not match the schema' });
        }
      }
      continue;
    }
    raws.push({ file, data: data as RawLawFile['data'] });
  }
  problems.push(...checkLawFiles(raws));
  if (problems.length > 0) return { problems };

  const resolutions: Resolution[] = [];
  const measures: Measure[] = [];
  for (const r of raws) {
    const d = r.data as RawLawFile['data'] & { title: string };
    resolutions.push({ resolution: d.resolution, adopted: d.adopted, title: d.title, file: r.file });
    for (const m of d.measures) measures.push({ ...m, resolution: d.resolution, file: r.file, lastDay: lastDayOf(m) } as Measure);
  }
  const capPeriods = buildCapPeriods(measures);
  for (const [commodity, list] of Object.entries(capPeriods)) {
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1]!;
      const b = list[i]!;
      if (b.start <= a.end) {
        const m = measures.find((x) => x.id === b.measure)!;
        problems.push({ code: 'LAW_OVERLAP', file: m.file, path: `/measures/${indexIn(raws, m)}/cap`, message: `${commodity} cap period ${b.period} of ${b.measure} overlaps period ${a.period} of ${a.measure}` });
      }
    }
  }
  if (problems.length > 0) return { problems };
  const byId: Record<string, Measure> = {};
  for (const m of measures) byId[m.id] = m;
  const law: Law = { version: hash.digest('hex').slice(0, 16), dir, resolutions, measures, byId, capPeriods };
  return { law: deepFreeze(law), problems };
}

function indexIn(raws: RawLawFile[], m: Measure): number {
  const f = raws.find((r) => r.file === m.file);
  return f ? f.data.measures.findIndex((x) => x.id === m.id) : -1;
}

/** The last day in force: the earlier of `ends` and the day before the superseding measure takes over. */
function lastDayOf(m: { ends?: string; supersededBy?: { from: string } }): string | undefined {
  const sup = m.supersededBy ? addDays(m.supersededBy.from, -1) : undefined;
  if (m.ends === undefined) return sup;
  if (sup === undefined) return m.ends;
  return sup < m.ends ? sup : m.ends;
}
