/**
 * Listed names with one letter drawn in ASCII symbols or digits (security review 16, R16-7: |{OMID, 6REEN PINE,
 * KWAN6SON): every single substitution of every letter by every drawing in the table below, screened with
 * korean-v3; how many find the listed record (any band). The table is the bench's own, written from the
 * common leet and ASCII-art alphabets, not from the matcher's. `npx tsx bench/screening/leet-variants.ts`
 */
import { buildIndex, screenName } from '../../src/screening/index.ts';
import { loadUnList } from '../../src/screening/un-list/index.ts';

export const LEET: Readonly<Record<string, readonly string[]>> = {
  A: ['4', '/\\', '@', '^'], B: ['8', '|3'], C: ['(', '<'], D: ['|)', '[)'], E: ['3', '€'], F: ['|='], G: ['6', '9'],
  H: ['#', '|-|', '}{'], I: ['1', '!', '|'], J: ['_|'], K: ['|<', '|{'], L: ['|_', '1'], M: ['|\\/|', '/\\/\\'], N: ['|\\|', '/\\/'],
  O: ['0', '()', '[]'], P: ['|*', '|>'], R: ['|2'], S: ['5', '$'], T: ['7', '+'], U: ['(_)', '|_|'], V: ['\\/'], W: ['\\/\\/'],
  X: ['><'], Y: ['`/'], Z: ['2'],
};

/** Listed names the variants are made of: entities and persons. */
export const LEET_NAMES: readonly (readonly [string, string])[] = [
  ['KOMID', 'KPe.001'], ['GREEN PINE', 'KPe.010'], ['KORYO BANK', 'KPe.045'], ['TANCHON COMMERCIAL BANK', 'KPe.003'],
  ['KOREA KWANGSON BANKING CORPORATION', 'KPe.025'], ['DAEDONG CREDIT BANK', 'KPe.023'], ['FOREIGN TRADE BANK', 'KPe.047'],
  ['OCEAN MARITIME MANAGEMENT', 'KPe.020'], ['KOREA RYONBONG GENERAL CORPORATION', 'KPe.002'], ['NAMCHONGANG TRADING', 'KPe.004'],
  ['KOREA HYOKSIN TRADING', 'KPe.006'], ['AMROGGANG DEVELOPMENT BANK', 'KPe.009'], ['KOREA KUMRYONG TRADING', 'KPe.014'],
  ['TOSONG TECHNOLOGY TRADING', 'KPe.015'], ['KOREA RYONHA MACHINERY', 'KPe.016'], ['CHONGCHONGANG SHIPPING', 'KPe.022'],
  ['HESONG TRADING COMPANY', 'KPe.024'], ['MUNITIONS INDUSTRY DEPARTMENT', 'KPe.028'], ['RECONNAISSANCE GENERAL BUREAU', 'KPe.031'],
  ['SECOND ECONOMIC COMMITTEE', 'KPe.032'], ['ILSIM INTERNATIONAL BANK', 'KPe.034'], ['KOREA DAESONG BANK', 'KPe.035'],
  ['MANSUDAE ART STUDIO', 'KPe.050'], ['KANGBONG TRADING', 'KPe.043'], ['KOREA PUGANG TRADING', 'KPe.038'], ['MYOHYANG SHIPPING', 'KPe.068'],
  ['PAK YONG SIK', 'KPi.063'], ['KIM YONG CHOL', 'KPi.024'], ['RI MAN GON', 'KPi.026'], ['CHOE CHUN SIK', 'KPi.013'],
  ['JANG SONG CHOL', 'KPi.056'], ['HWANG SOK HWA', 'KPi.003'], ['PAEK CHANG HO', 'KPi.006'], ['KIM KWANG IL', 'KPi.009'],
  ['JON MYONG GUK', 'KPi.018'], ['RYU JIN', 'KPi.027'],
];

/** Every single substitution of a letter of the name by one of its drawings. */
export function leetVariants(name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < name.length; i++) for (const d of LEET[name[i]!] ?? []) out.push(name.slice(0, i) + d + name.slice(i + 1));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const v3 = buildIndex(loadUnList(), 'korean-v3');
  let total = 0;
  let caught = 0;
  const byDrawing = new Map<string, [number, number]>();
  for (const [name, ref] of LEET_NAMES) {
    for (let i = 0; i < name.length; i++) {
      for (const d of LEET[name[i]!] ?? []) {
        const variant = name.slice(0, i) + d + name.slice(i + 1);
        const hit = screenName(v3, { name: variant }).some((m) => m.ref === ref);
        total++;
        if (hit) caught++;
        const k = `${name[i]}=${d}`;
        const t = byDrawing.get(k) ?? [0, 0];
        byDrawing.set(k, [t[0] + (hit ? 1 : 0), t[1] + 1]);
      }
    }
  }
  console.log(`caught ${caught}/${total} single-substitution variants of ${LEET_NAMES.length} listed names`);
  console.log([...byDrawing].filter(([, [c, t]]) => c < t).map(([k, [c, t]]) => `${k} ${c}/${t}`).join('  '));
}
