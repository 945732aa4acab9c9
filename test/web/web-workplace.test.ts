// The web page as a compliance team's workplace, in Chromium against a real `interdict serve --demo`:
// a check through the field form to a printed memo; propose → reject → propose again → confirm;
// escalate → the escalation queue; an admin adds a user (key shown once) and a subject with a Hangul
// name that renders in the bundled font; every page visited passes axe-core (no serious or critical
// WCAG 2.1 AA violation) and has no horizontal overflow at 390 px; unknown pages are HTML 404 pages.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { scratch } from '../support/cli-harness.ts';
import { startServerProcess, type ServerProcess } from '../service/server-process.ts';
import { overflowX, seriousViolations } from './axe.ts';
import { addAccounts, chromiumPath, launchChromium, signIn, skipWithoutChromium } from '../support/browser-session.ts';

const executablePath = chromiumPath();

describe('web workplace in a real browser', { skip: skipWithoutChromium(executablePath) }, () => {
  const s = scratch('web-workplace');
  const db = path.join(s.dir, 'web.sqlite');
  let server: ServerProcess;
  let browser: Browser;
  const keys: Record<string, string> = {};
  const visited = new Set<string>();

  before(async () => {
    server = await startServerProcess(s.env, ['--db', db, '--demo']);
    assert.ok(server.adminKey, 'the first start prints the admin key');
    keys.admin = server.adminKey;
    Object.assign(keys, addAccounts(s.cli, db, [['ana', 'analyst'], ['ana2', 'analyst'], ['rel', 'releaser'], ['aud', 'auditor']]));
    browser = await launchChromium(executablePath!);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signedIn = (key: string, width = 1200): Promise<Page> => signIn(browser, server.url, key, { viewport: { width, height: 900 } });

  /** axe-core on the page as it stands, and no horizontal overflow at its width. */
  async function accessible(page: Page, what: string): Promise<void> {
    const v = await seriousViolations(page);
    assert.deepEqual(v, [], `${what}: ${JSON.stringify(v, null, 1)}`);
    assert.equal(await overflowX(page), 0, `${what}: no horizontal overflow at ${page.viewportSize()?.width} px`);
    visited.add(new URL(page.url()).pathname.replace(/\d+/g, 'N'));
  }

  it('checks a transaction through the field form: the memo names the parties screened, the JSON is shown, it prints', async () => {
    const page = await signedIn(keys.ana!);
    await page.goto(`${server.url}/check`);
    await accessible(page, '/check');
    const form = page.getByRole('form', { name: 'Check by fields' });
    await form.getByLabel('Type').selectOption('goods');
    await form.getByLabel('Date (YYYY-MM-DD)').fill('2018-03-01');
    await form.getByLabel('From (country code)').fill('kp');
    await form.getByLabel('To (country code)').fill('CN');
    await form.getByLabel('1. HS code').fill('6203.42');
    await form.getByLabel('Description').first().fill("men's cotton trousers");
    await form.getByLabel('1. Name').first().fill('Pak Yong Sik');
    await form.locator('#parties-0-role').fill('buyer');
    await form.getByRole('button', { name: 'Check' }).click();
    const memo = page.locator('article.memo');
    await memo.waitFor();
    const text = await memo.innerText();
    assert.match(text, /Outcome: prohibited/);
    assert.match(text, /UNSCR 2375\s+para 16/);
    assert.match(text, /Checked by\s+ana/);
    assert.match(text, /UN list version\s+2026-01-28/);
    assert.match(text, /Parties screened: 1, with a hit: 1/);
    assert.match(text, /Prepared by: ana/);
    const json = JSON.parse(await page.locator('#as-json').inputValue()) as Record<string, unknown>;
    assert.deepEqual(json, { type: 'goods', date: '2018-03-01', from: 'KP', to: 'CN', goods: [{ hs: '6203.42', description: "men's cotton trousers" }], parties: [{ name: 'Pak Yong Sik', role: 'buyer' }] });
    await accessible(page, 'the memo');
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(s.dir, 'memo.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    assert.ok(existsSync(pdf) && statSync(pdf).size > 1000);
    // A memo this short prints on one A4 page, its signature block included.
    assert.equal(readFileSync(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length, 1, 'the memo prints on one page');
    await page.emulateMedia({ media: 'screen' });
    // A bad field is named, and what was typed is kept.
    await page.goto(`${server.url}/check`);
    await form.getByLabel('Date (YYYY-MM-DD)').fill('2018-03-01');
    await form.getByLabel('From (country code)').fill('KP');
    await form.getByLabel('1. HS code').fill('62O3');
    await form.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('alert').filter({ hasText: 'goods[0].hs' }).waitFor();
    assert.equal(await form.getByLabel('1. HS code').inputValue(), '62O3', 'the input is kept');
    assert.equal(await form.getByLabel('1. HS code').getAttribute('aria-invalid'), 'true', 'the field named is marked');
    await accessible(page, '/check with an error');
    await page.context().close();
  });

  it('propose → reject with a reason → propose again → confirm; no disposition pre-selected; the proposer sees only withdraw', async () => {
    const ana = await signedIn(keys.ana!);
    await accessible(ana, 'the queue');
    await ana.getByLabel('Name or reference').fill('KPi.063');
    await ana.getByRole('button', { name: 'Filter' }).click();
    await ana.locator('table.queue tbody tr a').first().click();
    await ana.getByRole('heading', { name: 'Why it matched' }).waitFor();
    assert.equal(await ana.locator('input[name="disposition"]:checked').count(), 0, 'no disposition pre-selected');
    await accessible(ana, 'an alert');
    // Refused (blank note): the choice is kept.
    await ana.getByRole('radio', { name: 'true-match' }).check();
    await ana.getByLabel('Note (why)').fill('   ');
    await ana.getByLabel('Note (why)').evaluate((el) => el.removeAttribute('required'));
    await ana.getByRole('button', { name: 'Propose' }).click();
    await ana.getByRole('alert').filter({ hasText: 'blank' }).waitFor();
    assert.equal(await ana.getByRole('radio', { name: 'true-match' }).isChecked(), true, 'the choice is kept after a refusal');
    await ana.getByLabel('Note (why)').fill('Same person: name, year of birth, nationality');
    await ana.getByRole('button', { name: 'Propose' }).click();
    await ana.getByText('Proposed true-match by ana').waitFor();
    assert.equal(await ana.getByRole('button', { name: /Confirm/ }).count(), 0, 'the proposer is not shown a confirm form');
    await ana.getByRole('button', { name: 'Withdraw my proposal' }).waitFor();
    const alertUrl = ana.url();

    const rel = await signedIn(keys.rel!);
    await rel.goto(alertUrl);
    await accessible(rel, 'an alert, as releaser');
    await rel.getByLabel('Reason (required)').fill('The passport number differs: look again');
    await rel.getByRole('button', { name: 'Reject' }).click();
    await rel.getByText('alert.reject').waitFor();
    assert.match(await rel.locator('main').innerText(), /Status: open/);

    await ana.reload();
    await ana.getByRole('radio', { name: 'false-positive' }).check();
    await ana.getByLabel('Note (why)').fill('Passport differs: a different person');
    await ana.getByRole('button', { name: 'Propose' }).click();
    await ana.getByText('Proposed false-positive by ana').waitFor();
    await rel.reload();
    await rel.getByRole('button', { name: /Confirm/ }).click();
    await rel.getByText('Confirmed by rel').waitFor();
    assert.match(await rel.locator('main').innerText(), /Status: closed/);
    for (const p of [ana, rel]) await p.context().close();
  });

  it('escalate → the escalation queue, at 390 px too', async () => {
    const ana = await signedIn(keys.ana2!, 390);
    await ana.locator('table.queue tbody tr a').first().click();
    await ana.getByRole('radio', { name: 'escalate' }).check();
    await ana.getByLabel('Note (why)').fill('Needs legal review');
    await ana.getByRole('button', { name: 'Propose' }).click();
    const id = /\/alerts\/(\d+)/.exec(ana.url())![1]!;
    await accessible(ana, 'an alert at 390 px');
    const rel = await signedIn(keys.rel!, 390);
    await rel.goto(`${server.url}/alerts/${id}`);
    await rel.getByRole('button', { name: /Confirm/ }).click();
    await rel.getByText('Escalation confirmed by rel').waitFor();
    await rel.goto(`${server.url}/?status=escalated`);
    await rel.getByRole('heading', { name: 'Escalation queue' }).waitFor();
    await rel.locator(`a[href="/alerts/${id}"]`).waitFor();
    await accessible(rel, 'the escalation queue at 390 px');
    for (const p of [ana, rel]) await p.context().close();
  });

  it('an admin adds a user (the key shown once) and a subject with a Hangul name, which renders in the bundled font', async () => {
    const page = await signedIn(keys.admin!);
    await page.getByRole('link', { name: 'Users' }).click();
    await accessible(page, '/users');
    await page.getByLabel('Name (letters, digits, . _ @ -)').fill('newcomer');
    await page.locator('#new-auditor').check();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const key = (await page.locator('#new-key').innerText()).trim();
    assert.match(key, /^ik_/);
    await accessible(page, '/users with a new key');
    const revokeLast = await page.request.post(`${server.url}/users/admin/revoke`, { form: { csrf: await page.locator('input[name="csrf"]').first().inputValue() } });
    assert.equal(revokeLast.status(), 409, 'the last admin cannot be revoked');

    await page.getByRole('link', { name: 'UN list' }).click();
    await page.getByRole('heading', { name: 'The UN list' }).waitFor();
    await accessible(page, '/lists');
    await page.getByRole('link', { name: 'Subjects' }).click();
    await page.getByLabel('Id (your customer or counterparty reference)').fill('c-hangul');
    await page.getByLabel('Name', { exact: true }).fill('박영식');
    await page.getByRole('button', { name: 'Add and screen' }).click();
    await page.getByRole('status').filter({ hasText: '1 subject' }).waitFor();
    await page.getByRole('cell', { name: '박영식' }).waitFor();
    await accessible(page, '/subjects');
    // The Hangul is drawn with the bundled Noto Sans KR: the browser loaded it for these characters.
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px "Noto Sans KR"', '박영식');
    });
    assert.equal(loaded, true, 'Noto Sans KR is loaded for Hangul');
    await page.getByLabel('Reason for removing c-hangul').fill('customer left');
    await page.getByRole('button', { name: 'Remove c-hangul' }).click();
    await page.getByRole('status').filter({ hasText: 'removed from monitoring' }).waitFor();
    await page.goto(`${server.url}/audit`);
    await accessible(page, '/audit');
    assert.match(await page.locator('table.audit').innerText(), /subject\.remove/);
    await page.setViewportSize({ width: 390, height: 800 });
    await accessible(page, '/audit at 390 px');
    await page.context().close();
  });

  it('unknown pages are HTML 404 pages; a favicon is served', async () => {
    const page = await signedIn(keys.aud!);
    const r = await page.goto(`${server.url}/no-such-page`);
    assert.equal(r?.status(), 404);
    assert.match(String(r?.headers()['content-type']), /text\/html/);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await accessible(page, '404');
    const a = await page.goto(`${server.url}/alerts/99999`);
    assert.equal(a?.status(), 404);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    const f = await page.request.get(`${server.url}/favicon.ico`);
    assert.equal(f.status(), 200);
    const bad = await page.goto(`${server.url}/?status=nonsense`);
    assert.equal(bad?.status(), 400, 'a bad filter value is refused, not ignored');
    await page.goto(`${server.url}/sign-in`);
    await accessible(page, '/sign-in');
    await page.context().close();
  });
});
