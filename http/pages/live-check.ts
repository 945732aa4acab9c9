/**
 * Forms checked as you type, on the server's own rules: the check form, a subject, an account and a
 * delivery each post their fields (with the session's CSRF token) to a `…/validate` route, which builds
 * the same body the form's POST builds and runs the API's JSON Schema and the app layer's validation
 * over it (the same limits, src/io/limits.ts, and the same messages naming the field), storing nothing.
 * The answer is `{problems: {FIELD: message}}` by the form's field names; /static/live-check.js shows
 * each message beside its field once the person has typed in it, and takes it away once it is fixed.
 * Without script the forms post as before and the server names the field on the page.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { validateAccount } from '../../src/app/accounts/accounts.ts';
import type { Permission } from '../../src/app/accounts/roles.ts';
import { checkDeliveryInput, type DeliveryInput } from '../../src/app/ledger/index.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { checkTransactionInput } from '../../src/app/service/service-queries.ts';
import { checkSubject } from '../../src/app/subjects/subjects.ts';
import { isInterdictError } from '../../src/errors/index.ts';
import { checkBodySchema, subjectsBodySchema, userBodySchema } from '../schemas.ts';
import { transactionFromFields } from './check-page.ts';
import { formProblem, type FormProblem } from './form-check.ts';
import { deliveryInputOf, deliverySchemaProblem } from './ledger-reports-page.ts';
import { subjectOf } from './subject-pages.ts';
import { userBodyOf } from './user-pages.ts';
import { formOf, pageSession } from './web-session.ts';

export const LIVE_CHECK = '/static/live-check.js';

/** The first problem of a body, as a path ("goods[0].hs") and the message, or undefined when it is valid. */
type FirstProblem = (body: Record<string, unknown>) => FormProblem | undefined;

/** The app layer's refusal as a problem; anything else is not a validation failure and is thrown. */
function refusal(run: () => void): FormProblem | undefined {
  try {
    run();
    return undefined;
  } catch (e) {
    if (!isInterdictError(e)) throw e;
    return { field: e.location.field ?? '', message: e.message };
  }
}

/** A message naming a long list of allowed values keeps its first few (it is shown beside a field). */
function short(message: string): string {
  const m = /^(.*? must be one of )([^]*)$/.exec(message);
  if (m === null || m[2]!.length <= 120) return message;
  const values = m[2]!.split(', ');
  return `${m[1]}${values.slice(0, 8).join(', ')}, … (${values.length} values)`;
}

const PATH = /[^.[\]]+/g;
const steps = (field: string): string[] => field.match(PATH) ?? [];

function at(body: Record<string, unknown>, path: string[]): { parent: Record<string, unknown>; key: string } | undefined {
  let node: unknown = body;
  for (const k of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[k];
  }
  if (typeof node !== 'object' || node === null || path.length === 0) return undefined;
  return { parent: node as Record<string, unknown>, key: path[path.length - 1]! };
}

/**
 * Every field's problem, not only the first: the first problem is noted and its value taken out (or, for
 * a required field left empty, a stand-in put in from `standIns`), and the body checked again, until it
 * passes or a problem cannot be set aside. Each message is the server's own for that field.
 */
export function allProblems(body: Record<string, unknown>, first: FirstProblem, standIns: Record<string, unknown> = {}): Map<string, string> {
  const found = new Map<string, string>();
  const stood = new Set<string>();
  for (let i = 0; i < 40; i++) {
    const p = first(body);
    if (p === undefined) break;
    if (!found.has(p.field)) found.set(p.field, short(p.message));
    const place = at(body, steps(p.field));
    if (place === undefined) break;
    if (place.parent[place.key] !== undefined && !stood.has(p.field)) {
      delete place.parent[place.key];
    } else if (p.field in standIns && !stood.has(p.field)) {
      place.parent[place.key] = standIns[p.field];
      stood.add(p.field);
    } else {
      break;
    }
  }
  return found;
}

/** "goods[0].hs" → the form's field name "goods.0.hs". */
const formName = (field: string): string => steps(field).join('.');

const checkProblem: FirstProblem = (tx) => formProblem(checkBodySchema, tx) ?? refusal(() => checkTransactionInput(structuredClone(tx)));

/** The check form: "approvals[0].x" is the form's "approval.x". */
function checkFields(form: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const tx = transactionFromFields(form);
  for (const [field, message] of allProblems(tx, checkProblem, { type: 'goods', date: '2020-01-01', from: 'CN', to: 'CN' })) {
    out[formName(field).replace(/^approvals\.0\./, 'approval.')] = message;
  }
  return out;
}

function subjectFields(form: Record<string, string>): Record<string, string> {
  const first: FirstProblem = (s) => {
    const p = formProblem(subjectsBodySchema, [s]) ?? refusal(() => checkSubject(s));
    return p && { field: p.field.replace(/^\[0\]\.?/, ''), message: p.message.replace(/^\[0\]\./, '') };
  };
  return Object.fromEntries(allProblems(subjectOf(form), first, { id: 'x', name: 'x' }));
}

