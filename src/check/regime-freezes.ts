/**
 * The sanctions regimes of the UN Security Council Consolidated List other than the DPRK's, each with the
 * paragraph that freezes its designated persons' assets (docs/regime.md §4a gives the sources). A party
 * matching a record of one of these is outside the DPRK regime: `check` cites that regime's freeze, never
 * 1718 para 8(d). A regime not known here still gives review, naming it (fail closed).
 */
import type { Confidence } from '../law/measure.ts';

export interface RegimeFreeze {
  /** UN_LIST_TYPE as the list writes it. */
  regime: string;
  /** Other ways the list or its users write it. */
  aliases?: readonly string[];
  /** The regime in words, with its Committee. */
  title: string;
  measure: string;
  resolution: number;
  paragraph: string;
  confidence: Confidence;
  /** U when the paragraph number itself is not confirmed. */
  paragraphConfidence?: Confidence;
  /** False: the regime's listed persons are under a travel ban only (no asset freeze). */
  freeze: boolean;
  /** The day after which the regime's measures lapsed (YYYY-MM-DD), when they did. */
  ended?: string;
  /** What else a reader should know, in a sentence. */
  note?: string;
}

export const REGIME_FREEZES: readonly RegimeFreeze[] = [
  {
    regime: 'Al-Qaida', aliases: ["ISIL (Da'esh) & Al-Qaida", 'ISIL', "Da'esh", 'Al-Qaida/Taliban'],
    title: "the ISIL (Da'esh) and Al-Qaida sanctions regime (1267/1989/2253 Committee)",
    measure: 'unscr-2368-1a', resolution: 2368, paragraph: '1(a)', confidence: 'S', freeze: true,
    note: 'the freeze of resolution 1267 (1999) as reaffirmed and extended, last by resolution 2734 (2024)',
  },
  {
    regime: 'Taliban', title: 'the Taliban sanctions regime (1988 Committee)',
    measure: 'unscr-2255-1a', resolution: 2255, paragraph: '1(a)', confidence: 'S', freeze: true,
  },
  {
    regime: 'Iraq', title: 'the Iraq sanctions regime (1518 Committee)',
    measure: 'unscr-1483-23', resolution: 1483, paragraph: '23', confidence: 'S', freeze: true,
    note: 'the funds of the former Government of Iraq and of its senior officials are frozen and to be transferred to the Development Fund for Iraq',
  },
  {
    regime: 'Libya', title: 'the Libya sanctions regime (1970 Committee)',
    measure: 'unscr-1970-17', resolution: 1970, paragraph: '17', confidence: 'S', freeze: true,
    note: 'extended to entities by resolution 1973 (2011) paragraph 19',
  },
  {
    regime: 'Somalia', aliases: ['Al-Shabaab'], title: 'the Somalia and Al-Shabaab sanctions regime (2713 Committee, formerly 751)',
    measure: 'unscr-1844-3', resolution: 1844, paragraph: '3', confidence: 'S', freeze: true,
  },
  {
    regime: 'DRC', aliases: ['Democratic Republic of the Congo'], title: 'the Democratic Republic of the Congo sanctions regime (1533 Committee)',
    measure: 'unscr-1596-15', resolution: 1596, paragraph: '15', confidence: 'S', freeze: true,
  },
  {
    regime: 'CAR', aliases: ['Central African Republic'], title: 'the Central African Republic sanctions regime (2127 Committee)',
    measure: 'unscr-2134-32', resolution: 2134, paragraph: '32', confidence: 'S', freeze: true,
  },
  {
    regime: 'SouthSudan', aliases: ['South Sudan'], title: 'the South Sudan sanctions regime (2206 Committee)',
    measure: 'unscr-2206-12', resolution: 2206, paragraph: '12', confidence: 'S', freeze: true,
  },
  {
    regime: 'Sudan', title: 'the Sudan sanctions regime (1591 Committee)',
    measure: 'unscr-1591-3e', resolution: 1591, paragraph: '3(e)', confidence: 'S', freeze: true,
  },
  {
    regime: 'Yemen', title: 'the Yemen sanctions regime (2140 Committee)',
    measure: 'unscr-2140-11', resolution: 2140, paragraph: '11', confidence: 'S', freeze: true,
  },
  {
    regime: 'Haiti', title: 'the Haiti sanctions regime (2653 Committee)',
    measure: 'unscr-2653-6', resolution: 2653, paragraph: '6', confidence: 'S', paragraphConfidence: 'U', freeze: true,
  },
  {
    regime: 'Iran', title: 'the Iran (non-proliferation) sanctions regime',
    measure: 'unscr-1737-12', resolution: 1737, paragraph: '12', confidence: 'S', freeze: true,
    note: 'the measures of resolutions 1737, 1747, 1803 and 1929 as reapplied under resolution 2231 (2015) paragraph 12 from 28 September 2025, which some Council members contest',
  },
  {
    regime: 'Mali', title: 'the Mali sanctions regime (2374 Committee)',
    measure: 'unscr-2374-4', resolution: 2374, paragraph: '4', confidence: 'S', paragraphConfidence: 'U', freeze: true,
    ended: '2023-08-31', note: 'the regime ended when its renewal failed in August 2023',
  },
  {
    regime: 'GB', aliases: ['Guinea-Bissau'], title: 'the Guinea-Bissau sanctions regime (2048 Committee)',
    measure: 'unscr-2048-4', resolution: 2048, paragraph: '4', confidence: 'S', freeze: false,
    note: 'its listed persons are under a travel ban only',
  },
];

const key = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
const BY_KEY = new Map<string, RegimeFreeze>();
for (const r of REGIME_FREEZES) for (const name of [r.regime, ...(r.aliases ?? [])]) BY_KEY.set(key(name), r);

/** The regime of a list record (UN_LIST_TYPE), or undefined when it is none of those known here. */
export function regimeFreeze(regime: string): RegimeFreeze | undefined {
  const k = key(regime);
  return BY_KEY.get(k) ?? (k.includes('alqaida') || k.includes('isil') ? BY_KEY.get('alqaida') : undefined);
}

/** Whether a list record's regime is the DPRK's (the 1718 Committee's). */
export function isDprkRegime(regime: string): boolean {
  const k = key(regime);
  return k === 'dprk' || k === 'democraticpeoplesrepublicofkorea' || k === 'northkorea';
}
