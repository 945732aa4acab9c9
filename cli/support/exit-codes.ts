/**
 * CONTRACT: 0 permitted / nothing found, 2 prohibited / a match, 3 review or conditional, 1 the command
 * failed (nothing stored). 4: the command's change was stored, but its result could not be written out
 * (a full disk, a closed file): the message on stderr says what was stored, under which reference.
 */
export const EXIT = { ok: 0, failed: 1, prohibited: 2, review: 3, storedOutputFailed: 4 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
