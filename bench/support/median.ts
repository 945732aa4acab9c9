/** The median of a few runs (the upper middle for an even count): what every benchmark quotes. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s[Math.floor(s.length / 2)];
  if (m === undefined) throw new Error('median of no runs');
  return m;
}
