/** Addresses and places of birth, each folded into one readable line. */
import { children, text, type XNode } from './xml-tree.ts';

const ADDRESS_PARTS = ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY', 'NOTE'] as const;

function line(node: XNode): string | undefined {
  const parts = ADDRESS_PARTS.map((t) => text(node, t)).filter((p): p is string => p !== undefined);
  return parts.length === 0 ? undefined : parts.join(', ');
}

/** Every non-empty address or place, in file order, exact repeats dropped. */
export function places(node: XNode, tag: string): string[] {
  const out: string[] = [];
  for (const c of children(node, tag)) {
    const l = line(c);
    if (l !== undefined && !out.includes(l)) out.push(l);
  }
  return out;
}
