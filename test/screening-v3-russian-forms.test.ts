// korean-v3 (security review 18, R18-5): Korean names in the Russian (Kontsevich) system in Latin letters,
// the forms the reviewers found missed, and listed persons and bodies as Russian documents write them, built
// from their Hangul through the Kontsevich table and from the Russian of their generic words (BGN/PCGN, the
// passports' ICAO scheme, ё written е): found; Russian names and companies stay plain.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { russianQueries } from '../bench/screening/russian-forms.ts';
import { HANGUL_PERSONS } from './support/hangul-names.ts';
import { v3Screener } from './support/list-screeners.ts';

let v3: ScreeningIndex;
before(() => {
  ({ v3 } = v3Screener());
});

const found = (name: string, ref: string): string | undefined => screenName(v3, { name }).find((m) => m.ref === ref)?.band;

describe('the reviewers\' forms', () => {
  for (const [name, ref, band] of [
    ['Ryonbon', 'KPe.002', 'possible'], ['Kan Ren', 'KPi.020', 'match'], ['Pe Von Uk', 'KPi.072', 'match'], ['Kho Chkhol Che', 'KPi.011', 'match'],
    ['Tanchkhonskiy Kommercheskiy Bank', 'KPe.003', 'match'], ['Tanchkhonskii kommercheskii bank', 'KPe.003', 'match'],
    ['Chkhve Khvi', 'KPi.042', 'match'], ['Koreyskaya Generalnaya Korporatsiya Renbon', 'KPe.002', 'match'],
    ['Namchkhonganskaya Torgovaya Korporatsiya', 'KPe.004', 'match'], ['Iun Kho Chin', 'KPi.001', 'possible'],
  ] as const) {
    it(`${name} → ${ref}`, () => {
      const b = found(name, ref);
      assert.ok(b === 'match' || b === band, `${name}: ${b}`);
    });
  }
});

it('listed names written from their Hangul in Russian: 94 % of persons and 90 % of bodies found', () => {
  const qs = russianQueries(HANGUL_PERSONS);
  for (const kind of ['person', 'entity'] as const) {
    const set = qs.filter((q) => q.kind === kind);
    const hits = set.filter((q) => found(q.q, q.ref) !== undefined).length;
    assert.ok(hits / set.length >= (kind === 'person' ? 0.94 : 0.9), `${kind}: ${hits}/${set.length}`);
  }
});

it('Russian names and companies, and English names with e, v, y, stay plain', () => {
  for (const name of ['Kommercheskiy Bank Avangard', 'Moskovskiy Kreditnyy Bank', 'Khabarovskiy Kraevoy Bank', 'Primorskaya Torgovaya Kompaniya',
    'Ryazanskiy Bank', 'Tsoy Viktor', 'Kim Yevgeniy', 'Pak Sergey', 'Ten Vladimir', 'Anna Kowalsky', 'Tchaikovsky Music', 'Lee Weon-ho Trading',
    'Peter Smith', 'Green Energy Ltd', 'Van Den Berg', 'Sudokhodnaya Kompaniya Sovkomflot']) {
    const m = screenName(v3, { name });
    assert.ok(m.every((x) => x.band !== 'match'), `${name}: ${m.map((x) => `${x.ref} ${x.score}`).join(', ')}`);
  }
});
