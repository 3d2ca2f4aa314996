import { describe, expect, it } from 'vitest';
import { fleetDuties, provisionExists, FLEET_DUTIES, regimesOf, parseProfile } from '../../src/index.ts';
import type { DutyContext } from '../../src/index.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const base: DutyContext = {
  asOf: '2026-12-07',
  side: 'manufacturer',
  regimes: { cra: 'true', mdr: 'false', ivdr: 'false' },
  nis2Entity: 'unknown',
  knownExploited: false,
  exploitedInNetwork: 'unknown',
  support: 'supported',
  analysis: 'under_investigation',
};
const ids = (c: Partial<DutyContext>) => fleetDuties({ ...base, ...c }).map((d) => `${d.id}:${d.status}`);

describe('duties of a finding', () => {
  it('every duty cites provisions that exist in the knowledge base', () => {
    for (const d of Object.values(FLEET_DUTIES)) for (const c of d.cites) expect(provisionExists(c), c).toBe(true);
  });

  it('CRA product, known exploited: 24-hour early warning now (Art 14 applies from 11 Sep 2026), handling from 11 Dec 2027', () => {
    expect(ids({ knownExploited: true })).toEqual(['cra-vulnerability-handling:applies-from', 'cra-early-warning:applies']);
    const ew = fleetDuties({ ...base, knownExploited: true }).find((d) => d.id === 'cra-early-warning')!;
    expect(ew.action).toBe('start-incident-plan');
    expect(ew.cites.map((c) => c.citation)).toContain('Art 14(2)(a) CRA');
    expect(ew.cites[0]!.url).toMatch(/eur-lex\.europa\.eu/);
  });

  it('the day before Art 14 applies, the early warning is still ahead', () => {
    expect(ids({ knownExploited: true, asOf: '2026-09-10' })).toContain('cra-early-warning:applies-from');
    expect(ids({ knownExploited: true, asOf: '2026-09-11' })).toContain('cra-early-warning:applies');
  });

  it('out of support: no handling duty, but still the early warning', () => {
    expect(ids({ knownExploited: true, support: 'out-of-support', asOf: '2028-01-01' })).toEqual(['cra-vulnerability-handling:not-applicable', 'cra-early-warning:applies']);
  });

  it('medical device: CRA excluded, MDR vigilance and FSCA consideration instead', () => {
    expect(ids({ regimes: { cra: 'false', mdr: 'true', ivdr: 'false' }, knownExploited: true })).toEqual(['cra-excluded:not-applicable', 'mdr-vigilance:applies']);
    expect(ids({ regimes: { cra: 'false', mdr: 'false', ivdr: 'true' } })).toEqual(['cra-excluded:not-applicable', 'ivdr-vigilance:applies']);
  });

  it('unknown regime: possible duties naming what is missing, never silence', () => {
    const d = fleetDuties({ ...base, regimes: { cra: 'unknown', mdr: 'unknown', ivdr: 'false' }, knownExploited: true });
    expect(d.map((x) => `${x.id}:${x.status}`)).toEqual(['mdr-vigilance:possible', 'cra-vulnerability-handling:possible', 'cra-early-warning:possible']);
    expect(d[0]!.missing).toEqual(['MDR applicability of the product profile']);
  });

  it('hospital: NIS2 risk management, and notification only when exploited in its network', () => {
    expect(ids({ side: 'hospital', nis2Entity: 'true', exploitedInNetwork: 'false' })).toEqual(['nis2-risk-management:applies']);
    expect(ids({ side: 'hospital', nis2Entity: 'true', exploitedInNetwork: 'true' })).toEqual(['nis2-risk-management:applies', 'nis2-incident-notification:applies']);
    expect(ids({ side: 'hospital', nis2Entity: 'false', exploitedInNetwork: 'true' })).toEqual([]);
    expect(ids({ side: 'hospital', nis2Entity: 'unknown' })).toEqual(['nis2-risk-management:possible', 'nis2-incident-notification:possible']);
  });

  it('a finding triaged not affected or fixed triggers nothing', () => {
    expect(ids({ knownExploited: true, analysis: 'not_affected' })).toEqual([]);
    expect(ids({ knownExploited: true, analysis: 'fixed' })).toEqual([]);
  });

  it('regimes come from the product profile: the class IIb insulin pump is under the MDR, so outside the CRA', () => {
    const parsed = parseProfile(parse(readFileSync(new URL('../../../../examples/class-iib-insulin-pump.yaml', import.meta.url), 'utf8')));
    if (!parsed.ok) throw new Error('example profile does not parse');
    expect(regimesOf(parsed.profile, '2026-12-07')).toEqual({ cra: 'false', mdr: 'true', ivdr: 'false' });
  });
});
