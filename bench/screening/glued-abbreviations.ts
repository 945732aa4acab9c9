/**
 * Listed DPRK bodies' names with a business word's abbreviation glued to the word before it, as payment
 * lines and forwarders' records write them (held-back evaluation 18, HB18-1: NAMCHONGANGTrd, DaesongTrd,
 * RyonhaMach, CHANG ANShpg, KOREA MINING DEVTrdg CORP): for every name of every listed body and every word
 * with a clerk's abbreviation (this file's own table, not the matcher's), that abbreviation glued to the
 * word before it, in four casings (NAMCHONGANGTrd, NamchongangTrd, NAMCHONGANGTRD, namchongangtrd), the other
 * words written out, or abbreviated too. How many korean-v3 finds (either band); innocent names glued the
 * same way beside them. `npx tsx bench/screening/glued-abbreviations.ts`
 */
import { readFileSync } from 'node:fs';
import { buildIndex, screenName } from '../../src/screening/index.ts';
import { loadUnList } from '../../src/screening/un-list/index.ts';

/** Clerks' abbreviations of business words (as SWIFT lines and bills of lading write them). */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  trading: ['Trd', 'Trdg'], trade: ['Trd'], machinery: ['Mach', 'Mchy'], machine: ['Mach'], shipping: ['Shpg'], corporation: ['Corp'],
  company: ['Co'], limited: ['Ltd'], bank: ['Bk'], banking: ['Bkg'], international: ['Intl'], joint: ['Jt'], venture: ['Vent'],
  development: ['Dev', 'Devt'], commercial: ['Comm', 'Coml'], management: ['Mgmt'], associated: ['Assoc'], import: ['Imp'],
  export: ['Exp'], group: ['Grp'], technology: ['Tech'], chemical: ['Chem'], general: ['Genl'], credit: ['Cr'], department: ['Dept'],
  industry: ['Ind'], insurance: ['Ins'], national: ['Natl'], maritime: ['Mar'], economics: ['Econ'], equipment: ['Eqpt'],
};
const casings: readonly ((prev: string, abbr: string) => string)[] = [
  (p, a) => p.toUpperCase() + a,
  (p, a) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase() + a,
  (p, a) => (p + a).toUpperCase(),
  (p, a) => (p + a).toLowerCase(),
];

/** Every glued form of one name: a word with an abbreviation glued to the word before it. */
export function gluedForms(name: string): string[] {
  const words = name.replace(/[(),."”“]/gu, ' ').split(/\s+/u).filter((w) => w !== '');
  const out = new Set<string>();
  words.forEach((w, i) => {
    const abbrs = ABBREVIATIONS[w.toLowerCase()];
    if (i === 0 || abbrs === undefined) return;
    for (const abbr of abbrs) {
      for (const glue of casings) {
        for (const shortenRest of [false, true]) {
          const rest = (x: string): string => (shortenRest ? ABBREVIATIONS[x.toLowerCase()]?.[0]?.toUpperCase() ?? x : x);
          const q = [...words.slice(0, i - 1).map(rest), glue(words[i - 1] as string, abbr), ...words.slice(i + 1).map(rest)].join(' ');
          out.add(q);
        }
      }
    }
  });
  return [...out];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const list = loadUnList();
  const v3 = buildIndex(list, 'korean-v3');
  const bodies = list.records.filter((r) => r.regime === 'DPRK' && r.kind === 'entity');
  let n = 0;
  let found = 0;
  let match = 0;
  const missed: string[] = [];
  for (const r of bodies) {
    for (const name of r.names.filter((x) => /^[\x20-\x7e’]+$/u.test(x.full))) {
      for (const q of gluedForms(name.full)) {
        n++;
        const m = screenName(v3, { name: q }).find((x) => x.ref === r.ref);
        if (m !== undefined) found++;
        else missed.push(q);
        if (m?.band === 'match') match++;
      }
    }
  }
  console.log(`glued abbreviations: ${found}/${n} found (${(100 * found / n).toFixed(1)} %), ${match} as match`);
  if (process.env.SHOW_MISSED !== undefined) console.log(`  missed: ${missed.join('; ')}`);
  const innocents = (JSON.parse(readFileSync(new URL('./data/innocent-organisations.json', import.meta.url), 'utf8')) as { organisations: { name: string }[] }).organisations;
  let qi = 0;
  let im = 0;
  let ip = 0;
  for (const o of innocents) {
    for (const q of [o.name, ...gluedForms(o.name)]) {
      qi++;
      const m = screenName(v3, { name: q });
      if (m.some((x) => x.band === 'match')) im++;
      else if (m.length > 0) ip++;
    }
  }
  console.log(`innocent organisations, as written and glued the same way: ${qi} queries, match ${im} (${(100 * im / qi).toFixed(1)} %), possible ${ip} (${(100 * ip / qi).toFixed(1)} %)`);
}
