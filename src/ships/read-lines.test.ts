// Lines as bytes are the lines as text: byte-order mark, CRLF, a last line without a newline, lines cut
// by the stream's 64 KiB chunks, characters beyond ASCII, empty lines (they keep the numbering).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { forEachFileLine } from '../io/index.ts';
import { forEachLineBytes } from './read-lines.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'interdict-lines-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function both(name: string, content: Buffer | string): Promise<[string[], string[]]> {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  const text: string[] = [];
  await forEachFileLine(file, (l) => text.push(l.endsWith('\r') ? l.slice(0, -1) : l));
  const bytes: string[] = [];
  await forEachLineBytes(file, (b, from, to) => bytes.push(b.toString('utf8', from, to)));
  return [bytes, text];
}

test('bytes give the same lines as text', async () => {
  const long = Array.from({ length: 9000 }, (_, i) => `${440000000 + i},2019-03-01T00:00:${String(i % 60).padStart(2, '0')}Z,${(i / 100).toFixed(5)},12.5,${i % 20}${i % 7 === 0 ? '\r' : ''}`).join('\n');
  const cases: [string, Buffer | string][] = [
    ['plain', 'a,b\n1,2\n3,4\n'],
    ['no-final-newline', 'a,b\n1,2'],
    ['bom-crlf', '\ufeffmmsi,timestamp\r\n1,2\r\n\r\n3,4'],
    ['empty-lines', '\n\nx\n\n'],
    ['unicode', 'name\n한국 선박\nSÃO PAULO\n'],
    ['bad-utf8', Buffer.from([0x61, 0x0a, 0xff, 0xfe, 0x62, 0x0a, 0x63])],
    ['chunk-edges', `${long}\n`],
    ['only-bom', '\ufeff'],
    ['empty', ''],
  ];
  for (const [name, content] of cases) {
    const [bytes, text] = await both(name, content);
    assert.deepEqual(bytes, text, name);
  }
});

test('a missing file is the one coded I/O error, naming it', async () => {
  await assert.rejects(forEachLineBytes(path.join(dir, 'none.csv'), () => undefined), (e: Error & { code?: string }) => e.code === 'CLI_IO' && /does not exist/.test(e.message));
});
