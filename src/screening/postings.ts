/**
 * An inverted index in compressed form: one Int32Array of name ids for all keys, with offsets. A Map of
 * small arrays costs about a hundred bytes per key in overhead, and building it balloons the heap.
 */
/** Collects (key, name id) pairs in typed arrays (outside the JS heap), then packs them. */
export class PostingsBuilder {
  private readonly slot = new Map<string, number>();
  private keys = new Int32Array(1 << 16);
  private ids = new Int32Array(1 << 16);
  private length = 0;

  add(key: string, id: number): void {
    let k = this.slot.get(key);
    if (k === undefined) {
      k = this.slot.size;
      this.slot.set(key, k);
    }
    if (this.length === this.keys.length) {
      const keys = new Int32Array(this.keys.length * 2);
      const ids = new Int32Array(this.ids.length * 2);
      keys.set(this.keys);
      ids.set(this.ids);
      [this.keys, this.ids] = [keys, ids];
    }
    this.keys[this.length] = k;
    this.ids[this.length++] = id;
  }

  build(): Postings {
    const n = this.slot.size;
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < this.length; i++) {
      const k = (this.keys[i] as number) + 1;
      offsets[k] = (offsets[k] as number) + 1;
    }
    for (let k = 0; k < n; k++) offsets[k + 1] = (offsets[k + 1] as number) + (offsets[k] as number);
    const fill = offsets.slice(0, n);
    const ids = new Int32Array(this.length);
    // INVARIANT: pairs arrive in name-id order, so every key's list comes out sorted.
    for (let i = 0; i < this.length; i++) {
      const k = this.keys[i] as number;
      ids[fill[k] as number] = this.ids[i] as number;
      fill[k] = (fill[k] as number) + 1;
    }
    return new Postings(this.slot, offsets, ids);
  }
}

export class Postings {
  constructor(
    private readonly slot: ReadonlyMap<string, number>,
    private readonly offsets: Int32Array,
    private readonly ids: Int32Array,
  ) {}

  get size(): number {
    return this.slot.size;
  }

  /** A key's slot (-1 when absent): looked up once, its list read by `startOf` and `endOf`. */
  slotOf(key: string): number {
    return this.slot.get(key) ?? -1;
  }

  /** Where a slot's list starts in `all`. */
  startOf(slot: number): number {
    return this.offsets[slot] as number;
  }

  /** Where a slot's list ends in `all` (exclusive). */
  endOf(slot: number): number {
    return this.offsets[slot + 1] as number;
  }

  get all(): Int32Array {
    return this.ids;
  }
}
