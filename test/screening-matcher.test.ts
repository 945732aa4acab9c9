// The default matcher on the bundled list: variants found, other people not, evidence both ways, explanations.
// `refs` and `top` read the match band (a possible match is not a match).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { ALGORITHM, buildIndex, createPartyScreener, DEFAULT_THRESHOLD, screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';
import type { ListRecord, UnList } from '../src/screening/un-list/model.ts';
import { nationalityEvidence } from '../src/screening/evidence.ts';
import { isInterdictError } from '../src/errors/index.ts';

let list: UnList;
let index: ScreeningIndex;
before(() => {
  list = loadUnList();
  index = buildIndex(list);
});

const matches = (name: string, extra: Record<string, unknown> = {}) => screenName(index, { name, ...extra }).filter((m) => m.band === 'match');
const refs = (name: string, extra: Record<string, unknown> = {}): string[] => matches(name, extra).map((m) => m.ref);
const top = (name: string, extra: Record<string, unknown> = {}) => matches(name, extra)[0];

test('romanization variants of DPRK names find the listed person', () => {
  const cases: [string, string][] = [
    ['PAK YONG SIK', 'KPi.063'], ['Park Young-sik', 'KPi.063'], ['Bak Yeong Sik', 'KPi.063'], ['Pak Yongsik', 'KPi.063'],
    ['Lee Je-son', 'KPi.002'], ['Yi Jeson', 'KPi.002'], ['Rhee Je Son', 'KPi.002'], ['RI JE SON', 'KPi.002'],
    ['Choi Chun-sik', 'KPi.013'], ['Kim Young Chul', 'KPi.024'], ['Kim Yeong-cheol', 'KPi.024'],
    ['Jang Myong Jin', 'KPi.007'], ['Ri Pyong Chol', 'KPi.076'], ['Lee Byung-chul', 'KPi.076'],
    ['Kyung Soo La', 'KPi.008'], ['Gyeongsoo Na', 'KPi.008'], ['Yoon Ho-jin', 'KPi.001'], ['Sohn Jung-hyuk', 'KPi.031'],
  ];
  for (const [q, ref] of cases) assert.deepEqual(refs(q), [ref], q);
});

test('Hangul input is read natively', () => {
  assert.deepEqual(refs('박영식'), ['KPi.063']);
  assert.deepEqual(refs('리제선'), ['KPi.002']);
  assert.deepEqual(refs('이제선'), ['KPi.002']);
  assert.deepEqual(refs('박 영식'), ['KPi.063']);
});

test('apostrophes, hyphens, spaces and joins are all the same name', () => {
  const score = (q: string) => top(q)?.score;
  assert.equal(score("CH'OE SO'K MIN"), score('CHOE SOK MIN'));
  assert.equal(score('Ch’oe So’k-min'), score('CHOE SOK MIN'));
  assert.equal(score('RI JE-SON'), score('RI JESON'));
  assert.equal(score('RI JE SON'), score('RI JESON'));
});

test('family name first or last', () => {
  assert.deepEqual(refs('Je-son Ri'), ['KPi.002']);
  assert.deepEqual(refs('Yong Sik Pak'), ['KPi.063']);
  assert.deepEqual(refs('Young-sik Park'), ['KPi.063']);
});

test('one syllable different is another person', () => {
  assert.equal(refs('KIM YONG CHOL').includes('KPi.068'), false); // KIM TONG CHOL
  assert.equal(refs('KIM TONG CHOL').includes('KPi.024'), false); // KIM YONG CHOL
  assert.deepEqual(refs('KIM SONG CHOL').includes('KPi.024'), false);
  assert.deepEqual(refs('PAK YONG SAM'), []);
  assert.deepEqual(refs('RIM YONG CHOL'), []);
  assert.deepEqual(refs('RI SON JE'), []); // the listed syllables, in another order
});

test('no short token silently dropped: a missing given-name syllable does not match at the default threshold', () => {
  assert.deepEqual(refs('PAK YONG'), []);
  assert.deepEqual(refs('KIM CHOL'), []);
});

