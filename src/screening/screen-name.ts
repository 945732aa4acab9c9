/**
 * Screening one name: recall candidates from the index, score each with the name features and the evidence
 * features, keep the best name per record, report those at or above the threshold, best first.
 */
import { MAX_NAME_LENGTH } from '../io/limits.ts';

export { MAX_NAME_LENGTH };
import type { ScreeningIndex } from './build-index.ts';
import type { NameKind } from './un-list/model.ts';
import { dobEvidence, documentEvidence, entityCountryEvidence, EVIDENCE_WEIGHT, nationalityEvidence } from './evidence.ts';
import { explainKind, explainName } from './explain.ts';
import { countryNamedIn } from './countries.ts';
import { commonWordsOnly, countryAgreement, countryCorroborates, GENERIC_CAP, genericMatch, isStateBody, otherBusiness, otherKind, sharesOnlyCommonWords, sharesOnlyPlaces, wholeDprkName } from './generic-entity.ts';
import { foldWords } from './normalize/fold.ts';
import { type NameForm } from './name-form.ts';
import { EXACT_BOUNDS, type NameComparison } from './name-score.ts';
import { decodedName } from './decoded-name.ts';
import { WHOLE_NAME_TYPO_SCORE, wholeNameTypoCandidates } from './whole-name-typos.ts';
import { everyWordTypoCandidates } from './every-word-typos.ts';
import { DEFAULT_REVIEW_THRESHOLD, DEFAULT_THRESHOLD, type Band, type ExplanationEntry, type ScreeningMatch, type ScreeningQuery, type ScreenOptions } from './types.ts';
import { recall } from './recall.ts';
import { heldReading } from './held-readings.ts';
import { CORE_SCORE, coreComparison, coreTypoCandidates, coreTypoComparison, distinctiveCoreCandidates, HELD_CORE_SCORE, heldComparison, heldCoreCandidates, heldTypoCandidates, MIN_HELD_LETTERS, queryCore } from './distinctive-core.ts';
import { isFamilyName } from './normalize/family-names.ts';
import { mergePartMatches, partyParts } from './name-parts.ts';
import { inferredParts } from './inferred-parts.ts';
import { isSkeletonForm } from './consonant-skeletons.ts';
import { entityInitialsParts } from './entity-initials.ts';
import { validateQuery } from './validate-query.ts';
import { holdOtherType, typeEvidence } from './type-evidence.ts';
import { compareCandidate, insideComparisons, listedInside } from './compare-candidate.ts';
import { extraQueryWeight, genericDisagrees, listedWholeOf, missingListedWeight, MISSING_WEIGHT, personAgainstOrganisation, realAgreement } from './word-agreement.ts';
import { queryForms } from './query-forms.ts';
import { tooWeakAgreement } from './common-agreement.ts';

/** A name scoring below this is never reported, whatever the other evidence says: evidence confirms or
 *  weakens a name match, it does not make one. */
export const NAME_FLOOR = 0.75;

/** A listed person's name of this many words or more, whole inside an organisation's name (PAK YONG SIK
 *  TRADING): a company named after the person, possible. */
const MIN_PERSON_WORDS_INSIDE = 3;

/** Why a candidate's name score was held down, in words (shown in its explanation). */
interface Held {
  feature: 'generic-name' | 'other-business' | 'country-contradicts' | 'name-inside' | 'evidence-floor';
  detail: string;
}


