/**
 * GET /check: a transaction by its fields (type, date, from/to, goods lines, parties, vessels, purpose,
 * approvals) or as JSON (field `transaction`, §1). POST /check builds exactly the JSON the CLI takes from
 * the fields (shown, to copy), checks it with the same engine and rules as POST /v1/check, and answers
 * with the decision as a printable memo: time, user, law and list versions, the parties and vessels
 * screened with their results, a signature block. A batch (a JSON array) gets a summary table first.
 * A batch of more than PAGE_MEMOS gets memos for its first PAGE_MEMOS; the rest are counted by outcome,
 * their prohibited and review ones listed by number and id (nothing checked goes unmentioned). The page
 * is built in slices (src/app/slices.ts), as the check itself is, so other requests are answered meanwhile.
 * A refused post shows the form again with every value kept and the field named.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Service } from '../../src/app/service/service-context.ts';
import { checkText, checkTransactions, checkVersions } from '../../src/app/service/service-queries.ts';
import { MAX_FORM_TEXT_BYTES, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../../src/app/limits.ts';
import { COUNTRY_CODES, PRODUCTS, TRANSACTION_TYPES, type Decision } from '../../src/app/index.ts';
import { mapInSlices } from '../../src/app/slices.ts';
import { isInterdictError } from '../../src/errors/index.ts';
import { checkBodySchema } from '../schemas.ts';
import { html, Raw } from './escape.ts';
import { formProblem } from './form-check.ts';
import { repeatedFields } from '../utf8-body.ts';
import { layout } from './layout.ts';
import { LIVE_CHECK } from './live-check.ts';
import { memoOf, type MemoContext } from './memo.ts';
import { formOf, pageSession, sendPage } from './web-session.ts';
import { batchWork } from '../limits.ts';
import { retryAfterOf } from '../../src/app/service/request-budget.ts';

const EXAMPLE = '{"id": "tx-1", "type": "goods", "date": "2018-03-01", "from": "KP", "to": "CN",\n "goods": [{"hs": "6203.42", "description": "men\'s cotton trousers"}]}';
const UPLOAD = '/static/check-upload.js';
/** The same bound as the API's JSON body. */
const MAX_TEXT = MAX_FORM_TEXT_BYTES;
/** Lines offered on the form (a longer transaction goes in as JSON). */
export const GOODS_LINES = 4;
export const PARTY_LINES = 4;
export const VESSEL_LINES = 2;
const UNITS = ['', 'bbl', 't', 'kg', 'l', 'usd', 'units'];
/**
 * Memos one page check shows in full (a batch's first ones). More is no page anyone reads (2,500 memos
 * were 10.5 MB of HTML); the rest are counted by outcome and their prohibited and review ones listed.
 */
export const PAGE_MEMOS = 200;
/** Of the transactions past PAGE_MEMOS, the prohibited and review ones listed by number and id at most (the rest counted). */
export const PAGE_LISTED = 1_000;
const OUTCOMES = ['prohibited', 'review', 'conditional', 'permitted'] as const;

/** A number typed in a field stays a number; anything else is passed on as typed, for the engine to name. */
function numberOr(v: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v.trim()) : v.trim();
}

/**
 * The transaction the fields describe, as the CLI takes it (§1): blank fields left out, country codes
 * upper-cased, quantities as numbers. Nothing is judged here: the engine validates it, naming the field.
 */
