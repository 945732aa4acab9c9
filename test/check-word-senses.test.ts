/**
 * Description words in the sense their compound gives them, through the whole engine: goods named by a
 * keyword in another sense ("rail tank cars", "glue guns", "rocket salad") are never banned or capped as
 * what the bare word would name, while the keyword in its own sense still is.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate, parseTransaction, type Decision } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';

const law = loadLaw();

function check(description: string, date: string, from = 'CN', to = 'KP'): Decision {
  // Ten tonnes for livelihood: what a capped fuel needs to be decided, and nothing to anything else.
  return evaluate(parseTransaction({ type: 'goods', date, from, to, goods: [{ description, quantity: 10, unit: 't' }], purpose: 'livelihood' }, 'test'), law);
}

/** The paragraphs that prohibit or condition the line ("1718 8(a)", "2397 5"). */
function reached(d: Decision): string[] {
  return d.reasons.filter((r) => r.effect === 'prohibits' || r.effect === 'conditions').map((r) => `${r.resolution} ${r.paragraph}`);
}

test('a keyword in another sense bans and caps nothing: the line is review (not identified) or reached by what it really is', () => {
  const otherSense: [string, string][] = [
    ['tank wagons', '2017-03-01'], ['20ft ISO tank containers', '2017-03-01'], ['think tank report', '2017-03-01'], ['septic tank', '2017-03-01'],
    ['glue guns', '2017-03-01'], ['spray gun for paint', '2017-03-01'], ['rocket salad (arugula)', '2017-03-01'], ['bath bombs', '2017-03-01'],
    ['carbon fibres', '2017-03-01'], ['ink jet printer', '2017-03-01'], ['drinking vessels, glass', '2017-03-01'], ['new pressure vessel', '2017-03-01'],
    ['aviation headsets', '2017-03-01'], ['crude palm oil', '2019-03-01'], ['diesel generator sets', '2017-12-01'], ['butane lighters', '2018-03-01'],
    ['condensate pumps', '2018-03-01'], ['cement mortar', '2017-03-01'], ['mortar and pestle', '2017-03-01'], ['industrial robot arms', '2017-03-01'],
    ['shotgun microphone', '2017-03-01'], ['diamond saw blades', '2017-03-01'], ['automobile tyres', '2014-03-01'], ['toy helicopter, new', '2017-03-01'],
  ];
  for (const [description, date] of otherSense) {
    const d = check(description, date);
    // Condensate pumps are machinery (HS 8413): from 2018 2397 para 7 reaches them as what they really are.
    assert.deepEqual(reached(d), description === 'condensate pumps' ? ['2397 7'] : [], `"${description}" on ${date}: ${JSON.stringify(d.reasons.map((r) => `${r.resolution} ${r.paragraph} ${r.effect}`))}`);
    assert.notEqual(d.outcome, 'permitted', `"${description}" is not identified, so it is review`);
  }
  const fromDprk: string[] = ['coal-fired boiler', 'coal tar pitch', 'fish tank', 'fabric softener', 'gold-plated buttons', 'zinc oxide'];
  for (const description of fromDprk) {
    const d = check(description, '2017-03-01', 'KP', 'CN');
    assert.deepEqual(reached(d), [], `"${description}" from the DPRK: ${JSON.stringify(d.reasons.map((r) => `${r.resolution} ${r.paragraph} ${r.effect}`))}`);
  }
});

test('the same keywords in their own sense are reached as before', () => {
  const ownSense: [string, string, string][] = [
    ['main battle tanks', '2017-03-01', '1718 8(a)'], ['T-55 tanks', '2010-03-01', '1874 10'], ['hunting guns', '2017-03-01', '2270 6'],
    ['81 mm mortars', '2017-03-01', '1874 10'], ['new fishing vessels', '2017-03-01', '2321 30'], ['crude oil', '2019-03-01', '2397 4'],
    ['diesel', '2019-03-01', '2397 5'], ['propane, bulk, in pressurised rail tank cars', '2019-03-01', '2397 5'], ['jet fuel', '2017-03-01', '2270 31'],
  ];
  for (const [description, date, cited] of ownSense) {
    const d = check(description, date);
    assert.ok(reached(d).includes(cited), `"${description}" on ${date} cites ${cited}: ${JSON.stringify(d.reasons.map((r) => `${r.resolution} ${r.paragraph} ${r.effect}`))}`);
  }
  assert.ok(reached(check('anthracite coal', '2018-03-01', 'KP', 'CN')).includes('2371 8'));
});
