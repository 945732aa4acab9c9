// The reporter's page and the ledger's printable documents in a real browser (Chromium via
// playwright-core) against `interdict serve --demo`, whose 2018 refined petroleum reports reach the
// cease notice on 30 Sep 2018: a CN reporter records an after-cease delivery by the form (flagged),
// amends its mis-keyed report (correction notices), and the Committee table and the State's
// notification print to PDF without the page's navigation.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { scratch } from '../support/cli-harness.ts';
import { assertAccessible } from './axe.ts';
import { startServerProcess, type ServerProcess } from '../service/server-process.ts';
import { addAccounts, chromiumPath, launchChromium, signIn, skipWithoutChromium } from '../support/browser-session.ts';

const executablePath = chromiumPath();

describe('the reporter page and the ledger documents in a real browser', { skip: skipWithoutChromium(executablePath) }, () => {
  const s = scratch('web-ledger');
  const db = path.join(s.dir, 'web.sqlite');
  let server: ServerProcess;
  let browser: Browser;
  const keys: Record<string, string> = {};

  before(async () => {
    server = await startServerProcess(s.env, ['--db', db, '--demo']);
    keys.admin = server.adminKey!;
    Object.assign(keys, addAccounts(s.cli, db, [['cn-reporter', ['--role', 'reporter', '--state', 'CN']], ['ana', 'analyst']]));
    browser = await launchChromium(executablePath!);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signedIn = (key: string): Promise<Page> => signIn(browser, server.url, key);

  it('a reporter records by the form (after the cease: flagged) and amends its own report (correction notices)', async () => {
    const page = await signedIn(keys['cn-reporter']!);
    await page.goto(`${server.url}/ledger/deliveries`);
    assert.match(await page.locator('h1').innerText(), /reported by CN/);
    await assertAccessible(page, '/ledger/deliveries, as a reporter');
    const own = await page.locator('tbody tr td:nth-child(2)').allInnerTexts();
    assert.ok(own.length > 0 && own.every((st) => st === 'CN'), 'a reporter sees its own State only');
    await page.goto(`${server.url}/ledger/reports/table?commodity=refined-petroleum&period=2018`);
    const tableStates = await page.locator('#committee-table tbody tr td:nth-child(3)').allInnerTexts();
    assert.ok(tableStates.length > 0 && tableStates.every((st) => st.trim() === 'CN'), `the Committee table shows a reporter its own State's rows only: ${tableStates.join(',')}`);
    await assertAccessible(page, 'the Committee table, as a reporter');
    await page.goto(`${server.url}/ledger/deliveries`);
    await page.getByLabel('Delivery date').fill('2018-11-02');
    await page.getByLabel('Your reference').fill('CN-2018-020');
    // Checked as typed, on the ledger's rules: a quantity that is no number is named beside its field.
    await page.getByLabel('Tonnes', { exact: true }).fill('fifty');
    await page.locator('#d-tonnes + .live-error').filter({ hasText: 'tonnes' }).waitFor();
    await assertAccessible(page, '/ledger/deliveries with a live message');
    await page.getByLabel('Tonnes', { exact: true }).fill('50');
    await page.locator('#d-tonnes + .live-error').waitFor({ state: 'detached' });
    await page.getByLabel('Product').selectOption('lpg');
    await page.getByLabel('Parties (one per line)').fill('Acme Shipping Ltd');
    await page.getByRole('button', { name: 'Record' }).click();
    const note = await page.getByRole('status').innerText();
    assert.match(note, /Recorded: CN CN-2018-020, 580 bbl \(product-factor\)/);
    assert.match(note, /AFTER the cease notice/);
    // The form cannot speak for another State: the State is the account's.
    assert.equal(await page.locator('form[action="/ledger/deliveries"] input[name="state"]').getAttribute('value'), 'CN');
    await page.getByLabel('Reference', { exact: true }).fill('CN-2018-007');
    await page.getByLabel('Corrected barrels').fill('13000');
    await page.getByLabel('Reason').fill('mis-keyed: 13,000 bbl');
    await page.getByRole('button', { name: 'Amend' }).click();
    const amended = await page.getByRole('status').innerText();
    assert.match(amended, /Amended CN CN-2018-007: version 2, 13000 bbl/);
    await assertAccessible(page, '/ledger/deliveries after an amendment');
    await page.goto(`${server.url}/ledger`);
    await page.locator('svg.chart').waitFor();
    await assertAccessible(page, '/ledger, as a reporter');
    assert.equal((amended.match(/CORRECTION/g) ?? []).length, 3, 'the 95, 90 and 75 % notices corrected');
    await page.context().close();
    const ana = await signedIn(keys.ana!);
    const r = await ana.request.post(`${server.url}/ledger/deliveries`, { form: { commodity: 'refined-petroleum', date: '2018-11-03', ref: 'x' } });
    assert.equal(r.status(), 403, 'an analyst may not record (CSRF or role: refused either way)');
    await ana.context().close();
  });

  it('the Committee table and the notification print to PDF, without the navigation', async () => {
    const page = await signedIn(keys.admin!);
    await page.goto(`${server.url}/ledger/reports/table?commodity=refined-petroleum&period=2018`);
    const table = page.locator('#committee-table');
    await table.waitFor();
    const text = await table.innerText();
    assert.match(text, /CN-2018-020[\s\S]*lpg[\s\S]*product-factor ×11\.6/);
    await assertAccessible(page, 'the Committee table');
    assert.equal(await page.locator('#committee-table tr.after-cease').count(), 1);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header nav').isVisible(), false, 'the print stylesheet hides the navigation');
    const tablePdf = path.join(s.dir, 'table.pdf');
    await page.pdf({ path: tablePdf, format: 'A4', landscape: true });
    assert.ok(existsSync(tablePdf) && statSync(tablePdf).size > 1000 && readFileSync(tablePdf).subarray(0, 5).toString() === '%PDF-', 'a PDF was written');
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${server.url}/ledger/reports/notification?state=CN&from=2018-10-01&to=2018-11-30`);
    const n = page.locator('#state-notification');
    await n.waitFor();
    // Acme is a spelling of ACHIM (KOREA ACHIM SHIPPING CO): no match, or a possible one shown for review.
    assert.match(await n.innerText(), /Acme Shipping Ltd: (no match|possible)/);
    assert.match(await n.innerText(), /livelihood purposes/);
    await assertAccessible(page, 'the notification');
    await page.emulateMedia({ media: 'print' });
    const nPdf = path.join(s.dir, 'notification.pdf');
    await page.pdf({ path: nPdf, format: 'A4' });
    assert.ok(existsSync(nPdf) && statSync(nPdf).size > 1000);
    await page.goto(`${server.url}/ledger/reports/notices?commodity=refined-petroleum&period=2018`);
    assert.equal(await page.locator('#secretary-notes .note').count(), 6, 'three notices and three corrections');
    await page.emulateMedia({ media: 'screen' });
    await assertAccessible(page, "the Secretary's notes");
    await page.context().close();
  });
});
