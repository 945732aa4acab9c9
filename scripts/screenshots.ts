/**
 * `npm run screenshots`: start `interdict serve --demo` on a scratch database, sign in in Debian's
 * Chromium (playwright-core, no browser download) and write a PNG of every page into docs/screenshots/,
 * so a reader sees the product without running it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { addAccounts, chromiumPath, launchChromium, signInOn } from '../test/support/browser-session.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'docs', 'screenshots');
const executablePath = chromiumPath();
if (executablePath === undefined) {
  process.stderr.write('no Chromium executable: install Debian\'s chromium or set CHROMIUM_PATH\n');
  process.exit(1);
}

const dir = mkdtempSync(path.join(tmpdir(), 'interdict-screens-'));
const db = path.join(dir, 'demo.sqlite');
const env: NodeJS.ProcessEnv = { ...process.env, INTERDICT_CACHE_DIR: path.join(dir, 'cache'), XDG_DATA_HOME: path.join(dir, 'data'), INTERDICT_CONFIG_DIR: path.join(dir, 'config') };
delete env.INTERDICT_DATABASE_URL;
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { cwd: root, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const server = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'serve', '--port', '0', '--db', db, '--demo', '--log-level', 'warn'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
const { url, adminKey } = await new Promise<{ url: string; adminKey: string }>((resolve, reject) => {
  server.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    const u = /listening on (http:\/\/\S+)/.exec(out)?.[1];
    const k = /^\s+(ik_\S+)$/m.exec(out)?.[1];
    if (u && k) resolve({ url: u, adminKey: k });
  });
  server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
});
const analystKey = addAccounts(cli, db, [['analyst-a', 'analyst']])['analyst-a']!;

const browser = await launchChromium(executablePath);
mkdirSync(outDir, { recursive: true });
const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
  process.stdout.write(`docs/screenshots/${name}.png\n`);
};
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const signIn = async (key: string) => {
    await page.context().clearCookies();
    await signInOn(page, url, key, `${url}/`);
  };
  await page.goto(`${url}/`);
  await shot(page, '1-sign-in');
  await signIn(analystKey);
  // The queue holds the demo's Hangul subject (리제선), drawn in the bundled Noto Sans KR.
  await page.evaluate(() => document.fonts.ready);
  await shot(page, '2-alert-queue');
  await page.locator('table.queue tbody tr a').first().click();
  await page.getByRole('heading', { name: 'Why it matched' }).waitFor();
  await shot(page, '3-alert');
  await page.goto(`${url}/check`);
  const form = page.getByRole('form', { name: 'Check by fields' });
  await form.getByLabel('Type').selectOption('goods');
  await form.getByLabel('Date (YYYY-MM-DD)').fill('2018-03-01');
  await form.getByLabel('From (country code)').fill('KP');
  await form.getByLabel('To (country code)').fill('CN');
  await form.getByLabel('1. HS code').fill('6203.42');
  await form.getByLabel('Description').first().fill("men's cotton trousers");
  await form.getByLabel('1. Name').first().fill('Pak Yong Sik');
  await form.locator('#parties-0-role').fill('buyer');
  await shot(page, '4-check-form');
  // Checked as typed: a mistyped HS code is named beside its field before anything is sent.
  await form.getByLabel('1. HS code').fill('62O3');
  await page.locator('#goods-0-hs + .live-error').waitFor();
  await page.locator('#goods-0-hs').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(outDir, '16-check-live.png') });
  process.stdout.write('docs/screenshots/16-check-live.png\n');
  await form.getByLabel('1. HS code').fill('6203.42');
  await page.locator('#goods-0-hs + .live-error').waitFor({ state: 'detached' });
  await form.getByRole('button', { name: 'Check' }).click();
  await page.locator('article.memo').waitFor();
  await shot(page, '4-check-memo');
  await page.emulateMedia({ media: 'print' });
  await shot(page, '5-check-memo-print');
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${url}/subjects`);
  await page.evaluate(() => document.fonts.ready);
  await shot(page, '10-subjects');
  await signIn(adminKey);
  await page.goto(`${url}/ledger`);
  await page.locator('svg.chart').waitFor();
  await shot(page, '6-ledger');
  await page.goto(`${url}/audit`);
  await shot(page, '7-audit');
  // The ledger's documents as printed (the print stylesheet: no navigation, A4 tables).
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${url}/ledger/reports/table?commodity=refined-petroleum&period=2018`);
  await shot(page, '8-ledger-table-print');
  await page.goto(`${url}/ledger/reports/notification?state=CN&from=2018-02-01&to=2018-06-30`);
  await shot(page, '9-ledger-notification-print');
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${url}/users`);
  await shot(page, '11-users');
  // The 1718 vessels list: the sample imported through the page (preview, then import), then a
  // replacement previewed: what it drops is shown before anything changes.
  const vessels = readFileSync(path.join(root, 'examples', '1718-vessels-sample.csv'), 'utf8');
  await page.goto(`${url}/vessels`);
  await page.getByLabel(/The list as CSV/).fill(vessels);
  await page.getByRole('button', { name: 'Preview the changes' }).click();
  await page.getByRole('button', { name: /^Import \d+ vessels$/ }).click();
  await page.getByRole('status').waitFor();
  await page.goto(`${url}/vessels`);
  await shot(page, '14-vessels');
  await page.getByLabel(/The list as CSV/).fill(vessels.split('\n').filter((l) => !l.startsWith('PETREL 8,')).join('\n').replace('HAO FAN 6,', 'HAO FAN SIX,'));
  await page.getByRole('button', { name: 'Preview the changes' }).click();
  await page.locator('section.preview').waitFor();
  await page.locator('section.preview').scrollIntoViewIfNeeded();
  await shot(page, '15-vessels-replace-preview');
  // A phone's width: the queue's rows stack, nothing scrolls sideways.
  await signIn(analystKey);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${url}/`);
  await page.evaluate(() => document.fonts.ready);
  await shot(page, '12-alert-queue-390px');
  await page.locator('table.queue tbody tr a').first().click();
  await shot(page, '13-alert-390px');
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
