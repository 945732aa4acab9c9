/**
 * JSON text of decisions, fast: reasons and obligations are shared frozen objects, so their JSON is
 * computed once and cached; a decision is then a handful of string joins. Key order and content are
 * exactly JSON.stringify's (a test holds them equal).
 */
import type { Decision, Obligation, Reason } from './decision.ts';

// Frozen reasons and obligations are the engine's shared objects (a bounded set): cache their text.
const cache = new Map<object, string>();

function fragment(o: Reason | Obligation): string {
  let s = cache.get(o);
  if (s === undefined) {
    s = JSON.stringify(o);
    if (Object.isFrozen(o) && cache.size < 200_000) cache.set(o, s);
  }
  return s;
}

function list(items: readonly (Reason | Obligation)[]): string {
  if (items.length === 0) return '[]';
  if (items.length === 1) return `[${fragment(items[0]!)}]`;
  let s = '[';
  for (let i = 0; i < items.length; i++) s += (i === 0 ? '' : ',') + fragment(items[i]!);
  return `${s}]`;
}

/** JSON string literal; dates and hex versions need no escaping, so skip JSON.stringify for them. */
function q(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 34 || c === 92 || c > 0x7e) return JSON.stringify(s);
  }
  return `"${s}"`;
}

/** One decision as compact JSON (one NDJSON line, without the newline). */
export function decisionToJson(d: Decision): string {
  if (d.errors !== undefined) return JSON.stringify(d); // rare: an evaluation error
  const id = d.id !== undefined ? `"id":${q(d.id)},` : '';
  return `{${id}"outcome":"${d.outcome}","reasons":${list(d.reasons)},"obligations":${list(d.obligations)},"lawVersion":${q(d.lawVersion)},"evaluatedFor":${q(d.evaluatedFor)}}`;
}
