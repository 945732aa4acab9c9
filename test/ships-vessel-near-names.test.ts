// A designated vessel's name written near, not as, the list writes it: letters swapped, doubled, dropped or
// changed (also in short names), the same Korean sounds spelt another way, a number as a word — `review`
// naming the listed vessel and what differed. The Korean -ho / Chinese hao ship suffix and a name in
// Hangul are the listed ship itself — `prohibited`. Innocent names stay apart.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { evaluate, parseTransaction, type CheckContext } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { DesignatedVessels } from '../src/ships/designated-vessels.ts';
import { damerau } from '../src/ships/near-vessel-name.ts';
import { parseVesselList } from '../src/ships/vessel-list-csv.ts';
import { vesselScreener } from '../src/app/vessel-screener.ts';

const law = loadLaw();
const list = new DesignatedVessels(parseVesselList(readFileSync(path.join('examples', '1718-vessels-sample.csv'), 'utf8')), 'sample');
const ctx: CheckContext = { screenVessel: vesselScreener(list) };

function check(name: string) {
  const tx = { id: 'v', type: 'goods', date: '2024-03-01', from: 'CN', to: 'SG', goods: [{ hs: '8207.13', description: 'rock drilling tools' }], vessels: [{ name, flag: 'PA' }] };
  return evaluate(parseTransaction(tx, 'test'), law, ctx);
}

const NEAR: [string, string][] = [
  // The reviewer's: adjacent swaps, a short name's one-letter changes, romanization, numbers as words.
  ['TONG SNA 2', 'TONG SAN 2'], ['PETERL 8', 'PETREL 8'], ['CHON MA SNA', 'CHON MA SAN'], ['JIE SHNU', 'JIE SHUN'],
  ['RYE SONG GAGN 1', 'RYE SONG GANG 1'], ['SAM JNOG 2', 'SAM JONG 2'], ['NAM SNA 8', 'NAM SAN 8'], ['KUM UN ASN 3', 'KUM UN SAN 3'],
  ['HAO FNA 6', 'HAO FAN 6'], ['KOTTI', 'KOTI'], ['KOOTI', 'KOTI'], ['KOTII', 'KOTI'], ['KORI', 'KOTI'], ['KOFI', 'KOTI'], ['KPTI', 'KOTI'],
  ['YOO SON', 'YU SON'], ['PETREL EIGHT', 'PETREL 8'], ['TONG SAN TWO', 'TONG SAN 2'],
  // Our own: a swap at the start or the end, two edits in a long name, other spellings, a glued suffix.
  ['EPTREL 8', 'PETREL 8'], ['OKTI', 'KOTI'], ['KOIT', 'KOTI'], ['MV KOTTI', 'KOTI'], ['RYE SOGN GANG 11', 'RYE SONG GANG 1'],
  ['YOU SON', 'YU SON'], ['YU JEONG 2', 'YU JONG 2'], ['GEUMEUNSAN 3', 'KUM UN SAN 3'], ['DONG SAN 2', 'TONG SAN 2'], ['CHEON MA SAN', 'CHON MA SAN'],
  ['NAM SAN EIGHT', 'NAM SAN 8'], ['M/V PETREL EIGHT', 'PETREL 8'], ['CHONMASANHO', 'CHON MA SAN'], ['JIESHUNHAO', 'JIE SHUN'], ['KOTI-1', 'KOTI'], ['KOI', 'KOTI'], ['KTI', 'KOTI'], ['OTI', 'KOTI'],
];

test('a near miss of a listed name is review, naming the listed vessel and what differed', () => {
  for (const [asked, listed] of NEAR) {
    const d = check(asked);
    assert.equal(d.outcome, 'review', `${asked}: ${d.outcome}`);
    const r = d.reasons.find((x) => x.effect === 'requires-review' && x.field === 'vessels[0]');
    assert.ok(r, `${asked}: a vessel review`);
    const v = list.vessels.find((x) => x.name === listed)!;
    assert.equal(r.matchedRef, `IMO ${v.imo}`, `${asked} is near ${listed}`);
    assert.match(r.summary, new RegExp(listed), `${asked}: names the listed vessel`);
  }
  // What differed is said: the spelling asked about and the listed one.
  assert.match(check('PETERL 8').reasons.map((r) => r.summary).join(' '), /PETERL8 for PETREL8/);
  assert.match(check('YOO SON').reasons.map((r) => r.summary).join(' '), /same sounds spelt another way/);
});