export function screenName(index: ScreeningIndex, query: ScreeningQuery, opts: ScreenOptions = {}): ScreeningMatch[] {
  const found = screenParts(index, query, opts);
  // korean-v3: "KO%20MID", "KO%07MID", "KO=20MID": a name carried encoded from the web or mail is screened
  // again as its decoded text, with every reading raw text gets (an encoded space between the halves of a
  // one-word name must meet the joining a raw space meets; security review 19, M2). Controls the decoding
  // brings out are read as the spaces they stand in for.
  const decoded = index.profile.entityVocabulary ? decodedName(query.name) : undefined;
  if (decoded === undefined) return found;
  const again = screenParts(index, { ...query, name: decoded }, opts).map((m) => ({
    ...m, explanation: m.explanation.map((e) => (e.feature === 'name' ? { ...e, detail: `${e.detail}; read from the name decoded: "${decoded}"` } : e)),
  }));
  const best = new Map<string, ScreeningMatch>();
  for (const m of [...found, ...again]) {
    const prev = best.get(m.ref);
    if (prev === undefined || m.score > prev.score || (m.score === prev.score && m.band === 'match' && prev.band !== 'match')) best.set(m.ref, m);
  }
  const out = [...best.values()].sort((a, b) => b.score - a.score || a.ref.localeCompare(b.ref));
  return opts.limit !== undefined ? out.slice(0, opts.limit) : out;
}

function screenParts(index: ScreeningIndex, query: ScreeningQuery, opts: ScreenOptions): ScreeningMatch[] {
  // korean-v3: "KOMID c/o Zhang Wei", "ZHANG WEI, PAK YONG SIK": each part a name of its own as well as the whole.
  const parts = index.profile.entityVocabulary ? [...partyParts(query.name), ...inferredParts(index, query.name), ...entityInitialsParts(index, query.name, query.country ?? query.nationality)] : [];
  if (parts.length === 0) return screenWhole(index, query, opts);
  const { limit, ...rest } = opts;
  const whole = screenWhole(index, query, rest);
  const out = mergePartMatches(whole, parts.map((part) => ({ part, matches: screenWhole(index, { ...query, name: part.text }, rest) })), opts.threshold ?? DEFAULT_THRESHOLD);
  return limit !== undefined ? out.slice(0, limit) : out;
}


