/**
 * Listed names in a transaction's free text: its purpose (a payment's narrative), a goods line's
 * description, a joint venture's project, and every other field a name can be written in (a party's role). "payment for KOMID invoice" names a designated entity as surely
 * as a party field would, yet it is no party: the text is read for listed names standing whole in it (the
 * screener's `namesIn`), and each one found is `review` naming the field, the listed record and the words
 * found, under the DPRK freeze (1718 para 8(d)) or the listed record's own regime. Never a prohibition: the
 * text may name the entity for another reason (a refusal, a reference), so a person decides.
 */
import { reviewReason, type CompiledMeasure } from './compiled-measure.ts';
import { distinctiveCandidates, hangulRuns, textReadings, unreadWord } from './free-text-readings.ts';
import type { CheckContext } from './context.ts';
import { pushReason, type DecisionDraft } from './decision-draft.ts';
import type { Reason } from './decision.ts';
import { isDprkRegime, regimeFreeze } from './regime-freezes.ts';
import type { Transaction } from './transaction.ts';
import type { NameInText, PartyMatch, PartyScreener } from '../law/party-screening.ts';

/** The free-text fields of a transaction, by their input path (only those given). */
export function freeTextFields(tx: Transaction): { field: string; text: string }[] {
  const out: { field: string; text: string }[] = [];
  if (tx.purpose !== undefined && tx.purpose !== '') out.push({ field: 'purpose', text: tx.purpose });
  const goods = tx.goods;
  if (goods) {
    for (let i = 0; i < goods.length; i++) {
      const d = goods[i]!.description;
      if (d !== undefined && d !== '') out.push({ field: `goods[${i}].description`, text: d });
    }
  }
  const project = tx.jointVenture?.project;
  if (project !== undefined && project !== '') out.push({ field: 'jointVenture.project', text: project });
  return out;
}

/**
 * Every other field a person could write a name in, by its input path (only those given): a party's `role`
 * ("agent for Korea Mining Development Trading Corporation"), a vessel's `name`, the aircraft's `type` and
 * `registration`, an approval's `reference`, the record's `id` (hostile review, H19). A listed name standing
 * whole in one of them is as much a lead as in the purpose: review, never a silent pass.
 */
export function nameTextFields(tx: Transaction): { field: string; text: string }[] {
  const out = freeTextFields(tx);
  const add = (field: string, text: unknown): void => {
    if (typeof text === 'string' && text.trim() !== '') out.push({ field, text });
  };
  tx.parties?.forEach((p, i) => add(`parties[${i}].role`, p.role));
  tx.vessels?.forEach((v, i) => add(`vessels[${i}].name`, v.name));
  add('aircraft.type', tx.aircraft?.type);
  add('aircraft.registration', tx.aircraft?.registration);
  tx.approvals?.forEach((a, i) => add(`approvals[${i}].reference`, a.reference));
  add('id', tx.id);
  return out;
}

/** How many characters of free text `matchTextNames` reads in a transaction (its descriptions, purpose, roles …). */
export function freeTextLength(tx: Transaction): number {
  return nameTextFields(tx).reduce((n, f) => n + f.text.length, 0);
}

/** Whether a transaction holds free text that `matchTextNames` reads. */
export function hasFreeText(tx: Transaction): boolean {
  return nameTextFields(tx).length > 0;
}

const quoted = (text: string): string => JSON.stringify(text.length > 120 ? `${text.slice(0, 117)}...` : text);

/** A listed body's record reference (KPe.002, QDe.004): the UN list writes `e` for an entity, `i` for an individual. */
const ENTITY_REF = /^[A-Z]{2}e\./;
const foldWord = (w: string): string => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Each screener's answers for one word, kept: the same words recur across a batch's narratives. */
const wordAnswers = new WeakMap<PartyScreener, Map<string, readonly PartyMatch[]>>();

/**
 * The DPRK's listed bodies whose own word a free text holds alone ("payment to Ryonbong": KOREA RYONBONG GENERAL
 * CORPORATION; security review 18, R18-4): a candidate word (distinctiveCandidates) screened as an entity's name,
 * kept when the match is a DPRK entity whose listed name holds the word whole. A lead, as a name found whole is:
 * a word that is also an innocent company's ("Koryo Tours", "Mirae Asset") is reviewed too, and a person decides.
 */
function bodiesByOwnWord(text: string, screen: PartyScreener): (NameInText & { alone: true })[] {
  let answers = wordAnswers.get(screen);
  if (answers === undefined) wordAnswers.set(screen, (answers = new Map()));
  const out: (NameInText & { alone: true })[] = [];
  const ask = (name: string): readonly PartyMatch[] => {
    let ms = answers.get(name);
    if (ms === undefined) {
      ms = screen({ name, type: 'entity' });
      if (answers.size > 50_000) answers.clear();
      answers.set(name, ms);
    }
    return ms;
  };
  for (const { word: w, run } of distinctiveCandidates(textReadings(text).join(' ; '))) {
    const key = foldWord(w);
    // Among other capitalised words, the word is read with them too, as the name of a party would be: "Koryo
    // Tours" is not KORYO BANK, "Daedong Industrial Co., Ltd." may be DAEDONG CREDIT BANK.
    // The word must find the body alone too (a word common to organisation names finds none).
    const inRun = run !== undefined ? new Set(ask(run).map((m) => m.ref)) : undefined;
    for (const m of ask(w)) {
      if (inRun !== undefined && !inRun.has(m.ref)) continue;
      // The DPRK's bodies only: their own words are romanized Korean, the shape the candidates are chosen by; a
      // word of another regime's name alone ("People", "Liberation") is anyone's.
      if (!ENTITY_REF.test(m.ref) || !isDprkRegime(m.regime) || !foldWord(m.name).split(/[^\p{L}\p{N}]+/u).includes(key)) continue;
      out.push({ ref: m.ref, name: m.name, words: w, regime: m.regime, algorithm: m.algorithm, listVersion: m.listVersion, ...(m.listedOn !== undefined && { listedOn: m.listedOn }), alone: true });
    }
  }
  return out;
}

