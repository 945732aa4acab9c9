// `interdict screen`: screen one name, or a CSV batch to NDJSON, against the UN list (CONTRACT §2).
// Parse the flags, call the app layer, print.
import type { Command } from 'commander';
import type { BatchEntry, Disguise, ScreeningMatch, ScreeningQuery } from '../../src/app/screen-entry.ts';
// Light (no matcher): the published defaults and the lowest threshold, for --help.
import { DEFAULT_REVIEW_THRESHOLD, DEFAULT_THRESHOLD, MIN_SCREEN_THRESHOLD } from '../../src/app/limits.ts';
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
  reviewThreshold?: string;
  list?: string;
  input?: string;
  changedSince?: string;
  algorithm?: string;
  format?: string;
}

/** How this command names the bands in a message. */
const BAND_FLAGS = { threshold: '--threshold', reviewThreshold: '--review-threshold' };

export function registerScreen(program: Command): void {
  program
    .command('screen')
    .description('Screen a name (or a CSV batch) against the UN consolidated list: exit 2 on a match, 3 when only possible matches were found')
    .argument('[name]', 'the name to screen, e.g. "PAK YONG SIK"')
    .option('--dob <date>', 'date of birth: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--nationality <country>', 'nationality (ISO code or name)')
    .option('--type <type>', 'person or entity')
    .option('--document <number...>', 'passport or ID number(s)')
    .option('--threshold <score>', `a match at or above this score, ${MIN_SCREEN_THRESHOLD} to 1 (default ${DEFAULT_THRESHOLD})`)
    .option('--review-threshold <score>', `a possible match at or above this score, below the threshold (default ${DEFAULT_REVIEW_THRESHOLD} for korean-v3; korean-v1 and korean-v2 report matches only unless given)`)
    .option('--list <file>', 'UN consolidated list XML (default: the bundled snapshot)')
    .option('--input <file>', 'CSV batch with header id,name[,dob][,nationality][,type]; prints NDJSON; - for stdin')
    .option('--changed-since <file>', 'screen only against records added or changed since this older list XML')
    .option('--algorithm <name>', 'matcher: korean-v3 (the default), korean-v2 or korean-v1; every match records which')
    .option('--format <format>', 'json or human')
    .action(runAction((name: string | undefined, flags: ScreenFlags) => screen(name, flags)));
}

async function screen(name: string | undefined, flags: ScreenFlags): Promise<ExitCode> {
  const format = resolveFormat(flags.format);
  const threshold = parseScore(flags.threshold, 'threshold');
  const reviewThreshold = parseScore(flags.reviewThreshold, 'review-threshold');
  if (flags.type !== undefined && flags.type !== 'person' && flags.type !== 'entity') {
    throw new CliFlagError(`--type must be person or entity, not "${flags.type}"`, 'type');
  }
  if (name === undefined && flags.input === undefined) throw new CliFlagError('give a name to screen, or --input FILE.csv for a batch', 'name');
  if (name !== undefined && flags.input !== undefined) throw new CliFlagError('give a name to screen or --input FILE.csv, not both', 'name');
  const { Engine, openScreener, parseBatchRows, readAll, screenBands, validateQuery, ALGORITHM, ALGORITHMS, isAlgorithm } = await import('../../src/app/screen-entry.ts');
  // The bands by the one rule every interface applies (from 0.5 to 1, the review threshold not above the threshold).
  const bands = { ...(threshold !== undefined && { threshold }), ...(reviewThreshold !== undefined && { reviewThreshold }) };
  screenBands(bands, BAND_FLAGS);
  const algorithm = flags.algorithm ?? ALGORITHM;
  if (!isAlgorithm(algorithm)) throw new CliFlagError(`--algorithm must be ${ALGORITHMS.join(', ')}, not "${algorithm}"`, 'algorithm');
  // Read and check everything before printing anything (a broken row is that row's error, not the batch's).
  const rows = flags.input !== undefined ? parseBatchRows(await readAll(flags.input), flags.input) : undefined;
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
  const screener = openScreener(engine, { ...bands, algorithm, ...(flags.changedSince !== undefined && { changedSince: flags.changedSince }) }, BAND_FLAGS);
  const ready = performance.now();
  const { index } = screener;
  const out = new Output();

  if (query !== undefined) {
    // The answer POST /v1/screen gives (the one ScreenResult), with the query as asked, and what --changed-since left.
    const result = screener.result(query);
    const { matches, disguise } = result;
    if (format === 'json') {
      await out.write(`${JSON.stringify({ query, ...result, ...(screener.screenedRefs !== undefined && { screenedRefs: screener.screenedRefs }) })}\n`);
    } else {
      await out.text(humanResult(query.name, matches, disguise));
      await out.text(`list ${index.listVersion}${screener.screenedRefs !== undefined ? ` (${screener.screenedRefs} records changed since ${inline(flags.changedSince ?? '')})` : ''}: loaded and indexed ${index.names.length} names in ${Math.round(ready - started)} ms`);
    }
    await out.finish();
    return exitFor([{ matches, disguise }], 0);
  }

  const { progressBar } = await import('../support/progress.ts');
  const bar = progressBar('screening', 'names');
  // Results are collected first, then written: the bar (on stderr) is cleared before the first result line.
  const lines: string[] = [];
  const results: Screened[] = [];
  let broken = 0;
  try {
    rows!.forEach((row, i) => {
      if (row.error !== undefined) {
        broken++;
        lines.push(format === 'json' ? `${JSON.stringify(errorLine(row))}\n` : `${inline(row.id)}: ${inline(`error ${row.error.code} in ${row.error.location.record ?? `row ${row.row}`}${row.error.location.field !== undefined ? `, field "${row.error.location.field}"` : ''}: ${row.error.message}`)}\n`);
      } else {
        const { matches, disguise } = screener.result(row.query);
        results.push({ matches, disguise });
        lines.push(format === 'json' ? `${JSON.stringify({ id: row.id, matches, ...(disguise !== undefined && { disguise }) })}\n` : `${inline(row.id)}: ${humanResult(row.query.name, matches, disguise)}`);
      }
      if (i % 64 === 0 || i === rows!.length - 1) bar?.update(i + 1, rows!.length);
    });
  } finally {
    bar?.stop();
  }
  for (const l of lines) await (format === 'json' ? out.write(l) : out.text(l));
  await out.finish();
  if (broken > 0) warn({ code: 'SCREEN_ROWS_NOT_SCREENED', message: `${broken} of ${rows!.length} rows could not be screened (each has its error line); fix them and screen them again` });
  return exitFor(results, broken);
}