function userFields(form: Record<string, string>): Record<string, string> {
  // The app layer's message first: it names a bad State by its value, the schema by its list of codes.
  const first: FirstProblem = (b) => refusal(() => validateAccount(b as never)) ?? formProblem(userBodySchema, b);
  const found = allProblems(userBodyOf(form) as unknown as Record<string, unknown>, first, { name: 'x', roles: ['auditor'] });
  return Object.fromEntries([...found].map(([f, m]) => [f.replace(/^roles\.?.*$/, 'roles'), m]));
}

function deliveryFields(svc: Service, form: Record<string, string>, state: string | undefined): Record<string, string> {
  const first: FirstProblem = (b) => {
    // The POST's own schema check (deliverySchemaProblem), then the ledger's rules.
    return deliverySchemaProblem(b as unknown as ReturnType<typeof deliveryInputOf>) ?? refusal(() => checkDeliveryInput(svc.law, b as unknown as DeliveryInput));
  };
  return Object.fromEntries(allProblems(deliveryInputOf(form, state) as unknown as Record<string, unknown>, first, { commodity: 'refined-petroleum', date: '2020-01-01', ref: 'x', barrels: '1' }));
}

export function liveCheckPages(app: FastifyInstance, svc: Service): void {
  const route = (url: string, permission: Permission, problems: (form: Record<string, string>, req: FastifyRequest) => Record<string, string>) => {
    app.post(url, { config: { page: true, pagePermission: permission } }, async (req: FastifyRequest, reply: FastifyReply) => {
      const form = formOf(req);
      return reply.header('content-type', 'application/json; charset=utf-8').header('cache-control', 'no-store').send({ problems: problems(form, req) });
    });
  };
  route('/check/validate', 'check', checkFields);
  route('/subjects/validate', 'add-subjects', subjectFields);
  route('/users/validate', 'manage-users', userFields);
  route('/ledger/deliveries/validate', 'record-delivery', (form, req) => {
    const s = pageSession(req);
    // The body the POST builds from the same form (deliveryInputOf), for the same account.
    return deliveryFields(svc, form, s.account.state);
  });
  app.get(LIVE_CHECK, { config: { page: true } }, async (_req, reply) => reply.header('content-type', 'text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(LIVE_CHECK_JS));
}

/**
 * The script: every form with `data-live="URL"` posts its fields there (debounced) as they change, and
 * shows each answered problem beside a field the person has touched (`aria-invalid`, described by the
 * message), and removes it once the field passes. Only the answer to the latest post is shown.
 */
export const LIVE_CHECK_JS = `document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('form[data-live]').forEach(function (form) {
    var url = form.getAttribute('data-live'), touched = {}, timer = null, seq = 0;
    function keyOf(el) { var g = el.closest('[data-live-field]'); return g ? g.getAttribute('data-live-field') : el.name; }
    function anchorOf(key) {
      var all = form.querySelectorAll('[data-live-field], [name]');
      for (var i = 0; i < all.length; i++) if (all[i].getAttribute('data-live-field') === key || (!all[i].closest('[data-live-field]') && all[i].getAttribute('name') === key)) return all[i];
      return null;
    }
    function clear() {
      form.querySelectorAll('.live-error').forEach(function (n) { n.remove(); });
      form.querySelectorAll('[data-live-marked]').forEach(function (el) {
        el.removeAttribute('aria-invalid');
        var d = el.getAttribute('data-live-marked');
        if (d) el.setAttribute('aria-describedby', d); else el.removeAttribute('aria-describedby');
        el.removeAttribute('data-live-marked');
      });
    }
    function show(problems) {
      clear();
      Object.keys(touched).forEach(function (key) {
        var msg = problems[key], el = anchorOf(key);
        if (!msg || !el) return;
        var note = document.createElement('span');
        note.className = 'live-error';
        note.id = 'live-' + key.replace(/[^A-Za-z0-9_-]/g, '-');
        note.setAttribute('aria-live', 'polite');
        note.textContent = msg;
        if (el.tagName === 'FIELDSET') el.appendChild(note); else el.after(note);
        if (el.tagName !== 'FIELDSET') {
          el.setAttribute('data-live-marked', el.getAttribute('aria-describedby') || '');
          el.setAttribute('aria-invalid', 'true');
          el.setAttribute('aria-describedby', note.id);
        }
      });
    }
    function check() {
      var mine = ++seq;
      fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(new FormData(form)).toString() })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (a) { if (a && mine === seq) show(a.problems || {}); })
        .catch(function () {});
    }
    function touch(e) {
      var el = e.target;
      if (!el.name || el.type === 'hidden') return;
      touched[keyOf(el)] = true;
      clearTimeout(timer);
      timer = setTimeout(check, 250);
    }
    form.addEventListener('input', touch);
    form.addEventListener('change', touch);
    form.addEventListener('focusout', touch);
  });
});
`;
