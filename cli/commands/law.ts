// `interdict law list` (what is in force on a date) and `interdict law validate [DIR]`.
import type { Command } from 'commander';
import type { Measure } from '../../src/app/law-entry.ts';
import { EXIT, type ExitCode } from '../support/exit-codes.ts';
import { Output } from '../support/output.ts';
import { resolveFormat, runAction } from '../support/run-action.ts';

const CONFIDENCE: Record<Measure['confidence'], string> = {
  T: 'T (resolution text)',
  S: 'S (UN or secondary summaries)',
  N: 'N (national practice only)',
  U: 'U (UNCONFIRMED)',
};

/** The parts of a measure marked U (unconfirmed), so a reader sees them even when the measure is S or T. */
function unconfirmedParts(m: Measure): string[] {
  const out: string[] = [];
  if (m.paragraphConfidence === 'U') out.push('the paragraph number');
  if (m.applies?.goods?.hsConfidence === 'U') out.push('the HS codes');
  if (m.cap?.thresholdsConfidence === 'U') out.push(`the notice thresholds ${m.cap.thresholds.join('/')} %`);
  for (const e of m.exemptions ?? []) {
    if (e.confidence === 'U') out.push(`the ${e.kind} exemption`);
    for (const d of e.duties ?? []) if (d.confidence === 'U') out.push(`the ${d.kind} date${d.due ? ` ${d.due}` : ''}`);
  }
  for (const d of m.duties ?? []) if (d.confidence === 'U') out.push(`the ${d.kind} date`);
  return out;
}

function human(m: Measure): string {
  const never = m.lastDay !== undefined && m.lastDay < m.effective;
  const until = m.lastDay !== undefined ? ` until ${m.lastDay}` : '';
  const when = never
    ? `due from ${m.effective} but never in force (replaced by ${m.supersededBy?.measure ?? 'a later measure'} before it took effect)`
    : `in force from ${m.effective}${until}`;
  const flag = m.confidence === 'U' ? '  [UNCONFIRMED]' : '';
  const ref = m.effect === undefined ? ' (for reference; not applied by check)' : '';
  const parts = unconfirmedParts(m);
  const u = parts.length > 0 ? `\n    [UNCONFIRMED: ${parts.join('; ')}]` : '';
  return `${m.id}  UNSCR ${m.resolution} para ${m.paragraph}  confidence ${CONFIDENCE[m.confidence]}${flag}\n    ${m.title}: ${when}${ref}\n    ${m.summary}${u}`;
}

export function registerLaw(program: Command): void {
  const law = program.command('law').description('The sanctions measures as data: list what is in force, validate the law files');
  law
    .command('list')
    .description('List the measures in force on a date (default today), with citations and confidence')
    .option('--date <date>', 'YYYY-MM-DD (default: today, UTC)')
    .option('--all', 'every measure in the data, in force or not (with its dates)')
    .option('--format <format>', 'json or human (human on a terminal)')
    .action(
      runAction(async (opts: { date?: string; all?: boolean; format?: string }): Promise<ExitCode> => {
        const format = resolveFormat(opts.format);
        // Only the law is loaded: no list, no screener, no database driver (start-up budget).
        const { allMeasures, inForce, loadLaw, measuresInForce } = await import('../../src/app/law-entry.ts');
        const l = loadLaw();
        // The date read by the use case's rule (GET /v1/law's too).
        const { date } = measuresInForce(l, opts.date);
        const out = new Output();
        const measures = opts.all ? [...l.measures] : inForce(l, date);
        if (format === 'json') {
          await out.json(opts.all ? allMeasures(l) : measuresInForce(l, date));
        } else {
          const what = opts.all ? 'measures in the law data' : `measures in force on ${date}`;
          const head = `${measures.length} ${what} (law version ${l.version}); U = unconfirmed reading\n\n`;
          await out.text(`${head}${measures.map(human).join('\n\n')}`);
        }
        await out.finish();
        return EXIT.ok;
      }),
    );
  law
    .command('validate')
    .description('Validate the law files (default: the project law/ folder); exit 0 valid, 1 with the problems')
    .argument('[dir]', 'folder holding the law YAML files')
    .option('--format <format>', 'json or human (human on a terminal)')
    .action(
      runAction(async (dir: string | undefined, opts: { format?: string }): Promise<ExitCode> => {
        const format = resolveFormat(opts.format);
        const { describeProblem, loadLaw, validateLaw, DEFAULT_LAW_DIR } = await import('../../src/app/law-entry.ts');
        const out = new Output();
        const target = dir ?? DEFAULT_LAW_DIR;
        const problems = validateLaw(target);
        if (problems.length > 0) {
          // Under --format json, each problem is one JSON error line, as every command's errors are (hostile new user 34).
          for (const p of problems) {
            process.stderr.write(format === 'json'
              ? `${JSON.stringify({ error: { code: p.code, message: describeProblem(p), file: p.file, field: p.path || '/' } })}\n`
              : `error ${p.code}: ${describeProblem(p)}\n`);
          }
          return EXIT.failed;
        }
        const l = loadLaw(target);
        if (format === 'json') {
          await out.write(`${JSON.stringify({ valid: true, dir: target, lawVersion: l.version, resolutions: l.resolutions.length, measures: l.measures.length })}\n`);
        } else {
          await out.text(`valid: ${l.measures.length} measures in ${l.resolutions.length} files (law version ${l.version})`);
        }
        await out.finish();
        return EXIT.ok;
      }),
    );
}