/** An error row's output line: the row, its id when known, and the error as the CLI reports errors. */
function errorLine(row: BatchEntry): { id: string; row: number; error: { code: string; message: string; field?: string } } {
  const e = row.error!;
  return { id: row.id, row: row.row, error: { code: e.code, message: e.message, ...(e.location.field !== undefined && { field: e.location.field }) } };
}

/** One screened name: its matches, and what it hides that no match explains. */
interface Screened {
  matches: readonly ScreeningMatch[];
  disguise: Disguise | undefined;
}

/** CONTRACT §2: 2 when any result is a match, 3 when the best is possible, or a name hides letters no match
 *  explains, or a row could not be screened (none of them is cleared), 0 otherwise. */
function exitFor(results: readonly Screened[], broken: number): ExitCode {
  if (results.some((r) => r.matches.some((m) => m.band === 'match'))) return EXIT.prohibited;
  if (broken > 0 || results.some((r) => r.matches.length > 0 || r.disguise !== undefined)) return EXIT.review;
  return EXIT.ok;
}

function parseScore(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  // A decimal number only: Number() would also read "0x1", "0b1" and "Infinity".
  const t = /^\s*(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*$/i.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(t)) throw new CliFlagError(`--${flag} must be a number from ${MIN_SCREEN_THRESHOLD} to 1, not "${text}"`, flag);
  return t;
}

function humanResult(name: string, matches: readonly ScreeningMatch[], disguise?: Disguise): string {
  const hidden = disguise !== undefined ? `  UNREAD   ${disguise.reason === 'mixed-script' ? 'the word mixes scripts or holds a character drawn like a letter' : 'the word is in a script screening does not read'}: "${inline(disguise.word)}" (review it by hand)\n` : '';
  if (matches.length === 0) return `${inline(name)}: ${hidden === '' ? 'no match' : 'no match read; the name hides letters'}\n${hidden}`;
  const full = matches.filter((m) => m.band === 'match').length;
  const possible = matches.length - full;
  const counts = [full > 0 ? `${full} match${full === 1 ? '' : 'es'}` : '', possible > 0 ? `${possible} possible match${possible === 1 ? '' : 'es'} (to review)` : ''].filter(Boolean).join(', ');
  const lines = [`${inline(name)}: ${counts}`];
  for (const m of matches) {
    lines.push(`  ${m.band === 'match' ? 'MATCH   ' : 'POSSIBLE'} ${m.ref} ${m.name} (${m.kind}${m.kind === 'former' ? ', former name' : ''}) score ${m.score.toFixed(3)} [${m.regime}]`);
    for (const e of m.explanation) lines.push(`    ${e.feature}: ${e.detail}`);
  }
  return `${lines.join('\n')}\n${hidden}`;
}
