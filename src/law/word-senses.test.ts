import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDescription } from './word-senses.ts';

/** Whether `word` still reads as a whole word in the description as the measures read it. */
function reads(description: string, word: string): boolean {
  return new RegExp(`(?:^|[^a-z0-9])${word}(?![a-z0-9])`).test(readDescription(description));
}

test('a keyword in a compound that gives it another sense is blanked; the rest of the description stays', () => {
  const other: [string, string][] = [
    ['propane, bulk, in pressurised rail tank cars', 'tank'],
    ['tank wagons', 'tank'], ['20ft ISO tank containers', 'tank'], ['LPG storage tanks', 'tanks'], ['fuel tank for trucks', 'tank'],
    ['septic tank', 'tank'], ['think tank report', 'tank'], ['tank tops, cotton', 'tank'], ['tank-truck', 'tank'],
    ['new pressure vessel', 'vessel'], ['drinking vessels, glass', 'vessels'], ['vessel sinks', 'vessel'], ['ship spare parts', 'ship'],
    ['ready to ship', 'ship'], ['ship-to-ship transfer fenders', 'ship'], ['gravy boat', 'boat'], ['boat shoes', 'boat'], ['toy helicopter', 'helicopter'],
    ['automobile tyres', 'automobile'], ['BMW spare parts', 'bmw'], ['passenger car tyres', 'passenger car'],
    ['crude palm oil', 'crude'], ['crude glycerine', 'crude'],
    ['diesel generator sets', 'diesel'], ['propane tank', 'propane'], ['butane lighters', 'butane'], ['condensate pumps', 'condensate'],
    ['jet fuel pump', 'jet fuel'], ['coal-fired boiler', 'coal'], ['coal tar pitch', 'coal'],
    ['diamond saw blades', 'diamond'], ['porcelain insulators', 'porcelain'], ['carpet cleaner', 'carpet'],
    ['industrial robot arms', 'arms'], ['coat of arms, embroidered', 'arms'], ['hot glue guns', 'guns'], ['spray gun', 'gun'],
    ['spray pistol for paint', 'pistol'], ['shotgun microphone', 'shotgun'], ['cement mortar, dry-mix', 'mortar'],
    ['mortar and pestle, marble', 'mortar'], ['gold-plated buttons', 'gold'], ['zinc oxide', 'zinc'], ['metal detector', 'metal'],
    ['fish tank', 'fish'], ['fabric softener', 'fabric'], ['textile machinery', 'textile'], ['wood-look vinyl', 'wood'],
    ['milk of magnesia', 'magnesia'], ['rare earth magnets', 'rare earth'],
  ];
  for (const [d, w] of other) assert.equal(reads(d, w), false, `"${w}" in "${d}" is read in another sense`);
  assert.ok(reads('propane, bulk, in pressurised rail tank cars', 'propane'), 'the propane stays');
  assert.ok(reads('LPG storage tanks', 'lpg') === false, '"LPG storage" names the tank, which is not LPG');
  assert.ok(reads('tank-truck', 'truck'), 'the truck stays');
});

test('a keyword in its own sense is read as before', () => {
  const same: [string, string][] = [
    ['T-55 tanks', 'tanks'], ['main battle tank', 'tank'], ['tank ammunition', 'tank'], ['tanks, 40 units', 'tanks'],
    ['new fishing vessels', 'vessels'], ['used cargo ship', 'ship'], ['crude oil', 'crude'], ['Urals crude', 'crude'], ['crude, light', 'crude'],
    ['diesel fuel', 'diesel'], ['diesel, 10 ppm', 'diesel'], ['propane', 'propane'], ['gas condensate', 'condensate'],
    ['anthracite coal', 'coal'], ['coal, steam grade', 'coal'], ['diamond ring', 'diamond'], ['porcelain tableware', 'porcelain'],
    ['hunting guns', 'guns'], ['81 mm mortars', 'mortars'], ['mortar rounds', 'mortar'], ['small arms', 'arms'], ['arms and ammunition', 'arms'],
    ['gold bars', 'gold'], ['zinc ingots', 'zinc'], ['frozen fish', 'fish'], ['cotton fabric', 'fabric'], ['luxury car', 'luxury car'],
  ];
  for (const [d, w] of same) assert.ok(reads(d, w), `"${w}" in "${d}" keeps its sense`);
});

test('a description with none of the keywords is only lower-cased', () => {
  assert.equal(readDescription('Frozen Pollock Fillets'), 'frozen pollock fillets');
  assert.equal(readDescription(''), '');
});
