// Time POST /v1/ledger/deliveries with a ledger of N deliveries already recorded, in the checkout it is run from.
import { startTestService } from './test/service/harness.ts';
const N = Number(process.env.N ?? 2000);
const t = await startTestService('sqlite');
const { appendAudit } = await import('./src/app/audit/audit-log.ts');
const { deliveryEntry } = await import('./src/app/ledger/ledger-audit.ts');
const inputs = [];
for (let i = 0; i < N; i++) inputs.push({ commodity: 'refined-petroleum', state: i % 2 ? 'CN' : 'RU', date: `2019-0${1 + (i % 9)}-1${i % 9}`, barrels: '10', ref: `r${i}` });
await t.svc.ledger.recordAll(inputs as never, { within: async (tx, rs) => { for (const r of rs) if (r.created) await appendAudit(tx, deliveryEntry('bench', r)); } });
let n = 0;
const one = async () => { const r = await t.app.inject({ method: 'POST', url: '/v1/ledger/deliveries', headers: { authorization: `Bearer ${t.keys.reporterCN}` }, payload: { commodity: 'refined-petroleum', state: 'CN', date: '2019-05-05', barrels: 1, ref: `w${n++}` } }); if (r.statusCode !== 201) throw new Error(r.body); };
for (let i = 0; i < 10; i++) await one();
const times: number[] = [];
for (let i = 0; i < 60; i++) { const t0 = performance.now(); await one(); times.push(performance.now() - t0); }
times.sort((a, b) => a - b);
console.log(`N=${N} delivery POST median ${times[30]!.toFixed(2)} ms  p90 ${times[54]!.toFixed(2)} ms`);
await t.close();
