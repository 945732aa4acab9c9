/**
 * korean-v3: the generic words and legal forms of organisation names in the languages payments are written
 * in besides English (French, German, Spanish, Portuguese, Italian, Dutch, Russian and Chinese as written in
 * Latin letters), each read as the English word it stands for. "Banque Commerciale de Tanchon" is TANCHON
 * COMMERCIAL BANK and "Groupe Ryonbong" is RYONBONG GROUP: a listed entity's own word after a generic word
 * of another language was missed, the foreign word being read as an unknown word, or as a person's
 * syllables (BAN QUE, GRO U PE) that made the whole name a person's, against which no organisation is
 * compared (security review 17, R17-4).
 *
 * Words are folded as the query's words are (accents dropped: Société = SOCIETE, Compañía = COMPANIA). A
 * word is tabled here only when it stands for one English word and is no person's name in the languages
 * that use it: Le, Van, Du, Da, Di, La (surnames and particles of Vietnamese, Dutch, Chinese and Italian
 * names) are left as written; so are two-letter legal forms (SA, AG, NV, BV: Ag is a Tuareg name's
 * particle, Sa a Korean syllable), which stay qualifiers (weak-words.ts), and pinyin words that are as
 * often a person's given name (Guoji, Haiyun, Keji, Zhongxin).
 */
/**
 * Russian adjectives in Latin letters, every ending they take by gender and case and each way Russian
 * documents transliterate it (BGN/PCGN -iy, -yy, -aya, -oye; the ICAO scheme of passports -ii, -aia, -oe; the
 * common -y, -ij, -aja): Torgovaya, Kommercheskiy, Kommercheskii, Generalnaia, Sudokhodnoye (security review 18,
 * R18-5). The stems are long Russian words, no person's name.
 */
const RU_ENDINGS = ['iy', 'ii', 'ij', 'y', 'yy', 'yi', 'yj', 'aya', 'aia', 'aja', 'oye', 'oe', 'oie', 'oje', 'ogo', 'oy', 'oi', 'oj', 'ykh', 'ikh', 'ye', 'ie', 'ymi'];
const russian = new Set<string>();
const kept = (forms: string[]): string[] => {
  for (const f of forms) russian.add(f);
  return forms;
};
const ru = (...stems: string[]): string[] => kept(stems.flatMap((s) => RU_ENDINGS.map((e) => s + e)));
/** A Russian noun's forms in Latin letters: -iya -iia -ija -ia, -ii -iy -ij (genitive), -iye -ie -ije. */
const ruNoun = (...stems: string[]): string[] => kept(stems.flatMap((s) => ['iya', 'iia', 'ija', 'ia', 'ii', 'iy', 'ij', 'iyu', 'iiu', 'iye', 'ie', 'ije', 'iyakh'].map((e) => s + e)));

