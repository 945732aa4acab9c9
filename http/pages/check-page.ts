/** GET /check (the form) and POST /check (field `transaction`, JSON text → the decision as a memo). */
import type { FastifyInstance } from 'fastify';
import type { Service } from '../../src/app/service/service-context.ts';
import { checkTransactions } from '../../src/app/service/service-queries.ts';
import type { Decision } from '../../src/app/index.ts';
import { isInterdictError } from '../../src/errors/index.ts';
import { html, type Raw } from './escape.ts';
import { layout } from './layout.ts';
import { memoOf } from './memo.ts';
import { formOf, guard, sendPage } from './web-session.ts';

const EXAMPLE = '{"id": "tx-1", "type": "goods", "date": "2018-03-01", "from": "KP", "to": "CN",\n "goods": [{"hs": "6203.42", "description": "men\'s cotton trousers"}]}';
const UPLOAD = '/static/check-upload.js';
/** The same bound as the API's JSON body. */
const MAX_TEXT = 2 * 1024 * 1024;

/** JSON (an object or an array), or NDJSON (one object per line) as a file from `interdict check` would be. */
export function parseTransactionText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length < 2) throw new Error(`not valid JSON (${(e as Error).message}).`);
    return lines.map((l, i) => {
      try {
        return JSON.parse(l) as unknown;
      } catch (le) {
        throw new Error(`line ${i + 1} is not valid JSON (${(le as Error).message}).`);
      }
    });
  }
}

export function renderCheckForm(csrf: string, text: string, error?: string): Raw {
  return html`<form method="post" action="/check" class="stack noprint">
<input type="hidden" name="csrf" value="${csrf}">
<label for="transaction">Transaction (JSON: one object or an array; or NDJSON, one per line)</label>
<textarea id="transaction" name="transaction" rows="8" required spellcheck="false"${error ? html` aria-invalid="true" aria-describedby="tx-error"` : ''}>${text}</textarea>
${error ? html`<p id="tx-error" class="error" role="alert">${error}</p>` : ''}
<button type="submit">Check</button>
</form>`;
}

export function checkPages(app: FastifyInstance, svc: Service): void {
  app.get('/check', { config: { page: true } }, async (req, reply) => {
    const s = await guard(svc, req, reply, 'check');
    if (s === undefined) return reply;
    return sendPage(reply, 200, layout({ title: 'Check a transaction', account: s.account, csrf: s.csrf, current: '/check', scripts: [UPLOAD] },
      html`<h1 class="noprint">Check a transaction</h1>${renderCheckForm(s.csrf, EXAMPLE)}`));
  });

  app.post('/check', { config: { page: true } }, async (req, reply) => {
    const s = await guard(svc, req, reply, 'check');
    if (s === undefined) return reply;
    const frame = { title: 'Check a transaction', account: s.account, csrf: s.csrf, current: '/check', scripts: [UPLOAD] };
    const text = formOf(req).transaction;
    const fail = (message: string) => sendPage(reply, 400, layout(frame, html`<h1>Check a transaction</h1>${renderCheckForm(s.csrf, typeof text === 'string' ? text.slice(0, MAX_TEXT) : '', message)}`));
    if (typeof text !== 'string' || text.trim() === '') return fail('transaction: paste the transaction as JSON.');
    if (text.length > MAX_TEXT) return fail('transaction: the text is over 2 MiB.');
    let body: unknown;
    try {
      body = parseTransactionText(text);
    } catch (e) {
      return fail(`transaction: ${(e as Error).message}`);
    }
    let result: Decision | Decision[];
    try {
      result = await checkTransactions(svc, body);
    } catch (e) {
      if (!isInterdictError(e)) throw e;
      return fail(`${e.location.field ? `${e.location.field}: ` : ''}${e.message}`);
    }
    const decisions = Array.isArray(result) ? result : [result];
    const pretty = Array.isArray(body) ? (body as unknown[]).map((b) => JSON.stringify(b, null, 2)) : [JSON.stringify(body, null, 2)];
    return sendPage(reply, 200, layout(frame, html`<h1 class="noprint">Check a transaction</h1>
<p class="noprint"><a href="/check">New check</a> · print this page (Ctrl+P) to file the memo.</p>
${decisions.map((d, i) => memoOf(d, pretty[i], s.account.name))}
${renderCheckForm(s.csrf, text)}`));
  });
}
