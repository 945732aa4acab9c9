/**
 * The listed names of an index, stored flat: parallel typed arrays plus one pool of word ids holding every
 * name's variants. A name costs about a hundred bytes this way instead of close to a kilobyte as objects,
 * which is what lets a list a hundred times the UN's fit in memory. Names are decoded only when scored.
 */
import type { NameForm, Variant } from './name-form.ts';
import type { NameKind } from './un-list/model.ts';
import type { Word, WordTable } from './words.ts';
import { boundUnitCount } from './bound-units.ts';

export interface IndexedName {
  id: number;
  record: number; // index into the list's records
  full: string; // as listed
  kind: NameKind;
  unitCount: number;
  /** Letters and digits only; kept for low aliases, which match only exactly. */
  compact?: string;
}

const KINDS: readonly NameKind[] = ['primary', 'good', 'low', 'former'];

class IntBuffer {
  data = new Int32Array(1024);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export class NameStoreBuilder {
  private readonly record = new IntBuffer();
  private readonly kind: number[] = [];
  private readonly units: number[] = [];
  private readonly bound: number[] = [];
  private readonly start = new IntBuffer();
  private readonly pool = new IntBuffer();
  private readonly full: string[] = [];
  private readonly compact = new Map<number, string>();
  private readonly exact = new Set<number>();
  private readonly organisation = new Set<number>();

  /** Adds a name and returns its id. `exactOnly`: korean-v3's short initialisms (KNIC is not KNOC);
   *  `organisation`: korean-v3, the name holds an organisation word or a legal form. */
  add(record: number, full: string, kind: NameKind, form: NameForm, exactOnly = false, organisation = false): number {
    const id = this.full.length;
    this.record.push(record);
    this.kind.push(KINDS.indexOf(kind));
    this.units.push(Math.min(255, form.units.length));
    this.bound.push(Math.min(255, boundUnitCount(form, organisation)));
    this.full.push(full);
    this.start.push(this.pool.length);
    this.pool.push(form.variants.length);
    for (const v of form.variants) {
      this.pool.push(v.words.length);
      for (const w of v.words) this.pool.push(w.id);
    }
    if (kind === 'low' || exactOnly) this.compact.set(id, form.compact);
    if (exactOnly) this.exact.add(id);
    if (organisation) this.organisation.add(id);
    return id;
  }

  build(table: WordTable): NameStore {
    this.start.push(this.pool.length);
    return new NameStore(table, this.record.done(), Uint8Array.from(this.kind), Uint8Array.from(this.units), this.start.done(), this.pool.done(), this.full, this.compact, this.exact, this.organisation, Uint8Array.from(this.bound));
  }
}

export class NameStore {
  constructor(
    private readonly table: WordTable,
    private readonly records: Int32Array,
    private readonly kinds: Uint8Array,
    private readonly units: Uint8Array,
    private readonly start: Int32Array,
    private readonly pool: Int32Array,
    private readonly fulls: readonly string[],
    private readonly compacts: ReadonlyMap<number, string>,
    private readonly exact: ReadonlySet<number> = new Set(),
    private readonly organisations: ReadonlySet<number> = new Set(),
    private readonly bound?: Uint8Array,
  ) {}

  /** korean-v3: the name holds an organisation word or a legal form (no person's name matches it). */
  isOrganisation(id: number): boolean {
    return this.organisations.has(id);
  }

  /** Matched only exactly (after folding): low aliases, and korean-v3's short initialisms. */
  exactOnly(id: number): boolean {
    return this.exact.has(id) || this.kinds[id] === 2;
  }

  get length(): number {
    return this.fulls.length;
  }

  recordOf(id: number): number {
    return this.records[id] as number;
  }

  kindOf(id: number): NameKind {
    return KINDS[this.kinds[id] as number] as NameKind;
  }

  unitCount(id: number): number {
    return this.units[id] as number;
  }

  /** The units recall's bound counts for the name (see bound-units.ts): its full-weight words' only. */
  boundUnitCount(id: number): number {
    return (this.bound?.[id] ?? this.units[id]) as number;
  }

  get(id: number): IndexedName {
    const n: IndexedName = {
      id,
      record: this.records[id] as number,
      full: this.fulls[id] as string,
      kind: KINDS[this.kinds[id] as number] as NameKind,
      unitCount: this.units[id] as number,
    };
    const c = this.compacts.get(id);
    if (c !== undefined) n.compact = c;
    return n;
  }

  /** Where the name's variants start in `wordPool` (their count, then each one's length and word ids): read
   *  by a bound before the name is decoded (`storedScoreBound`). */
  poolStart(id: number): number {
    return this.start[id] as number;
  }

  get wordPool(): Int32Array {
    return this.pool;
  }

  /** The word of a word id of the pool. */
  word(wid: number): Word {
    return this.table.byId(wid);
  }

  /** The name's words and variants, decoded from the pool (and whether it is an organisation's). */
  form(id: number): Pick<NameForm, 'words' | 'variants' | 'organisational'> {
    const words: Word[] = [];
    const ids: number[] = [];
    const variants: Variant[] = [];
    let at = this.start[id] as number;
    const count = this.pool[at++] as number;
    for (let v = 0; v < count; v++) {
      const len = this.pool[at++] as number;
      const vw: Word[] = [];
      const va: number[] = [];
      let weight = 0;
      for (let k = 0; k < len; k++) {
        const wid = this.pool[at++] as number;
        const w = this.table.byId(wid);
        // A name has a handful of distinct words: a scan beats a Map here.
        let p = ids.indexOf(wid);
        if (p < 0) {
          p = words.length;
          words.push(w);
          ids.push(wid);
        }
        vw.push(w);
        va.push(p);
        weight += w.weight;
      }
      variants.push({ words: vw, at: va, weight });
    }
    return { words, variants, organisational: this.organisations.has(id) };
  }
}
