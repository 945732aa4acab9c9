/** CONTRACT: 0 permitted / nothing found, 2 prohibited / a match, 3 review or conditional, 1 the command failed. */
export const EXIT = { ok: 0, failed: 1, prohibited: 2, review: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
