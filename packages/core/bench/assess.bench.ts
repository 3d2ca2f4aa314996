/**
 * Benchmark: assess 100,000 generated profiles against every act and compare the cost with
 * JSON.parse of the same profiles, measured in the same run. Target: evaluating a profile
 * costs no more than parsing it.
 */
import { Bench } from 'tinybench';
import { assess } from '../src/engine/assess.ts';
import { screen } from '../src/engine/screen.ts';
import { parseProfile } from '../src/facts/profile-schema.ts';
import { knowledgeBase } from '../src/kb/knowledge-base.ts';
import { generateProfiles } from './generate-profiles.ts';

const COUNT = Number(process.env.BENCH_PROFILES ?? 100_000);
const asOf = '2026-11-23';
const profiles = generateProfiles(COUNT);
const json = profiles.map((p) => JSON.stringify(p));
const bytes = json.reduce((n, s) => n + s.length, 0);

let sink = 0;
const bench = new Bench({ iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 });
bench
  .add('JSON.parse (baseline)', () => {
    for (const s of json) sink += (JSON.parse(s) as object) ? 1 : 0;
  })
  .add('screen (decisions only)', () => {
    for (const p of profiles) sink += screen(p, { asOf }).status.length;
  })
  .add('assess, with explanations', () => {
    for (const p of profiles) sink += assess(p, { asOf }).obligations.length;
  })
  .add('assess, verdicts only', () => {
    for (const p of profiles) sink += assess(p, { asOf, explain: false }).obligations.length;
  })
  .add('schema validation (zod)', () => {
    for (const s of json) sink += parseProfile(JSON.parse(s)).ok ? 1 : 0;
  });

await bench.run();

const mean = (name: string): number => {
  const task = bench.getTask(name);
  const r = task?.result;
  if (!r || !('latency' in r)) throw new Error(`no result for ${name}`);
  return r.latency.mean;
};
const base = mean('JSON.parse (baseline)');
console.log(
  `${COUNT.toLocaleString('en-GB')} profiles (${(bytes / COUNT).toFixed(0)} bytes of JSON each) × ${knowledgeBase.acts.length} acts, ` +
    `${knowledgeBase.acts.reduce((n, a) => n + a.obligations.length, 0)} obligations; one core; node ${process.version}`,
);
console.log('');
console.log('task                          ms/run   profiles/s/core   ratio to JSON.parse');
for (const name of ['JSON.parse (baseline)', 'screen (decisions only)', 'assess, with explanations', 'assess, verdicts only', 'schema validation (zod)']) {
  const ms = mean(name);
  console.log(
    `${name.padEnd(28)} ${ms.toFixed(0).padStart(7)}   ${Math.round((COUNT / ms) * 1000).toLocaleString('en-GB').padStart(15)}   ${(ms / base).toFixed(2).padStart(8)}×`,
  );
}
if (sink === -1) console.log('');