function screenWhole(index: ScreeningIndex, query: ScreeningQuery, opts: ScreenOptions): ScreeningMatch[] {
  const dob = validateQuery(query);
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const profile = index.profile;
  // korean-v1 and korean-v2 report matches only, unless a review threshold is asked for: their results
  // stay what they were.
  const review = Math.min(threshold, opts.reviewThreshold ?? (profile.reviewBand ? DEFAULT_REVIEW_THRESHOLD : threshold));
  const v3 = profile.entityVocabulary;
  const { main, forms, prefixForm, queryWhole, folded: foldedMain, rewritten } = queryForms(index, query.name);
  // The name's folded words, when a reading already folded them (folded once for all that use them).
  let folded = foldedMain;
  const best = new Map<number, { id: number; cmp: NameComparison; held?: Held }>();
  // Evidence can lift a name only by what the query offers: with none, the name alone must reach the
  // threshold to be a match. A possible match needs its name to reach the review threshold.
  const matchFloor = Math.min(threshold, Math.max(NAME_FLOOR, threshold - maxEvidence(query)));
  const floor = Math.min(matchFloor, review);
  const country = query.country ?? query.nationality;
  for (const form of forms) {
    // korean-v3: in a person's name every word is the name (Ri Hong Mu); nothing qualifies it.
    const qualifiers = profile.entityQualifiers && !form.personLike;
    const words = queryWords(form);
    // korean-v3: the country the query gives, or names ("... of China").
    const own = profile.strictEntities ? country ?? countryNamedIn(words) : undefined;
    for (const id of recall(index, form, floor, qualifiers ? form.qualifierUnits : 0)) {
      const ri = index.names.recordOf(id);
      const record = index.records[ri];
      if (record === undefined) continue;
      // korean-v3: a record of the other kind than the query states is kept, held to possible (below).
      if (query.type !== undefined && record.kind !== query.type && !v3) continue;
      // korean-v3: a name with an organisation's words (Trading Corporation, Bank) is no person's, and a
      // person's name (Korean syllables only) no organisation's (PANG HYOK SIN is not KOREA HYOKSIN TRADING
      // CORPORATION).
      // A listed person's whole name inside an organisation's (PAK YONG SIK TRADING) is compared, held at
      // possible below.
      // A listed person's name read as an organisation's itself (General Mudacumura, a rank before the name) is
      // compared like for like.
      const personInside = form.organisational && record.kind === 'person' && !index.names.isOrganisation(id);
      if (personInside && (!v3 || index.names.unitCount(id) < MIN_PERSON_WORDS_INSIDE)) continue;
      if (form.personLike && index.names.isOrganisation(id)) continue;
      if (opts.refs !== undefined && !opts.refs.has(record.ref)) continue;
      const entity = profile.entityQualifiers && record.kind === 'entity';
      // Only a name scoring at least the record's best so far can replace it (held scores only go down), so
      // the record's best is the floor of the comparison: exact, and the comparison gives up sooner.
      const prev = best.get(ri);
      let cmp = compareCandidate(form, index, id, prev === undefined || !EXACT_BOUNDS.recordFloor ? floor : Math.max(floor, prev.cmp.score), entity && qualifiers, v3);
      if (cmp === undefined) continue;
      let held: Held | undefined;
      if (personInside) {
        if (!listedInside(cmp)) continue;
        held = { feature: 'name-inside', detail: `the listed person's name stands whole inside an organisation's name; the name score is held at ${GENERIC_CAP}` };
        cmp = { ...cmp, score: Math.min(cmp.score, GENERIC_CAP) };
      } else if (insideComparisons.has(cmp)) {
        held = { feature: 'name-inside', detail: `the listed name stands whole among other words; the name score is held at ${GENERIC_CAP}` };
      } else if (isSkeletonForm(form) && cmp.score > GENERIC_CAP) {
        held = { feature: 'evidence-floor', detail: `a word written without its vowels read as the listed word of its consonants; the name score is held at ${GENERIC_CAP}` };
        cmp = { ...cmp, score: GENERIC_CAP };
      } else if (heldReading(form) !== undefined) {
        // A guessed reading counts only where it finds a listed name as a match would at the default threshold,
        // whatever threshold was asked for: a weaker likeness is none (a lower threshold must not let a guess in).
        if (cmp.score < Math.max(matchFloor, DEFAULT_THRESHOLD)) continue;
        held = { feature: 'evidence-floor', detail: `${heldReading(form)!}; the name score is held at ${GENERIC_CAP}` };
        cmp = { ...cmp, score: GENERIC_CAP };
      } else if (form === prefixForm && cmp.score > GENERIC_CAP) {
        held = { feature: 'name-inside', detail: `a listed word read at the start of a longer word; the name score is held at ${GENERIC_CAP}` };
        cmp = { ...cmp, score: GENERIC_CAP };
      } else if (v3 && cmp.score > GENERIC_CAP && thinEvidence(cmp)) {
        held = { feature: 'evidence-floor', detail: `only a single letter, or four letters read alike, agree with the listed name; the name score is held at ${GENERIC_CAP}` };
        cmp = { ...cmp, score: GENERIC_CAP };
      }
      if (held === undefined && entity && !index.names.exactOnly(id)) {
        if (profile.strictEntities) {
          // korean-v3: a place in common is no name (Hong Kong Trading Ltd against HONG KONG ELECTRONICS),
          // unless the query gives every word of the listed name.
          if (sharesOnlyPlaces(cmp)) continue;
          // Generic words only in common, where the distinctive words disagree (Dalian Chemical S.A. against
          // KOREA INTERNATIONAL CHEMICAL JOINT VENTURE COMPANY, Korea Trade Network against HAQQANI NETWORK):
          // another organisation, unless the party's country is the listed entity's.
          if (genericDisagrees(cmp, words, index.names.get(id).full) !== undefined && !countryCorroborates(country, record)) continue;
          // A name of common words only, or a state's body, whose country (given, or named: "... of China")
          // contradicts is likely that country's (the Ministry of National Defense of KR), but a DPRK front
          // abroad gives the country it operates from: the candidate is never dropped (that would permit);
          // its name score is held at the possible band, so a person looks. Only the listed name given
          // whole and word for word, naming the DPRK itself (KOREA MINING DEVELOPMENT TRADING CORPORATION
          // from CN), stays a match: a name that says Korea is no other state's (`wholeDprkName`).
          if (own !== undefined && cmp.score > GENERIC_CAP && (sharesOnlyCommonWords(cmp, true) || isStateBody(cmp))
            && countryAgreement(own, record) === 'contradicts' && !wholeDprkName(cmp, own)) {
            held = { feature: 'country-contradicts', detail: `country ${own} differs from the listed entity's, and the names share only common words or a state body's; the name score is held at ${GENERIC_CAP}` };
          }
        }
        if (held === undefined && cmp.score > GENERIC_CAP) {
          const generic = genericMatch(cmp, words, profile.strictEntities);
          if (generic !== undefined) {
            if (!countryCorroborates(country, record)) held = { feature: 'generic-name', detail: `${generic}; without the party's country agreeing, the name score is held at ${GENERIC_CAP}` };
          } else if (profile.strictEntities) {
            const other = otherBusiness(cmp) ?? otherKind(cmp);
            const common = other === undefined && !countryCorroborates(country, record) ? commonWordsOnly(cmp) : undefined;
            if (other !== undefined) held = { feature: 'other-business', detail: `${other}; the name score is held at ${GENERIC_CAP}` };
            else if (common !== undefined) held = { feature: 'generic-name', detail: `${common}; without the party's country agreeing, the name score is held at ${GENERIC_CAP}` };
          }
        }
        // korean-v3: informative listed words left out that weigh a word or more (CREDIT DEVELOPMENT of
        // DAESONG CREDIT DEVELOPMENT BANK against Taesong Bank, another listed bank): at most possible.
        if (held === undefined && profile.strictEntities && cmp.score > GENERIC_CAP && Math.max(missingListedWeight(cmp), extraQueryWeight(cmp)) >= MISSING_WEIGHT) {
          held = { feature: 'generic-name', detail: `words on one side only (${[...cmp.unmatchedQuery, ...cmp.unmatchedListed].join(' ')}) tell the organisations apart; the name score is held at ${GENERIC_CAP}` };
        }
        if (held !== undefined) cmp = { ...cmp, score: GENERIC_CAP };
      }
      // korean-v3: a person's name (Korean syllables only, a legal form at most beside them) against an
      // organisation's name none of whose organisation words it gives (Chon Myong Kk, a mistyped KPi.018,
      // against CHONMYONG SHIPPING CO): a person as likely as the company, so at most possible.
      if (held === undefined && v3 && record.kind === 'entity' && cmp.score > GENERIC_CAP && personAgainstOrganisation(form, cmp)) {
        held = { feature: 'generic-name', detail: `a person's name against an organisation's, none of whose words ${cmp.unmatchedListed.join(' ')} is given; the name score is held at ${GENERIC_CAP}` };
        cmp = { ...cmp, score: GENERIC_CAP };
      }
      // korean-v3: below the match band, one informative word must agree for real: read alike (not by a
      // spelling key alone) and whole, or a piece of a word whose pieces all agree (Linda Brown is not
      // RUHINDA, Alpine Machinery not GREEN PINE, Elizabeth not El-Sababt). A name held down only because the
      // party's country contradicts was a match by its words: it stays, at possible (held-back evaluation:
      // "Koreainternationalchem. Joint Venture Company" from RU was dropped, and `check` permitted it).
      if (queryWhole !== undefined && cmp.score < matchFloor && held?.feature !== 'country-contradicts' && !realAgreement(cmp, listedWholeOf(index, id), queryWhole)) continue;
      // korean-v3: common given names only, one word of another's name, two typing errors stacked, a common Korean
      // business word alone: too little agreement for the possible band (common-agreement.ts).
      if (queryWhole !== undefined && cmp.score < matchFloor && held?.feature !== 'country-contradicts' && tooWeakAgreement(form, index.names.form(id), cmp, record, countryCorroborates(country, record)) !== undefined) continue;
      if (prev === undefined || cmp.score > prev.cmp.score || (cmp.score === prev.cmp.score && rank(index.names.kindOf(id)) < rank(index.names.kindOf(prev.id)))) {
        best.set(ri, { id, cmp, ...(held !== undefined && { held }) });
      }
    }
  }
  // korean-v3: the whole name one typing error from a listed name (KANG RYON, Niel Tsang) is a possible match
  // at least, whatever its words made of it (another valid syllable, a Chinese name never corrected).
  if (v3 && review <= WHOLE_NAME_TYPO_SCORE) {
    // And a typing error in two words or more, word by word (YUM HO-JIM, KOTYO BAMK: reviews 28 and 30).
    for (const t of [...wholeNameTypoCandidates(index, main, (folded ??= foldWords(main))), ...[main, ...rewritten].flatMap((text) => everyWordTypoCandidates(index, text))]) {
      const ri = index.names.recordOf(t.id);
      const record = index.records[ri];
      if (record === undefined || (opts.refs !== undefined && !opts.refs.has(record.ref))) continue;
      if (query.type !== undefined && record.kind !== query.type) continue;
      const prev = best.get(ri);
      if (prev !== undefined && prev.cmp.score >= review) continue;
      best.set(ri, { id: t.id, cmp: { score: WHOLE_NAME_TYPO_SCORE, pairs: [{ query: t.query, listed: t.listed, relation: 'typo', edit: t.edit }], unmatchedQuery: [], unmatchedListed: [], reordered: false } });
    }
  }
  // korean-v3: a listed organisation named by its distinctive words alone (Green Pine, Greenpine, Kingly Won),
  // possible at least, whether or not the words read as a person's (security review 17, H17-4).
  const core = v3 && review <= CORE_SCORE && query.type !== 'person' ? queryCore(main) : undefined;
  if (core !== undefined) {
    for (const id of distinctiveCoreCandidates(index, core)) {
      const ri = index.names.recordOf(id);
      const record = index.records[ri];
      if (record === undefined || (opts.refs !== undefined && !opts.refs.has(record.ref))) continue;
      const prev = best.get(ri);
      if (prev !== undefined && prev.cmp.score >= CORE_SCORE) continue;
      best.set(ri, { id, cmp: coreComparison(main, index.names.get(id).full) });
    }
  }
  // korean-v3: a listed front's word that names it alone (Ryonbong, Singwang, Amroggang), held whole among
  // other words, as the readings above give them (New Ryonbong, Entwicklungsbank Amroggang, AMR0GGANG Big):
  // possible at least (security review 18, R18-3); and its short name one typing error off (Green Pines,
  // Yuk Tong: R18-6). Not in a person's name: an untyped query read as one, with a family name first or last
  // (Kim Kwangsong, a given name written joined), is left to the name score; New Ryonbong is read.
  if (v3 && review <= HELD_CORE_SCORE && query.type !== 'person') {
    const held = new Set<string>();
    for (const form of forms) {
      // A word guessed from its consonants or cut out of a longer token is a lead for the name score, not a word held.
      if (isSkeletonForm(form) || form === prefixForm) continue;
      if (query.type !== 'entity' && namedAsPerson(form)) {
        // Two words only that join into a listed front's word (RYON BONG, KANG BONG) are read joined: a
        // person of that name is reviewed once; a longer name (Kim Kang Bong) is a person's.
        for (const v of form.variants.slice(0, 2)) if (v.words.length === 2) held.add(v.words.map((w) => w.text).join(''));
        continue;
      }
      for (const v of form.variants.slice(0, 2)) {
        v.words.forEach((w, i) => {
          if (w.text.length >= MIN_HELD_LETTERS) held.add(w.text);
          // A listed word written in two halves (RYON BONG, TAN CHON, AMROG GANG): held-back evaluation.
          const next = v.words[i + 1];
          if (next !== undefined && w.text.length + next.text.length >= MIN_HELD_LETTERS) held.add(w.text + next.text);
          // Or in three (MAN SU DAE OVERSEAS PROJECT GROUP: review 21).
          const third = v.words[i + 2];
          if (next !== undefined && third !== undefined) held.add(w.text + next.text + third.text);
        });
      }
    }
    const found = [
      ...heldCoreCandidates(index, held).map((h) => ({ id: h.id, make: (): NameComparison => heldComparison(h.words, queryWords(forms[0] as NameForm), index.names.get(h.id).full), words: h.words })),
      ...(core !== undefined ? coreTypoCandidates(index, core) : []).map((t) => ({ id: t.id, make: (): NameComparison => coreTypoComparison(t.query, t.listed, index.names.get(t.id).full), words: undefined })),
      // A front's word one typing error off only from a word the query writes as one (MANSUDE), not from words a
      // reading joined (MING WANG is no SINGWANG, CHONG CHOL no CHONGCH'AL).
      // Not in a person's name (KIM MANSUDE), as the words held whole above.
      ...(queryWhole !== undefined && forms.some((f) => query.type === 'entity' || !namedAsPerson(f)) ? heldTypoCandidates(index, queryWhole) : []).map((t) => ({ id: t.id, make: (): NameComparison => coreTypoComparison(t.query, t.words[0]!, index.names.get(t.id).full), words: undefined })),
    ];
    for (const f of found) {
      const ri = index.names.recordOf(f.id);
      const record = index.records[ri];
      if (record === undefined || (opts.refs !== undefined && !opts.refs.has(record.ref))) continue;
      const prev = best.get(ri);
      if (prev !== undefined && prev.cmp.score >= review) continue;
      const detail = f.words !== undefined
        ? `the listed organisation's distinctive word ${f.words.join(' ')} stands whole among other words; the name score is held at ${HELD_CORE_SCORE}`
        : `the listed organisation's short name, or the word that names it, one typing error off; the name score is held at ${HELD_CORE_SCORE}`;
      best.set(ri, { id: f.id, cmp: f.make(), held: { feature: 'name-inside', detail } });
    }
  }
  const out: ScreeningMatch[] = [];
  for (const [ri, { id, cmp, held }] of best) {
    if (cmp.score < floor) continue;
    const name = index.names.get(id);
    const record = index.records[ri];
    if (record === undefined) continue;
    const explanation: ExplanationEntry[] = [explainName(cmp), explainKind(name.kind)];
    if (held !== undefined) explanation.push({ feature: held.feature, score: 0, weight: 0, detail: held.detail });
    const place = profile.strictEntities && record.kind === 'entity'
      ? entityCountryEvidence(country, record)
      : nationalityEvidence(query.nationality, record);
    for (const e of [dobEvidence(dob, record, profile.yearContradictsLess), place, documentEvidence(query.documents, record)]) {
      if (e !== undefined) explanation.push(e);
    }
    if (query.type !== undefined) explanation.push(typeEvidence(query.type, record.kind, v3));
    const otherType = query.type !== undefined && record.kind !== query.type;
    let score = cmp.score;
    for (const e of explanation) if (e.feature !== 'name') score += e.score;
    if (otherType) score = holdOtherType(explanation, score);
    score = Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
    let band: Band | undefined = score >= threshold && cmp.score >= matchFloor && !otherType ? 'match' : score >= review && cmp.score >= review ? 'possible' : undefined;
    // korean-v3: contradicting evidence (a country, nationality, year or document) may lower a name from the
    // match band to possible, never below it: a front abroad gives the country it operates from, and a
    // year or nationality may be wrong. A name that reaches the possible band on its own stays in it, at
    // the review threshold, and says why (a dropped near miss would be a permit nobody looked at).
    if (band === undefined && profile.reviewBand && cmp.score >= review) {
      const against = explanation.filter((e) => e.score < 0 && e.feature !== 'name').map((e) => e.feature).join(', ');
      // The entry carries what it gave back, so the explanation still adds up to the score.
      explanation.push({ feature: 'evidence-floor', score: Math.round((review - score) * 1000) / 1000, weight: 0, detail: `the name alone reaches the possible band; contradicting evidence (${against}) lowers it, never removes it: the score is held at ${review}` });
      score = review;
      band = 'possible';
    }
    if (band === undefined) continue;
    out.push({
      ref: record.ref, name: name.full, score, band, regime: record.regime, kind: name.kind, recordKind: record.kind,
      explanation, algorithm: index.algorithm, listVersion: index.listVersion,
    });
  }
  out.sort((a, b) => b.score - a.score || a.ref.localeCompare(b.ref));
  // A listed name found whole among other words is a lead only where nothing else matches: beside a match for
  // the whole name (DCB FINANCE LIMITED), the initialism inside it (DCB) is that name's, not another's.
  if (out.some((m) => m.band === 'match')) {
    const kept = out.filter((m) => !m.explanation.some((e) => e.feature === 'name-inside'));
    return opts.limit !== undefined ? kept.slice(0, opts.limit) : kept;
  }
  return opts.limit !== undefined ? out.slice(0, opts.limit) : out;
}

