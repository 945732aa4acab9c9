import { rescreenBench } from './bench/service/rescreen.ts';
import { mkdtempSync } from 'node:fs'; import { tmpdir } from 'node:os'; import path from 'node:path';
const d = mkdtempSync(path.join(tmpdir(), 'rs-'));
const r = await rescreenBench({ kind: 'sqlite', file: path.join(d, 'x.sqlite'), isDefault: false }, 40000, 100);
console.log(r);
