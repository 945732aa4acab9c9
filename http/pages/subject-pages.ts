/**
 * GET /subjects: the monitored subjects, newest first, searched by name and paged; forms to add one by
 * its fields, to import a CSV (the CLI's `subjects import` format), and to remove one (its alerts not
 * closed stay in the queue). Posts are checked by the API's subject schema and the same app layer.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { Account } from '../../src/app/accounts/accounts.ts';
import { allows } from '../../src/app/accounts/roles.ts';
import { MAX_FORM_TEXT_BYTES, MAX_NAME_LENGTH, MAX_NATIONALITY_LENGTH, MAX_REASON_LENGTH, MAX_SEARCH_LENGTH, MAX_SUBJECT_ID_LENGTH } from '../../src/app/limits.ts';
import { pageRequest, type Page } from '../../src/app/paging.ts';
import { importSubjectsCsv } from '../../src/app/subjects/import-subjects.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { addSubjects, pageSubjects, removeSubject, type SubjectListed } from '../../src/app/subjects/subjects.ts';
import { isInterdictError } from '../../src/errors/index.ts';
import { subjectsBodySchema, subjectsQuery } from '../schemas.ts';
import { html, type Raw } from './escape.ts';
import { formProblem } from './form-check.ts';
import { LIVE_CHECK } from './live-check.ts';
import { layout, pager } from './layout.ts';
import { formOf, pageSession, sendPage } from './web-session.ts';
import { batchWork } from '../limits.ts';

/** A CSV pasted or loaded into the form: the same bound as the API's JSON body. */
const MAX_CSV = MAX_FORM_TEXT_BYTES;

interface Outcome {
  message: string;
  error?: boolean;
  form?: 'add' | 'import';
  values?: Record<string, string>;
}

export function renderSubjects(page: Page<SubjectListed>, q: string, account: Account, csrf: string, query: SubjectsQuery, out?: Outcome): Raw {
  const v = (k: string) => (out?.form === 'add' ? out.values?.[k] ?? '' : '');
  const canChange = allows(account.roles, 'add-subjects');
  const hidden = html`<input type="hidden" name="csrf" value="${csrf}">`;
  return html`<h1>Monitored subjects</h1>
${out ? html`<p class="${out.error ? 'error' : 'ok'}" role="${out.error ? 'alert' : 'status'}">${out.message}</p>` : ''}
<form method="get" action="/subjects" class="filters" role="search" aria-label="Search the subjects">
<label for="sq">Name or id</label><input id="sq" name="q" type="search" value="${q}" maxlength="${MAX_SEARCH_LENGTH}">
<button type="submit">Search</button></form>
${page.items.length === 0 ? html`<p>No subjects${q ? ' match this search' : ' are monitored yet'}.</p>` : html`<table class="stack-sm"><caption>${page.total.toLocaleString('en')} subjects${q ? ' matching' : ''}</caption>
<thead><tr><th scope="col">Id</th><th scope="col">Name</th><th scope="col">Born</th><th scope="col">Nationality</th><th scope="col">Type</th><th scope="col">Added</th><th scope="col">Alerts</th>${canChange ? html`<th scope="col">Remove</th>` : ''}</tr></thead>
<tbody>${page.items.map((s) => html`<tr><td data-label="Id">${s.id}</td><td data-label="Name">${s.name}</td><td data-label="Born">${s.dob ?? ''}</td><td data-label="Nationality">${s.nationality ?? ''}</td><td data-label="Type">${s.type ?? ''}</td>
<td data-label="Added"><time datetime="${s.addedAt}">${s.addedAt.slice(0, 10)}</time></td><td data-label="Alerts"><a href="/?q=${encodeURIComponent(s.id)}">open alerts</a></td>
${canChange ? html`<td data-label="Remove"><form method="post" action="/subjects/remove" class="inline-form">${hidden}<input type="hidden" name="id" value="${s.id}"><label class="sr-only" for="rm-${s.id}">Reason for removing ${s.id}</label><input id="rm-${s.id}" name="note" maxlength="${MAX_REASON_LENGTH}" placeholder="reason (optional)"> <button type="submit">Remove ${s.id}</button></form></td>` : ''}</tr>`)}</tbody></table>`}
${pager('/subjects', query, page.total, page.items.length, page.next)}
${canChange ? html`<div class="actions">
<form method="post" action="/subjects" class="stack" data-live="/subjects/validate"><h2>Add a subject</h2>${hidden}
<label for="sid">Id (your customer or counterparty reference)</label><input id="sid" name="id" required maxlength="${MAX_SUBJECT_ID_LENGTH}" value="${v('id')}">
<label for="sname">Name</label><input id="sname" name="name" required maxlength="${MAX_NAME_LENGTH}" value="${v('name')}">
<label for="sdob">Date of birth (YYYY, YYYY-MM or YYYY-MM-DD, optional)</label><input id="sdob" name="dob" maxlength="10" value="${v('dob')}">
<label for="snat">Nationality (optional)</label><input id="snat" name="nationality" maxlength="${MAX_NATIONALITY_LENGTH}" value="${v('nationality')}">
<label for="stype">Type</label><select id="stype" name="type"><option value="">not known</option>${['person', 'entity'].map((t) => html`<option value="${t}"${v('type') === t ? html` selected` : ''}>${t}</option>`)}</select>
<button type="submit">Add and screen</button></form>
<form method="post" action="/subjects/import" class="stack"><h2>Import a CSV</h2>${hidden}
<label for="csv">CSV with the header <code>id,name,dob,nationality,type</code> (dob, nationality and type may be left out)</label>
<textarea id="csv" name="csv" rows="6" required spellcheck="false">${out?.form === 'import' ? out.values?.csv ?? '' : ''}</textarea>
<button type="submit">Import and screen</button><p class="small">All or nothing: one bad row stores none, naming the row.</p></form>
</div>` : ''}`;
}

