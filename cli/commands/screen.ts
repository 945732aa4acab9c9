// `interdict screen`: screen one name, or a CSV batch to NDJSON, against the UN list (CONTRACT §2).
import { readFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { InterdictError } from '../../src/errors/index.ts';
import { ALGORITHM, ALGORITHMS, buildIndex, DEFAULT_THRESHOLD, isAlgorithm, parseBatchCsv, screenName, type ScreeningMatch, type ScreeningQuery } from '../../src/screening/index.ts';
import { changedRefs, diffLists } from '../../src/screening/list-diff.ts';
import { loadUnList } from '../../src/screening/un-list/index.ts';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { CliFlagError, resolveFormat, runAction } from '../support/run-action.ts';

interface ScreenFlags {
  dob?: string;
  nationality?: string;
  type?: string;
  document?: string[];
  threshold?: string;
  list?: string;
  input?: string;
  changedSince?: string;
  algorithm?: string;
  format?: string;
}

export function registerScreen(program: Command): void {
  program
    .command('screen')
    .description('Screen a name (or a CSV batch) against the UN consolidated list')
    .argument('[name]', 'the name to screen, e.g. "PAK YONG SIK"')
    .option('--dob <date>', 'date of birth: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--nationality <country>', 'nationality (ISO code or name)')
    .option('--type <type>', 'person or entity')
    .option('--document <number...>', 'passport or ID number(s)')
    .option('--threshold <score>', `report matches at or above this score (default ${DEFAULT_THRESHOLD})`)
    .option('--list <file>', 'UN consolidated list XML (default: the bundled snapshot)')
    .option('--input <file>', 'CSV batch with header id,name[,dob][,nationality][,type]; prints NDJSON')
    .option('--changed-since <file>', 'screen only against records added or changed since this older list XML')
    .option('--algorithm <name>', `matcher: ${ALGORITHMS.join(' or ')} (default ${ALGORITHM})`)
    .option('--format <format>', 'json or human')
    .action(runAction((name: string | undefined, flags: ScreenFlags) => screen(name, flags)));
}

function screen(name: string | undefined, flags: ScreenFlags): ExitCode {
  const format = resolveFormat(flags.format);
  const threshold = parseThreshold(flags.threshold);
  if (flags.type !== undefined && flags.type !== 'person' && flags.type !== 'entity') {
    throw new CliFlagError(`--type must be person or entity, not "${flags.type}"`);
  }
  const algorithm = flags.algorithm ?? ALGORITHM;
  if (!isAlgorithm(algorithm)) throw new CliFlagError(`--algorithm must be ${ALGORITHMS.join(' or ')}, not "${algorithm}"`);
  if ((name === undefined) === (flags.input === undefined)) {
    throw new CliFlagError('give either a name to screen or --input FILE.csv (not both)');
  }
  // Read and check everything before printing anything.
  const rows = flags.input !== undefined ? parseBatchCsv(readInput(flags.input), flags.input) : undefined;
  const started = performance.now();
  const list = loadUnList(flags.list);
  const loaded = performance.now();
  const refs = flags.changedSince !== undefined ? changedRefs(diffLists(loadUnList(flags.changedSince), list)) : undefined;
  const index = buildIndex(list, algorithm);
  const indexed = performance.now();
  const opts = { threshold, ...(refs !== undefined && { refs }) };

  if (rows === undefined) {
    const query: ScreeningQuery = { name: name ?? '' };
    if (flags.dob !== undefined) query.dob = flags.dob;
    if (flags.nationality !== undefined) query.nationality = flags.nationality;
    if (flags.type !== undefined) query.type = flags.type as 'person' | 'entity';
    if (flags.document !== undefined) query.documents = flags.document;
    const matches = screenName(index, query, opts);
    if (format === 'json') {
      process.stdout.write(`${JSON.stringify({ query, threshold, algorithm: index.algorithm, listVersion: index.listVersion, ...(refs !== undefined && { screenedRefs: refs.size }), matches })}\n`);
    } else {
      process.stdout.write(humanResult(query.name, matches));
      process.stdout.write(`list ${index.listVersion}${refs !== undefined ? ` (${refs.size} records changed since ${flags.changedSince})` : ''}: loaded in ${ms(loaded - started)}, indexed ${index.names.length} names in ${ms(indexed - loaded)}\n`);
    }
    return matches.length > 0 ? EXIT.prohibited : EXIT.ok;
  }

  const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(rows.length, 0);
  let any = false;
  for (const row of rows) {
    const matches = screenName(index, row.query, opts);
    if (matches.length > 0) any = true;
    process.stdout.write(format === 'json' ? `${JSON.stringify({ id: row.id, matches })}\n` : `${row.id}: ${humanResult(row.query.name, matches)}`);
    bar?.increment();
  }
  bar?.stop();
  return any ? EXIT.prohibited : EXIT.ok;
}

function parseThreshold(text: string | undefined): number {
  if (text === undefined) return DEFAULT_THRESHOLD;
  const t = Number(text);
  if (!Number.isFinite(t) || t <= 0 || t > 1) throw new CliFlagError(`--threshold must be a number above 0 and at most 1, not "${text}"`);
  return t;
}

function readInput(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new InterdictError('SCREEN_BAD_INPUT', `the batch file cannot be read: ${file}`, { file });
  }
}

function humanResult(name: string, matches: readonly ScreeningMatch[]): string {
  if (matches.length === 0) return `${name}: no match\n`;
  const lines = [`${name}: ${matches.length} match${matches.length === 1 ? '' : 'es'}`];
  for (const m of matches) {
    lines.push(`  ${m.ref} ${m.name} (${m.kind}${m.kind === 'former' ? ', former name' : ''}) score ${m.score.toFixed(3)} [${m.regime}]`);
    for (const e of m.explanation) lines.push(`    ${e.feature}: ${e.detail}`);
  }
  return `${lines.join('\n')}\n`;
}

function ms(x: number): string {
  return `${Math.round(x)} ms`;
}
