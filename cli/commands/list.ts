// `interdict list info` and `interdict list diff`: look at a UN consolidated list and compare two releases.
import type { Command } from 'commander';
import type { FieldChange, ListDiff, ListInfo, UnList } from '../../src/app/list-entry.ts';
import { EXIT } from '../support/exit-codes.ts';
import { Output } from '../support/output.ts';
import { CliFlagError, resolveFormat, runAction } from '../support/run-action.ts';

interface InfoOpts {
  list?: string;
  format?: string;
}
interface DiffOpts {
  format?: string;
  regime?: string;
}

export function registerList(program: Command): void {
  const list = program.command('list').description('Inspect the UN Security Council Consolidated List.');
  list
    .command('info')
    .description('Version, source, record counts by regime and kind, IMO numbers, last update.')
    .option('--list <file>', 'a UN consolidated list XML file (default: the bundled snapshot)')
    .option('--format <format>', 'json or human')
    .action(
      runAction(async (opts: InfoOpts) => {
        const format = resolveFormat(opts.format);
        const { listInfo, loadUnList } = await import('../../src/app/list-entry.ts');
        const info = listInfo(loadUnList(opts.list));
        const out = new Output();
        await (format === 'json' ? out.json(info) : out.text(humanInfo(info)));
        await out.finish();
        return EXIT.ok;
      }),
    );
  list
    .command('diff')
    .description('Records added, removed and changed (by reference number) from OLD to NEW. Exit 0 either way.')
    .argument('<old>', 'the older UN list XML file')
    .argument('<new>', 'the newer UN list XML file')
    .option('--regime <regime>', 'only this regime (UN_LIST_TYPE), e.g. DPRK')
    .option('--format <format>', 'json or human')
    .action(
      runAction(async (oldFile: string, newFile: string, opts: DiffOpts) => {
        const format = resolveFormat(opts.format);
        const { diffLists, isEmptyDiff, loadUnList } = await import('../../src/app/list-entry.ts');
        // Both files are parsed completely before anything is printed.
        const older = loadUnList(oldFile);
        const newer = loadUnList(newFile);
        if (opts.regime !== undefined) checkRegime(opts.regime, [older, newer]);
        const diff = diffLists(older, newer, opts.regime === undefined ? {} : { regime: opts.regime });
        const out = new Output();
        await (format === 'json' ? out.json({ identical: isEmptyDiff(diff), ...diff }) : out.text(humanDiff(diff)));
        // CONTRACT: 2 and 3 mean a match / a review; a difference between two lists is neither, so a
        // successful comparison exits 0 and `identical` in the JSON says whether anything changed.
        await out.finish();
        return EXIT.ok;
      }),
    );
}

/** A mistyped regime would otherwise report two lists as identical. */
function checkRegime(regime: string, lists: UnList[]): void {
  const known = new Set(lists.flatMap((l) => l.records.map((r) => r.regime)));
  if (![...known].some((k) => k.toLowerCase() === regime.toLowerCase())) {
    throw new CliFlagError(`--regime "${regime}" matches no record in either list; the lists hold ${[...known].sort().join(', ')}`);
  }
}

function humanInfo(i: ListInfo): string {
  const lines = [
    `UN consolidated list (${i.source})`,
    `  generated     ${i.version.dateGenerated}`,
    `  sha256        ${i.version.sha256}`,
    `  version id    ${i.version.id}`,
  ];
  if (i.byteLength !== undefined) lines.push(`  size          ${i.byteLength} bytes`);
  lines.push(`  records       ${i.counts.total} (${i.counts.individuals} individuals, ${i.counts.entities} entities)`);
  if (i.lastUpdated !== undefined) lines.push(`  last updated  ${i.lastUpdated}`);
  if (i.lastListed !== undefined) lines.push(`  last listed   ${i.lastListed}`);
  const imo = i.imoNumbers;
  lines.push(`  IMO numbers   ${imo.total} in ${imo.records} records: ${imo.valid} valid, ${imo.invalid} invalid`, '  by regime:');
  for (const [regime, c] of Object.entries(i.byRegime)) {
    const n = (x: number, width: number): string => String(x).padStart(width);
    lines.push(`    ${regime.padEnd(10)} ${n(c.individuals, 4)} individuals ${n(c.entities, 4)} entities ${n(c.total, 5)} total`);
  }
  if (i.warnings.length > 0) lines.push('  data warnings (the UN file itself):', ...i.warnings.map((w) => `    ${w}`));
  return `${lines.join('\n')}\n`;
}

