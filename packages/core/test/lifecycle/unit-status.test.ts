/**
 * The support status of one unit: boundaries of the CRA five-year floor, of the CRA's start
 * on 11 December 2027, of the "ending soon" window, declared ends in the past, future and
 * unknown, and the duties that follow for each party.
 */
import { describe, expect, it } from 'vitest';
import { parseProvision, unitSupportStatus } from '../../src/index.ts';
import type { LifecycleProduct, UnitSupportStatus } from '../../src/index.ts';

const wearable: LifecycleProduct = {
  deviceStatus: 'not-a-device', digitalWithConnection: true, goods: true, saleTo: 'consumer', expectedUseYears: 5,
};
const pump: LifecycleProduct = {
  deviceStatus: 'medical-device', digitalWithConnection: true, goods: true, saleTo: 'professional', deviceLifetimeYears: 10,
};
const regime = (s: UnitSupportStatus, id: string) => s.regimes.find((r) => r.regime === id);

describe('CRA support period of a unit', () => {
  it('starts only for units placed on the market from 11 December 2027', () => {
    const before = unitSupportStatus(wearable, { placedOnMarketOn: '2027-12-10' }, '2028-01-01');
    const on = unitSupportStatus(wearable, { placedOnMarketOn: '2027-12-11' }, '2028-01-01');
    expect(regime(before, 'cra')?.applies).toBe(false);
    expect(regime(on, 'cra')).toMatchObject({ applies: true, minimumEnd: '2032-12-11' });
  });

  it('reaches an earlier unit once it is substantially modified from that date', () => {
    const s = unitSupportStatus({ ...wearable, substantiallyModifiedOn: '2028-03-01' }, { placedOnMarketOn: '2026-05-01' }, '2028-04-01');
    expect(regime(s, 'cra')).toMatchObject({ applies: true, minimumEnd: '2033-03-01' });
  });

  it('measures a declared end of exactly five years as meeting the floor, one day less as one month short', () => {
    const exact = unitSupportStatus(wearable, { placedOnMarketOn: '2028-01-15', declaredSupportEnd: '2033-01-15' }, '2029-01-01');
    const short = unitSupportStatus(wearable, { placedOnMarketOn: '2028-01-15', declaredSupportEnd: '2033-01-14' }, '2029-01-01');
    expect(regime(exact, 'cra')).toMatchObject({ satisfies: 'yes', shortfallMonths: 0 });
    expect(regime(short, 'cra')).toMatchObject({ satisfies: 'no', shortfallMonths: 1 });
    expect(short.shortfallMonths).toBe(1);
  });

  it('counts five years from 29 February to 28 February', () => {
    const s = unitSupportStatus(wearable, { placedOnMarketOn: '2028-02-29' }, '2029-01-01');
    expect(regime(s, 'cra')?.minimumEnd).toBe('2033-02-28');
  });

  it('follows a shorter expected use below five years', () => {
    const s = unitSupportStatus({ ...wearable, expectedUseYears: 3 }, { placedOnMarketOn: '2028-06-01', declaredSupportEnd: '2031-06-01' }, '2029-01-01');
    expect(regime(s, 'cra')).toMatchObject({ minimumEnd: '2031-06-01', satisfies: 'yes' });
  });

  it('asks for the expected use when a declared end under five years might still be lawful', () => {
    const s = unitSupportStatus({ ...wearable, expectedUseYears: null }, { placedOnMarketOn: '2028-06-01', declaredSupportEnd: '2031-06-01' }, '2029-01-01');
    expect(regime(s, 'cra')?.satisfies).toBe('unknown');
    expect(s.questions.map((q) => q.fact)).toContain('product.expectedUseYears');
  });

  it('treats a longer expected use as a weighing, not as a fixed floor', () => {
    const s = unitSupportStatus({ ...wearable, expectedUseYears: 8 }, { placedOnMarketOn: '2028-06-01', declaredSupportEnd: '2034-06-01' }, '2029-01-01');
    expect(regime(s, 'cra')?.satisfies).toBe('weighing');
  });

  it('keeps MDR devices outside the CRA and uses the declared lifetime instead', () => {
    const s = unitSupportStatus(pump, { placedOnMarketOn: '2028-01-01', putIntoServiceOn: '2028-03-01' }, '2030-01-01');
    expect(regime(s, 'cra')?.applies).toBe(false);
    expect(regime(s, 'mdr')).toMatchObject({ applies: true, minimumEnd: '2038-03-01' });
    expect(s.legalMinimum).toEqual({ end: '2038-03-01', regime: 'mdr', indicative: false });
  });
});

