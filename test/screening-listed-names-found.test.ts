// Every name the list writes, screened as the list writes it, finds its own record: a user who types a listed
// alias exactly must never be told "nothing found". The readings that join, cut or expand a query's words
// (BAK RABU for "Bakr, Abu", SHA SAN for "S. HASAN") and a rank before a person's name (General Mudacumura,
// read as an organisation's name) had lost ten of the bundled list's 4,116 names.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildIndex, screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { loadUnList, type UnList } from '../src/screening/un-list/index.ts';

let list: UnList;
let index: ScreeningIndex;
before(() => {
  list = loadUnList();
  index = buildIndex(list, 'korean-v3');
});

const ownBand = (name: string, ref: string) => screenName(index, { name }).find((m) => m.ref === ref)?.band;

describe('a listed name screened as written finds its record (korean-v3)', () => {
  it('every name of the DPRK regime\'s records, persons and entities', () => {
    const lost: string[] = [];
    let count = 0;
    for (const r of list.records.filter((x) => x.ref.startsWith('KP'))) {
      for (const n of r.names) {
        count++;
        if (ownBand(n.full, r.ref) === undefined) lost.push(`${r.ref} ${n.full}`);
      }
    }
    assert.ok(count > 250, `${count} names`);
    assert.deepEqual(lost, []);
  });

  it('names the joins and cuts read otherwise, and a rank before a person\'s name, are matches', () => {
    for (const [name, ref] of [
      ['ADNAN S. HASAN AHMED', 'IQi.073'], ['Hasan Ahmed S. Adnan', 'IQi.073'], ['Bakr, Abu', 'QDi.028'], ['Tah al Binchi', 'QDi.325'],
      ['A. Rahman Omair J Alnaimi', 'QDi.334'], ['Abdulrhman Mohammed D. Aljahani', 'QDi.327'],
      ['General Mudacumura', 'CDi.012'], ['General Nkunda', 'CDi.022'], ['General Gaduel', 'SSi.002'],
    ] as const) assert.equal(ownBand(name, ref), 'match', name);
  });

  it('the readings those names lost still read what they were made for', () => {
    for (const [name, ref] of [['KIM KWA NGIL', 'KPi.009'], ['PAK YON GSIK', 'KPi.063']] as const) assert.equal(ownBand(name, ref), 'match', name);
    // A rank before a listed person's name inside an organisation's name is still held (no person's name alone).
    assert.notEqual(ownBand('General Pak Trading Corporation', 'KPi.063'), 'match');
  });
});
