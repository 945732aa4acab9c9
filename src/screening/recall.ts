/**
 * Recall: the listed names a prepared query could reach the floor with, from the index's postings, before
 * any name is scored (screen-name.ts scores them). Exact as a bound: a name it leaves out could not score
 * the floor.
 */
import type { ScreeningIndex } from './build-index.ts';
import type { NameForm } from './name-form.ts';

/** Recall's unit counts only approximate the weighted name score (a typo'd word is one unit on the query
 *  side and one per syllable on the listed side); this much slack keeps it a safe bound. */
const RECALL_SLACK = 0.1;
/** Probing a sorted list costs about log2(n) steps per candidate and key; walking it costs a scattered
 *  memory access per entry. Probe when candidates × keys × this factor is below the list's length. */
const PROBE_FACTOR = 16;
/** Recall never asks more than this of a name, whatever the floor (security review 17, H17-9). Unit counts
 *  are no bound of the weighted score (one query unit may match a listed word of three syllable units
 *  weighing three times as much; a listed name's light words and places barely count), so a candidate
 *  recall dropped at the default review threshold 0.6 scored 0.741 there (Huaxin: HUAXIN SHIPPING HONGKONG
 *  LTD) and was found only at 0.5. Recalling as for the lowest review threshold offered makes a record's
 *  result the same at every threshold it scores above; the comparisons' own floors (exact) do the rest. */
export const RECALL_FLOOR = 0.3;

interface Scratch {
  touched: Int32Array; // names touched by the current query
  state: Int32Array; // per name: query stamp, unit stamp, hits
  stamp: number;
}
const scratches = new WeakMap<ScreeningIndex, Scratch>();

function scratchFor(index: ScreeningIndex): Scratch {
  let s = scratches.get(index);
  if (s === undefined) {
    const n = index.names.length;
    s = { touched: new Int32Array(n), state: new Int32Array(3 * n), stamp: 0 };
    scratches.set(index, s);
  }
  // INVARIANT: stamps stay within Int32 range, so a stored stamp never equals a wrapped-around new one.
  if (s.stamp > 2_000_000_000) {
    s.state.fill(0);
    s.stamp = 0;
  }
  return s;
}

/**
 * Candidate names: those hitting enough of the query's recall units for their Dice bound (2·hits over the
 * query's and the name's unit counts) to reach the name floor. A candidate may miss at most `maxMiss` units,
 * so it must appear under one of the `maxMiss + 1` rarest units: only those lists create candidates, the
 * longer lists only add hits to them.
 */
export function recall(index: ScreeningIndex, form: NameForm, floor: number, discounted: number): number[] {
  const s = scratchFor(index);
  const u = form.units.length;
  if (u === 0) return [];
  // korean-v1 and v2 keep their pinned recall (their results are frozen).
  const v3 = index.profile.entityVocabulary;
  const need = Math.max(0, (v3 ? Math.min(floor, RECALL_FLOOR) : floor) - RECALL_SLACK);
  // korean-v2: a query's qualifier units (branch, a place) may barely count when unmatched, so the bounds
  // count only the others: a looser bound, never a lost candidate.
  const ue = Math.max(1, u - discounted);
  // Fewest hits any candidate can have: a name with h units, all hit, scores at most 2h/(u+h).
  const minHits = Math.max(1, Math.ceil((need * ue) / (2 - need) - 1e-9));
  const maxMiss = u - minHits;
  // Each key looked up once, for its unit's size and then its list (a string-keyed lookup costs about
  // what walking a short list does, and the probing below would look it up again per candidate).
  const postings = index.postings;
  const units: { slots: number[]; size: number }[] = [];
  for (const keys of form.units) {
    const slots: number[] = [];
    let size = 0;
    for (const k of keys) {
      const slot = postings.slotOf(k);
      slots.push(slot);
      if (slot >= 0) size += postings.endOf(slot) - postings.startOf(slot);
    }
    units.push({ slots, size });
  }
  units.sort((a, b) => a.size - b.size);
  const queryStamp = ++s.stamp;
  const st = s.state; // per name: [query stamp, unit stamp, hits], interleaved for cache locality
  const touched = s.touched;
  let nTouched = 0;
  const all = index.postings.all;
  const names = index.names;
  for (let ui = 0; ui < units.length; ui++) {
    const { slots, size } = units[ui] as { slots: readonly number[]; size: number };
    const unitStamp = ++s.stamp;
    const opens = ui <= maxMiss;
    // A long list that cannot add candidates is cheaper to probe per candidate (lists are sorted by id).
    if (!opens && nTouched * slots.length * PROBE_FACTOR < size) {
      for (let t = 0; t < nTouched; t++) {
        const id = touched[t] as number;
        for (const slot of slots) {
          if (slot >= 0 && contains(all, postings.startOf(slot), postings.endOf(slot), id)) {
            st[id * 3 + 2] = (st[id * 3 + 2] as number) + 1;
            break;
          }
        }
      }
    } else {
      for (const slot of slots) {
        if (slot < 0) continue;
        const end = postings.endOf(slot);
        // Hot loop: plain locals, no closures.
        for (let i = postings.startOf(slot); i < end; i++) {
          const id = all[i] as number;
          const at = id * 3;
          if (st[at] !== queryStamp) {
            if (!opens) continue;
            st[at] = queryStamp;
            st[at + 2] = 0;
            // A name too long to reach the bound even if every unit hit never becomes a candidate.
            if (2 * u >= need * (ue + Math.max((v3 ? names.boundUnitCount(id) : names.unitCount(id)), u))) touched[nTouched++] = id;
          }
          if (st[at + 1] !== unitStamp) {
            st[at + 1] = unitStamp;
            st[at + 2] = (st[at + 2] as number) + 1;
          }
        }
      }
    }
    if (ui === maxMiss) {
      // Opening done: drop candidates that cannot reach the bound even if every remaining unit hits.
      const remaining = u - ui - 1;
      let kept = 0;
      for (let t = 0; t < nTouched; t++) {
        const id = touched[t] as number;
        if (reachable((st[id * 3 + 2] as number) + remaining, (v3 ? names.boundUnitCount(id) : names.unitCount(id)), ue, need)) touched[kept++] = id;
      }
      nTouched = kept;
    }
  }
  const out: number[] = [];
  for (let t = 0; t < nTouched; t++) {
    const id = touched[t] as number;
    if (reachable(st[id * 3 + 2] as number, (v3 ? names.boundUnitCount(id) : names.unitCount(id)), ue, need)) out.push(id);
  }
  return out;
}

/** Dice bound of a name with `n` units of which `h` are hit, against a query of `ue` units: 2h / (ue + max(n, h)). */
function reachable(h: number, n: number, ue: number, need: number): boolean {
  return (2 * h) / (ue + Math.max(n, h)) >= need;
}

/** Binary search of a sorted id range. */
function contains(ids: Int32Array, lo: number, hi: number, id: number): boolean {
  let a = lo;
  let b = hi - 1;
  while (a <= b) {
    const mid = (a + b) >>> 1;
    const v = ids[mid] as number;
    if (v === id) return true;
    if (v < id) a = mid + 1;
    else b = mid - 1;
  }
  return false;
}
