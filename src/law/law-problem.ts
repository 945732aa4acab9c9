import type { ErrorCode } from '../errors/index.ts';

/** One thing wrong with the law data: which file, where in it (a JSON pointer), and what. */
export interface LawProblem {
  code: ErrorCode;
  file: string;
  path: string;
  message: string;
}

export function describeProblem(p: LawProblem): string {
  return `${p.file} at ${p.path || '/'}: ${p.message}`;
}
