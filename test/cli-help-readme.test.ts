// The README's command table and each command's --help say the same: every flag a row of the table names
// is one its command takes (a new user copies them from there), and the help of the ships commands says
// what their own flags do (a flag shared between commands is described in each command's terms).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { projectRoot, scratch } from './support/cli-harness.ts';

const s = scratch('help-readme');
const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');

/**
 * The commands in the first cell of each row of the "## Commands" table, as written: `interdict users add
 * NAME …` / `users list` (another command of the same group), and `screen NAME` / `--input FILE.csv`
 * (more flags of the command before).
 */
function commandSpans(): string[] {
  const section = readme.slice(readme.indexOf('## Commands'), readme.indexOf('### What a transaction may say'));
  const spans: string[] = [];
  for (const row of section.split('\n').filter((l) => l.startsWith('| `interdict '))) {
    const first = row.slice(1).split(/(?<!\\)\|/)[0]!;
    let group = '';
    for (const m of first.matchAll(/`([^`]+)`/g)) {
      const span = m[1]!.replace(/\\\|/g, '|');
      if (span.startsWith('interdict ')) {
        group = span.split(/\s+/)[1]!;
        spans.push(span);
      } else if (/^[a-z]/.test(span)) spans.push(`interdict ${span.startsWith(`${group} `) ? '' : `${group} `}${span}`);
      else spans[spans.length - 1] += ` ${span}`;
    }
  }
  return spans;
}

const help = new Map<string, string>();
function helpOf(words: string[]): string {
  const key = words.join(' ');
  if (!help.has(key)) {
    const r = s.cli([...words, '--help']);
    assert.equal(r.code, 0, `${key} --help: ${r.stderr}`);
    help.set(key, r.stdout);
  }
  return help.get(key)!;
}

test('every flag the README\'s command table names is in its command\'s --help', () => {
  const spans = commandSpans();
  assert.ok(spans.length >= 25, `${spans.length} commands read from the README`);
  const missing: string[] = [];
  for (const span of spans) {
    const words = span.split(/\s+/).slice(1);
    const cmd: string[] = [];
    for (const w of words) {
      if (!/^[a-z][a-z-]*$/.test(w)) break;
      cmd.push(w);
    }
    // `ledger record|amend|…`: alternatives, each checked by its own help below.
    if (words[cmd.length]?.startsWith('|') || /^[a-z-]+\|/.test(words[cmd.length] ?? '')) continue;
    const text = helpOf(cmd);
    for (const flag of span.match(/--[a-z][a-z-]*/g) ?? []) if (!new RegExp(`^\\s+(-\\w, )?${flag}\\b`, 'm').test(text)) missing.push(`${cmd.join(' ')} ${flag}`);
  }
  assert.deepEqual(missing, []);
});

test('the ships commands\' --help: --overlap-hours in each command\'s terms, ais worker\'s --stale-after, check\'s --list default', () => {
  assert.match(helpOf(['ais', 'scan']), /--overlap-hours <n>\s+with --from\/--to/);
  for (const cmd of ['watch', 'enqueue']) {
    const text = helpOf(['ais', cmd]);
    assert.doesNotMatch(text, /--from/, `ais ${cmd} has no --from: its help must not send the user to one`);
    assert.match(text, /--overlap-hours <n>\s+positions each window reads/);
  }
  assert.match(helpOf(['ais', 'worker']), /--stale-after <seconds>/);
  assert.match(readme, /`interdict ais worker [^`]*--stale-after/);
  // check screens against the list in use in --db when it holds one (README), not only the bundled snapshot.
  assert.match(helpOf(['check']).replace(/\s+/g, ' '), /--list <file> .*the list in use in the --db database/);
  // The README's --format promise names the commands that take none, and they do take none.
  for (const cmd of [['serve'], ['demo'], ['ais', 'worker']]) assert.doesNotMatch(helpOf(cmd), /--format/, cmd.join(' '));
  assert.match(readme, /`serve`, `demo` and `ais worker`[^.]*take none/);
});
