/**
 * Benchmark: plan 10,000 varied incidents and compare with assessing the same cases' profiles,
 * both measured in the same run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { parse } from 'yaml';
import { assess } from '../src/engine/assess.ts';
import { MEMBER_STATES } from '../src/facts/vocabulary.ts';
import type { MemberState } from '../src/facts/vocabulary.ts';
import { parseIncidentCase } from '../src/incident/incident-case.ts';
import type { IncidentCase } from '../src/incident/incident-case.ts';
import { planIncident } from '../src/incident/plan.ts';
import { prng } from './generate-profiles.ts';

const COUNT = Number(process.env.BENCH_INCIDENTS ?? 10_000);
const dir = join(import.meta.dirname, '../../../examples/incidents');
const bases = ['hospital-ransomware', 'wearable-exploited-vulnerability', 'ai-device-death'].map((name) => {
  const parsed = parseIncidentCase(parse(readFileSync(join(dir, `${name}.yaml`), 'utf8')));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  return parsed.incident;
});

const rnd = prng(1182);
const states = Object.keys(MEMBER_STATES) as MemberState[];
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const flip = () => rnd() < 0.5;

/** Varies the examples: another Member State, awareness instant, severity and flags. */
function vary(base: IncidentCase, i: number): IncidentCase {
  const state = pick(states);
  const day = 1 + Math.floor(rnd() * 27);
  const month = 9 + Math.floor(rnd() * 4);
  const hour = Math.floor(rnd() * 24);
  const aware = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}:00Z`;
  return {
    ...base,
    id: `incident-${i}`,
    organisation: { ...base.organisation, mainEstablishment: state },
    incident: {
      ...base.incident,
      occurredIn: [state],
      personalDataBreach: flip(),
      breachRisk: pick(['unlikely', 'risk', 'high-risk'] as const),
      significantIncident: flip(),
      ongoing: flip(),
      activelyExploitedVulnerability: flip(),
    },
    timeline: { aware, ...(flip() ? { measureAvailable: aware } : {}) },
  };
}

const cases = Array.from({ length: COUNT }, (_, i) => vary(bases[i % bases.length] as IncidentCase, i));
const now = '2026-12-31T12:00:00Z';
let sink = 0;
const bench = new Bench({ iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 });
bench
  .add('assess the same profiles (baseline)', () => {
    for (const c of cases) sink += assess(c, { asOf: '2026-12-31' }).obligations.length;
  })
  .add('plan the incidents', () => {
    for (const c of cases) sink += planIncident(c, { now }).steps.length;
  });
await bench.run();

const mean = (name: string): number => {
  const r = bench.getTask(name)?.result;
  if (!r || !('latency' in r)) throw new Error(`no result for ${name}`);
  return r.latency.mean;
};
const base = mean('assess the same profiles (baseline)');
console.log(`\n${COUNT.toLocaleString('en-GB')} incidents (3 example cases varied in Member State, dates and flags); one core`);
console.log('task                                  ms/run   per second/core   ratio to assess');
for (const name of ['assess the same profiles (baseline)', 'plan the incidents']) {
  const ms = mean(name);
  console.log(`${name.padEnd(36)} ${ms.toFixed(0).padStart(7)}   ${Math.round((COUNT / ms) * 1000).toLocaleString('en-GB').padStart(15)}   ${(ms / base).toFixed(2).padStart(8)}×`);
}
if (sink === -1) console.log('');
