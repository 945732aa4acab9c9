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
export const FOREIGN_FORMS: Readonly<Record<string, readonly string[]>> = {
  bank: ['banque', 'banca', 'banco', 'bankhaus', 'banka', 'bankasi', 'yinhang'],
  company: [
    'societe', 'sociedad', 'sociedade', 'societa', 'gesellschaft', 'compagnie', 'compania', 'companhia',
    'compagnia', 'cia', 'firma', 'maatschappij', 'kompania', 'kompaniya', 'gongsi', 'kaisha',
  ],
  enterprise: [
    'entreprise', 'entreprises', 'empresa', 'empresas', 'impresa', 'unternehmen', 'onderneming', 'predpriyatie',
    'ets', 'etablissements', 'etablissement', 'establecimientos', 'qiye',
  ],
  group: ['groupe', 'grupo', 'gruppe', 'gruppo', 'groep', 'gruppa', 'jituan'],
  limited: ['sarl', 'srl', 'spa', 'sas', 'ooo', 'oao', 'zao', 'youxian'],
  trading: ['handels', 'maoyi', 'torgovaya', 'torgovyi'],
  trade: ['handel', 'comercio', 'commercio', 'negoce'],
  commercial: [
    'commerciale', 'commerciales', 'comercial', 'comerciales', 'commerciali', 'commercieel', 'kommercheskaya',
    'kommercheskii', 'shangye',
  ],
  international: ['internationale', 'internacional', 'internazionale', 'internationaal', 'mezhdunarodnaya'],
  general: ['generale', 'generales', 'generali', 'allgemeine'],
  national: ['nationale', 'nacional', 'nazionale', 'nationaal'],
  corporation: ['corporacion', 'corporacao', 'corporazione', 'korporatsiya'],
  development: ['developpement', 'desarrollo', 'desenvolvimento', 'sviluppo', 'entwicklung', 'ontwikkeling', 'razvitiya', 'fazhan', 'kaifa'],
  industry: ['industrie', 'industria', 'industrias', 'industrielle', 'industriel', 'industriale', 'shiye'],
  mining: ['miniere', 'minera', 'minero', 'mineira', 'mineraria', 'bergbau', 'kuangye'],
  importexport: ['jinchukou'],
  technology: ['technologie', 'tecnologia', 'tecnologias'],
  machinery: ['maquinaria', 'machines', 'maschinen', 'macchine', 'maschinenbau'],
  chemical: ['chimique', 'chimie', 'quimica', 'quimico', 'chimica', 'chemie', 'chemische'],
  investment: ['investissement', 'investissements', 'inversiones', 'investimento', 'investimenti'],
  insurance: ['assurance', 'assurances', 'seguros', 'assicurazioni', 'versicherung'],
  academy: ['academie', 'academia', 'akademie', 'akademiya'],
  institute: ['institut', 'instituto', 'istituto'],
  ministry: ['ministere', 'ministerio', 'ministero', 'ministerium'],
  department: ['departement', 'departamento'],
  committee: ['comite', 'comitato', 'komitee', 'komitet'],
  agency: ['agence', 'agencia', 'agenzia', 'agentur'],
  branch: ['succursale', 'sucursal', 'filiale'],
  shipping: ['naviera', 'scheepvaart', 'schiffahrt', 'reederei'],
  // The small words between a name's words: of and and (de and la are fillers already: weak-words.ts).
  of: ['des', 'der', 'del', 'della', 'dei', 'degli', 'dos', 'das', 'von', 'vom', 'fur'],
  and: ['et', 'und'],
};

/** Each foreign word with the English word it is read as. */
export const FOREIGN_WORD: ReadonlyMap<string, string> = new Map(
  Object.entries(FOREIGN_FORMS).flatMap(([word, forms]) => forms.map((f): [string, string] => [f, word])),
);

/** Phrases of foreign words that name one thing, as `joinPhrases` joins them (Jin Chu Kou: import-export). */
export const FOREIGN_PHRASES: readonly (readonly [readonly string[], string])[] = [
  [['jin', 'chu', 'kou'], 'importexport'],
];
