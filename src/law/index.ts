export { loadLaw, validateLaw } from './load-law.ts';
export { inForce, isInForce } from './in-force.ts';
export { capPeriodFor, capPeriods, capPeriodSpan } from './cap-periods.ts';
export type { CappedCommodity, CapCommodity } from './capped-commodity.ts';
export type { CapState, CapStateLookup } from './cap-state.ts';
export { isValidDate, isDateOfBirth, addDays, addMonths, lastOnOrBefore, todayUtc } from './dates.ts';
export { describeProblem, type LawProblem } from './law-problem.ts';
export { DEFAULT_LAW_DIR } from './law-schema.ts';
export { DEFAULT_BARRELS_PER_TONNE, type CapPeriod } from './cap-period.ts';
export type {
  Law, Measure, Resolution, Exemption, Duty, DutyKind, Cap, Applies, GoodsScope, Confidence, Effect, TransactionType,
} from './measure.ts';
