/** Names of a record: the primary name, the original-script form, and the aliases with their kind. */
import type { ListedName, NameKind } from './model.ts';
import { children, text, type XNode } from './xml-tree.ts';

const NAME_PARTS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'] as const;

/** Alias QUALITY → our kind. Individuals: Good / Low. Entities: a.k.a. (good), f.k.a. (former), Low. */
export function aliasKind(quality: string | undefined): NameKind {
  const q = (quality ?? '').toLowerCase().replace(/\s+/g, '');
  if (q === 'low') return 'low';
  if (q === 'f.k.a.' || q === 'fka') return 'former';
  // Good, a.k.a., and anything unforeseen: a strong alias. Failing closed means an unknown quality must
  // not weaken a match.
  return 'good';
}

function primaryName(node: XNode, isPerson: boolean): ListedName | undefined {
  if (!isPerson) {
    const full = text(node, 'FIRST_NAME');
    return full === undefined ? undefined : { full, kind: 'primary' };
  }
  const parts = NAME_PARTS.map((t) => text(node, t)).filter((p): p is string => p !== undefined);
  if (parts.length === 0) return undefined;
  return { full: parts.join(' '), kind: 'primary', parts };
}

/** All names, primary first; empty alias placeholders (<ALIAS_NAME/>) dropped; exact repeats dropped. */
export function listedNames(node: XNode, isPerson: boolean): ListedName[] {
  const names: ListedName[] = [];
  const seen = new Set<string>();
  const add = (n: ListedName): void => {
    const key = `${n.kind}\u0000${n.full}\u0000${n.script ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    names.push(n);
  };
  const primary = primaryName(node, isPerson);
  if (primary !== undefined) add(primary);
  const original = text(node, 'NAME_ORIGINAL_SCRIPT');
  // The original-script form is the listed name itself, written in its own script: kind primary.
  if (original !== undefined) add({ full: original, kind: 'primary', script: 'original' });
  for (const alias of children(node, isPerson ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS')) {
    const full = text(alias, 'ALIAS_NAME');
    if (full === undefined) continue;
    const name: ListedName = { full, kind: aliasKind(text(alias, 'QUALITY')) };
    const note = text(alias, 'NOTE');
    if (note !== undefined) name.note = note;
    add(name);
  }
  return names;
}
