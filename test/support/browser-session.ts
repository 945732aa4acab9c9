/**
 * One browser session for the web tests and `npm run screenshots`: add accounts through `users add`
 * (collecting each key), launch Debian's Chromium (no browser download) and sign in through the
 * sign-in page, so every browser test starts the same way.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { CliRun } from './cli-harness.ts';

/** Find a Chromium to drive: CHROMIUM_PATH, then Debian's paths. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
}

/** Chromium at `executablePath` (without a sandbox: tests run as root in containers). */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: ['--no-sandbox'] });
}

/**
 * Add each account (`[name, role]` or `[name, ['--role', r, '--state', s, ...]]`) to `db` with
 * `users add --format json`; returns each name's key.
 */
export function addAccounts(
  cli: (args: string[]) => CliRun,
  db: string,
  accounts: ReadonlyArray<readonly [string, string | readonly string[]]>,
): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const [name, role] of accounts) {
    const args = typeof role === 'string' ? ['--role', role] : [...role];
    const r = cli(['users', 'add', name, ...args, '--db', db, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    keys[name] = (JSON.parse(r.stdout) as { key: string }).key;
  }
  return keys;
}

/** Where a signed-in page lands: the alert queue, or the ledger for a reporter. */
export const signedInLanding = /\/$|\/ledger$/;

/** Sign `page` in with `key` through the sign-in page (opened unless the page is already on it). */
export async function signInOn(page: Page, url: string, key: string, landing: RegExp | string = signedInLanding): Promise<void> {
  if (!/\/sign-in$/.test(page.url())) await page.goto(`${url}/sign-in`);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(landing);
}

/** A fresh browser context (its own cookies) signed in with `key`. */
export async function signIn(
  browser: Browser,
  url: string,
  key: string,
  options: { viewport?: { width: number; height: number }; landing?: RegExp } = {},
): Promise<Page> {
  const context = await browser.newContext(options.viewport ? { viewport: options.viewport } : {});
  const page = await context.newPage();
  await signInOn(page, url, key, options.landing);
  return page;
}

/** A browser suite's `skip` option: the reason when there is no Chromium to drive. */
export const skipWithoutChromium = (executablePath: string | undefined): string | false =>
  executablePath === undefined ? 'no Chromium executable (CHROMIUM_PATH, /usr/bin/chromium)' : false;