test('non-Korean names: diacritics, spelling variants, order, company forms', () => {
  assert.ok(refs('Korea Ryonbong General Corp.').includes('KPe.002'));
  assert.ok(refs('Ryonbong General Corporation').includes('KPe.002'));
  assert.ok(refs('Tanchon Commercial Bank Co Ltd').includes('KPe.003'));
  assert.ok(refs('Commercial Bank Tanchon').includes('KPe.003'));
  assert.ok(refs('Tânchon Commercial Bank').includes('KPe.003'));
  assert.deepEqual(refs('John Smith'), []);
  assert.deepEqual(refs('Mr. Pak Yong Sik'), ['KPi.063']);
});

test('a typo inside a long non-Korean token is tolerated', () => {
  assert.ok(refs('Tanchonn Commercial Bank').includes('KPe.003'));
  assert.ok(refs('Pak Yongsikk').includes('KPi.063'));
});

test('low aliases match only exactly', () => {
  // KPi.064 has the low-quality alias "Choe Sok Min" beside its primary CH'OE SO'K MIN.
  const m = screenName(index, { name: 'Choe Sok Min' });
  assert.equal(m[0]?.ref, 'KPi.064');
  const lowOnly: UnList = { ...list, records: list.records.filter((r) => r.ref === 'KPi.064').map((r) => ({ ...r, names: r.names.filter((n) => n.kind === 'low') })) };
  const lowIndex = buildIndex(lowOnly);
  assert.equal(screenName(lowIndex, { name: 'CHOE SOK MIN' })[0]?.kind, 'low');
  assert.equal(screenName(lowIndex, { name: 'Choi Seok Min' }).length, 0);
});

test('former names match and are flagged', () => {
  const m = top('Lyongaksan General Trading Corporation');
  assert.equal(m?.ref, 'KPe.002');
  assert.equal(m?.kind, 'former');
  assert.match(m?.explanation.find((e) => e.feature === 'name-kind')?.detail ?? '', /former name/);
});

test('date of birth counts both ways', () => {
  const base = top('PAK YONG SIK')?.score ?? 0;
  const agrees = top('PAK YONG SIK', { dob: '1949' });
  const contradicts = screenName(index, { name: 'PAK YONG SIK', dob: '1975' }, { threshold: 0.5 })[0];
  assert.ok((agrees?.score ?? 0) >= base);
  assert.ok((contradicts?.score ?? 1) < base);
  assert.match(contradicts?.explanation.find((e) => e.feature === 'dob')?.detail ?? '', /contradicts/);
  // KPi.066 was born BETWEEN 1967 and 1969.
  const range = screenName(index, { name: 'KIM JONG SIK', dob: '1968-05-01' })[0];
  assert.ok((range?.explanation.find((e) => e.feature === 'dob')?.score ?? 0) > 0);
  // korean-v2: a contradicting year alone no longer sinks a strong variant; a contradicting full date does.
  assert.equal(screenName(index, { name: 'PARK YOUNG SIK', dob: '1975' })[0]?.ref, 'KPi.063');
  // KPi.001 YUN HO-JIN was born on 1944-10-13.
  assert.equal(screenName(index, { name: 'Yoon Ho-jin', dob: '1950' })[0]?.ref, 'KPi.001');
  const fullDate = screenName(index, { name: 'Yoon Ho-jin', dob: '1950-03-02' });
  assert.equal(fullDate.filter((m) => m.band === 'match').length, 0, 'a contradicting full date drops a variant below the threshold');
  assert.deepEqual(fullDate.map((m) => [m.ref, m.band]), [['KPi.001', 'possible']], 'to a possible match: a person looks at it');
  // korean-v1 kept −0.15 for a year.
  assert.equal(screenName(buildIndex(list, 'korean-v1'), { name: 'PARK YOUNG SIK', dob: '1975' }).length, 0);
});

