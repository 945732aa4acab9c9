// The law's use cases for every interface (the measures in force, every measure, validate a folder). Its
// own module, so `interdict law` loads the law and nothing else (no list, no screener, no database driver).
import type { Law, Measure } from '../law/index.ts';
import { InterdictError } from '../errors/index.ts';
import { inForce, isValidDate, todayUtc } from '../law/index.ts';

export { describeProblem, inForce, isValidDate, loadLaw, todayUtc, validateLaw, DEFAULT_LAW_DIR, type Measure, type Law } from '../law/index.ts';

/** A measure as the interfaces give it (CONTRACT §1 `law list --format json`, §4 `GET /v1/law`): one shape for both. */
export interface MeasureJson {
  id: string;
  resolution: number;
  paragraph: string;
  paragraphConfidence?: Measure['paragraphConfidence'];
  title: string;
  effective: string;
  lastDay?: string;
  supersededBy?: Measure['supersededBy'];
  confidence: Measure['confidence'];
  /** False for a measure listed for reference that check does not apply. */
  evaluated: boolean;
  summary: string;
  source: Measure['source'];
  file: string;
}

export function measureJson(m: Measure): MeasureJson {
  return {
    id: m.id,
    resolution: m.resolution,
    paragraph: m.paragraph,
    ...(m.paragraphConfidence !== undefined ? { paragraphConfidence: m.paragraphConfidence } : {}),
    title: m.title,
    effective: m.effective,
    ...(m.lastDay !== undefined ? { lastDay: m.lastDay } : {}),
    ...(m.supersededBy ? { supersededBy: m.supersededBy } : {}),
    confidence: m.confidence,
    evaluated: m.effect !== undefined,
    summary: m.summary,
    source: m.source,
    file: m.file,
  };
}

export interface MeasuresInForce {
  date: string;
  lawVersion: string;
  measures: MeasureJson[];
}

/** The measures in force on `date` (a valid YYYY-MM-DD: the interface checks it, naming its own field). */
/** The measures in force on a date as asked for (today, UTC, when none is given): one rule for every interface. */
export function measuresInForce(law: Law, asked: string | undefined): MeasuresInForce {
  const date = asked ?? todayUtc();
  if (!isValidDate(date)) throw new InterdictError('LAW_DATE_ASKED', `date "${date.slice(0, 40)}" is not a real date (YYYY-MM-DD)`, { field: 'date' });
  return { date, lawVersion: law.version, measures: inForce(law, date).map(measureJson) };
}

/** Every measure in the law data, in force or not. */
export function allMeasures(law: Law): { lawVersion: string; measures: MeasureJson[] } {
  return { lawVersion: law.version, measures: law.measures.map(measureJson) };
}
