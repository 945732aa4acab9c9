// Time POST /v1/check (refined petroleum, with a ledger of N deliveries) in the checkout it is run from.
import { startTestService } from './test/service/harness.ts';
const N = Number(process.env.N ?? 2000);
const t = await startTestService('sqlite');
const states = ['CN', 'RU'];
const inputs = [];
for (let i = 0; i < N; i++) inputs.push({ commodity: 'refined-petroleum', state: states[i % 2]!, date: `2019-0${1 + (i % 9)}-1${i % 9}`, barrels: '10', ref: `r${i}` });
const { appendAudit } = await import('./src/app/audit/audit-log.ts');
const { deliveryEntry } = await import('./src/app/ledger/ledger-audit.ts');
await t.svc.ledger.recordAll(inputs as never, { within: async (tx, rs) => { for (const r of rs) if (r.created) await appendAudit(tx, deliveryEntry('bench', r)); } });
const tx = { id: 'p', type: 'goods', date: '2019-11-15', from: 'RU', to: 'KP', goods: [{ hs: '2710.19', product: 'refined-petroleum', description: 'diesel fuel', quantity: 1000, unit: 'bbl' }], purpose: 'livelihood' };
const one = async () => { const r = await t.app.inject({ method: 'POST', url: '/v1/check', headers: { authorization: `Bearer ${t.keys.analyst}` }, payload: tx }); if (r.statusCode !== 200) throw new Error(r.body); };
for (let i = 0; i < 20; i++) await one();
const times: number[] = [];
for (let i = 0; i < 100; i++) { const t0 = performance.now(); await one(); times.push(performance.now() - t0); }
times.sort((a, b) => a - b);
console.log(`N=${N} median ${times[50]!.toFixed(2)} ms  p90 ${times[90]!.toFixed(2)} ms`);
await t.close();
