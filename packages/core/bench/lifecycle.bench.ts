/**
 * Benchmark: the support status of 10,000 installed units (a hospital fleet and consumer
 * wearables, varied in dates, declared ends and operators), compared with assessing one profile
 * per unit, both measured in the same run. A fleet calls `unitSupportStatus` once per unit.
 */
import { Bench } from 'tinybench';
import { assess } from '../src/engine/assess.ts';
import { unitSupportStatus } from '../src/lifecycle/unit-status.ts';
import type { LifecycleProduct, LifecycleUnit } from '../src/lifecycle/types.ts';
import { prng } from './generate-profiles.ts';

const COUNT = Number(process.env.BENCH_UNITS ?? 10_000);
/** Assessing is far slower per item; a sample keeps the run short, and results are compared per item. */
const BASE_COUNT = Math.min(COUNT, 500);
const rnd = prng(2847);
const pad = (n: number) => String(n).padStart(2, '0');
const day = (from: number, years: number) => `${from + Math.floor(rnd() * years)}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`;

const pump: LifecycleProduct = { deviceStatus: 'medical-device', digitalWithConnection: true, goods: true, saleTo: 'professional', deviceLifetimeYears: 10, declaredSupportEnd: '2029-12-31' };
const band: LifecycleProduct = { deviceStatus: 'not-a-device', digitalWithConnection: true, goods: true, saleTo: 'consumer', expectedUseYears: 4 };
const units: [LifecycleProduct, LifecycleUnit][] = Array.from({ length: COUNT }, (_, i) => {
  const hospital = i % 2 === 0;
  const unit: LifecycleUnit = hospital
    ? { id: `P-${i}`, placedOnMarketOn: day(2014, 12), operator: 'healthcare-provider', nis2Entity: rnd() < 0.7 ? true : null, ...(rnd() < 0.2 ? { declaredSupportEnd: day(2025, 8) } : {}) }
    : { id: `B-${i}`, placedOnMarketOn: day(2024, 6), deliveredOn: day(2024, 6), operator: 'consumer', ...(rnd() < 0.5 ? { declaredSupportEnd: day(2028, 6) } : {}) };
  return [hospital ? pump : band, unit];
});
const profile = { product: { hasDigitalElements: true, dataConnection: true, medicalDevice: { qualification: 'medical-device' as const } } };

let sink = 0;
const bench = new Bench({ iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 });
bench
  .add('assess one profile per unit (baseline)', () => {
    for (let i = 0; i < BASE_COUNT; i++) sink += assess(profile, { asOf: '2026-12-07', explain: false }).obligations.length;
  })
  .add('support status of each unit', () => {
    for (const [p, u] of units) sink += unitSupportStatus(p, u, '2026-12-07').duties.length;
  });
await bench.run();

const mean = (name: string): number => {
  const r = bench.getTask(name)?.result;
  if (!r || !('latency' in r)) throw new Error(`no result for ${name}`);
  return r.latency.mean;
};
const perItem = (name: string, n: number): number => mean(name) / n;
const base = perItem('assess one profile per unit (baseline)', BASE_COUNT);
console.log(`\n${COUNT.toLocaleString('en-GB')} units (infusion pumps in hospitals and consumer wearables, varied dates); baseline on ${BASE_COUNT} profiles; one core`);
console.log('task                                      ms/run (items)     µs/item   ratio to assess');
for (const [name, n] of [['assess one profile per unit (baseline)', BASE_COUNT], ['support status of each unit', COUNT]] as const) {
  const each = perItem(name, n);
  console.log(`${name.padEnd(40)} ${mean(name).toFixed(0).padStart(7)} (${String(n).padStart(6)})   ${(each * 1000).toFixed(1).padStart(9)}   ${(each / base).toFixed(3).padStart(8)}×`);
}
if (sink === -1) console.log('');
