/**
 * Each party of a delivery screened when it is recorded (2375 para 14(b): no designated party may be
 * involved); the result is stored with the delivery and shown in the State's notification.
 */
import type { PartyScreening } from '../../ledger/index.ts';
import type { PartyScreener } from '../../check/index.ts';

/** The parties a delivery names (blank entries are none). */
export function partyNames(parties: readonly string[] | undefined): string[] {
  return (parties ?? []).map((p) => p.trim()).filter((p) => p !== '');
}

export function screenParties(parties: readonly string[] | undefined, screen: PartyScreener | undefined, listVersion: string): PartyScreening[] | undefined {
  const names = partyNames(parties);
  if (screen === undefined || names.length === 0) return undefined;
  return names.map((name) => {
    const found = screen({ name });
    // A match without a band is counted as a match (fail closed).
    const matches = found.map((m) => ({ ref: m.ref, name: m.name, score: m.score, band: m.band ?? ('match' as const) }));
    const result = matches.some((m) => m.band === 'match') ? 'match' : matches.length > 0 ? 'possible' : 'clear';
    return { name, result, matches, listVersion: found[0]?.listVersion ?? listVersion };
  });
}
