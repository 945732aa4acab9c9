/**
 * Word senses: the description words the law data uses to identify goods ("tank", "vessel", "crude",
 * "diesel", "mortar") also have other senses, and a compound says which ("rail tank cars" are wagons,
 * "pressure vessels" are containers, "crude palm oil" is not petroleum, a "diesel generator" is
 * machinery, "cement mortar" is building material). `readDescription` lower-cases a description and
 * blanks every keyword that stands in such a compound, so no measure reads it in that sense; the rest of
 * the description is read as before ("propane, in rail tank cars" is still propane).
 *
 * Blanking only ever takes a reading away: a line left with no recognisable word is `review` (goods not
 * identified), never `permitted`, so an entry here can at worst turn an answer into a review.
 *
 * One table for every measure: a sense belongs to the word, not to the paragraph that lists it. Each entry
 * names the keywords (regular-expression sources, lower case) and the neighbours that give them another
 * sense: the word just `before` ("storage tank"), just `after` ("tank car"), or any word after except those
 * that keep the sense (`afterAnyBut`: "crude palm oil" but "crude oil"). Neighbours are separated by spaces
 * or hyphens; a space in an entry matches either.
 */

interface Sense {
  words: readonly string[];
  before?: readonly string[];
  after?: readonly string[];
  afterAnyBut?: readonly string[];
}

/** Equipment and containers named after the fuel they burn or hold: the item is not the fuel. */
const FUEL_EQUIPMENT = [
  'engines?', 'generators?', 'gensets?', 'generating sets?', 'generator sets?', 'locomotives?', 'pumps?', 'dispensers?', 'stations?',
  'burners?', 'heaters?', 'stoves?', 'cookers?', 'lighters?', 'motors?', 'injectors?', 'nozzles?', 'filters?', 'tanks?', 'cylinders?',
  'canisters?', 'bottles?', 'cans?', 'trucks?', 'forklifts?', 'vehicles?', 'cars?', 'hoses?', 'meters?', 'regulators?', 'valves?',
  'boilers?', 'furnaces?', 'lamps?', 'lanterns?', 'torch(?:es)?', 'mowers?', 'chainsaws?', 'compressors?', 'carriers?', 'tankers?',
  'equipment', 'fuel tanks?', 'fuel pumps?', 'fuel filters?', 'fuel injectors?', 'drains?', 'traps?', 'return', 'lines?', 'pipes?',
  'recovery', 'collectors?', 'analy[sz]ers?', 'sensors?', 'detectors?', 'gauges?', 'kits?', 'storage',
  // A propulsion, not the fuel: "diesel-electric submarine", "diesel-electric locomotive".
  'electric',
];

/** Oils, fluids and care products named after the machine they serve: "engine oil" is a lubricant, not an engine. */
const MACHINE_SUPPLIES = ['oils?', 'fluids?', 'coolants?', 'grease', 'lubricants?', 'spirit', 'gasoline', 'fuels?', 'cleaners?', 'degreasers?', 'flush', 'treatment', 'additives?'];

/** What a metal word names when it is a colour, a finish or a chemical compound rather than the metal. */
const NOT_THE_METAL = ['plated', 'plating', 'coloured', 'colored', 'colou?rs?', 'tone', 'toned', 'finish', 'effect', 'oxides?', 'sulphates?', 'sulfates?', 'chlorides?', 'nitrates?', 'stearates?', 'carbonates?', 'hydroxides?', 'acetates?', 'cyanides?'];

/** Parts, accessories and models of a vehicle, vessel or aircraft: not the vehicle itself. */
const PARTS_AND_MODELS = ['parts?', 'spares?', 'spare parts?', 'accessor(?:y|ies)', 'models?', 'toys?', 'covers?', 'paints?', 'engines?', 'motors?', 'equipment'];

