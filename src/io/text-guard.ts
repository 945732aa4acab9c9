/**
 * What is not text, refused wherever text comes in: NUL (PostgreSQL cannot store it, C strings end at
 * it), a lone UTF-16 surrogate (no UTF-8 encoding exists for it: a database, a file or a log cannot hold
 * it faithfully) and the Unicode non-characters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two code
 * points of every plane, reserved never to appear in interchange). Other control characters stay text:
 * they are shown escaped wherever they are printed.
 */
const NOT_TEXT = /[\0\p{Noncharacter_Code_Point}\p{Cs}]/u;

/** Why `s` is not text, or undefined when it is. */
function notTextReason(s: string): string | undefined {
  const m = NOT_TEXT.exec(s);
  if (m === null) return undefined;
  const c = m[0].codePointAt(0)!;
  const at = `at character ${m.index + 1}`;
  if (c === 0) return `holds a NUL character (U+0000) ${at}`;
  if (c >= 0xd800 && c <= 0xdfff) return `holds a lone UTF-16 surrogate (U+${c.toString(16).toUpperCase()}) ${at}, which is not a character`;
  return `holds the non-character U+${c.toString(16).toUpperCase().padStart(4, '0')} ${at}`;
}

export interface BadText {
  /** Where, as the service names fields: `name`, `queries.K.dob`, `[3].id`. */
  field: string;
  message: string;
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/**
 * The first string in `value` (object keys included, depth-first, in order) that is not text.
 * `path` names `value` itself. Every string is looked at once; no recursion, so any depth of nesting
 * is walked (the boundaries that limit depth say so themselves, by name).
 */
export function findBadText(value: unknown, path = '', reasonOf: (s: string) => string | undefined = notTextReason): BadText | undefined {
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length > 0) {
    const [v, at] = stack.pop()!;
    if (typeof v === 'string') {
      const why = reasonOf(v);
      if (why !== undefined) return { field: at === '' ? 'body' : at, message: `${at === '' ? 'the body' : at} ${why}` };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], join(at, i)]);
    } else if (typeof v === 'object' && v !== null && !Buffer.isBuffer(v)) {
      const entries = Object.entries(v);
      for (const [k] of entries) {
        const keyWhy = reasonOf(k);
        // The key itself is named escaped: it cannot be printed (or stored) as it is.
        if (keyWhy !== undefined) return { field: join(at, JSON.stringify(k).slice(1, -1)), message: `the field name ${JSON.stringify(k)} ${keyWhy}` };
      }
      for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i]![1], join(at, entries[i]![0])]);
    }
  }
  return undefined;
}

/**
 * What a name or an identifier never holds, though it is text: control characters (C0 with tab, DEL,
 * C1), which break a line, a log or a terminal, and the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which make a name read on screen as another (a listed name shown
 * backwards, an id that looks like someone else's). One line of visible text.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NOT_IN_NAME = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** Why `s` cannot be a name or an identifier, or undefined when it can. */
export function nameTextProblem(s: string): string | undefined {
  const m = NOT_IN_NAME.exec(s);
  if (m === null) return undefined;
  const c = m[0].codePointAt(0)!;
  const u = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  const what = c >= 0x202a ? `the bidirectional control ${u}, which changes how the text around it reads on screen` : `the control character ${u}`;
  return `holds ${what} at character ${m.index + 1}: a name or an identifier is one line of visible text`;
}
