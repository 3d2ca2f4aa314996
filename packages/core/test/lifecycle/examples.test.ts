/**
 * The reviewed support cases of `examples/lifecycle/` (see its README), pinned as of
 * 7 December 2026 — and the heart-rate pair again later, once the CRA applies.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyseLifecycle, parseLifecycleCase } from '../../src/index.ts';
import type { LifecycleAnalysis } from '../../src/index.ts';

function example(name: string, asOf = '2026-12-07'): LifecycleAnalysis {
  const parsed = parseLifecycleCase(parse(readFileSync(new URL(`../../../../examples/lifecycle/${name}.yaml`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(`examples/lifecycle/${name}.yaml: ${JSON.stringify(parsed.issues)}`);
  return analyseLifecycle(parsed.value, asOf);
}
const units = (a: LifecycleAnalysis) => a.units.map((u) => [u.unit, u.state, u.supportEnd, u.legalMinimum?.regime ?? null, u.shortfallMonths]);

describe('examples/lifecycle', () => {
  it('consumer wearable: the 2026 unit under the seller’s duty only, the 2028 unit under the CRA floor', () => {
    const a = example('heart-rate-wearable');
    expect(units(a)).toEqual([
      ['PB-2026-0001', 'supported', '2030-10-31', 'sgd', 0],
      ['PB-2028-0042', 'supported', '2032-01-31', 'cra', 0],
    ]);
    expect(a.units[1]?.regimes.find((r) => r.regime === 'cra')).toMatchObject({ applies: true, minimumEnd: '2032-01-10', satisfies: 'yes' });
    expect(a.updateDuties.find((d) => d.id === 'cra-separate-security-updates')?.status).toBe('not-met');
    expect(a.model.regimes.find((r) => r.regime === 'sgd')).toMatchObject({ indicative: true, minimumEnd: '2028-11-02' });
  });
  it('the same wearable in 2030: the first unit is ending soon', () => {
    expect(example('heart-rate-wearable', '2030-06-01').summary).toEqual({ supported: 1, 'ending-soon': 1, 'out-of-support': 0, unknown: 0 });
  });
  it('the same function as a class IIa device: outside the CRA; the declared end falls short of the lifetime', () => {
    const a = example('class-iia-heart-monitor');
    expect(units(a)).toEqual([
      ['RX-0001', 'supported', '2030-10-31', 'mdr', 14],
      ['RX-0002', 'supported', '2030-10-31', 'mdr', 15],
    ]);
    expect(a.updateDuties.map((d) => d.regime)).toEqual(['mdr']);
  });
  it('orphan infusion pumps: out of support, one ending soon; the hospital treats them under NIS2 Art 21', () => {
    const a = example('infusion-pump-fleet');
    expect(units(a)).toEqual([
      ['VF3-ICU-01', 'out-of-support', '2024-12-31', 'mdr', 0],
      ['VF3-ONC-07', 'ending-soon', '2027-03-31', 'mdr', 28],
      ['VF3-WARD-12', 'out-of-support', '2024-12-31', 'mdr', 38],
    ]);
    const ward = a.units[2];
    expect(ward?.duties.some((d) => d.party === 'manufacturer' && d.condition?.includes('2028-02-01'))).toBe(true);
    expect(a.units[0]?.duties.some((d) => d.party === 'healthcare-provider' && d.cites.some((c) => c.id === 'nis2:art-21(2)(e)') && !d.condition)).toBe(true);
    expect(a.questions.map((q) => q.fact)).toEqual(['unit.nis2Entity']);
  });
  it('consumer health app: CRA support period follows the three-year expected use; declared end two months short', () => {
    const a = example('consumer-health-app');
    expect(a.model).toMatchObject({ state: 'supported', legalMinimum: { end: '2031-02-01', regime: 'cra' }, shortfallMonths: 2 });
    expect(a.model.regimes.find((r) => r.regime === 'dcd')).toMatchObject({ applies: true, bearer: 'trader', satisfies: 'no-number' });
    expect(a.updateDuties.find((d) => d.id === 'cra-end-date-at-purchase')?.status).toBe('not-met');
  });
  it('insulin pump without a declared end: supported by its four-year lifetime, then unknown', () => {
    expect(units(example('insulin-pump'))).toEqual([['GF-2027-1001', 'supported', '2031-04-01', 'mdr', null]]);
    expect(units(example('insulin-pump', '2031-04-02'))).toEqual([['GF-2027-1001', 'unknown', '2031-04-01', 'mdr', null]]);
  });
});
