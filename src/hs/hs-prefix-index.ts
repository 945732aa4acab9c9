/**
 * A lookup from HS prefixes to values, precomputed so a lookup is at most five map probes (one per
 * level) whatever the number of prefixes: chapter, heading, subheading, 8- and 10-digit lines.
 */
import type { HsDigits } from './hs-code.ts';

export class HsPrefixIndex<V> {
  private readonly byPrefix = new Map<string, V[]>();
  private readonly memo = new Map<string, readonly V[]>();

  add(prefix: HsDigits, value: V): void {
    this.memo.clear();
    const list = this.byPrefix.get(prefix);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else {
      this.byPrefix.set(prefix, [value]);
    }
  }

  /** Every value whose prefix covers `code`, broadest prefix first (a shared array: do not change it). */
  lookup(code: HsDigits): readonly V[] {
    const hit = this.memo.get(code);
    if (hit) return hit;
    const out = this.collect(code);
    if (this.memo.size < 50_000) this.memo.set(code, out);
    return out;
  }

  private collect(code: HsDigits): V[] {
    const out: V[] = [];
    for (let len = 2; len <= code.length; len += 2) {
      const hit = this.byPrefix.get(code.slice(0, len));
      if (hit) for (const v of hit) if (!out.includes(v)) out.push(v);
    }
    return out;
  }

  /** True when some prefix covers `code`. */
  has(code: HsDigits): boolean {
    for (let len = 2; len <= code.length; len += 2) if (this.byPrefix.has(code.slice(0, len))) return true;
    return false;
  }

  get size(): number {
    return this.byPrefix.size;
  }
}