export function transactionFromFields(f: Record<string, string>): Record<string, unknown> {
  const v = (k: string) => (typeof f[k] === 'string' ? f[k].trim() : '');
  const tx: Record<string, unknown> = {};
  for (const k of ['id', 'type', 'date', 'purpose'] as const) if (v(k)) tx[k] = v(k);
  for (const k of ['from', 'to', 'deliveredAt'] as const) if (v(k)) tx[k] = v(k).toUpperCase();
  const goods: Record<string, unknown>[] = [];
  for (let i = 0; i < GOODS_LINES; i++) {
    const g: Record<string, unknown> = {};
    for (const k of ['hs', 'description', 'product', 'unit'] as const) if (v(`goods.${i}.${k}`)) g[k] = v(`goods.${i}.${k}`);
    if (v(`goods.${i}.origin`)) g.origin = v(`goods.${i}.origin`).toUpperCase();
    for (const k of ['quantity', 'value'] as const) if (v(`goods.${i}.${k}`)) g[k] = numberOr(v(`goods.${i}.${k}`));
    if (Object.keys(g).length > 0) goods.push(g);
  }
  if (goods.length > 0) tx.goods = goods;
  const parties: Record<string, unknown>[] = [];
  for (let i = 0; i < PARTY_LINES; i++) {
    const p: Record<string, unknown> = {};
    for (const k of ['name', 'role', 'dob', 'type'] as const) if (v(`parties.${i}.${k}`)) p[k] = v(`parties.${i}.${k}`);
    for (const k of ['country', 'nationality'] as const) if (v(`parties.${i}.${k}`)) p[k] = v(`parties.${i}.${k}`).toUpperCase();
    if (Object.keys(p).length > 0) parties.push(p);
  }
  if (parties.length > 0) tx.parties = parties;
  const vessels: Record<string, unknown>[] = [];
  for (let i = 0; i < VESSEL_LINES; i++) {
    const s: Record<string, unknown> = {};
    for (const k of ['name', 'imo'] as const) if (v(`vessels.${i}.${k}`)) s[k] = v(`vessels.${i}.${k}`);
    if (v(`vessels.${i}.flag`)) s.flag = v(`vessels.${i}.flag`).toUpperCase();
    if (Object.keys(s).length > 0) vessels.push(s);
  }
  if (vessels.length > 0) tx.vessels = vessels;
  if (v('approval.measure') || v('approval.reference')) tx.approvals = [{ measure: v('approval.measure'), reference: v('approval.reference') }];
  if (v('contract.finalized')) tx.contract = { finalized: v('contract.finalized') };
  return tx;
}

/** Every field the form offers (and transactionFromFields reads), with the form's own csrf and mode. */
const OFFERED = new Set([
  'csrf', 'mode', 'id', 'type', 'date', 'purpose', 'from', 'to', 'deliveredAt', 'contract.finalized', 'approval.measure', 'approval.reference',
  ...Array.from({ length: GOODS_LINES }, (_x, i) => ['hs', 'description', 'product', 'unit', 'origin', 'quantity', 'value'].map((k) => `goods.${i}.${k}`)).flat(),
  ...Array.from({ length: PARTY_LINES }, (_x, i) => ['name', 'role', 'dob', 'type', 'country', 'nationality'].map((k) => `parties.${i}.${k}`)).flat(),
  ...Array.from({ length: VESSEL_LINES }, (_x, i) => ['name', 'imo', 'flag'].map((k) => `vessels.${i}.${k}`)).flat(),
]);

/**
 * A posted field the form does not offer (a fifth party, a third vessel, a party's aliases), or one given
 * twice, named; undefined when every field is the form's. Such a field was dropped without a word (review
 * 17, R17-16): a vessel or party sent that way was never screened. A transaction with more than the form
 * offers goes in as JSON (the `transaction` box), which keeps every field.
 */
export function unofferedField(body: unknown): { field: string; message: string } | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  for (const [k, v] of Object.entries(body)) {
    if (!OFFERED.has(k)) return { field: k, message: `the form has no field "${k.slice(0, 80)}", so it would be left out of the check: paste a transaction with more than the form offers as JSON instead` };
    if (typeof v !== 'string') return { field: k, message: `"${k}" is given more than once: give it once` };
  }
  const twice = repeatedFields(body)[0];
  return twice === undefined ? undefined : { field: twice, message: `"${twice.slice(0, 80)}" is given more than once, and only one value would be checked: give it once` };
}