export const FOREIGN_FORMS: Readonly<Record<string, readonly string[]>> = {
  bank: ['banque', 'banca', 'banco', 'bankhaus', 'banka', 'bankasi', 'yinhang', ...ru('bankovsk')],
  company: [
    'societe', 'sociedad', 'sociedade', 'societa', 'gesellschaft', 'compagnie', 'compania', 'companhia',
    'compagnia', 'cia', 'firma', 'maatschappij', 'gongsi', 'kaisha', ...ruNoun('kompan'),
  ],
  enterprise: [
    'entreprise', 'entreprises', 'empresa', 'empresas', 'impresa', 'unternehmen', 'onderneming', 'predpriyatie',
    'ets', 'etablissements', 'etablissement', 'establecimientos', 'qiye', ...ruNoun('predpriyat', 'predpriiat', 'predprijat'),
  ],
  group: ['groupe', 'grupo', 'gruppe', 'gruppo', 'groep', 'gruppa', 'gruppy', 'jituan'],
  limited: ['sarl', 'srl', 'spa', 'sas', 'ooo', 'oao', 'zao', 'youxian'],
  trading: ['handels', 'maoyi', ...ru('torgov')],
  trade: ['handel', 'comercio', 'commercio', 'negoce', 'torgovli', 'torgovlya', 'torgovlia', 'torgovlja'],
  commercial: [
    'commerciale', 'commerciales', 'comercial', 'comerciales', 'commerciali', 'commercieel', 'shangye', ...ru('kommerchesk'),
  ],
  international: ['internationale', 'internacional', 'internazionale', 'internationaal', ...ru('mezhdunarodn')],
  general: ['generale', 'generales', 'generali', 'allgemeine', ...ru('generaln')],
  national: ['nationale', 'nacional', 'nazionale', 'nationaal', ...ru('natsionaln')],
  corporation: ['corporacion', 'corporacao', 'corporazione', ...ruNoun('korporats', 'korporac')],
  development: ['developpement', 'desarrollo', 'desenvolvimento', 'sviluppo', 'entwicklung', 'ontwikkeling', 'fazhan', 'kaifa', ...ruNoun('razvit')],
  // Russian: credit, shipping, marine, joint, united, association, economic, overseas, project (R18-5).
  credit: ru('kreditn'),
  joint: ru('sovmestn'),
  united: ru('obyedinenn', 'obedinenn', 'obieedinenn', 'obyedinyonn', 'obedinyonn'),
  association: ruNoun('obyedinen', 'obedinen', 'obieedinen', 'obyedinyen'),
  economic: ['ekonomiki', ...ru('ekonomichesk')],
  marine: ru('morsk'),
  overseas: ru('zarubezhn'),
  project: ['proyektov', 'proektov', 'proyekty', 'proekty', 'proyekt', 'proekt'],
  industry: ['industrie', 'industria', 'industrias', 'industrielle', 'industriel', 'industriale', 'shiye'],
  mining: ['miniere', 'minera', 'minero', 'mineira', 'mineraria', 'bergbau', 'kuangye'],
  importexport: ['jinchukou'],
  technology: ['technologie', 'tecnologia', 'tecnologias', ...ruNoun('tekhnolog'), ...ru('tekhnologichesk')],
  machinery: ['maquinaria', 'machines', 'maschinen', 'macchine', 'maschinenbau', ...ru('mashinostroiteln')],
  chemical: ['chimique', 'chimie', 'quimica', 'quimico', 'chimica', 'chemie', 'chemische', ...ru('khimichesk')],
  investment: ['investissement', 'investissements', 'inversiones', 'investimento', 'investimenti'],
  insurance: ['assurance', 'assurances', 'seguros', 'assicurazioni', 'versicherung', ...ru('strakhov')],
  academy: ['academie', 'academia', 'akademie', 'akademiya'],
  institute: ['institut', 'instituto', 'istituto'],
  ministry: ['ministere', 'ministerio', 'ministero', 'ministerium'],
  department: ['departement', 'departamento'],
  committee: ['comite', 'comitato', 'komitee', 'komitet'],
  agency: ['agence', 'agencia', 'agenzia', 'agentur'],
  branch: ['succursale', 'sucursal', 'filiale'],
  shipping: ['naviera', 'scheepvaart', 'schiffahrt', 'reederei', ...ru('sudokhodn')],
  // Korean in Russian: Koreyskaya, Koreiskii (the list's KOREA).
  korea: ru('koreysk', 'koreisk', 'korejsk'),
  // The small words between a name's words: of and and (de and la are fillers already: weak-words.ts).
  of: ['des', 'der', 'del', 'della', 'dei', 'degli', 'dos', 'das', 'von', 'vom', 'fur'],
  and: ['et', 'und'],
};

/** The Russian words of the table (a sign that the name around them is written from Cyrillic). */
export const RUSSIAN_WORDS: ReadonlySet<string> = new Set([...russian, 'gruppa', 'gruppy', 'torgovli', 'torgovlya', 'torgovlia', 'ekonomiki', 'proyektov', 'proektov']);

/** Each foreign word with the English word it is read as. */
export const FOREIGN_WORD: ReadonlyMap<string, string> = new Map(
  Object.entries(FOREIGN_FORMS).flatMap(([word, forms]) => forms.map((f): [string, string] => [f, word])),
);

/** Phrases of foreign words that name one thing, as `joinPhrases` joins them (Jin Chu Kou: import-export). */
export const FOREIGN_PHRASES: readonly (readonly [readonly string[], string])[] = [
  [['jin', 'chu', 'kou'], 'importexport'],
];
