/** The frame of every page: head, navigation by role, main content. Plain HTML and our CSS (and font). */
import type { Account } from '../../src/app/accounts/accounts.ts';
import { allows, type Permission } from '../../src/app/accounts/roles.ts';
import { html, type Raw } from './escape.ts';

const NAV: { href: string; label: string; permission: Permission }[] = [
  { href: '/', label: 'Alerts', permission: 'read-alerts' },
  { href: '/events', label: 'Vessel events', permission: 'read-alerts' },
  { href: '/check', label: 'Check', permission: 'check' },
  { href: '/subjects', label: 'Subjects', permission: 'read-subjects' },
  { href: '/ledger', label: 'Cap ledger', permission: 'read-ledger' },
  { href: '/audit', label: 'Audit log', permission: 'read-audit' },
  { href: '/users', label: 'Users', permission: 'manage-users' },
  { href: '/lists', label: 'UN list', permission: 'update-list' },
  { href: '/vessels', label: 'Vessels', permission: 'read-list' },
];

export interface PageFrame {
  title: string;
  account?: Account;
  csrf?: string;
  /** The nav entry to mark as current. */
  current?: string;
  /** Scripts of our own package to load (deferred); most pages have none. */
  scripts?: string[];
}

export function layout(f: PageFrame, body: Raw): string {
  const nav = f.account === undefined ? html`` : html`
<nav aria-label="Main"><ul>
${NAV.filter((n) => allows(f.account!.roles, n.permission)).map((n) => html`<li><a href="${n.href}"${n.href === f.current ? html` aria-current="page"` : html``}>${n.label}</a></li>`)}
</ul>
<form method="post" action="/sign-out" class="signout"><input type="hidden" name="csrf" value="${f.csrf}">
<span>${f.account.name} (${f.account.roles.join(', ')})</span> <button type="submit">Sign out</button></form>
</nav>`;
  return `<!doctype html>\n${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${f.title} · Interdict</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/static/fonts.css"><link rel="stylesheet" href="/static/style.css">${(f.scripts ?? []).map((src) => html`<script defer src="${src}"></script>`)}</head>
<body><a class="skip" href="#main">Skip to the content</a><header><a class="brand" href="/">Interdict</a>${nav}</header>
<main id="main">
${body}
</main></body></html>`.value}\n`;
}

/** A short age: "3 d", "5 h", "12 min". */
export function age(fromIso: string, now = Date.now()): string {
  const ms = now - Date.parse(fromIso);
  if (!Number.isFinite(ms)) return '';
  const min = Math.max(0, Math.floor(ms / 60_000));
  if (min < 60) return `${min} min`;
  if (min < 48 * 60) return `${Math.floor(min / 60)} h`;
  return `${Math.floor(min / 1440)} d`;
}

/**
 * The pager under a paged table (CONTRACT §4a): the total, and "Next" carrying the page's cursor with the
 * same filters; "First page" once past it.
 */
export function pager(base: string, query: object, total: number, shown: number, next: string | null): Raw {
  const given = Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '');
  const keep = given.filter(([k]) => k !== 'cursor');
  const url = (extra: [string, string][]) => {
    const qs = new URLSearchParams([...keep, ...extra]).toString();
    return qs === '' ? base : `${base}?${qs}`;
  };
  return html`<nav class="pager" aria-label="Pages"><span>${shown} shown of ${total.toLocaleString('en')}</span>
${keep.length < given.length ? html` <a href="${url([])}">First page</a>` : ''}${next !== null ? html` <a href="${url([['cursor', next]])}" rel="next">Next page</a>` : ''}</nav>`;
}