/** A form read as a person's name (Korean syllables only) with a family name first or last. */
function namedAsPerson(form: NameForm): boolean {
  const words = form.variants[0]?.words;
  if (!form.personLike || words === undefined || words.length < 2) return false;
  return isFamilyName((words[0] as { text: string }).text) || isFamilyName((words[words.length - 1] as { text: string }).text);
}



function queryWords(form: NameForm): string[] {
  return (form.variants[0]?.words ?? []).map((w) => w.text);
}

/** The most the query's evidence (date of birth, nationality, documents) could add to a name score. */
function maxEvidence(q: ScreeningQuery): number {
  let m = 0;
  if (q.dob !== undefined && q.dob.trim() !== '') m += EVIDENCE_WEIGHT.dobExact;
  if (q.nationality !== undefined && q.nationality.trim() !== '') m += EVIDENCE_WEIGHT.nationalityAgrees;
  if (q.documents !== undefined && q.documents.length > 0) m += EVIDENCE_WEIGHT.documentAgrees;
  return m;
}

/** On equal scores prefer the primary name, then good aliases, then former names, then low ones. */
function rank(kind: NameKind): number {
  return { primary: 0, good: 1, former: 2, low: 3 }[kind];
}

/**
 * korean-v3: too little of the name agrees to freeze on: the words matched are single letters (the Cyrillic city
 * mark г. of a Russian address read as G, against G-PEOPLE), or four letters in all read alike but not the same
 * (VLAD, a city cut short, as a spelling of VEILED), with more of the listed name not given (held-back evaluation
 * 4747: innocents with Russian addresses were prohibited). A possible match: a person looks.
 */
function thinEvidence(cmp: NameComparison): boolean {
  if (cmp.pairs.length === 0 || cmp.unmatchedListed.length === 0) return false;
  const letters = (w: string): number => w.replace(/[^\p{L}]+/gu, '').length;
  if (cmp.pairs.every((p) => letters(p.query) <= 1)) return true;
  return cmp.pairs.every((p) => p.relation !== 'exact') && cmp.pairs.reduce((n, p) => n + letters(p.query), 0) <= 4;
}