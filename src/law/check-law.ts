/**
 * Checks beyond the schema: real dates, HS codes that parse, measure ids that match their citation,
 * periods that do not overlap, and references that resolve. Returns every problem found, so
 * `interdict law validate` can list them all at once.
 */
import { parseHs } from '../hs/index.ts';
import { isValidDate } from './dates.ts';
import type { LawProblem } from './law-problem.ts';
import type { Measure } from './measure.ts';
import { periodsOfMeasure } from './cap-periods.ts';

export interface RawLawFile {
  file: string;
  data: { resolution: number; adopted: string; measures: Omit<Measure, 'resolution' | 'file' | 'lastDay'>[] };
}

/** "8(a)" -> "8a", "26(b)" -> "26b": the paragraph's slug in a measure id. */
function paragraphSlug(paragraph: string): string {
  return paragraph.toLowerCase().replace(/[()]/g, '');
}

export function checkLawFiles(files: RawLawFile[]): LawProblem[] {
  const problems: LawProblem[] = [];
  const ids = new Map<string, string>();
  for (const f of files) {
    const p = (path: string, code: LawProblem['code'], message: string) => problems.push({ code, file: f.file, path, message });
    if (!isValidDate(f.data.adopted)) p('/adopted', 'LAW_BAD_DATE', `"${f.data.adopted}" is not a calendar date`);
    f.data.measures.forEach((m, i) => {
      const at = `/measures/${i}`;
      const prev = ids.get(m.id);
      if (prev !== undefined) p(`${at}/id`, 'LAW_INVALID', `measure id "${m.id}" is already defined in ${prev}`);
      ids.set(m.id, f.file);
      const want = `unscr-${f.data.resolution}-${paragraphSlug(m.paragraph)}`;
      if (m.id !== want && !m.id.startsWith(`${want}-`)) {
        p(`${at}/id`, 'LAW_INVALID', `measure id "${m.id}" should start with "${want}" (resolution ${f.data.resolution}, paragraph ${m.paragraph})`);
      }
      checkDates(m, at, p);
      checkHs(m, at, p);
      checkOverlaps(m, at, p);
    });
  }
  // References are checked once every id is known.
  for (const f of files) {
    f.data.measures.forEach((m, i) => {
      const at = `/measures/${i}`;
      const refs: [string, string][] = [];
      if (m.supersededBy) refs.push([`${at}/supersededBy/measure`, m.supersededBy.measure]);
      (m.related ?? []).forEach((r, j) => refs.push([`${at}/related/${j}`, r]));
      for (const [path, ref] of refs) {
        if (!ids.has(ref)) problems.push({ code: 'LAW_DANGLING_REF', file: f.file, path, message: `refers to measure "${ref}", which no law file defines` });
      }
    });
  }
  return problems;
}

type Report = (path: string, code: LawProblem['code'], message: string) => void;

function checkDates(m: RawLawFile['data']['measures'][number], at: string, p: Report): void {
  const dates: [string, string | undefined][] = [
    [`${at}/effective`, m.effective],
    [`${at}/ends`, m.ends],
    [`${at}/supersededBy/from`, m.supersededBy?.from],
  ];
  (m.exemptions ?? []).forEach((e, j) => {
    dates.push([`${at}/exemptions/${j}/before`, e.before], [`${at}/exemptions/${j}/until`, e.until]);
    (e.duties ?? []).forEach((d, k) => dates.push([`${at}/exemptions/${j}/duties/${k}/due`, d.due]));
  });
  (m.duties ?? []).forEach((d, k) => dates.push([`${at}/duties/${k}/due`, d.due]));
  (m.cap?.periods ?? []).forEach((c, k) => dates.push([`${at}/cap/periods/${k}/start`, c.start], [`${at}/cap/periods/${k}/end`, c.end]));
  if (m.cap?.recurring) dates.push([`${at}/cap/recurring/firstStart`, m.cap.recurring.firstStart], [`${at}/cap/recurring/through`, m.cap.recurring.through]);
  for (const [path, d] of dates) if (d !== undefined && !isValidDate(d)) p(path, 'LAW_BAD_DATE', `"${d}" is not a calendar date`);
  if (m.ends !== undefined && m.ends < m.effective) p(`${at}/ends`, 'LAW_OVERLAP', `ends (${m.ends}) before it takes effect (${m.effective})`);
  (m.exemptions ?? []).forEach((e, j) => {
    if (e.kind === 'grandfather' && (e.field === undefined || e.before === undefined)) {
      p(`${at}/exemptions/${j}`, 'LAW_INVALID', 'a grandfather exemption needs "field" and "before"');
    }
  });
}

function checkHs(m: RawLawFile['data']['measures'][number], at: string, p: Report): void {
  (m.exemptions ?? []).forEach((e, j) => {
    (e.goods?.hs ?? []).forEach((code, k) => {
      if (parseHs(code) === undefined) p(`${at}/exemptions/${j}/goods/hs/${k}`, 'LAW_BAD_HS', `"${code}" is not an HS code (chapter "62", heading "6203" or subheading "6203.42")`);
    });
  });
  const g = m.applies?.goods;
  if (!g) return;
  for (const key of ['hs', 'ambiguousHs', 'wordsHs'] as const) {
    (g[key] ?? []).forEach((code, j) => {
      if (parseHs(code) === undefined) p(`${at}/applies/goods/${key}/${j}`, 'LAW_BAD_HS', `"${code}" is not an HS code (chapter "62", heading "6203" or subheading "6203.42")`);
    });
  }
}

function checkOverlaps(m: RawLawFile['data']['measures'][number], at: string, p: Report): void {
  if (!m.cap) return;
  const periods = periodsOfMeasure({ ...m, resolution: 0, file: '' } as Measure);
  const explicit = m.cap.periods?.length ?? 0;
  periods.forEach((c, k) => {
    const where = k < explicit ? `${at}/cap/periods/${k}` : `${at}/cap/recurring`;
    if (c.end < c.start) p(where, 'LAW_OVERLAP', `period ${c.period} ends (${c.end}) before it starts (${c.start})`);
    for (let j = 0; j < k; j++) {
      const o = periods[j]!;
      if (c.start <= o.end && o.start <= c.end) {
        p(where, 'LAW_OVERLAP', `cap period ${c.period} (${c.start}..${c.end}) overlaps period ${o.period} (${o.start}..${o.end}) of the same measure`);
      }
    }
  });
}
