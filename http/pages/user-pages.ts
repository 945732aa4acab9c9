/**
 * GET /users (admin): the accounts, with forms to add one (its key shown once), rotate a key (shown
 * once), change roles, confirm another admin's pending grant, and revoke. The same app layer as the API
 * (POST /v1/users, POST /v1/users/NAME/key, PATCH, DELETE): the last admin cannot be revoked or demoted
 * (409), an admin's grant of analyst, releaser or admin waits for a second admin.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { changeRoles, confirmGrant, revokeAccount, rotateKey } from '../../src/app/accounts/account-changes.ts';
import { addAccount, listAccounts, type Account } from '../../src/app/accounts/accounts.ts';
import { ROLES } from '../../src/app/accounts/roles.ts';
import type { Service } from '../../src/app/service/service-context.ts';
import { ACCOUNT_NAME_PATTERN, MAX_ACCOUNT_NAME_LENGTH } from '../../src/app/limits.ts';
import { isInterdictError } from '../../src/errors/index.ts';
import { rolesBodySchema, userBodySchema, userParams } from '../schemas.ts';
import { html, type Raw } from './escape.ts';
import { formProblem } from './form-check.ts';
import { LIVE_CHECK } from './live-check.ts';
import { layout } from './layout.ts';
import { formOf, pageSession, sendPage } from './web-session.ts';

interface Outcome {
  message: string;
  error?: boolean;
  /** A key to show once. */
  key?: { name: string; key: string };
  values?: Record<string, string>;
}

function roleBoxes(prefix: string, checked: readonly string[]): Raw {
  return html`<fieldset data-live-field="roles"><legend>Roles</legend>${ROLES.map((r) => html`<label class="inline"><input type="checkbox" name="role-${r}" value="1" id="${prefix}-${r}"${checked.includes(r) ? html` checked` : ''}> ${r}</label>`)}</fieldset>`;
}

export function renderUsers(users: Account[], me: Account, csrf: string, out?: Outcome): Raw {
  const hidden = html`<input type="hidden" name="csrf" value="${csrf}">`;
  const live = users.filter((u) => u.revokedAt === undefined);
  const revoked = users.filter((u) => u.revokedAt !== undefined);
  return html`<h1>Users</h1>
${out ? html`<div class="${out.error ? 'error' : 'ok'}" role="${out.error ? 'alert' : 'status'}"><p>${out.message}</p>${out.key ? html`<p>The API key of <strong>${out.key.name}</strong>, shown this once (it is stored only as a hash): copy it now and give it to its holder.</p><p class="key" id="new-key">${out.key.key}</p>` : ''}</div>` : ''}
<table class="stack-sm"><caption>${live.length} active accounts</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Roles</th><th scope="col">State</th><th scope="col">Waiting for a second admin</th><th scope="col">Added</th><th scope="col">Actions</th></tr></thead>
<tbody>${live.map((u) => html`<tr><td data-label="Name">${u.name}${u.name === me.name ? ' (you)' : ''}</td><td data-label="Roles">${u.roles.join(', ')}</td><td data-label="State">${u.state ?? ''}</td>
<td data-label="Waiting">${u.pending ? html`${u.pending.roles.join(', ')} (asked by ${u.pending.by})${u.pending.by !== me.name && u.name !== me.name ? html` <form method="post" action="/users/${u.name}/confirm" class="inline-form">${hidden}<input type="hidden" name="reviewed" value="${u.pending.roles.join(',')}"><button type="submit">Confirm the grant to ${u.name}</button></form>` : ''}` : ''}</td>
<td data-label="Added">${u.createdAt.slice(0, 10)} by ${u.createdBy}</td>
<td data-label="Actions"><details><summary>Change ${u.name}</summary>
<form method="post" action="/users/${u.name}/roles" class="stack">${hidden}${roleBoxes(`r-${u.name}`, u.roles)}
<label for="st-${u.name}">State (reporters)</label><input id="st-${u.name}" name="state" maxlength="2" value="${u.state ?? ''}"><button type="submit">Set roles</button></form>
<form method="post" action="/users/${u.name}/key" class="inline-form">${hidden}<button type="submit">New key for ${u.name}</button></form>
<form method="post" action="/users/${u.name}/revoke" class="inline-form">${hidden}<button type="submit">Revoke ${u.name}</button></form>
</details></td></tr>`)}</tbody></table>
${revoked.length > 0 ? html`<p class="small">Revoked: ${revoked.map((u) => `${u.name} (${u.revokedAt?.slice(0, 10) ?? ''} by ${u.revokedBy ?? ''})`).join('; ')}.</p>` : ''}
<form method="post" action="/users" class="stack" data-live="/users/validate"><h2>Add an account</h2>${hidden}
<label for="uname">Name (letters, digits, . _ @ -)</label><input id="uname" name="name" required maxlength="${MAX_ACCOUNT_NAME_LENGTH}" pattern="${ACCOUNT_NAME_PATTERN.slice(1, -1).replace('-]', '\\-]')}" value="${out?.error ? out.values?.name ?? '' : ''}">
${roleBoxes('new', out?.error ? ROLES.filter((r) => out.values?.[`role-${r}`]) : [])}
<label for="ustate">State (for a reporter: the ISO code of the State it reports for)</label><input id="ustate" name="state" maxlength="2" value="${out?.error ? out.values?.state ?? '' : ''}">
<button type="submit">Add</button><p class="small">Analyst, releaser and admin granted here wait for a second admin's confirmation.</p></form>`;
}