describe('state of a unit at the as-of date', () => {
  const unit = { placedOnMarketOn: '2028-01-01', declaredSupportEnd: '2033-06-30' };
  it('is supported on the declared end and out of support the day after', () => {
    expect(unitSupportStatus(wearable, unit, '2033-06-30').state).toBe('ending-soon');
    expect(unitSupportStatus(wearable, unit, '2033-07-01').state).toBe('out-of-support');
  });
  it('is ending soon exactly N months before the end, supported the day before', () => {
    expect(unitSupportStatus(wearable, unit, '2032-12-30').state).toBe('ending-soon');
    expect(unitSupportStatus(wearable, unit, '2032-12-29').state).toBe('supported');
    expect(unitSupportStatus(wearable, unit, '2033-03-29', { endingWithinMonths: 3 }).state).toBe('supported');
    expect(unitSupportStatus(wearable, unit, '2033-03-30', { endingWithinMonths: 3 }).state).toBe('ending-soon');
  });
  it('prefers a unit’s own declared end over the model’s', () => {
    const s = unitSupportStatus({ ...wearable, declaredSupportEnd: '2030-01-01' }, { ...unit }, '2031-01-01');
    expect(s).toMatchObject({ state: 'supported', supportEnd: '2033-06-30', supportEndBasis: 'declared-for-unit' });
  });
  it('without a declared end, is supported up to the legal minimum and unknown after it', () => {
    const before = unitSupportStatus(pump, { placedOnMarketOn: '2020-01-01' }, '2026-12-07');
    const after = unitSupportStatus(pump, { placedOnMarketOn: '2015-01-01' }, '2026-12-07');
    expect(before).toMatchObject({ state: 'supported', supportEnd: '2030-01-01', supportEndBasis: 'legal-minimum' });
    expect(after.state).toBe('unknown');
    expect(after.questions.map((q) => q.fact)).toContain('product.lifecycle.declaredSupportEnd');
  });
  it('is unknown, with questions, when nothing is known', () => {
    const s = unitSupportStatus({}, {}, '2026-12-07');
    expect(s.state).toBe('unknown');
    expect(s.questions.map((q) => q.fact)).toEqual(expect.arrayContaining(['unit.placedOnMarketOn', 'product.medicalDevice.qualification', 'product.lifecycle.declaredSupportEnd']));
  });
  it('rejects an impossible as-of date, naming the field', () => {
    expect(() => unitSupportStatus(wearable, unit, '2026-02-30')).toThrow(/asOf/);
  });
});

describe('what follows for each party', () => {
  it('an orphan in an NIS2 hospital: the hospital treats it in its Art 21 risk management', () => {
    const s = unitSupportStatus(pump, { placedOnMarketOn: '2014-01-01', declaredSupportEnd: '2024-12-31', operator: 'healthcare-provider', nis2Entity: true }, '2026-12-07');
    expect(s.state).toBe('out-of-support');
    const hospital = s.duties.filter((d) => d.party === 'healthcare-provider').flatMap((d) => d.cites.map((c) => c.id));
    expect(hospital).toContain('nis2:art-21(2)(e)');
    expect(s.duties.some((d) => d.party === 'manufacturer' && d.cites.some((c) => c.id === 'mdcg-2019-16:section-3.8'))).toBe(true);
  });
  it('asks whether a hospital operator is an NIS2 entity when that is unknown', () => {
    const s = unitSupportStatus(pump, { placedOnMarketOn: '2014-01-01', declaredSupportEnd: '2024-12-31', operator: 'healthcare-provider' }, '2026-12-07');
    expect(s.questions.map((q) => q.fact)).toContain('unit.nis2Entity');
    expect(s.duties.find((d) => d.party === 'healthcare-provider' && d.condition?.includes('NIS2'))).toBeDefined();
  });
  it('a CRA product near its end: the manufacturer notifies the end of support', () => {
    const s = unitSupportStatus(wearable, { placedOnMarketOn: '2028-01-01', declaredSupportEnd: '2033-01-31', operator: 'consumer' }, '2032-11-01');
    expect(s.state).toBe('ending-soon');
    expect(s.duties.some((d) => d.party === 'manufacturer' && d.cites.some((c) => c.id === 'cra:art-13(19)'))).toBe(true);
    expect(s.duties.some((d) => d.party === 'seller' && d.cites.some((c) => c.id === 'sgd:art-7(4)'))).toBe(true);
  });
  it('cites only well-formed provisions, each with a EUR-Lex link', () => {
    const s = unitSupportStatus(pump, { placedOnMarketOn: '2014-01-01', declaredSupportEnd: '2024-12-31', operator: 'healthcare-provider' }, '2026-12-07');
    const cites = [...s.regimes.flatMap((r) => r.cites), ...s.duties.flatMap((d) => d.cites), ...s.reasons.flatMap((r) => r.cites)];
    for (const c of cites) {
      expect(parseProvision(c.id), c.id).toBeDefined();
      expect(c.url, c.id).toMatch(/^https:\/\/eur-lex\.europa\.eu\/|^https:\/\/health\.ec\.europa\.eu\//);
    }
  });
});