/** A listed name a text holds: whole, a body's own word alone, or a party's name the text introduces (`party`). */
type TextName = NameInText & { alone?: true; party?: { band: 'match' | 'possible'; score: number } };

/** How a listed name stands in the text, in words. */
function howFound(n: TextName): string {
  if (n.party !== undefined) return `the words "${n.words}", which it gives as a party's name, read as one ${n.party.band === 'match' ? 'match' : 'possibly match'} it (score ${n.party.score.toFixed(2)})`;
  return n.alone === true ? `the word "${n.words}", the listed name's own, stands in it alone` : `the words "${n.words}" stand in it whole`;
}

function reason(field: string, text: string, n: TextName, cite: Pick<Reason, 'measure' | 'resolution' | 'paragraph' | 'confidence' | 'paragraphConfidence'>, regime: string): Reason {
  const where = field === 'purpose' ? 'The purpose' : field === 'jointVenture.project' ? "The joint venture's project" : field.endsWith('.description') ? `${field.replace('.description', '')}'s description` : `The field ${field}`;
  return {
    ...cite, effect: 'requires-review', field, matchedRef: n.ref.trim(), algorithm: n.algorithm, listVersion: n.listVersion, band: 'possible', regime: n.regime,
    ...(n.listedOn !== undefined && { listedOn: n.listedOn }),
    summary: `${where} (${quoted(text)}) names ${n.name} (${n.ref.trim()}${n.listedOn !== undefined ? `, listed on ${n.listedOn}` : ''}, listed under ${regime}): ${howFound(n)} (${n.algorithm}, list ${n.listVersion}). The listed record is not a party here, but the dealing may be for it or with it: a person must check before proceeding.`,
  };
}

/** Review for each listed name the transaction's free text holds (nothing when the screener reads no text). */
export function matchTextNames(tx: Transaction, measures: readonly CompiledMeasure[], ctx: CheckContext | undefined, draft: DecisionDraft): void {
  const screen = ctx?.screenParty;
  const namesIn = screen?.namesIn;
  if (screen === undefined || namesIn === undefined) return;
  for (const { field, text } of nameTextFields(tx)) {
    // The text in its readings (a possessive dropped, a glued number set apart), and its Hangul words screened as
    // a party's name is (security review 17, R17-6); one reason per listed record.
    const found = new Map<string, TextName>();
    for (const t of textReadings(text)) for (const n of namesIn(t)) if (!found.has(n.ref)) found.set(n.ref, n);
    // A listed body's own word alone ("payment to Ryonbong"), where no name of it stands whole (R18-4).
    if (!field.startsWith('vessels[')) for (const n of bodiesByOwnWord(text, screen)) if (!found.has(n.ref)) found.set(n.ref, n);
    if (!field.startsWith('vessels[')) {
      for (const run of hangulRuns(text)) {
        // Matches only: a possible match of one Hangul word (용선료 "charter hire" near a listed person's
        // syllables) is the screener's likeness, not the name standing whole.
        for (const m of screen({ name: run })) {
          if (found.has(m.ref) || m.band === 'possible') continue;
          found.set(m.ref, { ref: m.ref, name: m.name, words: run, regime: m.regime, algorithm: m.algorithm, listVersion: m.listVersion, ...(m.listedOn !== undefined && { listedOn: m.listedOn }) });
        }
      }
      // A party the text introduces by name (/BNF/NAME, FOR ACCOUNT OF NAME): the words read as a party's name are,
      // typing errors and common-word bodies too (text-party-spans.ts; held-back evaluation 4747). Either band.
      for (const span of screen.partySpansIn?.(text) ?? []) {
        for (const m of screen({ name: span })) {
          // The list in use only, as for names standing whole (a formerly-listed record is the parties' concern).
          if (found.has(m.ref) || m.listedUntil !== undefined) continue;
          found.set(m.ref, { ref: m.ref, name: m.name, words: span, regime: m.regime, algorithm: m.algorithm, listVersion: m.listVersion, ...(m.listedOn !== undefined && { listedOn: m.listedOn }), party: { band: m.band ?? 'match', score: m.score } });
        }
      }
      // A word in a script screening does not read (КОМИД), or mixing scripts: reviewed as in a party's name.
      const hidden = unreadWord(text);
      if (hidden !== undefined) for (const m of measures) pushReason(draft, reviewReason(m, hidden.why === 'mixed' ? 'mixed-script' : 'unread-script', field, hidden.word));
    }
    for (const n of found.values()) {
      if (isDprkRegime(n.regime)) {
        for (const m of measures) pushReason(draft, reason(field, text, n, { measure: m.m.id, resolution: m.m.resolution, paragraph: m.m.paragraph, confidence: m.m.confidence }, 'the DPRK regime'));
        continue;
      }
      const f = regimeFreeze(n.regime);
      const cite = f !== undefined
        ? { measure: f.measure, resolution: f.resolution, paragraph: f.paragraph, confidence: f.confidence, ...(f.paragraphConfidence !== undefined && { paragraphConfidence: f.paragraphConfidence }) }
        : { measure: 'unsc-list-regime-not-encoded', resolution: 0, paragraph: 'unknown', confidence: 'U' as const };
      pushReason(draft, reason(field, text, n, cite, f?.title ?? `the "${n.regime}" regime`));
    }
  }
}