/** The roles ticked in a form (checkboxes named role-ROLE). */
function rolesOf(form: Record<string, string>): string[] {
  return ROLES.filter((r) => form[`role-${r}`] !== undefined);
}

/** The account a form asks for (the POST and its live check). */
export function userBodyOf(form: Record<string, string>): { name: string; roles: string[]; state?: string } {
  return { name: (form.name ?? '').trim(), roles: rolesOf(form), ...(form.state && form.state.trim() !== '' && { state: form.state.trim().toUpperCase() }) };
}

export function userPages(untyped: FastifyInstance, svc: Service): void {
  const app = untyped.withTypeProvider<JsonSchemaToTsProvider>();
  const show = async (req: FastifyRequest, reply: FastifyReply, code: number, out?: Outcome) => {
    const s = pageSession(req);
    return sendPage(reply, code, layout({ title: 'Users', account: s.account, csrf: s.csrf, current: '/users', scripts: [LIVE_CHECK] }, renderUsers(await listAccounts(svc.driver), s.account, s.csrf, out)));
  };
  const by = (req: FastifyRequest) => ({ actor: pageSession(req).account.name, operator: false });
  const admin = { config: { page: true, pagePermission: 'manage-users' as const } };
  /** The error of a refused change, on the page: its code's status (400, 404, 409) and the reason. */
  const refused = (req: FastifyRequest, reply: FastifyReply, e: unknown, values?: Record<string, string>) => {
    if (!isInterdictError(e)) throw e;
    return show(req, reply, e.status, { message: `${e.location.field ? `${e.location.field}: ` : ''}${e.message}`, error: true, ...(values && { values }) });
  };

  app.get('/users', admin, async (req, reply) => show(req, reply, 200));

  app.post('/users', admin, async (req, reply) => {
    const form = formOf(req);
    const body = userBodyOf(form);
    const problem = formProblem(userBodySchema, body);
    if (problem) return show(req, reply, 400, { message: `${problem.message}.`, error: true, values: form });
    try {
      const r = await addAccount(svc.driver, body, by(req));
      return await show(req, reply, 201, { message: `Account ${r.account.name} added (${r.account.roles.join(', ') || 'no roles yet'}${r.account.pending ? `; ${r.account.pending.roles.join(', ')} waiting for a second admin` : ''}).`, key: { name: r.account.name, key: r.key } });
    } catch (e) {
      return refused(req, reply, e, form);
    }
  });

  // The account named in the path as the API's routes take it (userParams): anything else is not found.
  const named = { ...admin, schema: { params: userParams } };

  app.post('/users/:name/roles', named, async (req, reply) => {
    const { name } = req.params;
    const form = formOf(req);
    const body = { roles: rolesOf(form), ...(form.state && form.state.trim() !== '' && { state: form.state.trim().toUpperCase() }) };
    const problem = formProblem(rolesBodySchema, body);
    if (problem) return show(req, reply, 400, { message: `${name}: ${problem.message}.`, error: true });
    try {
      const u = await changeRoles(svc.driver, name, body, by(req));
      return await show(req, reply, 200, { message: `${name} now holds ${u.roles.join(', ') || 'no roles'}${u.pending ? `; ${u.pending.roles.join(', ')} waits for a second admin` : ''}.` });
    } catch (e) {
      return refused(req, reply, e);
    }
  });

  app.post('/users/:name/confirm', named, async (req, reply) => {
    const { name } = req.params;
    // The role set this page showed (the grant may have been changed since by the admin who asked): as the API's body {roles}.
    const reviewed = formOf(req).reviewed;
    try {
      const u = await confirmGrant(svc.driver, name, by(req), typeof reviewed === 'string' ? reviewed.split(',').filter((r) => r !== '') : undefined);
      return await show(req, reply, 200, { message: `The grant to ${name} is confirmed: ${u.roles.join(', ')}.` });
    } catch (e) {
      return refused(req, reply, e);
    }
  });

  app.post('/users/:name/key', named, async (req, reply) => {
    const { name } = req.params;
    try {
      const r = await rotateKey(svc.driver, name, by(req));
      return await show(req, reply, 200, { message: `A new key for ${name}: the old key and its sessions have ended.`, key: { name, key: r.key } });
    } catch (e) {
      return refused(req, reply, e);
    }
  });

  app.post('/users/:name/revoke', named, async (req, reply) => {
    const { name } = req.params;
    try {
      await revokeAccount(svc.driver, name, pageSession(req).account.name);
      return await show(req, reply, 200, { message: `${name} is revoked: its key stops working at once.` });
    } catch (e) {
      return refused(req, reply, e);
    }
  });
}