/** A field named by the engine ("goods[1].hs") as the form field's id ("goods-1-hs"), to point at it. */
function fieldId(field: string | undefined): string | undefined {
  if (!field) return undefined;
  return field.replace(/\[(\d+)\]/g, '.$1').replace(/\./g, '-');
}

export function renderFieldsForm(csrf: string, f: Record<string, string>, error?: { message: string; field?: string }): Raw {
  const v = (k: string) => f[k] ?? '';
  const bad = fieldId(error?.field);
  const input = (name: string, label: string, attrs: Raw = html``) => {
    const id = name.replace(/\./g, '-');
    const wrong = bad !== undefined && (bad === id || bad.startsWith(`${id}-`));
    return html`<label for="${id}">${label}<input id="${id}" name="${name}" value="${v(name)}" ${attrs}${wrong ? html` aria-invalid="true" aria-describedby="fields-error"` : ''}></label>`;
  };
  const select = (name: string, label: string, options: readonly string[]) => {
    const id = name.replace(/\./g, '-');
    return html`<label for="${id}">${label}<select id="${id}" name="${name}">${options.map((o) => html`<option value="${o}"${v(name) === o ? html` selected` : ''}>${o === '' ? '—' : o}</option>`)}</select></label>`;
  };
  const country = html`maxlength="2" size="3" list="countries" autocomplete="off"`;
  return html`<form method="post" action="/check" class="stack noprint" id="fields-form" aria-label="Check by fields" data-live="/check/validate">
<input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="mode" value="fields">
${error ? html`<p id="fields-error" class="error" role="alert">${error.field ? `${error.field}: ` : ''}${error.message}</p>` : ''}
<datalist id="countries">${[...COUNTRY_CODES].sort().map((c) => html`<option value="${c}"></option>`)}</datalist>
<fieldset><legend>The transaction</legend><div class="grid">
${input('id', 'Your reference', html`maxlength="${MAX_TEXT_LENGTH}"`)}
${select('type', 'Type', ['', ...TRANSACTION_TYPES])}
${input('date', 'Date (YYYY-MM-DD)', html`type="date" required`)}
${input('from', 'From (country code)', country)}
${input('to', 'To (country code)', country)}
${input('deliveredAt', 'Delivered at (country, optional)', country)}
${input('purpose', 'Purpose (optional)', html`maxlength="${MAX_TEXT_LENGTH}" placeholder="livelihood, humanitarian…"`)}
${input('contract.finalized', 'Contract finalized (optional)', html`type="date"`)}
</div></fieldset>
<fieldset><legend>Goods</legend>${Array.from({ length: GOODS_LINES }, (_x, i) => html`<div class="goods-line" role="group" aria-label="Goods line ${i + 1}">
${input(`goods.${i}.hs`, `${i + 1}. HS code`, html`maxlength="20" inputmode="decimal"`)}${input(`goods.${i}.description`, 'Description', html`maxlength="${MAX_TEXT_LENGTH}"`)}
${select(`goods.${i}.product`, 'Product', ['', ...PRODUCTS])}${input(`goods.${i}.quantity`, 'Quantity', html`maxlength="20" inputmode="decimal"`)}
${select(`goods.${i}.unit`, 'Unit', UNITS)}${input(`goods.${i}.value`, 'Value', html`maxlength="20" inputmode="decimal"`)}${input(`goods.${i}.origin`, 'Origin (if not From)', country)}</div>`)}</fieldset>
<fieldset><legend>Parties (screened against the UN list)</legend>${Array.from({ length: PARTY_LINES }, (_x, i) => html`<div class="goods-line" role="group" aria-label="Party ${i + 1}">
${input(`parties.${i}.name`, `${i + 1}. Name`, html`maxlength="${MAX_NAME_LENGTH}"`)}${input(`parties.${i}.role`, 'Role', html`maxlength="${MAX_TEXT_LENGTH}" placeholder="buyer, ship manager…"`)}
${input(`parties.${i}.country`, 'Country', country)}${input(`parties.${i}.nationality`, 'Nationality', country)}${input(`parties.${i}.dob`, 'Born (optional)', html`maxlength="10"`)}
${select(`parties.${i}.type`, 'Kind', ['', 'person', 'entity'])}</div>`)}</fieldset>
<fieldset><legend>Vessels</legend>${Array.from({ length: VESSEL_LINES }, (_x, i) => html`<div class="goods-line" role="group" aria-label="Vessel ${i + 1}">
${input(`vessels.${i}.name`, `${i + 1}. Name`, html`maxlength="${MAX_TEXT_LENGTH}"`)}${input(`vessels.${i}.imo`, 'IMO number', html`maxlength="20" inputmode="numeric"`)}${input(`vessels.${i}.flag`, 'Flag', country)}</div>`)}</fieldset>
<fieldset><legend>Committee approval held (optional)</legend><div class="grid">
${input('approval.measure', 'Measure', html`maxlength="${MAX_TEXT_LENGTH}"`)}${input('approval.reference', 'Reference', html`maxlength="${MAX_TEXT_LENGTH}"`)}</div></fieldset>
<button type="submit">Check</button>
</form>`;
}

