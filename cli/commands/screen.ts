// `interdict screen`: screen one name, or a CSV batch to NDJSON, against the UN list (CONTRACT §2).
// Parse the flags, call the app layer, print.
import type { Command } from 'commander';
import type { ScreeningMatch, ScreeningQuery } from '../../src/app/index.ts';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { Output } from '../support/output.ts';
import { CliFlagError, resolveFormat, runAction, warn } from '../support/run-action.ts';
import { inline } from '../support/sanitize.ts';

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

const DEFAULT_THRESHOLD = 0.85;

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
    .option('--input <file>', 'CSV batch with header id,name[,dob][,nationality][,type]; prints NDJSON; - for stdin')
    .option('--changed-since <file>', 'screen only against records added or changed since this older list XML')
    .option('--algorithm <name>', 'matcher: korean-v2 (the default) or korean-v1; every match records which')
    .option('--format <format>', 'json or human')
    .action(runAction((name: string | undefined, flags: ScreenFlags) => screen(name, flags)));
}

async function screen(name: string | undefined, flags: ScreenFlags): Promise<ExitCode> {
  const format = resolveFormat(flags.format);
  const threshold = parseThreshold(flags.threshold);
  if (flags.type !== undefined && flags.type !== 'person' && flags.type !== 'entity') {
    throw new CliFlagError(`--type must be person or entity, not "${flags.type}"`, 'type');
  }
  if ((name === undefined) === (flags.input === undefined)) {
    throw new CliFlagError('give either a name to screen or --input FILE.csv (not both)', 'name');
  }
  const { Engine, openScreener, parseBatchCsv, readAllText, validateQuery, ALGORITHM, ALGORITHMS, isAlgorithm } = await import('../../src/app/index.ts');
  const algorithm = flags.algorithm ?? ALGORITHM;
  if (!isAlgorithm(algorithm)) throw new CliFlagError(`--algorithm must be ${ALGORITHMS.join(' or ')}, not "${algorithm}"`, 'algorithm');
  // Read and check everything before printing anything.
  const rows = flags.input !== undefined ? parseBatchCsv(await readAllText(flags.input), flags.input) : undefined;
  const query: ScreeningQuery | undefined = rows === undefined ? {
    name: name ?? '',
    ...(flags.dob !== undefined && { dob: flags.dob }),
    ...(flags.nationality !== undefined && { nationality: flags.nationality }),
    ...(flags.type !== undefined && { type: flags.type as 'person' | 'entity' }),
    ...(flags.document !== undefined && { documents: flags.document }),
  } : undefined;
  if (query !== undefined) validateQuery(query);
  const engine = new Engine({ ...(flags.list !== undefined && { listFile: flags.list }), warn });
  const started = performance.now();
  const screener = openScreener(engine, { threshold, algorithm, ...(flags.changedSince !== undefined && { changedSince: flags.changedSince }) });
  const ready = performance.now();
  const { index } = screener;
  const out = new Output();

  if (query !== undefined) {
    const matches = screener.screen(query);
    if (format === 'json') {
      await out.write(`${JSON.stringify({ query, threshold, algorithm: index.algorithm, listVersion: index.listVersion, ...(screener.screenedRefs !== undefined && { screenedRefs: screener.screenedRefs }), matches })}\n`);
    } else {
      await out.text(humanResult(query.name, matches));
      await out.text(`list ${index.listVersion}${screener.screenedRefs !== undefined ? ` (${screener.screenedRefs} records changed since ${inline(flags.changedSince ?? '')})` : ''}: loaded and indexed ${index.names.length} names in ${Math.round(ready - started)} ms`);
    }
    await out.finish();
    return matches.length > 0 ? EXIT.prohibited : EXIT.ok;
  }

  const { progressBar } = await import('../support/progress.ts');
  const bar = progressBar('screening', 'names');
  // Results are collected first, then written: the bar (on stderr) is cleared before the first result line.
  const lines: string[] = [];
  let any = false;
  try {
    rows!.forEach((row, i) => {
      const matches = screener.screen(row.query);
      if (matches.length > 0) any = true;
      lines.push(format === 'json' ? `${JSON.stringify({ id: row.id, matches })}\n` : `${inline(row.id)}: ${humanResult(row.query.name, matches)}`);
      if (i % 64 === 0 || i === rows!.length - 1) bar?.update(i + 1, rows!.length);
    });
  } finally {
    bar?.stop();
  }
  for (const l of lines) await (format === 'json' ? out.write(l) : out.text(l));
  await out.finish();
  return any ? EXIT.prohibited : EXIT.ok;
}

function parseThreshold(text: string | undefined): number {
  if (text === undefined) return DEFAULT_THRESHOLD;
  const t = Number(text);
  if (!Number.isFinite(t) || t <= 0 || t > 1) throw new CliFlagError(`--threshold must be a number above 0 and at most 1, not "${text}"`, 'threshold');
  return t;
}

function humanResult(name: string, matches: readonly ScreeningMatch[]): string {
  if (matches.length === 0) return `${inline(name)}: no match\n`;
  const lines = [`${inline(name)}: ${matches.length} match${matches.length === 1 ? '' : 'es'}`];
  for (const m of matches) {
    lines.push(`  ${m.ref} ${m.name} (${m.kind}${m.kind === 'former' ? ', former name' : ''}) score ${m.score.toFixed(3)} [${m.regime}]`);
    for (const e of m.explanation) lines.push(`    ${e.feature}: ${e.detail}`);
  }
  return `${lines.join('\n')}\n`;
}
