import { ERRORS, type ErrorCode } from './registry.ts';

/** Where bad input was found: the record (line, index or id), the field, and the file. */
export interface ErrorLocation {
  file?: string;
  record?: string | number;
  field?: string;
}

/**
 * The one error type the engine throws for anything a user can fix. The CLI maps it to exit 1
 * (message on stderr, nothing on stdout); an HTTP layer maps `status`.
 */
export class InterdictError extends Error {
  readonly code: ErrorCode;
  readonly location: ErrorLocation;

  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}) {
    super(boundMessage(message));
    this.name = 'InterdictError';
    this.code = code;
    // A field or record name can come from the input too: never echo more than its start.
    this.location = {
      ...location,
      ...(typeof location.field === 'string' && location.field.length > 200 && { field: `${location.field.slice(0, 200)}…` }),
      ...(typeof location.record === 'string' && location.record.length > 200 && { record: `${location.record.slice(0, 200)}…` }),
    };
  }

  /** The same error, located more fully by an outer level (the file, the row) that the inner one did not know. */
  at(location: ErrorLocation): InterdictError {
    return new InterdictError(this.code, this.message, { ...this.location, ...location });
  }

  get hint(): string {
    return ERRORS[this.code].hint;
  }

  get status(): number {
    return ERRORS[this.code].status;
  }

  /** One line for a person: code, where, what, and what to do about it. */
  describe(): string {
    const where = [
      this.location.file,
      this.location.record !== undefined ? `record ${this.location.record}` : undefined,
      this.location.field !== undefined ? `field "${this.location.field}"` : undefined,
    ].filter(Boolean);
    const prefix = where.length > 0 ? `${where.join(', ')}: ` : '';
    return `error ${this.code}: ${prefix}${this.message}\nhint: ${this.hint}`;
  }
}

/** Longest message shown whole; a longer one (a 20 MB bad value echoed) keeps its start and its length. */
export const MAX_MESSAGE = 1000;

function boundMessage(m: string): string {
  return m.length <= MAX_MESSAGE ? m : `${m.slice(0, MAX_MESSAGE)}… [message cut: ${m.length.toLocaleString('en-US')} characters in all]`;
}

/**
 * A value from the input as an error message quotes it: its start, and its length when it is long, so
 * an error about a 20 MB field is one line, not 20 MB.
 */
export function showValue(v: unknown, max = 60): string {
  let s: string;
  if (typeof v === 'string') s = v;
  else {
    try {
      s = JSON.stringify(v) ?? String(v);
    } catch {
      // A value nested thousands deep overflows the stack of any recursive printer: say what it is.
      return Array.isArray(v) ? 'an array nested too deeply to show' : 'an object nested too deeply to show';
    }
    if (s.length <= max) return s;
    return `${s.slice(0, max)}… (${s.length.toLocaleString('en-US')} characters)`;
  }
  return s.length <= max ? JSON.stringify(s) : `${JSON.stringify(s.slice(0, max))}… (${s.length.toLocaleString('en-US')} characters)`;
}

export function isInterdictError(e: unknown): e is InterdictError {
  return e instanceof InterdictError;
}
