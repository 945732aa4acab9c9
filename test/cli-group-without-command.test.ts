// Hostile new user, M3: a group of commands called without one (`interdict ledger`) exited 0 and, off a terminal,
// printed nothing: a script running `interdict ledger $SUB` with SUB empty took it for success. Now exit 1, with the
// error as every other (JSON off a terminal); --help still exits 0.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorLine, scratch } from './support/cli-harness.ts';

test('a group without its command exits 1 with CLI_BAD_FLAG; --help exits 0', () => {
  const s = scratch('group-without-command');
  for (const args of [[], ['ledger'], ['ledger', 'report'], ['ais'], ['vessels'], ['users'], ['audit'], ['db']]) {
    const r = s.cli(args);
    assert.equal(r.code, 1, `interdict ${args.join(' ')}: ${r.stdout}`);
    assert.equal(r.stdout, '');
    assert.match(errorLine(r.stderr), /^CLI_BAD_FLAG: a command is missing/, args.join(' '));
  }
  const help = s.cli(['ledger', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /record/);
});
