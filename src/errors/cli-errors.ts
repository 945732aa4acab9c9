import type { ErrorSpec } from './error-spec.ts';

export const CLI_ERRORS = {
  CLI_BAD_FLAG: { hint: 'Run the command with --help to see the flags it takes.', status: 400 },
  CLI_STEP_FAILED: { hint: 'The message above says which step failed and why.', status: 500 },
  CLI_IO: { hint: 'Check that the file exists and is readable (or writable).', status: 500 },
} satisfies Record<string, ErrorSpec>;