/** One readable line for a list item or a value. */
function render(v: unknown): string {
  if (v === null || v === undefined) return '(none)';
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  if (typeof o.full === 'string') return `${o.full} (${String(o.kind)}${o.script ? ', original script' : ''})`;
  if (o.precision === 'exact') return String(o.date);
  if (o.precision === 'year') return o.month === undefined ? String(o.year) : `${String(o.year)}-${String(o.month).padStart(2, '0')}`;
  if (o.precision === 'range') return `between ${String(o.fromYear)} and ${String(o.toYear)}`;
  if (o.precision === 'approximate') return `approximately ${String(o.year)}`;
  if (typeof o.normalized === 'string') return `${String(o.type)} ${String(o.number)}${o.country ? ` (${String(o.country)})` : ''}`;
  if (typeof o.valid === 'boolean') return `${String(o.number)} (${String(o.kind)}, ${o.valid ? 'valid' : 'check digit fails'})`;
  return JSON.stringify(v);
}

function clip(s: string): string {
  return s.length > 160 ? `${s.slice(0, 157)}...` : s;
}

function changeLines(c: FieldChange): string[] {
  if (Array.isArray(c.before) || Array.isArray(c.after)) {
    const before = (Array.isArray(c.before) ? c.before : []).map(render);
    const after = (Array.isArray(c.after) ? c.after : []).map(render);
    const gone = before.filter((x) => !after.includes(x)).map((x) => `        - ${clip(x)}`);
    const came = after.filter((x) => !before.includes(x)).map((x) => `        + ${clip(x)}`);
    return [`      ${c.field}:`, ...gone, ...came];
  }
  if (typeof c.before === 'string' && typeof c.after === 'string' && (c.before.length > 160 || c.after.length > 160)) {
    // Long texts (comments): show each side from a little before the first difference.
    let i = 0;
    while (i < c.before.length && c.before[i] === c.after[i]) i++;
    const from = Math.max(0, i - 40);
    const part = (s: string): string => clip(`${from > 0 ? '...' : ''}${s.slice(from)}`);
    return [`      ${c.field}:`, `        - ${part(c.before)}`, `        + ${part(c.after)}`];
  }
  return [`      ${c.field}: ${clip(render(c.before))}  ->  ${clip(render(c.after))}`];
}

function humanDiff(d: ListDiff): string {
  const head = `UN list diff ${d.from.id} -> ${d.to.id}${d.regime !== undefined ? ` (regime ${d.regime})` : ''}`;
  const lines = [head, `added ${d.added.length}, removed ${d.removed.length}, changed ${d.changed.length}`];
  if (d.added.length + d.removed.length + d.changed.length === 0) lines.push('The lists hold the same records.');
  const row = (mark: string, r: { ref: string; kind: string; regime: string; name: string }): string =>
    `  ${mark} ${r.ref.padEnd(9)} ${r.kind.padEnd(6)} ${r.regime.padEnd(9)} ${r.name}`;
  if (d.added.length > 0) lines.push('', `Added (${d.added.length})`, ...d.added.map((r) => row('+', r)));
  if (d.removed.length > 0) lines.push('', `Removed (${d.removed.length})`, ...d.removed.map((r) => row('-', r)));
  if (d.changed.length > 0) {
    lines.push('', `Changed (${d.changed.length})`);
    for (const r of d.changed) lines.push(row('~', r), ...r.changes.flatMap(changeLines));
  }
  return `${lines.join('\n')}\n`;
}
