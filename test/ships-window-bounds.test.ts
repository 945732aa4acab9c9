// The window and lateness bounds belong to the use cases, not to the CLI's flags: any caller of
// enqueueWindows or watchFeed gets them (a zero or negative window would never end the window loop).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enqueueWindows, runWorkers } from '../src/app/ais-queue-entry.ts';
import { watchFeed } from '../src/app/ais-entry.ts';
import { DEFAULT_SCAN_OPTIONS } from '../src/app/scan-defaults.ts';
import { AIS_WINDOW_MS, WATCH_LATENESS_MS } from '../src/app/limits.ts';

const refusedNaming = (field: string) => (e: unknown) => {
  assert.equal((e as { code?: string }).code, 'SHIPS_BAD_INPUT');
  assert.equal((e as { location?: { field?: string } }).location?.field, field);
  return true;
};

test('enqueueWindows refuses a window outside the bounds before it opens anything', async () => {
  for (const windowMs of [-3_600_000, 0, AIS_WINDOW_MS.min - 1, AIS_WINDOW_MS.max + 1, 0.5, Number.NaN]) {
    await assert.rejects(enqueueWindows({ file: 'no-such-file.csv', db: 'postgres://nobody@127.0.0.1:1/none', windowMs, options: DEFAULT_SCAN_OPTIONS }), refusedNaming('window'), String(windowMs));
  }
});

test('watchFeed refuses a window or a lateness outside the bounds before it connects', async () => {
  const base = { connect: { host: '127.0.0.1', port: 1 }, once: true, options: DEFAULT_SCAN_OPTIONS, onEvents: () => undefined, onStatus: () => undefined };
  await assert.rejects(watchFeed({ ...base, windowMs: -1, latenessMs: 0 }), refusedNaming('window'));
  await assert.rejects(watchFeed({ ...base, windowMs: 3_600_000, latenessMs: -1 }), refusedNaming('lateness'));
  await assert.rejects(watchFeed({ ...base, windowMs: 3_600_000, latenessMs: WATCH_LATENESS_MS.max + 1 }), refusedNaming('lateness'));
});

test('runWorkers refuses a stale-after outside the bounds before it opens anything', async () => {
  for (const staleSeconds of [0, -5, 1.5, 86_401]) {
    await assert.rejects(runWorkers({ db: 'postgres://nobody@127.0.0.1:1/none', exitWhenIdle: true, staleSeconds }), refusedNaming('stale-after'), String(staleSeconds));
  }
});
