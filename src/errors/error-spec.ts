/** What the registry knows of each code. Its own file, so each area's code list imports a type, not the registry. */
export interface ErrorSpec {
  /** What the user can do about it. */
  hint: string;
  /** HTTP status when served over HTTP. */
  status: number;
}
