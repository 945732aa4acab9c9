/**
 * npm run bench:slow — what slow clients from one address leave for everyone else: 1,024 unauthenticated
 * connections from 127.0.0.1, each sending the headers of a POST and one byte of its body, then nothing;
 * after 1.5 s, how many the server still holds open, and whether a client from another address
 * (127.0.0.2: every 127.x address is this machine) gets GET /healthz, and how fast. An in-process server
 * on a scratch SQLite file with the default limits (http/limits.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { buildServer } from '../http/server.ts';
import { openService } from '../src/app/service/service-context.ts';

const N = Number(process.env.SLOW_CLIENTS ?? 1024);
const dir = mkdtempSync(path.join(tmpdir(), 'interdict-bench-slow-'));
process.env.INTERDICT_AUDIT_MAC_KEY ??= randomBytes(32).toString('base64url');

async function main(): Promise<void> {
  const svc = await openService({ target: { kind: 'sqlite', file: path.join(dir, 's.sqlite'), isDefault: false } });
  const { app } = await buildServer(svc, {});
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as { port: number }).port;
  const socks: Socket[] = [];
  let closed = 0;
  await Promise.all(Array.from({ length: N }, () => new Promise<void>((resolve) => {
    const s = connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1' }, () => {
      s.write('POST /v1/subjects HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[');
      resolve();
    });
    s.resume();
    s.on('error', () => undefined);
    s.on('close', () => closed++);
    socks.push(s);
  })));
  await new Promise((r) => setTimeout(r, 1500));
  const t0 = performance.now();
  const answer = await new Promise<string>((resolve) => {
    const s = connect({ port, host: '127.0.0.1', localAddress: '127.0.0.2' }, () => s.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
    let got = '';
    const timer = setTimeout(() => {
      s.destroy();
      resolve('no answer in 5 s');
    }, 5000);
    s.on('data', (d: Buffer) => (got += d.toString('latin1')));
    s.on('error', () => undefined);
    s.on('close', () => {
      clearTimeout(timer);
      resolve(got.split('\r\n')[0] || 'closed without an answer');
    });
  });
  const ms = performance.now() - t0;
  console.log(`bench:slow: ${N} slow unauthenticated connections from one address; held open after 1.5 s: ${N - closed}; another address's GET /healthz: ${answer} in ${ms.toFixed(0)} ms`);
  for (const s of socks) s.destroy();
  await app.close();
  await svc.close();
}

main().finally(() => rmSync(dir, { recursive: true, force: true }));
