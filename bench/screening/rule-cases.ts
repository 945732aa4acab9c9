/**
 * Queries that measure the initial sound rule's reach. At a name start the South drops an initial R
 * (RI → Yi, RYONG → Yong at the start of a given name): still the same name. Inside a given name it does
 * not (철룡 is Cheollyong): a listed …CHOL RYONG written …Chol Yong is another name.
 */
import type { ListRecord } from '../../src/screening/un-list/model.ts';
import { nameParts } from './variants.ts';

export interface RuleCases {
  atStart: { q: string; ref: string }[];
  inside: { q: string; ref: string }[];
}

const south = (syl: string): string | undefined => {
  if (/^r[iy]/.test(syl)) return syl.slice(1).replace(/^i/, 'yi').replace(/^yi(.)/, 'i$1');
  if (/^r/.test(syl)) return `n${syl.slice(1)}`;
  if (/^n[iy]/.test(syl)) return syl.slice(1);
  return undefined;
};

export function ruleCases(records: readonly ListRecord[]): RuleCases {
  const atStart: { q: string; ref: string }[] = [];
  const inside: { q: string; ref: string }[] = [];
  for (const r of records) {
    const parts = r.kind === 'person' && r.names[0]?.parts !== undefined ? nameParts(r.names[0].parts) : undefined;
    if (parts === undefined) continue;
    const syllables = [parts.family, ...parts.given];
    syllables.forEach((syl, i) => {
      const s = south(syl);
      if (s === undefined || s === '') return;
      const q = syllables.map((x, j) => (j === i ? s : x));
      // Given name joined, as it is usually written outside the DPRK.
      const name = `${q[0]} ${q.slice(1).join('')}`.toUpperCase();
      (i <= 1 ? atStart : inside).push({ q: name, ref: r.ref });
    });
  }
  return { atStart, inside };
}
