/**
 * Queries per CPU-second of several matchers measured in alternating rounds in one process, so that a
 * shared machine's load (other processes, caches) falls on each of them alike and their ratio is fair.
 */
export interface Rate { cpu: number; wall: number }

export function interleavedRates(systems: Record<string, (q: string) => unknown>, mix: readonly string[], rounds = 60, perRound = 100): Record<string, Rate> {
  const names = Object.keys(systems);
  const cpu = Object.fromEntries(names.map((n) => [n, 0]));
  const wall = Object.fromEntries(names.map((n) => [n, 0]));
  const count = Object.fromEntries(names.map((n) => [n, 0]));
  let at = 0;
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const query = systems[name] as (q: string) => unknown;
      const w = performance.now();
      const c = process.cpuUsage();
      for (let i = 0; i < perRound; i++) query(mix[(at + i) % mix.length] as string);
      const u = process.cpuUsage(c);
      // The first rounds warm the code up and are not counted.
      if (round < 4) continue;
      cpu[name] = (cpu[name] ?? 0) + (u.user + u.system) / 1e6;
      wall[name] = (wall[name] ?? 0) + (performance.now() - w) / 1000;
      count[name] = (count[name] ?? 0) + perRound;
    }
    at += perRound;
  }
  return Object.fromEntries(names.map((n) => [n, { cpu: (count[n] ?? 0) / (cpu[n] ?? 1), wall: (count[n] ?? 0) / (wall[n] ?? 1) }]));
}