/** The subject a form describes: its fields trimmed, blank ones left out (the POST and its live check). */
export function subjectOf(form: Record<string, string>): Record<string, string> {
  const subject: Record<string, string> = {};
  for (const k of ['id', 'name', 'dob', 'nationality', 'type'] as const) if (typeof form[k] === 'string' && form[k].trim() !== '') subject[k] = form[k].trim();
  return subject;
}

function summary(r: Awaited<ReturnType<typeof addSubjects>>): string {
  const count = (s: string) => r.subjects.filter((x) => x.status === s).length;
  return `${r.subjects.length} subject${r.subjects.length === 1 ? '' : 's'} (${count('created')} new, ${count('updated')} changed, ${count('unchanged')} unchanged) screened against list ${r.listVersion}: ${r.matched} matched, ${r.possible} possible, ${r.alertsOpened} alert${r.alertsOpened === 1 ? '' : 's'} opened.`;
}

/** What GET /v1/subjects's query (subjectsQuery) lets in; the page takes the same, checked by the same schema. */
interface SubjectsQuery {
  q?: string;
  limit?: string;
  cursor?: string;
  order?: 'asc' | 'desc';
}

export function subjectPages(untyped: FastifyInstance, svc: Service): void {
  const app = untyped.withTypeProvider<JsonSchemaToTsProvider>();
  const show = async (req: FastifyRequest, reply: FastifyReply, code: number, out?: Outcome, query: SubjectsQuery = {}) => {
    const s = pageSession(req);
    const q = query.q ?? '';
    const page = await pageSubjects(svc.driver, q, pageRequest(query, 2));
    return sendPage(reply, code, layout({ title: 'Subjects', account: s.account, csrf: s.csrf, current: '/subjects', ...(allows(s.account.roles, 'add-subjects') && { scripts: [LIVE_CHECK] }) }, renderSubjects(page, q, s.account, s.csrf, query, out)));
  };

  app.get('/subjects', { config: { page: true, pagePermission: 'read-subjects' }, schema: { querystring: subjectsQuery } }, async (req, reply) => show(req, reply, 200, undefined, req.query));

  app.post('/subjects', { config: { page: true, pagePermission: 'add-subjects' } }, async (req, reply) => {
    const subject = subjectOf(formOf(req));
    const fail = (message: string) => show(req, reply, 400, { message, error: true, form: 'add', values: subject });
    const problem = formProblem(subjectsBodySchema, [subject]);
    if (problem) return fail(`${problem.message.replace(/^\[0\]\./, '')}.`);
    try {
      return await show(req, reply, 200, { message: summary(await addSubjects(svc, [subject], pageSession(req).account.name, batchWork(req))) });
    } catch (e) {
      if (!isInterdictError(e)) throw e;
      return fail(`${(e.location.field ?? '').replace(/^\[0\]\./, '')}: ${e.message}`);
    }
  });

  app.post('/subjects/import', { config: { page: true, pagePermission: 'add-subjects' } }, async (req, reply) => {
    const csv = formOf(req).csv;
    const fail = (message: string) => show(req, reply, 400, { message, error: true, form: 'import', values: { csv: typeof csv === 'string' ? csv.slice(0, MAX_CSV) : '' } });
    if (typeof csv !== 'string' || csv.trim() === '') return fail('csv: paste the CSV (header id,name,dob,nationality,type).');
    if (csv.length > MAX_CSV) return fail(`csv: the text is over ${MAX_CSV / (1 << 20)} MiB; import it with "interdict subjects import".`);
    try {
      return await show(req, reply, 200, { message: summary(await importSubjectsCsv(svc, csv, 'the CSV', pageSession(req).account.name)) });
    } catch (e) {
      if (!isInterdictError(e)) throw e;
      return fail(`${e.location.field ? `${e.location.field}: ` : ''}${e.message}`);
    }
  });

  app.post('/subjects/remove', { config: { page: true, pagePermission: 'remove-subjects' } }, async (req, reply) => {
    const form = formOf(req);
    const id = typeof form.id === 'string' ? form.id : '';
    const note = typeof form.note === 'string' && form.note.trim() !== '' ? form.note.trim() : undefined;
    if (id.trim() === '' || id.length > MAX_SUBJECT_ID_LENGTH) return show(req, reply, 400, { message: 'id: the subject to remove.', error: true });
    let r: Awaited<ReturnType<typeof removeSubject>>;
    try {
      r = await removeSubject(svc, id, pageSession(req).account.name, note);
    } catch (e) {
      if (!isInterdictError(e) || e.code !== 'SUBJECT_BAD_INPUT') throw e;
      return show(req, reply, 400, { message: `${e.location.field ?? 'note'}: ${e.message}.`, error: true });
    }
    return show(req, reply, 200, { message: `Subject ${r.id} removed from monitoring${r.alertsOpen.length === 0 ? '.' : `; its ${r.alertsOpen.length} alert${r.alertsOpen.length === 1 ? '' : 's'} not yet decided stay${r.alertsOpen.length === 1 ? 's' : ''} in the queue, to be decided under four eyes.`}` });
  });
}