export function renderCheckForm(csrf: string, text: string | Raw, error?: string): Raw {
  return html`<form method="post" action="/check" class="stack noprint" aria-label="Check as JSON">
<input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="mode" value="json">
<label for="transaction">Transaction (JSON: one object or an array; or NDJSON, one per line)</label>
<textarea id="transaction" name="transaction" rows="8" required spellcheck="false"${error ? html` aria-invalid="true" aria-describedby="tx-error"` : ''}>${text}</textarea>
${error ? html`<p id="tx-error" class="error" role="alert">${error}</p>` : ''}
<button type="submit">Check</button>
</form>`;
}

function checkForms(csrf: string, fields: Record<string, string>, text: string | Raw, errors: { fields?: { message: string; field?: string }; json?: string } = {}, jsonFirst = false): Raw {
  const json = html`<details${jsonFirst || errors.json ? html` open` : ''} class="noprint"><summary>Or paste JSON (one transaction, an array, or NDJSON)</summary>${renderCheckForm(csrf, text, errors.json)}</details>`;
  return html`${renderFieldsForm(csrf, fields, errors.fields)}${json}`;
}

/** Each outcome with how many of `decisions` have it, in the order of their weight ("3 prohibited, 0 review, …"). */
function outcomeCounts(decisions: readonly Decision[]): string {
  const n: Record<string, number> = {};
  for (const d of decisions) n[d.outcome] = (n[d.outcome] ?? 0) + 1;
  return OUTCOMES.map((o) => `${n[o] ?? 0} ${o}`).join(', ');
}

/** One row of a batch's tables: its number, its id (a link to its memo when the page shows one), outcome and reasons. */
function row(d: Decision, i: number, memo: boolean): Raw {
  const name = d.id ?? `(no id, #${i + 1})`;
  return html`<tr><td>${i + 1}</td><td>${memo ? html`<a href="#memo-${d.id ?? ''}">${name}</a>` : name}</td><td class="outcome-${d.outcome}">${d.outcome}</td><td>${d.reasons.length}</td></tr>`;
}

