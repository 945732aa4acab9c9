// korean-v3 (held-back evaluation 18, HB18-1): a business word's abbreviation glued to the word before it
// (NAMCHONGANGTrd, DaesongTrd, RyonhaMach, CHEMJT, CHANG ANShpg, DEVTrdg) is read as the word and the
// abbreviation; innocent names glued the same way answer as they do written apart.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';
import { gluedForms } from '../bench/screening/glued-abbreviations.ts';
import { v3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
before(() => {
  ({ v3 } = v3Screener());
});

const band = (name: string, ref: string): string | undefined => screenName(v3, { name }).find((m) => m.ref === ref)?.band;

describe('the evaluation\'s forms', () => {
  for (const [name, ref] of [
    ['NAMCHONGANGTrd', 'KPe.004'], ['NAMCHONGANGTRD', 'KPe.004'], ['DaesongTrd', 'KPe.042'], ['daesongtrd', 'KPe.042'], ['RyonhaMach', 'KPe.016'],
    ['RYONHAMACH', 'KPe.016'], ['INTERNAT. CHEMJT VENTURE CO', 'KPe.039'], ['CHANG ANShpg', 'KPe.055'], ['CHANG ANSHPG', 'KPe.055'],
    ['KOREA MINING DEVTrdg CORP', 'KPe.001'], ['InternationalChem Joint Venture Company', 'KPe.039'], ['KoryoBk', 'KPe.045'],
  ] as const) {
    it(`${name} → ${ref}`, () => assert.ok(band(name, ref) !== undefined, name));
  }
});

it('every listed body with an abbreviation glued on: 99 % found', () => {
  const bodies = loadUnList().records.filter((r) => r.regime === 'DPRK' && r.kind === 'entity');
  let n = 0;
  let hits = 0;
  for (const r of bodies) {
    for (const name of r.names.filter((x) => /^[\x20-\x7e’]+$/u.test(x.full))) {
      for (const q of gluedForms(name.full)) {
        n++;
        if (screenName(v3, { name: q }).some((m) => m.ref === r.ref)) hits++;
      }
    }
  }
  assert.ok(n > 1000 && hits / n >= 0.99, `${hits}/${n}`);
});

it('an innocent name glued finds no match, and nothing its written-apart form does not', () => {
  for (const [glued, apart] of ([['HanaBk', 'Hana Bank'], ['SamsungTrdg Co', 'Samsung Trading Co'], ['McDonald Trading', 'McDonald Trading'], ['MeridianShpg Ltd', 'Meridian Shipping Ltd'], ['ORIONMach Corp', 'Orion Machinery Corp']] as const)) {
    const g = screenName(v3, { name: glued }).map((m) => m.ref);
    const a = new Set(screenName(v3, { name: apart }).map((m) => m.ref));
    assert.ok(screenName(v3, { name: glued }).every((m) => m.band !== 'match'), glued);
    assert.deepEqual(g.filter((r) => !a.has(r)), [], glued);
  }
});
