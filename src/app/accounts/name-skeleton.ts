/**
 * Account names that look alike are one name. Names are ASCII already (letters, digits, ".", "_", "@",
 * "-": no Cyrillic "а" for a Latin "a", no fullwidth letters); within ASCII, some characters and pairs
 * are read for one another on a screen or in an audit trail: "l", "1", "I" and "i"; "O" and "0"; "rn" and
 * "m"; "vv" and "w"; "cl" and "d"; upper and lower case. The separators ".", "_", "@" and "-" are dropped,
 * not only read for one another: "admin." or "a.d.m.i.n" beside "admin", "rel-1" beside "rel1", are one name
 * to a reader (review 19, LOW-5). The skeleton maps each such group to one form, and a new account whose
 * skeleton is an existing account's is refused (bad input naming `name`). Accounts stored before the rule
 * keep working as they are (fail closed for new names).
 */
export function nameSkeleton(name: string): string {
  return name
    .toLowerCase()
    // First, so that a pair split by a separator ("r.n", "v-v") is read as the pair.
    .replace(/[._@-]/g, '')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/cl/g, 'd')
    .replace(/[1il|]/g, 'l')
    .replace(/0/g, 'o');
}

/** The existing name `name` looks like (not itself), or undefined. */
export function lookalikeOf(name: string, existing: Iterable<string>): string | undefined {
  const s = nameSkeleton(name);
  for (const e of existing) if (e !== name && nameSkeleton(e) === s) return e;
  return undefined;
}
