// The law's use cases for the interfaces (list what is in force, validate a folder). Its own module, so
// `interdict law` loads the law and nothing else (no list, no screener, no database driver).
export { describeProblem, inForce, isValidDate, loadLaw, validateLaw, DEFAULT_LAW_DIR, type Measure, type Law } from '../law/index.ts';
