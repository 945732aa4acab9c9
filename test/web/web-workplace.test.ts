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
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { startServerProcess, type ServerProcess } from '../service/server-process.ts';
import { assertAccessible } from './axe.ts';
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
    await assertAccessible(page, what);
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

  it('the check form is checked as you type: a bad HS code, quantity or date is named beside its field, and the message goes once fixed', async () => {
    const page = await signedIn(keys.ana!);
    await page.goto(`${server.url}/check`);
    const form = page.getByRole('form', { name: 'Check by fields' });
    const hs = form.getByLabel('1. HS code');
    const hsError = page.locator('#goods-0-hs + .live-error');
    await form.getByLabel('Date (YYYY-MM-DD)').fill('2018-03-01');
    await hs.fill('62O3');
    await hsError.filter({ hasText: 'goods[0].hs' }).waitFor();
    assert.equal(await hs.getAttribute('aria-invalid'), 'true', 'the field is marked');
    assert.equal(await hs.getAttribute('aria-describedby'), await hsError.getAttribute('id'), 'the message describes the field');
    await accessible(page, '/check with a live message');
    await hs.fill('6203.42');
    await hsError.waitFor({ state: 'detached' });
    assert.equal(await hs.getAttribute('aria-invalid'), null, 'fixed: no longer marked');
    const qty = form.getByLabel('Quantity').first();
    await qty.fill('a dozen');
    await page.locator('#goods-0-quantity + .live-error').filter({ hasText: 'goods[0].quantity must be a number' }).waitFor();
    await qty.fill('12');
    await page.locator('#goods-0-quantity + .live-error').waitFor({ state: 'detached' });
    // A date emptied is named too (a date field holds a real date or nothing), and the party's birth date by its rules.
    const date = form.getByLabel('Date (YYYY-MM-DD)');
    await date.fill('');
    await page.locator('#date + .live-error').filter({ hasText: 'date' }).waitFor();
    await date.fill('2018-03-01');
    await page.locator('#date + .live-error').waitFor({ state: 'detached' });
    await form.locator('#parties-0-name').fill('Pak Yong Sik');
    await form.locator('#parties-0-dob').fill('1962-13');
    await page.locator('#parties-0-dob + .live-error').filter({ hasText: 'parties[0].dob' }).waitFor();
    await form.locator('#parties-0-dob').fill('1962');
    await page.locator('#parties-0-dob + .live-error').waitFor({ state: 'detached' });
    assert.equal(await page.locator('.live-error').count(), 0, 'no message left once every field is right');
    await form.getByRole('button', { name: 'Check' }).click();
    await page.locator('article.memo').waitFor();
    await page.context().close();
  });

  it('the subject and user forms are checked as you type too', async () => {
    const page = await signedIn(keys.admin!);
    await page.goto(`${server.url}/subjects`);
    await page.getByLabel('Date of birth (YYYY, YYYY-MM or YYYY-MM-DD, optional)').fill('19x');
    await page.locator('#sdob + .live-error').filter({ hasText: 'dob' }).waitFor();
    await page.getByLabel('Date of birth (YYYY, YYYY-MM or YYYY-MM-DD, optional)').fill('1962');
    await page.locator('#sdob + .live-error').waitFor({ state: 'detached' });
    await page.goto(`${server.url}/users`);
    await page.getByLabel('Name (letters, digits, . _ @ -)').fill('two words');
    await page.locator('#uname + .live-error').filter({ hasText: 'name' }).waitFor();
    await page.getByLabel('Name (letters, digits, . _ @ -)').fill('two-words');
    await page.locator('#uname + .live-error').waitFor({ state: 'detached' });
    await page.locator('#new-reporter').check();
    await page.locator('fieldset[data-live-field="roles"] .live-error').waitFor({ state: 'detached' });
    await page.getByLabel('State (for a reporter: the ISO code of the State it reports for)').fill('ZZ');
    await page.locator('#ustate + .live-error').filter({ hasText: 'ZZ' }).waitFor();
    await accessible(page, '/users with a live message');
    await page.context().close();
  });

  it('the 1718 vessels list: imported by an admin (previewed first), listed, searched; a replacement shows what it drops, and one admin cannot drop a vessel', async () => {
    const sample = readFileSync(path.join(PROJECT_ROOT, 'examples', '1718-vessels-sample.csv'), 'utf8');
    const page = await signedIn(keys.admin!);
    await page.getByRole('link', { name: 'Vessels' }).click();
    await page.getByRole('heading', { name: 'The 1718 vessels list' }).waitFor();
    await page.getByText('No vessels list has been imported.').waitFor();
    await accessible(page, '/vessels, empty');
    // The file chooser loads the CSV into the box.
    await page.locator('#vessels-csv-file').setInputFiles(s.write('vessels.csv', sample));
    await page.waitForFunction(() => (document.getElementById('vessels-csv') as HTMLTextAreaElement).value.includes('PETREL 8'));
    await page.getByRole('button', { name: 'Preview the changes' }).click();
    const count = sample.trim().split('\n').length - 1;
    await page.getByRole('button', { name: `Import ${count} vessels` }).waitFor();
    assert.match(await page.locator('section.preview').innerText(), new RegExp(`Added: ${count}`));
    await accessible(page, '/vessels, the first preview');
    await page.getByRole('button', { name: `Import ${count} vessels` }).click();
    await page.getByRole('status').filter({ hasText: 'is the vessels list in use' }).waitFor();
    assert.match(await page.locator('table.vessels caption').innerText(), new RegExp(`${count} designated vessels`));
    await page.getByLabel('Name, IMO or MMSI').fill('petrel');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('cell', { name: 'PETREL 8' }).waitFor();
    assert.equal(await page.locator('table.vessels tbody tr').count(), 1);
    await accessible(page, '/vessels, searched');

    // A replacement without PETREL 8: the preview names it as dropped, nothing changes until confirmed.
    const replacement = sample.split('\n').filter((l) => !l.startsWith('PETREL 8,')).join('\n');
    await page.goto(`${server.url}/vessels`);
    await page.getByLabel(/The list as CSV/).fill(replacement);
    await page.getByRole('button', { name: 'Preview the changes' }).click();
    const preview = page.locator('section.preview');
    await preview.getByRole('heading', { name: 'Dropped: 1' }).waitFor();
    assert.match(await preview.innerText(), /9562233 PETREL 8/);
    await preview.getByRole('alert').filter({ hasText: 'no longer treat it as designated' }).waitFor();
    await accessible(page, '/vessels, a replacement previewed');
    assert.match(await (await page.request.get(`${server.url}/vessels?q=petrel`)).text(), /PETREL 8/, 'a preview stores nothing');
    // Dropping a designated vessel de-lists it: one admin is told so, and offered no button (the operator imports it).
    await preview.getByRole('alert').filter({ hasText: 'one admin alone cannot de-list a vessel' }).waitFor();
    assert.equal(await preview.getByRole('button', { name: /Replace the list/ }).count(), 0);
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${server.url}/vessels`);
    await accessible(page, '/vessels at 390 px');
    await page.goto(`${server.url}/audit?action=vessels.import`);
    assert.equal(await page.locator('table.audit tbody tr').count(), 1, 'the import is logged');
    assert.match(await page.locator('table.audit').innerText(), /admin/);
    await page.context().close();

    // An analyst reads the list but is offered no import.
    const ana = await signedIn(keys.ana!);
    await ana.goto(`${server.url}/vessels`);
    assert.equal(await ana.getByRole('button', { name: 'Preview the changes' }).count(), 0);
    const r = await ana.request.post(`${server.url}/vessels/preview`, { form: { csrf: await ana.locator('input[name="csrf"]').first().inputValue(), csv: sample } });
    assert.equal(r.status(), 403);
    await ana.context().close();
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
    await accessible(page, 'a 400 page');
    const forbidden = await page.goto(`${server.url}/users`);
    assert.equal(forbidden?.status(), 403, 'an auditor may not manage users');
    await page.getByRole('heading', { name: 'Not allowed' }).waitFor();
    await accessible(page, 'a 403 page');
    await page.goto(`${server.url}/sign-in`);
    await accessible(page, '/sign-in');
    await page.context().close();
  });
});
