/**
 * A DPRK link a transaction states outside `from`/`to`: a party of the DPRK, a DPRK-flagged vessel, an
 * aircraft of a DPRK airline, goods of DPRK origin, a supply made in the DPRK, or free text naming the DPRK.
 * Where `from`/`to` say the act neither goes to nor comes from the DPRK but such a link is there, a measure
 * that reaches acts to or from the DPRK may still reach it (directly or indirectly): the answer is review
 * naming the link, never a silent `permitted`. Each reader here only ever moves an answer toward review.
 * Free text is read for the DPRK's names, codes, ports and cities in one place (`dprk-names.ts`), and for its
 * structured markers (a DPRK bank's BIC, a +850 telephone number, a .kp address, a KP account number) in
 * another (`dprk-markers.ts`).
 */
import { dprkMarker, markerSays } from './dprk-markers.ts';
import { dprkNamed, foldText } from './dprk-names.ts';
import { moreDprkNames } from './dprk-text-names.ts';
import { originOf } from './goods-origin.ts';
import type { Transaction } from './transaction.ts';

export interface DprkLink {
  /** The field that states the link (`parties[0]`, `vessels[1].flag`, `purpose`, ...). */
  field: string;
  /** The link, for the review sentence ("parties[0] ("Korea X Trading") is of the DPRK"). */
  says: string;
}

/**
 * What free text says of the DPRK, as the review says it: its names, codes, ports and cities (`dprk-names.ts`),
 * else a structured marker (a DPRK bank's BIC, a +850 telephone number, a .kp address, a KP account number:
 * `dprk-markers.ts`). A marker is a link whatever origin a goods line states: it names no place of transit.
 */
function namesDprk(text: string | undefined, what: string, otherOrigin = false): string | undefined {
  if (text === undefined) return undefined;
  const folded = foldText(text);
  const n = dprkNamed(folded) ?? moreDprkNames(text);
  if (n && !(otherOrigin && n.kind === 'place')) return n.kind === 'country' ? `${what} names the DPRK ("${n.word}")` : `${what} names a DPRK port or city ("${n.word}")`;
  const m = dprkMarker(folded);
  return m === undefined ? undefined : `${what} ${markerSays(m)}`;
}

/** The first DPRK link the transaction states beside `from`/`to`, or undefined. `goods`: also goods of DPRK origin. */
export function dprkLink(tx: Transaction, goods = true): DprkLink | undefined {
  const parties = tx.parties;
  if (parties) {
    for (let i = 0; i < parties.length; i++) {
      const p = parties[i]!;
      if (p.country === 'KP' || p.nationality === 'KP') return { field: `parties[${i}]`, says: `parties[${i}] ("${p.name}") is of the DPRK` };
      // A name field carrying the party's country or address ("Pak Yong Sik, DPRK", "… 3/KP/PYONGYANG"), its
      // bank's code or its telephone number ("FTBDKPPY", "ACME, tel +850 2 381 8111"); the role likewise
      // ("agent, c/o Pyongyang").
      const named = namesDprk(p.name, `parties[${i}]'s name`);
      if (named !== undefined) return { field: `parties[${i}].name`, says: named };
      const role = namesDprk(p.role, `parties[${i}]'s role`);
      if (role !== undefined) return { field: `parties[${i}].role`, says: role };
    }
  }
  const vessels = tx.vessels;
  if (vessels) {
    for (let i = 0; i < vessels.length; i++) if (vessels[i]!.flag === 'KP') return { field: `vessels[${i}].flag`, says: `vessels[${i}] flies the DPRK flag` };
  }
  if (tx.aircraft?.operator === 'KP') return { field: 'aircraft.operator', says: 'the aircraft is operated by a DPRK airline' };
  if (tx.deliveredAt === 'KP') return { field: 'deliveredAt', says: 'the supply happens in the DPRK (deliveredAt)' };
  if (tx.goods) {
    for (let i = 0; i < tx.goods.length; i++) {
      const line = tx.goods[i]!;
      const origin = originOf(line);
      if (goods && origin === 'KP') return { field: `goods[${i}].origin`, says: `goods[${i}] is of DPRK origin` };
      // A port named beside an origin that rules the DPRK out is the transit the law allows ("Russian-origin
      // coal transshipped via Rajin", 2371 para 8), not a link; the country named is one all the same.
      const says = namesDprk(line.description, `goods[${i}]'s description`, origin !== undefined && origin !== 'KP');
      if (says !== undefined) return { field: `goods[${i}].description`, says };
    }
  }
  const says = namesDprk(tx.purpose, 'the purpose');
  if (says !== undefined) return { field: 'purpose', says };
  return undefined;
}

const ACCOUNT = /(?:^|[^a-z])accounts?(?![a-z])/;
const PRESENCE = /(?:^|[^a-z])(?:branch(?:es)?|subsidiar(?:y|ies)|representative offices?|rep offices?|offices?|correspondent)(?![a-z])/;
const BANK = /(?:^|[^a-z])bank(?:s|ing)?(?![a-z])/;

/**
 * Whether a financial transaction without a `banking` object describes a bank's presence in its purpose
 * (an account; a bank's branch, subsidiary, office or correspondent relationship) and has a DPRK link
 * (`from`/`to`, a party, free text). The banking measures then ask for `banking` rather than pass it.
 */
export function bankingInText(tx: Transaction): boolean {
  if (tx.type !== 'financial' || tx.purpose === undefined) return false;
  const p = tx.purpose.toLowerCase();
  if (!ACCOUNT.test(p) && !(PRESENCE.test(p) && BANK.test(p))) return false;
  return tx.from === 'KP' || tx.to === 'KP' || dprkLink(tx) !== undefined;
}