const SENSES: readonly Sense[] = [
  // Battle tanks (1718 para 8(a)/(b), 1874 para 10) against containers, wagons and clothing.
  {
    words: ['tanks?'],
    before: [
      'storage', 'fuel', 'water', 'oil', 'gas', 'septic', 'fish', 'think', 'iso', 'pressure', 'pressuri[sz]ed', 'expansion', 'holding',
      'ballast', 'cargo', 'propane', 'lpg', 'butane', 'lng', 'chemical', 'rail', 'road', 'stainless', 'plastic', 'polyethylene', 'poly',
      'steel', 'toilet', 'diesel', 'petrol', 'gasoline', 'air', 'oxygen', 'nitrogen', 'hydraulic', 'buffer', 'mixing', 'settling',
      'fermentation', 'fermenting', 'brewing', 'aquarium', 'ibc', 'flush', 'header', 'surge', 'milk', 'wine', 'beer', 'acid', 'sewage',
      'slurry', 'feed', 'ink', 'scuba', 'dive', 'diving', 'float', 'cooling', 'day', 'service', 'sump', 'dip', 'wash', 'rinse', 'plating',
    ],
    after: [
      'cars?', 'wagons?', 'trucks?', 'trailers?', 'semi', 'semitrailers?', 'containers?', 'farms?', 'tops?', 'lorr(?:y|ies)', 'ships?', 'vessels?', 'barges?',
      'liners?', 'linings?', 'cleaning', 'terminals?', 'valves?', 'gauges?', 'level', 'lids?', 'caps?', 'heaters?', 'coatings?',
    ],
  },
  // Ships and boats (2321 para 30, 2397 paras 6 and 14) against containers, tableware, verbs and parts.
  {
    words: ['vessels?'],
    before: [
      'pressure', 'reaction', 'reactor', 'storage', 'vacuum', 'drinking', 'cooking', 'blood', 'dewar', 'glass', 'ceramic', 'porcelain',
      'clay', 'mixing', 'process', 'chemical', 'culture', 'serving', 'lymph', 'lymphatic', 'fermentation', 'fermenting', 'expansion',
      'buffer', 'receiver', 'plastic', 'bronze', 'ritual',
    ],
    after: ['sinks?', 'filters?', 'heads?', ...PARTS_AND_MODELS],
  },
  { words: ['ships?'], before: ['to', 'model', 'toy', 'drop'], after: ['to', 'chandlery', 'supplies', 'stores', 'repairs?', ...PARTS_AND_MODELS] },
  { words: ['boats?'], before: ['gravy', 'sauce', 'toy', 'model', 'paper'], after: ['shoes?', 'neck', 'trailers?', 'hooks?', ...PARTS_AND_MODELS] },
  { words: ['helicopters?'], before: ['toy', 'model', 'rc', 'remote control', 'remote controlled', 'radio controlled'], after: PARTS_AND_MODELS },
  {
    words: ['automobiles?', 'passenger cars?', 'luxury cars?', 'racing cars?', 'sports cars?', 'sedans?', 'limousines?', 'mercedes', 'mercedes-benz', 'bmw', 'lexus', 'bentley', 'rolls-royce'],
    before: ['toy', 'model'],
    after: ['tyres?', 'tires?', 'batter(?:y|ies)', 'filters?', 'mats?', 'floor mats?', 'wipers?', 'lamps?', 'bulbs?', 'seat covers?', 'glass', 'wheels?', 'chargers?', 'radios?', ...PARTS_AND_MODELS],
  },
  // "in rail tank cars" names the wagon the goods travel in (the tank entry blanks "tank" there too).
  { words: ['cars?'], before: ['toy', 'model', 'slot', 'tank', 'rail', 'railway', 'railroad'], after: ['tyres?', 'tires?', 'seats?', 'mats?', 'floor mats?', 'wax', 'shampoos?', 'covers?', 'chargers?', 'care', 'wash', 'fresheners?', 'polish'] },
  { words: ['yachts?'], before: ['toy', 'model'], after: ['varnish', ...PARTS_AND_MODELS] },
  { words: ['trucks?'], before: ['toy', 'model'] },
  // Crude oil (2375 para 15, 2397 para 4): "crude oil", "crude petroleum", "crude, Urals" — not "crude palm oil".
  { words: ['crude'], afterAnyBut: ['oils?', 'petroleum', 'condensates?'] },
  // Fuels (2270 para 31, 2375 paras 13-14, 2397 para 5) against the engines, stoves and tanks named after them.
  {
    words: [
      'diesel', 'gasoline', 'petrol', 'kerosene', 'kerosine', 'paraffin', 'propane', 'butane', 'lpg', 'autogas', 'jet fuel', 'fuel oil',
      'gas oil', 'gasoil', 'heating oil', 'avgas', 'lubricants?', 'lubricating oil', 'condensates?',
    ],
    after: FUEL_EQUIPMENT,
  },
  // Coal (2270 para 29, 2321 para 26(b), 2371 para 8): the fuel, not the boiler, the mine's machinery or coal tar.
  {
    words: ['coal'],
    after: ['fired', 'tar', 'gas', 'mining', 'mines?', 'crushers?', 'washers?', 'conveyors?', 'boilers?', 'stoves?', 'scuttles?', 'handling', 'mills?', 'cutters?', 'shearers?', 'gasification', 'chemicals?', 'equipment', 'machinery'],
  },
  // Luxury goods (1718 para 8(a) and its annexes) against tools, building materials and fittings.
  {
    words: ['diamonds?'],
    after: ['saws?', 'blades?', 'drills?', 'bits?', 'tools?', 'wires?', 'discs?', 'disks?', 'wheels?', 'grinding', 'abrasives?', 'powder', 'dust', 'grit', 'plates?', 'patterns?', 'shaped', 'core', 'files?', 'cutters?', 'cutting', 'dressers?', 'paste'],
  },
  { words: ['porcelain'], after: ['insulators?', 'tiles?', 'sinks?', 'toilets?', 'basins?', 'wash basins?', 'veneers?', 'crowns?', 'bushings?', 'fuses?', 'sanitary', 'bathtubs?'] },
  { words: ['jewel', 'jewellery', 'jewelry'], after: ['box(?:es)?', 'cases?', 'cleaners?', 'bearings?', 'displays?'] },
  { words: ['rugs?', 'carpets?'], after: ['cleaners?', 'cleaning', 'shampoos?', 'tapes?', 'underlays?', 'beaters?', 'adhesives?', 'glue', 'grippers?', 'kni(?:fe|ves)'] },
  { words: ['luxury'], before: ['non'] },
  // Arms (1874 paras 9-10, 2270 para 6) against machines, furniture, tools and toys.
  {
    words: ['arms'],
    before: ['robot', 'robotic', 'chair', 'wiper', 'swing', 'suspension', 'control', 'lamp', 'crane', 'mechanical', 'articulated', 'rocker', 'tone', 'sofa', 'loader', 'coat of', 'coats of', 'mixer', 'microphone', 'monitor'],
  },
  {
    words: ['guns?', 'pistols?'],
    before: [
      'glue', 'hot glue', 'spray', 'nail', 'heat', 'grease', 'staple', 'caulking', 'caulk', 'soldering', 'paint', 'water', 'toy', 'massage',
      'radar', 'speed', 'tattoo', 'price', 'label', 'labelling', 'labeling', 'rivet', 'riveting', 'blow', 'blowing', 'foam', 'sealant',
      'silicone', 'cleaning', 'bubble', 'nerf', 'cap', 'electron', 'ion', 'air blow', 'dust', 'texture', 'sandblasting', 'sand blasting',
    ],
    after: ['grips?', 'metal', 'grey', 'gray', 'drills?', 'safes?', 'cabinets?'],
  },
  // Heavy arms and their vocabulary (1718 para 8(a)/(b), 1874 paras 9-10, 2270 para 6) against tools, toys,
  // garments, sweets and cables named after them.
  { words: ['military'], after: ['grade', 'style', 'specs?', 'specifications?', 'standards?', 'green', 'khaki', 'history', 'books?', 'museums?'] },
  { words: ['cannons?'], before: ['water', 'snow', 'foam', 'confetti', 'air', 'fog', 'ion', 'paint', 'glitter', 'toy'] },
  { words: ['fighters?'], before: ['fire', 'crime', 'freedom', 'street', 'prize', 'toy'], after: ['kites?', 'games?', 'figures?', 'fish'] },
  { words: ['bombers?'], after: ['jackets?', 'hats?'] },
  { words: ['bombs?'], before: ['bath', 'seed', 'glitter', 'photo', 'stink', 'calorie', 'flavou?r'], after: ['calorimeters?', 'shelters?', 'proof', 'detectors?'] },
  { words: ['destroyers?'], before: ['document', 'paper', 'data', 'disk', 'media'] },
  { words: ['launchers?'], before: ['ball', 'balloon', 'toy', 'tennis', 'line', 'lifeline', 'water rocket', 'fishing', 'bait', 'clay', 'target', 'frisbee', 'app', 'boat', 'game'] },
  { words: ['torpedo', 'torpedoes'], before: ['rescue'], after: ['levels?', 'bags?', 'heaters?', 'buoys?', 'floats?'] },
  { words: ['submarines?'], after: ['cables?', 'sandwich(?:es)?', 'pipelines?', 'power', 'fibre', 'fiber', 'telecommunications?', 'communications?'] },
  { words: ['corvettes?'], before: ['chevrolet', 'chevy'], after: ['convertibles?', 'coupes?', 'stingray'] },
  { words: ['anthrax'], after: ['vaccines?', 'immuni[sz]ation'] },
  { words: ['warheads?'], after: ['cand(?:y|ies)', 'sours?', 'sweets?'] },
  { words: ['shotguns?'], after: ['microphones?', 'mics?', 'mikes?'] },
  { words: ['rifles?'], before: ['toy'] },
  {
    words: ['mortars?'],
    before: [
      'cement', 'mix', 'mixed', 'masonry', 'tile', 'tiling', 'repair', 'lime', 'refractory', 'thinset', 'thin set', 'levell?ing', 'polymer',
      'bedding', 'premixed', 'pre mixed', 'waterproof', 'waterproofing', 'grout', 'brick', 'bricklaying', 'plaster', 'render', 'adhesive',
      'marble', 'granite', 'stone', 'wooden', 'ceramic', 'porcelain', 'kitchen', 'pestle and', 'building', 'construction', 'dry',
    ],
    after: ['and pestle', 'pestles?', 'mix', 'mixers?', 'mixing', 'boards?', 'admixtures?', 'additives?', 'sand', 'powder', 'bags?', 'trowels?', 'joints?', 'plastici[sz]ers?', 'pumps?', 'sprayers?'],
  },
  // Metals from the DPRK (2270 para 30, 2321 para 28) and to it (2397 para 7): the metal, not its colour or salts.
  { words: ['gold'], after: [...NOT_THE_METAL, 'foil'] },
  { words: ['silver', 'copper', 'zinc'], after: NOT_THE_METAL },
  { words: ['nickel'], after: [...NOT_THE_METAL, 'cadmium', 'metal hydride'] },
  { words: ['metals?'], before: ['non'], after: ['detectors?', 'halide', 'free', 'music'] },
  { words: ['steel'], after: ['guitars?', 'blue', 'grey', 'gray', 'wool'] },
  // Iron (2270 para 29, 2321 para 26, 2371 para 8; 2397 para 7): the metal, not the appliance, the golf club or the nutrient.
  {
    words: ['irons?'],
    before: ['steam', 'electric', 'flat', 'travel', 'soldering', 'curling', 'hair', 'golf', 'waffle', 'branding', 'clothes', 'clothing'],
    after: [...NOT_THE_METAL, 'boards?', 'man', 'supplements?', 'tablets?', 'pills?', 'deficiency', 'fortified', 'drops'],
  },
  { words: ['ferrous'], before: ['non'], after: NOT_THE_METAL },
  // Machinery and electrical equipment (2397 paras 6-7) against the oils, ties and fittings named after them.
  { words: ['engines?', 'motors?', 'pumps?', 'compressors?', 'turbines?', 'transformers?', 'generators?'], before: ['search', 'toy', 'model'], after: MACHINE_SUPPLIES },
  // Not "machine gun": that is a weapon, read by the arms measures.
  // Medical machines are instruments of HS chapter 90, not the machinery of HS 84.
  { words: ['machines?'], before: ['toy', 'model', 'ultrasound', 'x ray', 'xray', 'dialysis', 'haemodialysis', 'hemodialysis', 'ecg', 'ekg', 'anaesthesia', 'anesthesia', 'cpap', 'mri', 'ct'], after: [...MACHINE_SUPPLIES, 'made', 'washable', 'wash', 'knitted', 'embroidered', 'readable', 'learning', 'translation'] },
  { words: ['cables?'], after: ['ties?', 'clips?', 'organi[sz]ers?', 'protectors?', 'sleeves?'] },
  { words: ['jumpers?'], after: ['cables?', 'wires?', 'leads?', 'starters?'] },
  // DPRK exports (2371 para 9 seafood, 2375 para 16 textiles, 2397 para 6).
  { words: ['fish'], after: ['tanks?', 'finders?', 'hooks?', 'bowls?', 'traps?', 'food', 'feed', 'tapes?', 'eyes?', 'plates?'] },
  { words: ['crabs?'], after: ['apples?'] },
  { words: ['fabrics?'], after: ['softeners?', 'conditioners?', 'glue', 'dyes?', 'paints?', 'sprays?'] },
  { words: ['textiles?'], after: ['machinery', 'machines?', 'dyes?', 'chemicals?', 'auxiliar(?:y|ies)'] },
  { words: ['clothing', 'garments?'], after: ['hangers?', 'racks?', 'steamers?'] },
  { words: ['coats?'], before: ['top', 'base', 'primer', 'powder', 'clear', 'finish', 'seal', 'undercoat', 'final', 'second', 'first'], after: ['of', 'hangers?', 'racks?', 'hooks?', 'stands?'] },
  { words: ['gloves?'], before: ['rubber', 'nitrile', 'latex', 'vinyl', 'pvc', 'examination', 'surgical'], after: ['box(?:es)?'] },
  { words: ['wool'], before: ['steel', 'glass', 'mineral', 'rock', 'slag', 'stone', 'wire'] },
  { words: ['silk'], after: ['screens?', 'screening', 'printing'] },
  { words: ['cloth'], before: ['abrasive', 'emery', 'sanding', 'wire', 'polishing'] },
  { words: ['curtains?'], after: ['walls?', 'rods?', 'rails?', 'tracks?', 'hooks?'] },
  { words: ['towels?'], before: ['paper'] },
  { words: ['beans?'], before: ['coffee', 'cocoa', 'cacao', 'vanilla', 'jelly'], after: ['bags?'] },
  { words: ['wood'], before: ['imitation', 'faux'], after: ['look', 'effect', 'grain', 'pattern', 'imitation'] },
  { words: ['magnesia'], before: ['milk of'] },
  // Earth and stone (2397 para 6, HS 25) against gems (HS 71) and tools named after stone.
  { words: ['stones?'], before: ['precious', 'semi precious', 'gem', 'grinding', 'sharpening', 'whet', 'oil', 'kidney'] },
  { words: ['rare earth'], after: ['magnets?'] },
];

