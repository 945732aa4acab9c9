// A designated vessel written as documents write it (MV PETREL 8, TONG SAN NO.2, PETREL VIII, K0TI,
// PETREL 8 (IMO 9562233)) is the listed ship: found exactly, and `check` prohibits as for the plain name.
// What is only close stays a possible match (review); other ships stay apart.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { evaluate, parseTransaction, type CheckContext } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';
import { DesignatedVessels } from '../src/ships/designated-vessels.ts';
import { parseVesselList } from '../src/ships/vessel-list-csv.ts';
import { vesselScreener } from '../src/app/vessel-screener.ts';
import { DEFAULT_SCAN_OPTIONS } from '../src/ships/scan-options.ts';
import { loadPorts } from '../src/ships/ports.ts';
import { Scan } from '../src/ships/scan.ts';

const law = loadLaw();
const list = new DesignatedVessels(parseVesselList(readFileSync(path.join('examples', '1718-vessels-sample.csv'), 'utf8')), 'sample');
const screen = vesselScreener(list);
const ctx: CheckContext = { screenVessel: screen };

// The reported transaction: a car from China to Germany carried by the vessel named.
function check(vessel: object, c: CheckContext = ctx) {
  const tx = { id: 'v', type: 'goods', date: '2019-04-01', from: 'CN', to: 'DE', goods: [{ hs: '8703.23', description: 'passenger car' }], vessels: [vessel] };
  return evaluate(parseTransaction(tx, 'test'), law, c);
}

// Every form of the report, with the listed ship it is.
const FORMS: [string, string][] = [
  ['MV PETREL 8', 'PETREL 8'], ['M/V PETREL 8', 'PETREL 8'], ['M.V. TONG SAN 2', 'TONG SAN 2'], ['MT TONG SAN 2', 'TONG SAN 2'],
  ['SS PETREL 8', 'PETREL 8'], ['PETREL NO. 8', 'PETREL 8'], ['TONG SAN NO.2', 'TONG SAN 2'], ['TONG SAN NO 2', 'TONG SAN 2'],
  ['PETREL VIII', 'PETREL 8'], ['K0TI', 'KOTI'], ['PETREL 8 (IMO 9562233)', 'PETREL 8'],
  // And the same family: other prefixes, "#", combinations, lower case.
  ['M/T TONG SAN 2', 'TONG SAN 2'], ['M.T. TONG SAN 2', 'TONG SAN 2'], ['S.S. PETREL 8', 'PETREL 8'], ['F/V PETREL 8', 'PETREL 8'], ['M/S PETREL 8', 'PETREL 8'],
  ['MY PETREL 8', 'PETREL 8'], ['TB PETREL 8', 'PETREL 8'], ['LPG/C PETREL 8', 'PETREL 8'], ['PETREL #8', 'PETREL 8'], ['PETREL No.8', 'PETREL 8'],
  ['mv Petrel No. VIII', 'PETREL 8'], ['M/V K0TI', 'KOTI'], ['T0NG 5AN 2', 'TONG SAN 2'], ['HAO FAN VI', 'HAO FAN 6'], ['RYE SONG GANG I', 'RYE SONG GANG 1'],
  ['PETREL 8 IMO 9562233', 'PETREL 8'], ['PETREL 8 [IMO No. 9562233]', 'PETREL 8'], ['MV PETREL 8 (IMO: 9562233)', 'PETREL 8'],
  // Carried from the web or mail with the space encoded (security review 16, R16-2).
  ['PETREL&nbsp;8', 'PETREL 8'], ['PETREL%25208', 'PETREL 8'], ['TONG&#32;SAN&#32;2', 'TONG SAN 2'], ['PETREL=208', 'PETREL 8'],
  // The plain forms that already matched.
  ['PETREL 8', 'PETREL 8'], ['PETREL8', 'PETREL 8'], ['PETREL-8', 'PETREL 8'],
];

test('the screener finds each written form as the listed ship, by name (or by the IMO number in it)', () => {
  for (const [name, listed] of FORMS) {
    if (name === 'RYE SONG GANG I') continue; // a lone I is not read as 1 (below)
    const got = screen({ name }).map((m) => [m.name, m.by]);
    const by = /IMO/.test(name) ? 'imo' : 'name';
    assert.deepEqual(got, [[listed, by]], name);
    assert.deepEqual(list.match({ name }).map((m) => [m.vessel.name, m.by]), [[listed, by]], name);
  }
});

test('check: each written form of a designated vessel is prohibited, as the plain name is', () => {
  for (const [name, listed] of FORMS) {
    if (name === 'RYE SONG GANG I') continue;
    const d = check({ name });
    assert.equal(d.outcome, 'prohibited', name);
    assert.ok(d.reasons.some((r) => r.effect === 'prohibits' && r.field === 'vessels[0]' && r.summary.includes(`is ${listed} (IMO`)), `${name}: ${JSON.stringify(d.reasons)}`);
  }
});