test('nationality counts both ways', () => {
  const kp = top('Kim Young Chul', { nationality: 'KP' });
  const kr = screenName(index, { name: 'Kim Young Chul', nationality: 'Republic of Korea' }, { threshold: 0.5 })[0];
  assert.ok((kp?.explanation.find((e) => e.feature === 'nationality')?.score ?? 0) > 0);
  assert.ok((kr?.explanation.find((e) => e.feature === 'nationality')?.score ?? 0) < 0);
  // A bare "Korea" (either Korea) is not evidence against a DPRK national.
  assert.equal(top('Kim Young Chul', { nationality: 'Korea' })?.explanation.find((e) => e.feature === 'nationality')?.score, 0);
  // A listed country we hold no name for ("Switzerland") is not contradicted by its code, nor by another code.
  const swiss = { nationalities: ['Switzerland'] } as unknown as ListRecord;
  assert.equal(nationalityEvidence('CH', swiss)?.score, 0);
  assert.equal(nationalityEvidence('KP', swiss)?.score, 0);
  assert.ok((nationalityEvidence('CH', { nationalities: ['Democratic People\'s Republic of Korea'] } as unknown as ListRecord)?.score ?? 0) < 0, 'two known countries that differ do contradict');
  assert.ok((kp?.score ?? 0) > (kr?.score ?? 1));
});

test('document numbers count both ways', () => {
  const withDoc = list.records.find((r) => r.regime === 'DPRK' && r.kind === 'person' && r.documents.length > 0);
  assert.ok(withDoc !== undefined);
  const name = withDoc.names[0]?.full ?? '';
  const doc = withDoc.documents[0]?.number ?? '';
  const agree = screenName(index, { name, documents: [doc] })[0];
  const other = screenName(index, { name, documents: ['X0000000'] }, { threshold: 0.5 }).find((m) => m.ref === withDoc.ref);
  assert.ok((agree?.explanation.find((e) => e.feature === 'document')?.score ?? 0) > 0);
  assert.ok((other?.explanation.find((e) => e.feature === 'document')?.score ?? 0) < 0);
});

test('every match carries its explanation, algorithm and list version', () => {
  const m = top('Park Young-sik', { dob: '1949', nationality: 'KP' });
  assert.ok(m !== undefined);
  assert.equal(m.algorithm, ALGORITHM);
  assert.equal(m.algorithm, 'korean-v3');
  assert.equal(m.listVersion, list.version.id);
  assert.equal(m.regime, 'DPRK');
  assert.equal(m.name, 'PAK YONG SIK');
  assert.deepEqual(m.explanation.map((e) => e.feature), ['name', 'name-kind', 'dob', 'nationality']);
  assert.match(m.explanation[0]?.detail ?? '', /park~pak \(same Korean reading\)/);
  assert.ok(m.score >= DEFAULT_THRESHOLD && m.score <= 1);
});

test('type filter and threshold', () => {
  assert.deepEqual(refs('PAK YONG SIK', { type: 'entity' }), []);
  assert.ok(screenName(index, { name: 'PAK YONG' }, { threshold: 0.6 }).some((m) => m.ref === 'KPi.063'));
});

test('empty names and bad dates are refused', () => {
  assert.throws(() => screenName(index, { name: '  ' }), (e) => isInterdictError(e) && e.code === 'SCREEN_BAD_INPUT');
  assert.throws(() => screenName(index, { name: 'PAK', dob: '49' }), (e) => isInterdictError(e) && e.location.field === 'dob');
});

test('the party screener for check has the PartyMatch shape', () => {
  const screen = createPartyScreener(index);
  const m = screen({ name: 'Park Young Sik', type: 'person' });
  assert.deepEqual(Object.keys(m[0] ?? {}).sort(), ['algorithm', 'band', 'listVersion', 'listedOn', 'name', 'ref', 'regime', 'score']);
  assert.equal(m[0]?.ref, 'KPi.063');
  assert.equal(m[0]?.band, 'match');
  const possible = screen({ name: 'PAK TONG SIK', type: 'person' })[0];
  assert.equal(possible?.band, 'possible');
  assert.match(possible?.shortfall ?? '', /not in the listed name: tong/);
  assert.equal(m[0]?.listedOn, '2017-09-11', 'when the record was listed');
  assert.deepEqual(screen({ name: 'John Smith' }), []);
});
