// Vessel events in a real browser (Chromium via playwright-core) against a real `interdict serve`: a
// feed watched over TCP (`ais watch --once --db`) stores positions and events; the DPRK tanker's
// encounter is in /events, its page (and its alert's) draws the tracks on an SVG map with land and ports,
// and its vessel-event alert is proposed by an analyst and released by a releaser.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { projectRoot, scratch } from '../support/cli-harness.ts';
import { positionA, sentences, voyage } from '../support/ais-encode.ts';
import { assertAccessible } from './axe.ts';
import { startServerProcess, type ServerProcess } from '../service/server-process.ts';
import { addAccounts, chromiumPath, launchChromium, signIn, skipWithoutChromium } from '../support/browser-session.ts';

const executablePath = chromiumPath();
// A DPRK tanker and a Panama-flagged ship drifting together for 4 h in the East China Sea, 150 nm off Shanghai.
function feed(): string[] {
  const t0 = Date.UTC(2019, 4, 1, 10);
  const lines = sentences(voyage(445123000, 8937675, 'HMYV', 'TONG SAN 2'), { time: t0 });
  for (let m = 0; m <= 240; m += 5) {
    const t = t0 + m * 60000;
    lines.push(...sentences(positionA(445123000, 30.5 + m * 1e-5, 124.5 + m * 2e-5, 0.4), { time: t }));
    lines.push(...sentences(positionA(352001000, 30.5015 + m * 1e-5, 124.5, 0.6), { time: t + 20000, talker: 'BS' }));
  }
  return lines;
}

describe('vessel events in a real browser', { skip: skipWithoutChromium(executablePath) }, () => {
  const s = scratch('web-events');
  const db = path.join(s.dir, 'events.sqlite');
  let server: ServerProcess;
  let browser: Browser;
  const keys: Record<string, string> = {};

  before(async () => {
    // A receiver replaying the feed; `ais watch` stores its positions and events in the service's database.
    const tcp = net.createServer((socket) => socket.end(`${feed().join('\r\n')}\r\n`));
    await new Promise<void>((r) => tcp.listen(0, '127.0.0.1', r));
    const port = (tcp.address() as net.AddressInfo).port;
    const watched = await new Promise<{ code: number | null; err: string }>((resolve) => {
      const p = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'ais', 'watch', '--connect', `127.0.0.1:${port}`, '--once', '--db', db, '--format', 'json'], { cwd: projectRoot, env: s.env });
      let err = '';
      p.stderr.on('data', (d: Buffer) => (err += d.toString()));
      p.on('close', (code) => resolve({ code, err }));
    });
    tcp.close();
    assert.equal(watched.code, 0, watched.err);
    server = await startServerProcess(s.env, ['--db', db]);
    Object.assign(keys, addAccounts(s.cli, db, [['ana', 'analyst'], ['rel', 'releaser']]));
    browser = await launchChromium(executablePath!);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signedIn = (key: string): Promise<Page> => signIn(browser, server.url, key, { viewport: { width: 1100, height: 900 }, landing: /\/$/ });

  it('the encounter is listed, its page draws land, ports and both tracks, and its alert is released by four eyes', async () => {
    const page = await signedIn(keys.ana!);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text()); // a CSP refusal shows here
    });
    await page.getByRole('link', { name: 'Vessel events' }).click();
    await page.waitForURL(/\/events$/);
    const row = page.locator('table.events tbody tr', { hasText: 'TONG SAN 2' }).filter({ hasText: 'encounter' });
    assert.equal(await row.count(), 1);
    await assertAccessible(page, '/events');
    await row.getByRole('link').first().click();
    await page.waitForURL(/\/events\/\d+$/);
    const map = page.locator('svg.event-map');
    await map.waitFor();
    assert.match((await map.locator('title').first().textContent()) ?? '', /encounter/);
    assert.ok(((await map.locator('path.land').getAttribute('d')) ?? '').length > 100, 'coastline drawn');
    assert.ok(await map.locator('g.port').count() > 0, 'ports in view');
    assert.equal(await map.locator('g.track').count(), 2, 'both vessels\' tracks');
    for (const pts of await map.locator('g.track polyline').evaluateAll((els) => els.map((e) => e.getAttribute('points') ?? ''))) {
      assert.ok(pts.split(' ').length > 20, 'a track of many stored positions');
    }
    const box = await map.boundingBox();
    assert.ok(box !== null && box.width > 300 && box.height > 200, 'the map is shown');
    assert.deepEqual(errors, []);
    await assertAccessible(page, '/events/ID');
    // INTERDICT_SCREENSHOTS=1: keep a picture of the page for docs/screenshots/.
    if (process.env.INTERDICT_SCREENSHOTS) await page.screenshot({ path: path.join(projectRoot, 'docs', 'screenshots', 'event-map.png'), fullPage: true });

    // The alert it opened: proposed by the analyst ...
    await page.getByRole('link', { name: /alert #\d+/ }).click();
    await page.waitForURL(/\/alerts\/\d+$/);
    const alertUrl = page.url();
    assert.equal(await page.locator('svg.event-map g.track').count(), 2, 'the alert page draws the map too');
    await assertAccessible(page, 'a vessel-event alert');
    await page.getByLabel('true-match').check();
    await page.getByLabel('Note (why)').fill('Ship-to-ship transfer with a DPRK tanker');
    await page.getByRole('button', { name: 'Propose' }).click();
    await page.getByText('Proposed true-match').waitFor();
    // ... and released by a releaser.
    const rel = await signedIn(keys.rel!);
    await rel.goto(alertUrl);
    await rel.getByRole('button', { name: 'Confirm' }).click();
    await rel.getByText(/Confirmed by rel/).waitFor();
    assert.match((await rel.locator('main').textContent()) ?? '', /Status: closed/);
  });
});
