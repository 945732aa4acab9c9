// The web page in a real browser (Chromium driven by playwright-core) against a real `interdict serve
// --demo`: sign in, find an alert and its explanation, decide it as an analyst and confirm it as a
// releaser (the proposer is offered only to withdraw), check a 2018 textile import and print the memo to PDF,
// open the cap ledger and see its chart.
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { scratch } from '../support/cli-harness.ts';
import { assertAccessible } from './axe.ts';
import { startServerProcess, type ServerProcess } from '../service/server-process.ts';
import { addAccounts, chromiumPath, launchChromium, signInOn, skipWithoutChromium } from '../support/browser-session.ts';

const executablePath = chromiumPath();
if (executablePath === undefined) process.stdout.write('# web browser tests skipped: no Chromium executable (set CHROMIUM_PATH or install Debian\'s chromium)\n');

describe('web page in a real browser', { skip: skipWithoutChromium(executablePath) }, () => {
  const s = scratch('web-browser');
  const db = path.join(s.dir, 'web.sqlite');
  let server: ServerProcess;
  let browser: Browser;
  const keys: Record<string, string> = {};

  before(async () => {
    server = await startServerProcess(s.env, ['--db', db, '--demo']);
    assert.ok(server.adminKey, 'the first start prints the admin key');
    keys.admin = server.adminKey;
    Object.assign(keys, addAccounts(s.cli, db, [['ana', 'analyst'], ['rel', 'releaser']]));
    browser = await launchChromium(executablePath!);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedIn(key: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/`);
    assert.match(page.url(), /\/sign-in$/, 'no session: redirected to the sign-in page');
    await signInOn(page, server.url, key);
    const cookie = (await page.context().cookies()).find((c) => c.name === 'interdict_session');
    assert.ok(cookie?.httpOnly, 'the session cookie is HttpOnly');
    assert.equal(cookie?.sameSite, 'Strict');
    return page;
  }

  it('a wrong key is refused on the sign-in page', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('API key').fill('ik_not-a-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('unknown or revoked').waitFor();
    await page.context().close();
  });

  it('the analyst finds the alert in the queue and its explanation, proposes; the releaser confirms; the proposer cannot', async () => {
    const ana = await signedIn(keys.ana!);
    await ana.getByRole('cell', { name: 'PAK YONG SIK' }).waitFor();
    await ana.getByLabel('Name or reference').fill('KPi.063');
    await ana.getByRole('button', { name: 'Filter' }).click();
    const rows = ana.locator('table.queue tbody tr');
    assert.equal(await rows.count(), 1, 'the filter keeps one alert');
    await rows.first().getByRole('link').click();
    await ana.getByRole('heading', { name: 'Why it matched' }).waitFor();
    const features = await ana.locator('table.features tbody th').allTextContents();
    assert.ok(features.includes('name') && features.includes('dob') && features.includes('nationality'), features.join(','));
    assert.match(await ana.locator('table.features').innerText(), /same Korean reading/);
    await ana.getByRole('radio', { name: 'false-positive' }).check();
    await ana.getByLabel('Note (why)').fill('Different person: born 1962, not 1949');
    await ana.getByRole('button', { name: 'Propose' }).click();
    await ana.getByText('Proposed false-positive by ana').waitFor();
    const alertUrl = ana.url();
    assert.equal(await ana.getByRole('button', { name: 'Confirm' }).count(), 0, 'an analyst has no confirm form');

    const rel = await signedIn(keys.rel!);
    await rel.goto(alertUrl);
    await rel.getByText('You confirm: false-positive').waitFor();
    // Meanwhile the analyst withdraws and proposes again (review 19, M1): the form read before names the
    // proposal it showed, so its click is refused and the page shows the one pending now.
    await ana.getByRole('button', { name: 'Withdraw my proposal' }).click();
    await ana.getByRole('radio', { name: 'false-positive' }).check();
    await ana.getByLabel('Note (why)').fill('Different person: born 1962, not 1949');
    await ana.getByLabel('Suppress until (false positive only, optional)').fill('2030-01-01');
    await ana.getByRole('button', { name: 'Propose' }).click();
    await ana.getByText('Proposed false-positive by ana').waitFor();
    await rel.getByRole('button', { name: 'Confirm' }).click();
    await rel.getByText(/Conflict: .*not the one confirmed/).waitFor();
    await rel.getByText('You confirm: false-positive, suppressed until 2030-01-01').waitFor();
    await rel.getByRole('button', { name: 'Confirm' }).click();
    await rel.getByText('Confirmed by rel').waitFor();
    await rel.getByText('alert.confirm').waitFor();

    // The proposer is not offered a confirm form, only to withdraw: the API's 409 is tested over HTTP.
    const both = s.cli(['users', 'add', 'solo', '--role', 'analyst', '--role', 'releaser', '--db', db, '--format', 'json']);
    assert.equal(both.code, 0, both.stderr);
    const solo = await signedIn((JSON.parse(both.stdout) as { key: string }).key);
    await solo.locator('table.queue tbody tr a').first().click();
    await solo.getByLabel('Note (why)').fill('Escalating');
    await solo.getByRole('radio', { name: 'escalate' }).check();
    await solo.getByRole('button', { name: 'Propose' }).click();
    await solo.getByRole('button', { name: 'Withdraw my proposal' }).waitFor();
    assert.equal(await solo.getByRole('button', { name: /^Confirm/ }).count(), 0, 'no confirm form for the proposer');
    for (const p of [ana, rel, solo]) await p.context().close();
  });

  it('checks a 2018 textile import from the DPRK and prints the memo to PDF', async () => {
    const page = await signedIn(keys.ana!);
    await page.getByRole('link', { name: 'Check' }).click();
    await page.getByText('Or paste JSON').click();
    await page.getByLabel(/Transaction \(JSON/).fill(JSON.stringify({ id: 'tx-textile', type: 'goods', date: '2018-03-01', from: 'KP', to: 'CN', goods: [{ hs: '6203.42', description: "men's cotton trousers" }] }));
    await page.getByRole('form', { name: 'Check as JSON' }).getByRole('button', { name: 'Check' }).click();
    const memo = page.locator('article.memo');
    await memo.waitFor();
    const text = await memo.innerText();
    assert.match(text, /Outcome: prohibited/);
    assert.match(text, /UNSCR 2375\s+para 16\s+prohibits/);
    assert.match(text, /Evaluated for\s+2018-03-01/);
    const pdfFile = path.join(s.dir, 'memo.pdf');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('form[action="/check"]').first().isVisible(), false, 'the print stylesheet hides the form');
    await page.pdf({ path: pdfFile, format: 'A4' });
    assert.ok(existsSync(pdfFile) && statSync(pdfFile).size > 1000, 'a PDF was written');
    await page.context().close();
  });

  it('loads an NDJSON file into the box (the one script) and gives one memo per transaction', async () => {
    const page = await signedIn(keys.ana!);
    await page.goto(`${server.url}/check`);
    const file = s.write('two.ndjson', [
      JSON.stringify({ id: 'grandfathered', type: 'goods', date: '2017-12-10', from: 'KP', to: 'CN', goods: [{ hs: '6203.42' }], contract: { finalized: '2017-08-20' } }),
      JSON.stringify({ id: 'after', type: 'goods', date: '2018-03-01', from: 'KP', to: 'CN', goods: [{ hs: '6203.42' }] }),
    ].join('\n'));
    await page.getByText('Or paste JSON').click();
    await page.locator('#transaction-file').setInputFiles(file);
    await page.waitForFunction(() => (document.getElementById('transaction') as HTMLTextAreaElement).value.includes('grandfathered'));
    await page.getByRole('form', { name: 'Check as JSON' }).getByRole('button', { name: 'Check' }).click();
    const memos = page.locator('article.memo');
    await memos.first().waitFor();
    assert.equal(await memos.count(), 2);
    assert.match(await page.locator('table.summary').innerText(), /2 transactions: 1 prohibited, 0 review, 1 conditional, 0 permitted/, 'a batch: the summary first');
    assert.match(await memos.nth(0).innerText(), /Outcome: conditional[\s\S]*notify-committee/);
    assert.match(await memos.nth(1).innerText(), /Outcome: prohibited/);
    await page.context().close();
  });

  it('shows the cap ledger with its chart, notice lines and markers; a page the role may not see is 403', async () => {
    const page = await signedIn(keys.admin!);
    await page.getByRole('link', { name: 'Cap ledger' }).click();
    // With no period the page shows the period `ledger status` shows (today's); the demo's notices are in
    // an older one, reached by its link under "Periods with notices".
    await page.locator('a[href^="/ledger?commodity=refined-petroleum&period="]').last().click();
    const chart = page.locator('svg.chart');
    await chart.waitFor();
    assert.equal(await chart.locator('line.threshold').count(), 4, '75, 90, 95 % and the cap');
    assert.ok((await chart.locator('g.notice').count()) >= 3, 'the notices are marked');
    assert.match(await page.locator('main').innerText(), /By State[\s\S]*RU/);
    await assertAccessible(page, '/ledger');
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await page.getByText('The chain verifies').waitFor();
    await assertAccessible(page, '/audit');
    await page.context().close();
    const ana = await signedIn(keys.ana!);
    const r = await ana.goto(`${server.url}/audit`);
    assert.equal(r?.status(), 403);
    await ana.context().close();
  });
});
