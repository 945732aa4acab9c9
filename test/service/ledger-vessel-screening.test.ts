// Security review 17, R17-23, over HTTP: POST /v1/ledger/deliveries screens the delivery's vessel against the
// 1718 vessels list imported in the service's database, as `check` does.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from './server-process.ts';
import { accountCaller, suiteService } from './harness.ts';

describe('a delivery\'s vessel screened by the service (R17-23)', () => {
  const t = suiteService('sqlite');
  it('PETREL 8 and a former name are matches, stored with the delivery; an unlisted vessel is clear', async () => {
    const { importVessels } = await import('../../src/app/vessel-list.ts');
    await importVessels(path.join(projectRoot, 'examples', '1718-vessels-sample.csv'), t.dbFile!);
    const call = accountCaller(t);
    const body = (ref: string, vessel: string) => ({ commodity: 'refined-petroleum', state: 'CN', date: '2018-03-03', barrels: 10, ref, vessel, parties: [], reported: '2018-03-05' });
    for (const [ref, vessel, want] of [['r17-y', 'PETREL 8', 'match'], ['r17-ex', 'SEA STAR (EX-PETREL 8)', 'match'], ['r17-ok', 'OCEAN GRACE', 'clear']] as const) {
      const r = await call('POST', '/v1/ledger/deliveries', 'reporterCN', body(ref, vessel));
      assert.equal(r.status, 201, JSON.stringify(r.body));
      const v = (r.body.record.screening as { of?: string; result: string; matches: { ref: string }[] }[]).find((s) => s.of === 'vessel');
      assert.equal(v?.result, want, vessel);
      if (want === 'match') assert.equal(v!.matches[0]!.ref, 'IMO 9562233');
    }
  });
});
