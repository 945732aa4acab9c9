/**
 * The screener `interdict check` consults for the parties of a transaction. Its types are shared with
 * check from below both areas (src/law/party-screening.ts): one definition, neither area imports the other.
 */
import { buildIndex, type ScreeningIndex } from './build-index.ts';
import { shortfall } from './explain.ts';
import { screenName } from './screen-name.ts';
import { ALGORITHM, type ScreenOptions } from './types.ts';
import type { UnList } from './un-list/model.ts';
import type { NameInText, PartyMatch, PartyScreener, PartyToScreen } from '../law/party-screening.ts';
import { namesInText } from './names-in-text.ts';
import { partySpansInText } from './text-party-spans.ts';

export function createPartyScreener(list: UnList | ScreeningIndex, opts: ScreenOptions = {}): PartyScreener {
  const index = 'postings' in list ? list : buildIndex(list, ALGORITHM);
  const listedOn = new Map<string, string>();
  for (const r of index.records) if (r.listedOn !== undefined) listedOn.set(r.ref, r.listedOn);
  const screen: PartyScreener = (party: PartyToScreen): readonly PartyMatch[] => {
    const q = {
      name: party.name, ...(party.type !== undefined && { type: party.type }), ...(party.dob !== undefined && { dob: party.dob }),
      ...(party.nationality !== undefined && { nationality: party.nationality }), ...(party.country !== undefined && { country: party.country }),
      // A person's country, where no nationality is given, weighs as `screen --nationality` does (hostile user
      // H17-5): a South Korean namesake with a birth date decades off is a possible match to look at, not a freeze.
      ...(party.nationality === undefined && party.country !== undefined && party.type === 'person' && { nationality: party.country }),
    };
    return screenName(index, q, opts).map((m) => {
      const on = listedOn.get(m.ref);
      return {
        ref: m.ref, name: m.name, score: m.score, regime: m.regime, algorithm: m.algorithm, listVersion: m.listVersion, band: m.band,
        ...(on !== undefined && { listedOn: on }), ...(m.band === 'possible' && { shortfall: shortfall(m) }),
      };
    });
  };
  screen.namesIn = (text: string): readonly NameInText[] => namesInText(index, text).map((n) => {
    const on = listedOn.get(n.ref);
    return { ...n, algorithm: index.algorithm, listVersion: index.listVersion, ...(on !== undefined && { listedOn: on }) };
  });
  screen.partySpansIn = partySpansInText;
  return screen;
}
