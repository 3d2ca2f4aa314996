/**
 * The reviewed liability cases of `examples/liability/` (see its README): regime, liable
 * operators, presumptions, exemptions and dates pinned as of 15 June 2029.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyseLiability, parseLiabilityCase } from '../../src/index.ts';
import type { LiabilityAnalysis } from '../../src/index.ts';

const AS_OF = '2029-06-15';
function example(name: string): LiabilityAnalysis {
  const parsed = parseLiabilityCase(parse(readFileSync(new URL(`../../../../examples/liability/${name}.yaml`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(`examples/liability/${name}.yaml: ${JSON.stringify(parsed.issues)}`);
  return analyseLiability(parsed.value, AS_OF);
}
const summary = (a: LiabilityAnalysis) => ({
  regime: a.regime.regime,
  liable: a.operators.filter((o) => o.liable === true).map((o) => o.name),
  presumptions: a.presumptions.filter((p) => p.holds === true && p.id !== 'burden' && p.id !== 'rebuttable').map((p) => p.id),
  exemptions: Object.fromEntries(a.exemptions.map((x) => [x.id, x.status])),
  periods: Object.fromEntries(a.periods.map((p) => [p.id, `${p.lastDay ?? '—'} ${p.state}`])),
});

describe('examples/liability', () => {
  it('consumer wearable placed before 9 December 2026: old directive, no presumptions', () => {
    expect(summary(example('wearable-before-9-dec-2026'))).toEqual({
      regime: 'pld-1985', liable: ['Pulse GmbH'], presumptions: [],
      exemptions: { 'not-placed': 'excluded', 'later-defect': 'excluded', 'not-for-sale': 'not-raised', 'legal-requirement': 'not-raised', 'development-risk': 'excluded' },
      periods: { limitation: '2030-05-10 running', expiry: '2036-12-01 running' },
    });
  });
  it('the same wearable placed after it: new directive, but no CRA presumption before 11 December 2027', () => {
    const a = example('wearable-after-9-dec-2026');
    expect(summary(a)).toMatchObject({ regime: 'pld-2024', liable: ['Pulse GmbH'], presumptions: [], periods: { expiry: '2036-12-15 running', 'latent-expiry': '— not-applicable' } });
    expect(a.presumptions.find((p) => p.id === 'presume-non-compliance')?.text).toMatch(/before 11 December 2027/);
  });
  it('the same function as a class IIa device after 9 December 2026: MDR breach raises the presumptions', () => {
    const a = example('class-iia-monitor-after-9-dec-2026');
    expect(summary(a)).toMatchObject({ regime: 'pld-2024', presumptions: ['presume-non-compliance', 'presume-causation'] });
    expect(a.defectiveness.map((d) => d.id)).toContain('defect-users');
    expect(a.parallelRoutes.some((r) => r.cites.some((c) => c.id === 'mdr:art-10(16)'))).toBe(true);
  });
  it('the class IIa device placed on 8 December 2026: old directive, the claimant proves everything', () => {
    expect(summary(example('class-iia-monitor-before-9-dec-2026'))).toMatchObject({ regime: 'pld-1985', presumptions: [], periods: { expiry: '2036-12-08 running' } });
  });
  it('insulin pump, declined update bundled with UI changes: fault weighed, development risk excluded by awareness', () => {
    const a = example('insulin-pump-declined-bundled-update');
    expect(summary(a)).toMatchObject({ regime: 'pld-2024', liable: ['GlucoFlow BV'], exemptions: { 'later-defect': 'excluded', 'development-risk': 'excluded' }, periods: { limitation: '2032-06-01 running' } });
    expect(a.reduction.find((r) => r.id === 'contributory-fault')).toMatchObject({ holds: 'unknown' });
    expect(a.contested.some((r) => r.cites.some((c) => c.id === 'pld-2024:art-13(2)'))).toBe(true);
  });
  it('zero-day exploited before a fix: development risk left contested, complexity presumption applies', () => {
    const a = example('zero-day-before-fix');
    expect(summary(a)).toMatchObject({ regime: 'pld-2024', presumptions: ['presume-complexity'], exemptions: { 'later-defect': 'excluded', 'development-risk': 'unknown' } });
    expect(a.contested.map((r) => r.cites[0]?.id)).toEqual(['pld-2024:art-7(2)(f)', 'pld-2024:art-11(2)(c)']);
    expect(a.questions.map((q) => q.fact)).toEqual(expect.arrayContaining(['damage.latentPersonalInjury', 'events.memberStateDevelopmentRiskDerogation']));
  });
  it('non-EU app maker through an online platform: the platform answers subsidiarily', () => {
    const a = example('non-eu-app-via-platform');
    expect(summary(a)).toMatchObject({ regime: 'pld-2024', liable: ['CycleNote Inc.', 'AppMarket'], presumptions: ['presume-malfunction', 'presume-causation'] });
    expect(a.operators.find((o) => o.name === 'AppMarket')?.tier).toBe(3);
    expect(a.damage.heads).toMatchObject([{ head: 'data', holds: true }]);
  });
  it('data loss in a consumer health app under 85/374: software disputed, data no head of damage', () => {
    const a = example('health-app-data-loss-1985');
    expect(a.regime.regime).toBe('pld-1985');
    expect(a.product.holds).toBe('unknown');
    expect(a.damage.heads).toMatchObject([{ head: 'data', holds: false }]);
    expect(summary(a).exemptions['later-defect']).toBe('available');
  });
  it('orphan infusion pump placed in 2014: the ten-year expiry has passed', () => {
    const a = example('orphan-infusion-pump-injury');
    expect(summary(a)).toMatchObject({ regime: 'pld-1985', periods: { expiry: '2024-03-01 expired', limitation: '2030-09-01 running' } });
  });
  it('leap day: limitation and expiry end on 28 February; no threshold for EUR 120 of property', () => {
    const a = example('leap-day-awareness');
    expect(summary(a)).toMatchObject({ regime: 'pld-2024', periods: { limitation: '2031-02-28 running', expiry: '2038-02-28 running' } });
    expect(a.damage.heads).toMatchObject([{ head: 'property', holds: true }]);
  });
});
