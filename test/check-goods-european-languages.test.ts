// Held-back evaluation 19: the goods of the DPRK measures written in Portuguese, French, Dutch, Polish, Spanish,
// Italian and German reach the measures their English word reaches (coal: carvão, charbon, steenkool, węgiel,
// carbón, carbone, Kohle), with and without their diacritics; a word of another sense is not read as goods.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromKp, measures, missing, toKp } from './support/goods-languages.ts';
import { evaluate } from '../src/check/index.ts';
import { loadLaw } from '../src/law/index.ts';

const law = loadLaw();

/** Exports from the DPRK: each language's words beside the English word. */
const EXPORTS: Record<string, readonly string[]> = {
  coal: ['carvão', 'carvao', 'hulha', 'charbon', 'houille', 'steenkool', 'kolen', 'węgiel', 'wegiel', 'węgla', 'carbón', 'carbone', 'litantrace', 'Kohle', 'Steinkohle'],
  'iron ore': ['minério de ferro', 'minerio de ferro', 'minerai de fer', 'ijzererts', 'ruda żelaza', 'ruda zelaza', 'mineral de hierro', 'minerale di ferro', 'Eisenerz'],
  textiles: ['têxteis', 'tecidos', 'tessuti', 'textiel', 'tkaniny', 'tekstylia', 'tissu', 'Textilien'],
  seafood: ['frutos do mar', 'frutti di mare', 'zeevruchten', 'owoce morza', 'fruits de mer', 'mariscos', 'Meeresfrüchte'],
  lignite: ['bruinkool', 'węgiel brunatny', 'linhito', 'Braunkohle'],
  wood: ['madeira', 'legno', 'hout', 'drewno', 'bois', 'madera', 'Holz'],
};
const IMPORTS: Record<string, readonly string[]> = {
  diesel: ['óleo diesel', 'gasolio', 'dieselolie', 'olej napędowy', 'olej napedowy', 'gazole', 'gasóleo'],
  gasoline: ['benzina', 'benzine', 'benzyna', 'gasolina', 'Benzin'],
  'crude oil': ['petróleo bruto', 'petrolio greggio', 'ruwe olie', 'ropa naftowa', 'pétrole brut', 'petróleo crudo', 'Rohöl'],
  'fuel oil': ['óleo combustível', 'olio combustibile', 'stookolie', 'olej opałowy', 'fioul', 'Heizöl'],
  machinery: ['máquinas', 'macchinari', 'maszyny', 'maquinaria', 'Maschinen'],
  trucks: ['caminhões', 'autocarri', 'vrachtwagens', 'ciężarówki', 'camiones', 'Lastwagen'],
};

describe('check: goods words in Portuguese, French, Dutch, Polish, Spanish, Italian, German (held-back 19)', () => {
  it('a DPRK export so described reaches the measures of the English word', () => {
    for (const [english, words] of Object.entries(EXPORTS)) {
      assert.ok(measures(fromKp(english)).size > 0, english);
      for (const w of words) assert.deepEqual(missing(fromKp(w), fromKp(english)), [], `${w} (${english})`);
    }
  });
  it('a supply to the DPRK so described reaches the measures of the English word', () => {
    for (const [english, words] of Object.entries(IMPORTS)) {
      assert.ok(measures(toKp(english)).size > 0, english);
      for (const w of words) assert.deepEqual(missing(toKp(w), toKp(english)), [], `${w} (${english})`);
    }
  });
  it('innocent goods and words of another sense stay as they were', () => {
    for (const d of ['arroz', 'riso', 'rijst', 'ryż', 'farinha', 'essence of vanilla', 'ferro-manganese alloy', 'shipped via Koper']) {
      assert.equal(evaluate(fromKp(d), law).outcome, evaluate(fromKp('tiles'), law).outcome, d);
    }
  });
});