test('only close stays possible: one letter off, a lone I, a trailing V, X or XI reviewed, never permitted', () => {
  for (const name of ['PETRELL 8', 'PETREL 9', 'MV PETRELL 8', 'M/V PETREL 9', 'PETREL NO. 9', 'RYE SONG GANG I']) {
    assert.deepEqual(screen({ name }).map((m) => m.by), ['name-near-miss'], name);
    const d = check({ name });
    assert.equal(d.outcome, 'review', name);
    assert.ok(d.reasons.some((r) => r.effect === 'requires-review' && /possibly is/.test(r.summary)), name);
  }
  // A trailing XI, V or X may be a word or a letter: the ship named so is possibly the numbered one.
  const numbered = new DesignatedVessels([
    { name: 'DONG 11', imo: '9562233', designated: '2017-10-03', legalBases: ['port-entry-ban'] },
    { name: 'STAR 5', imo: '8628597', designated: '2017-10-03', legalBases: ['port-entry-ban'] },
    { name: 'HUA XI', imo: '8937675', designated: '2017-10-03', legalBases: ['port-entry-ban'] },
  ], 'x');
  const c: CheckContext = { screenVessel: vesselScreener(numbered) };
  for (const [name, listed] of [['DONG XI', 'DONG 11'], ['MV STAR V', 'STAR 5'], ['HUA 11', 'HUA XI']] as const) {
    assert.deepEqual(numbered.match({ name }).map((m) => [m.vessel.name, m.by]), [[listed, 'name-near-miss']], name);
    assert.equal(check({ name }, c).outcome, 'review', name);
  }
  assert.equal(check({ name: 'DONG 11' }, c).outcome, 'prohibited');
  assert.equal(check({ name: 'M/V HUA XI' }, c).outcome, 'prohibited');
});

test('negatives: another ship with a prefix stays apart; a prefix alone is no name; a ship named "NO 8 STAR" is itself', () => {
  assert.deepEqual(screen({ name: 'MV HAO FAN 6' }).map((m) => m.name), ['HAO FAN 6']);
  assert.deepEqual(screen({ name: 'M/V YU SON' }).map((m) => m.name), ['YU SON']);
  for (const name of ['MV', 'M/V', 'M.V.', 'MT', 'SS', 'MV OCEAN STAR', 'M/V SEA GLORY NO. 8', 'MSC PETREL', 'NO 8 STAR', 'IMO', 'MV 8', '#8', 'NO. 8', '']) {
    assert.deepEqual(screen({ name }), [], name);
    if (name !== '') assert.equal(check({ name }).outcome, 'permitted', name);
  }
  const star = new DesignatedVessels([{ name: 'NO 8 STAR', imo: '9562233', designated: '2017-10-03', legalBases: ['port-entry-ban'] }], 'x');
  for (const name of ['NO 8 STAR', 'NO. 8 STAR', 'MV NO 8 STAR', 'No.8 Star']) assert.deepEqual(star.match({ name }).map((m) => m.by), ['name'], name);
  assert.deepEqual(star.match({ name: '8 STAR' }).map((m) => m.by), []);
  // A listed name in a document's form meets its plain writing too (both sides are read alike).
  const prefixed = new DesignatedVessels([{ name: 'M/V BLUE OCEAN NO.3', imo: '9562233', designated: '2017-10-03', legalBases: ['port-entry-ban'] }], 'x');
  for (const name of ['BLUE OCEAN 3', 'MV BLUE OCEAN III', 'M/V BLUE OCEAN NO.3']) assert.deepEqual(prefixed.match({ name }).map((m) => m.by), ['name'], name);
});

test('an IMO number written into the name is screened as a number: its check digit, a contradiction, a repaint', () => {
  // The number alone, in the name field: still that ship.
  assert.equal(check({ name: 'IMO 9562233' }).outcome, 'prohibited');
  // Another name, the listed number: the number speaks.
  const other = check({ name: 'OCEAN STAR (IMO 8937675)' });
  assert.equal(other.outcome, 'prohibited');
  assert.ok(other.reasons.some((r) => /TONG SAN 2 \(IMO 8937675\).*matched by IMO number/.test(r.summary)));
  // The listed name with another valid number: which ship is it? Reviewed, as with the imo field.
  const contradicted = check({ name: 'PETREL 8 (IMO 9000003)' });
  assert.equal(contradicted.outcome, 'review');
  assert.ok(contradicted.reasons.some((r) => /has the name of PETREL 8 \(IMO 9562233\).*but another IMO number/.test(r.summary)));
  // A number failing its check digit is reviewed naming the name field; a repainted one as the ship it would be.
  const bad = check({ name: 'OCEAN STAR (IMO 1234568)' });
  assert.equal(bad.outcome, 'review');
  assert.ok(bad.reasons.some((r) => r.field === 'vessels[0].name' && /written in its name \(1234568\) fails its check digit/.test(r.summary)));
  const repaint = check({ name: 'OCEAN STAR IMO 8660318' });
  assert.equal(repaint.outcome, 'review');
  assert.ok(repaint.reasons.some((r) => r.field === 'vessels[0].name' && /look-alike digit from CHON MA SAN/.test(r.summary)));
  // The imo field and a different number in the name: whichever is listed is that ship.
  assert.equal(check({ name: 'OCEAN STAR (IMO 9562233)', imo: '9000003' }).outcome, 'prohibited');
  assert.equal(check({ name: 'OCEAN STAR (IMO 9000003)', imo: '9562233' }).outcome, 'prohibited');
  assert.deepEqual(screen({ name: 'OCEAN STAR (IMO 9000003)', imo: '9000003' }), []);
  // Without a list, the name's number is still checked, and the decision is never permitted.
  assert.equal(check({ name: 'PETREL 8 (IMO 9562233)' }, {}).outcome, 'conditional');
});

test('AIS: a static name written with a prefix, "NO" or run together is a designated sighting', () => {
  for (const name of ['MV PETREL 8', 'PETREL8', 'PETREL NO8', 'M.V.TONG SAN 2']) {
    const s = new Scan({ ...DEFAULT_SCAN_OPTIONS }, { ports: loadPorts(), designated: list });
    for (const l of ['mmsi,timestamp,lat,lon,sog,imo,name,flag', `538000009,2019-03-01T05:00:00Z,30,125,1,,${name},`]) s.push(l);
    const d = s.finish().events.map((e) => e.event).filter((e) => e.kind === 'designated');
    assert.equal(d.length, 1, name);
    assert.equal(d[0]!.evidence.matchedBy, 'name', name);
  }
});