const SEP = '[\\s-]+';
const alt = (xs: readonly string[]): string => `(?:${xs.map((x) => x.replace(/ /g, SEP)).join('|')})`;

/** One sense, compiled: sticky patterns tried at a keyword's start (the word before) and end (the word after). */
interface CompiledSense {
  before?: RegExp;
  after?: RegExp;
}

/** A keyword of one or two words ("tank", "passenger car", "mercedes-benz"), words joined by one space. */
const KEYS = new Map<string, CompiledSense>();
/** The first words of the two-word keywords ("passenger", "jet", "rare"). */
const FIRSTS = new Set<string>();

for (const s of SENSES) {
  const c: CompiledSense = {};
  if (s.before) c.before = new RegExp(`(?<=(?:^|[^a-z0-9])${alt(s.before)}${SEP})`, 'y');
  if (s.after) c.after = new RegExp(`${SEP}${alt(s.after)}(?![a-z0-9])`, 'y');
  else if (s.afterAnyBut) c.after = new RegExp(`${SEP}(?!${alt(s.afterAnyBut)}(?![a-z0-9]))[a-z]`, 'y');
  // Keywords are written as words, a trailing "s?" for the plural: "tanks?" is "tank" and "tanks".
  for (const w of s.words) {
    for (const form of w.endsWith('s?') ? [w.slice(0, -2), w.slice(0, -1)] : [w]) {
      const words = form.split(/[\s-]+/);
      if (words.length > 2) throw new Error(`word-senses: keyword "${form}" has more than two words`);
      if (words.length === 2) FIRSTS.add(words[0]!);
      KEYS.set(words.join(' '), c);
    }
  }
}