/** A batch's summary first: its outcomes counted, one row per transaction shown, a link to its memo. */
async function summaryTable(decisions: readonly Decision[], shown: number): Promise<Raw> {
  const rows = await mapInSlices(decisions.slice(0, shown), (d, i) => row(d, i, true));
  return html`<table class="summary"><caption>${decisions.length} transactions: ${outcomeCounts(decisions)}${shown < decisions.length ? `; the first ${shown} shown below` : ''}</caption>
<thead><tr><th scope="col">#</th><th scope="col">Transaction</th><th scope="col">Outcome</th><th scope="col">Reasons</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

/**
 * The transactions past the first `shown`, which get no memo: how many, their outcomes counted, the
 * prohibited and review ones listed (at most PAGE_LISTED, the number not listed said), and where the
 * whole result is had.
 */
async function restSection(decisions: readonly Decision[], shown: number): Promise<Raw> {
  const rest = decisions.slice(shown);
  const flagged: number[] = [];
  for (let i = shown; i < decisions.length; i++) if (decisions[i]!.outcome === 'prohibited' || decisions[i]!.outcome === 'review') flagged.push(i);
  const listed = flagged.slice(0, PAGE_LISTED);
  const rows = await mapInSlices(listed, (i) => row(decisions[i]!, i, false));
  return html`<section class="rest" aria-labelledby="rest-title"><h2 id="rest-title">Transactions ${shown + 1} to ${decisions.length}: counted, not shown</h2>
<p>${decisions.length} transactions were checked. This page shows the memos of the first ${shown}; the other ${rest.length} are summarised here: <strong>${outcomeCounts(rest)}</strong>.</p>
<p>Every transaction's decision: check the same input with <code>interdict check</code> or <code>POST /v1/check</code>, or paste at most ${PAGE_MEMOS} at a time here.</p>
${flagged.length === 0 ? html`<p>None of them is prohibited or for review.</p>` : html`<table class="summary"><caption>Prohibited or for review among them: ${flagged.length}${listed.length < flagged.length ? `, the first ${listed.length} listed (${flagged.length - listed.length} more not listed here)` : ''}</caption>
<thead><tr><th scope="col">#</th><th scope="col">Transaction</th><th scope="col">Outcome</th><th scope="col">Reasons</th></tr></thead>
<tbody>${rows}</tbody></table>`}
</section>`;
}

/**
 * What a page check answers with, built in slices (each memo and its transaction's JSON one item): a
 * batch's summary, for a batch of more than PAGE_MEMOS the rest counted, then the memos shown.
 */
export async function renderDecisions(decisions: readonly Decision[], txs: readonly unknown[], ctx: Omit<MemoContext, 'transaction'>): Promise<Raw> {
  const shown = Math.min(decisions.length, PAGE_MEMOS);
  const memos = await mapInSlices(decisions.slice(0, shown), (d, i) => {
    const tx = txs[i] as Record<string, unknown>;
    return memoOf(d, JSON.stringify(tx, null, 2), { ...ctx, transaction: tx });
  });
  return html`${decisions.length > 1 ? await summaryTable(decisions, shown) : ''}
${shown < decisions.length ? await restSection(decisions, shown) : ''}
${memos}`;
}

/** Text escaped for a page a piece at a time, so a pasted batch (up to the body limit) echoed in its box is no one long run. */
async function escapedInSlices(text: string, piece = 1 << 16): Promise<Raw> {
  const pieces = Array.from({ length: Math.ceil(text.length / piece) }, (_x, k) => text.slice(k * piece, (k + 1) * piece));
  return new Raw((await mapInSlices(pieces, (p) => html`${p}`.value)).join(''));
}

export function checkPages(app: FastifyInstance, svc: Service): void {
  const frame = (req: FastifyRequest) => {
    const s = pageSession(req);
    return { title: 'Check a transaction', account: s.account, csrf: s.csrf, current: '/check', scripts: [UPLOAD, LIVE_CHECK] };
  };

  app.get('/check', { config: { page: true, pagePermission: 'check' } }, async (req, reply) => {
    const s = pageSession(req);
    return sendPage(reply, 200, layout(frame(req), html`<h1 class="noprint">Check a transaction</h1>${checkForms(s.csrf, { type: 'goods' }, EXAMPLE)}`));
  });

  // A field given twice is said in the form, beside the other fields it does not take (unofferedField).
  app.post('/check', { config: { page: true, pagePermission: 'check', pageOwnsRepeatedFields: true } }, async (req, reply) => {
    const s = pageSession(req);
    const form = formOf(req);
    const byFields = form.mode === 'fields';
    const text = typeof form.transaction === 'string' ? form.transaction.slice(0, MAX_TEXT) : '';
    const fields = byFields ? form : {};
    // A refusal for want of the credential's work this minute is 429 with its wait (request-budget.ts); any other, 400.
    const fail = (message: string, field?: string, e?: unknown) => sendPage(reply, failStatus(reply, e), layout(frame(req), html`<h1>Check a transaction</h1>${checkForms(s.csrf, fields, byFields ? EXAMPLE : text, byFields ? { fields: { message, ...(field && { field }) } } : { json: `${field ? `${field}: ` : ''}${message}` }, !byFields)}`));
    let body: unknown;
    let result: Decision | Decision[];
    if (byFields) {
      const unoffered = unofferedField(req.body);
      if (unoffered) return fail(unoffered.message, unoffered.field);
      body = transactionFromFields(form);
      // The API's own schema first, then the engine's rules (POST /v1/check's use case).
      const problem = formProblem(checkBodySchema, body);
      if (problem) return fail(problem.message, problem.field);
      try {
        result = await checkTransactions(svc, body, batchWork(req));
      } catch (e) {
        if (!isInterdictError(e)) throw e;
        return fail(e.message, e.location.field, e);
      }
    } else {
      if (typeof form.transaction !== 'string' || form.transaction.trim() === '') return fail('paste the transaction as JSON.', 'transaction');
      if (Buffer.byteLength(form.transaction) > MAX_TEXT) return fail(`the text is over ${MAX_TEXT / (1 << 20)} MiB.`, 'transaction');
      // JSON or NDJSON, read once by the CLI's own rule (checkText), its errors naming the record as the CLI does.
      try {
        const r = await checkText(svc, form.transaction, batchWork(req));
        body = r.shape === 'object' ? r.transactions[0] : r.transactions;
        result = r.shape === 'object' ? r.decisions[0]! : r.decisions;
      } catch (e) {
        if (!isInterdictError(e)) throw e;
        return fail(`${e.location.record !== undefined ? `record ${e.location.record}: ` : ''}${e.message}`, e.location.field ?? 'transaction', e);
      }
    }
    const at = new Date().toISOString();
    const versions = await checkVersions(svc);
    const decisions = Array.isArray(result) ? result : [result];
    const txs = Array.isArray(body) ? body : [body];
    // By fields: one transaction, shown as the JSON the CLI takes (small). Pasted: the text as pasted, kept in its box.
    const asJson = byFields ? JSON.stringify(body, null, 2) : '';
    const decided = await renderDecisions(decisions, txs, { by: s.account.name, at, ...versions });
    const box = byFields ? asJson : await escapedInSlices(text);
    return sendPage(reply, 200, layout(frame(req), html`<h1 class="noprint">Check a transaction</h1>
<p class="noprint"><a href="/check">New check</a> · print this page (Ctrl+P) to file the memo.</p>
${decided}
${byFields ? html`<section class="noprint"><h2>The transaction as JSON</h2><p>The same input for <code>interdict check</code> or <code>POST /v1/check</code>:</p><label for="as-json" class="sr-only">The transaction as JSON</label><textarea id="as-json" rows="8" readonly spellcheck="false">${asJson}</textarea></section>` : ''}
${checkForms(s.csrf, fields, box, {}, !byFields)}`));
  });
}

/** The status of a check that failed: 429 with Retry-After where the credential's minute of work is spent, else 400. */
function failStatus(reply: FastifyReply, e: unknown): number {
  const wait = retryAfterOf(e);
  if (wait === undefined) return 400;
  reply.header('retry-after', String(wait));
  return 429;
}