const SAME: [string, string][] = [
  // The ship suffix -ho / hao as a word of its own, and names in Hangul: the listed ship.
  ['CHONMASAN HO', 'CHON MA SAN'], ['CHONMASAN-HO', 'CHON MA SAN'], ['Chon Ma San-ho', 'CHON MA SAN'], ['YU SON HO', 'YU SON'], ['YU SON-HO', 'YU SON'],
  ['TONG SAN HO 2', 'TONG SAN 2'], ['JIE SHUN HAO', 'JIE SHUN'], ['PETREL 8 HAO', 'PETREL 8'], ['TONG SAN 2-HO', 'TONG SAN 2'], ['MV YU SON HO', 'YU SON'],
  ['천마산', 'CHON MA SAN'], ['천마산호', 'CHON MA SAN'], ['유선호', 'YU SON'], ['유정 2호', 'YU JONG 2'], ['동산 2호', 'TONG SAN 2'], ['삼정2호', 'SAM JONG 2'],
  ['유선', 'YU SON'], ['남산 8호', 'NAM SAN 8'], ['동산2호', 'TONG SAN 2'], ['MV 천마산호', 'CHON MA SAN'],
];

test('the -ho / hao suffix and a name in Hangul are the listed ship: prohibited', () => {
  for (const [asked, listed] of SAME) {
    const m = list.match({ name: asked });
    assert.equal(m[0]?.vessel.name, listed, asked);
    assert.equal(m[0]?.by, 'name', asked);
    assert.equal(check(asked).outcome, 'prohibited', asked);
  }
});

test('a listed name that carries HO keeps it; without it, it is only possibly that ship', () => {
  const l = new DesignatedVessels([{ name: 'SAM HO', imo: '9562233', designated: '2018-01-01', legalBases: ['port-entry-ban'] }], 'x');
  assert.equal(l.match({ name: 'SAM HO' })[0]?.by, 'name');
  assert.equal(l.match({ name: 'SAM-HO' })[0]?.by, 'name');
  assert.equal(l.match({ name: 'SAM' })[0]?.by, 'name-near-miss');
});

test('innocent names stay apart', () => {
  for (const n of ['MAERSK ESSEN', 'EVER GIVEN', 'OCEAN PRIDE', 'SAM SUNG', 'PETRA', 'KIT', 'HO', 'ECHO', 'SAN', 'TONG HAE 5', 'HONG HAI 2', 'MSC ANNA']) {
    assert.equal(check(n).outcome, 'permitted', n);
  }
});

test('edits count a swap of neighbours as one', () => {
  assert.equal(damerau('PETERL8', 'PETREL8'), 1);
  assert.equal(damerau('KOTTI', 'KOTI'), 1);
  assert.equal(damerau('ABCD', 'ABCD'), 0);
  assert.equal(damerau('CA', 'ABC'), 3);
});

test('a typing error in each word of a listed vessel\'s name is review, said so; innocent names of as many words stay apart (review 28)', () => {
  for (const [asked, listed] of [['HOA FNA 6', 'HAO FAN 6'], ['CHNO MA SNA', 'CHON MA SAN'], ['SMA JOGN 2', 'SAM JONG 2'], ['TOGN SNA 2', 'TONG SAN 2'],
    ['KMU UN SNA 3', 'KUM UN SAN 3'], ['JEI SHNU', 'JIE SHUN']] as const) {
    const d = check(asked);
    assert.equal(d.outcome, 'review', `${asked}: ${d.outcome}`);
    assert.ok(d.reasons.some((r) => r.summary.includes(listed) && /typing error in/.test(r.summary)), `${asked}: ${JSON.stringify(d.reasons.map((r) => r.summary))}`);
  }
  for (const name of ['SEA STAR 7', 'GOLDEN LION', 'NEW HOPE 6', 'HAI FENG 6', 'TIAN SHUN', 'SAN JOSE 2', 'MING YANG 3']) assert.equal(check(name).outcome, 'permitted', name);
});

test('a vessel\'s name in Cyrillic or Greek letters is the listed vessel (review 29)', () => {
  for (const [asked, listed] of [['НАМ САН 8', 'NAM SAN 8'], ['КУМ УН САН 3', 'KUM UN SAN 3'], ['Ю СОН', 'YU SON'], ['ΤΣΟΝ ΜΑ ΣΑΝ', 'CHON MA SAN'], ['ΣΑΜ ΤζΟΝΓΚ 2', 'SAM JONG 2']] as const) {
    const d = check(asked);
    assert.equal(d.outcome, 'prohibited', `${asked}: ${d.outcome}`);
    assert.ok(d.reasons.some((r) => r.summary.includes(listed)), asked);
  }
});