/** Whether the sticky pattern matches at `i`. */
function at(re: RegExp, d: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(d);
}

/** A character of a word as the measures' words are matched: a-z or 0-9 (of a lower-cased text). */
export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Whether d[a, b) is only spaces and hyphens (the words of a two-word keyword stand together). */
function joined(d: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = d.charCodeAt(i);
    if (c !== 32 && c !== 45 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/**
 * A description as the measures read it: lower-cased, with every keyword that stands in a compound giving
 * it another sense blanked out ("propane, bulk, in rail tank cars" reads "propane, bulk, in rail   cars").
 * Words are read one by one (a word and, after a first word of one, the pair) and looked up, so only a
 * keyword found costs a look at its neighbours.
 */
export function readDescription(description: string): string {
  const d = description.toLowerCase();
  const n = d.length;
  let out: string | undefined;
  let copied = 0;
  let prev: string | undefined;
  let prevStart = 0;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(d.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && isWordChar(d.charCodeAt(i))) i++;
    const word = d.slice(start, i);
    // A two-word keyword ending here, else a one-word keyword: the span its neighbours are read around.
    let from = start;
    let c = prev !== undefined && FIRSTS.has(prev) && joined(d, prevEnd, start) ? KEYS.get(`${prev} ${word}`) : undefined;
    if (c !== undefined) from = prevStart;
    else c = KEYS.get(word);
    if (c !== undefined && ((c.before !== undefined && at(c.before, d, from)) || (c.after !== undefined && at(c.after, d, i)))) {
      const cut = Math.max(from, copied);
      out = (out ?? '') + d.slice(copied, cut) + ' ';
      copied = i;
    }
    prev = word;
    prevStart = start;
    prevEnd = i;
  }
  return out === undefined ? d : out + d.slice(copied);
}
