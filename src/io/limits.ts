/**
 * Limits on input every boundary applies alike (the screening query, a batch row, a transaction's
 * parties). A name longer than this is refused as bad input: the longest name on the UN list is about
 * 330 characters, and refusing keeps the cost of matching bounded whatever is sent.
 */
export const MAX_NAME_LENGTH = 1000;
