/**
 * Every boundary of the liability rules: the regime on 8, 9 and 10 December 2026; limitation and
 * expiry on their last day and the day after, including leap days; each exemption available and
 * excluded; thresholds; the order of liable operators; unknown facts staying unknown.
 */
import { describe, expect, it } from 'vitest';
import { analyseLiability, parseLiabilityCase } from '../../src/index.ts';
import type { LiabilityAnalysis, LiabilityCase } from '../../src/index.ts';

const base: LiabilityCase = {
  product: { item: 'device-with-software', placedOnMarketOn: '2027-01-15', medicalDevice: false },
  claimant: { naturalPerson: true, awareOn: '2027-03-15' },
  damage: { personalInjury: true, latentPersonalInjury: false },
  events: { damageOn: '2027-03-01' },
  operators: [{ name: 'Maker', role: 'manufacturer', establishedInEu: true }],
};
const run = (over: Partial<LiabilityCase> = {}, asOf = '2028-01-01'): LiabilityAnalysis => {
  const c = { ...base, ...over, product: { ...base.product, ...over.product }, events: { ...base.events, ...over.events } };
  const parsed = parseLiabilityCase(c);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return analyseLiability(parsed.value, asOf);
};
const exemption = (a: LiabilityAnalysis, id: string) => a.exemptions.find((x) => x.id === id);
const period = (a: LiabilityAnalysis, id: string) => a.periods.find((p) => p.id === id);
const operator = (a: LiabilityAnalysis, name: string) => a.operators.find((o) => o.name === name);

describe('regime by the date of placing on the market', () => {
  it('8 December 2026: Directive 85/374', () => {
    expect(run({ product: { placedOnMarketOn: '2026-12-08' } }).regime.regime).toBe('pld-1985');
  });
  it('9 December 2026: 85/374, marked contested', () => {
    const a = run({ product: { placedOnMarketOn: '2026-12-09' } });
    expect(a.regime.regime).toBe('pld-1985');
    expect(a.regime.reasons.some((r) => r.contested)).toBe(true);
    expect(a.contested.some((r) => r.cites.some((c) => c.id === 'pld-2024:art-21'))).toBe(true);
  });
  it('10 December 2026: Directive 2024/2853, with the transposition caveat', () => {
    const a = run({ product: { placedOnMarketOn: '2026-12-10' } });
    expect(a.regime.regime).toBe('pld-2024');
    expect(a.regime.reasons.some((r) => r.cites.some((c) => c.id === 'pld-2024:art-22(1)'))).toBe(true);
  });
  it('takes the earlier of placing on the market and putting into service', () => {
    expect(run({ product: { placedOnMarketOn: '2027-01-15', putIntoServiceOn: '2026-11-30' } }).regime).toMatchObject({ regime: 'pld-1985', decisiveDate: '2026-11-30' });
  });
  it('treats a product substantially modified and made available after the boundary as new', () => {
    const a = run({ product: { placedOnMarketOn: '2020-05-01', substantiallyModified: true, modifiedAvailableOn: '2027-06-01' } });
    expect(a.regime).toMatchObject({ regime: 'pld-2024', decisiveDate: '2027-06-01' });
    expect(period(a, 'expiry')?.lastDay).toBe('2037-06-01');
  });
  it('leaves the regime unknown, with a question, without a date', () => {
    const a = run({ product: { item: 'device-with-software', placedOnMarketOn: null } });
    expect(a.regime.regime).toBe('unknown');
    expect(a.questions.map((q) => q.fact)).toContain('product.placedOnMarketOn');
  });
});

describe('limitation and expiry as last days', () => {
  it('limitation: three years from awareness, running on the last day, expired the day after', () => {
    expect(period(run({}, '2030-03-15'), 'limitation')).toMatchObject({ lastDay: '2030-03-15', state: 'running' });
    expect(period(run({}, '2030-03-16'), 'limitation')).toMatchObject({ state: 'expired' });
  });
  it('limitation from 29 February ends on 28 February', () => {
    expect(period(run({ claimant: { naturalPerson: true, awareOn: '2028-02-29' } }), 'limitation')?.lastDay).toBe('2031-02-28');
  });
  it('expiry: ten years from placing on the market', () => {
    expect(period(run({}, '2037-01-15'), 'expiry')).toMatchObject({ lastDay: '2037-01-15', state: 'running' });
    expect(period(run({}, '2037-01-16'), 'expiry')).toMatchObject({ state: 'expired' });
  });
  it('latent personal injury: 25 years (2024/2853 only), from 29 February to 28 February', () => {
    const a = run({ product: { placedOnMarketOn: '2028-02-29' }, damage: { personalInjury: true, latentPersonalInjury: true } });
    expect(period(a, 'latent-expiry')).toMatchObject({ lastDay: '2053-02-28', state: 'running' });
    const old = run({ product: { placedOnMarketOn: '2026-12-01' }, damage: { personalInjury: true, latentPersonalInjury: true } });
    expect(period(old, 'latent-expiry')).toBeUndefined();
    expect(period(old, 'expiry')?.lastDay).toBe('2036-12-01');
  });
  it('asks when the injured person became aware, and leaves the limitation unknown', () => {
    const a = run({ claimant: { naturalPerson: true } });
    expect(period(a, 'limitation')).toMatchObject({ lastDay: null, state: 'unknown' });
    expect(a.questions.map((q) => q.fact)).toContain('claimant.awareOn');
  });
});

describe('exemptions available and excluded', () => {
  it('not placed on the market: available to an operator that did not place it, excluded otherwise', () => {
    expect(exemption(run({ operators: [{ name: 'Maker', role: 'manufacturer', establishedInEu: true, placedOnMarket: false }] }), 'not-placed')?.status).toBe('available');
    expect(exemption(run(), 'not-placed')?.status).toBe('excluded');
  });
  it('distributor did not make it available: available and excluded', () => {
    const ops = (placed: boolean) => [...(base.operators ?? []), { name: 'Shop', role: 'distributor' as const, establishedInEu: true, placedOnMarket: placed }];
    expect(exemption(run({ operators: ops(false) }), 'not-made-available')?.status).toBe('available');
    expect(exemption(run({ operators: ops(true) }), 'not-made-available')?.status).toBe('excluded');
  });
  it('later defect: excluded for an exploited vulnerability within control (Art 11(2)), contested after the support end', () => {
    const within = run({ product: { supportEnd: '2031-12-31' }, events: { vulnerabilityExploited: true, update: 'never-provided' } });
    expect(exemption(within, 'later-defect')).toMatchObject({ status: 'excluded' });
    expect(exemption(within, 'later-defect')?.cites.map((c) => c.id)).toContain('pld-2024:art-11(2)(c)');
    const after = run({ product: { supportEnd: '2027-02-28' }, events: { vulnerabilityExploited: true, update: 'never-provided', damageOn: '2027-03-01' } });
    expect(exemption(after, 'later-defect')?.status).toBe('unknown');
    expect(exemption(after, 'later-defect')?.contested).toBeDefined();
    expect(after.contested.some((r) => r.cites.some((c) => c.id === 'pld-2024:art-4(5)'))).toBe(true);
  });
  it('later defect under 85/374: available for a defect from a later update (no carve-out)', () => {
    const a = run({ product: { placedOnMarketOn: '2025-01-01' }, events: { defectFromLaterSoftware: true } });
    expect(exemption(a, 'later-defect')?.status).toBe('available');
    expect(exemption(run({ events: { defectFromLaterSoftware: true } }), 'later-defect')?.status).toBe('excluded');
  });
  it('compliance with legal requirements: available and excluded', () => {
    expect(exemption(run({ events: { defectDueToLegalRequirement: true } }), 'legal-requirement')?.status).toBe('available');
    expect(exemption(run({ events: { defectDueToLegalRequirement: false } }), 'legal-requirement')?.status).toBe('excluded');
  });
  it('development risk: available, excluded by knowledge, by a national derogation, by awareness while in control; zero-day contested', () => {
    expect(exemption(run({ events: { vulnerabilityKnownAtPlacing: false, memberStateDevelopmentRiskDerogation: false } }), 'development-risk')?.status).toBe('available');
    expect(exemption(run({ events: { vulnerabilityKnownAtPlacing: true } }), 'development-risk')?.status).toBe('excluded');
    expect(exemption(run({ events: { vulnerabilityKnownAtPlacing: false, memberStateDevelopmentRiskDerogation: true } }), 'development-risk')?.status).toBe('excluded');
    expect(exemption(run({ events: { vulnerabilityKnownAtPlacing: false, manufacturerAwareOn: '2027-02-01' } }), 'development-risk')?.status).toBe('excluded');
    const zero = run({ events: { vulnerabilityExploited: true, zeroDay: true } });
    expect(exemption(zero, 'development-risk')).toMatchObject({ status: 'unknown' });
    expect(exemption(zero, 'development-risk')?.contested).toMatch(/zero-day/);
    expect(zero.questions.map((q) => q.fact)).toContain('events.memberStateDevelopmentRiskDerogation');
  });
  it('substantial modifier: available for a defect in an unmodified part, excluded otherwise', () => {
    const mod = (inPart: boolean) => run({ operators: [...(base.operators ?? []), { name: 'Refurb', role: 'substantial-modifier', establishedInEu: true, modifiedOutsideManufacturerControl: true, defectInModifiedPart: inPart }] });
    expect(exemption(mod(false), 'unmodified-part')?.status).toBe('available');
    expect(exemption(mod(true), 'unmodified-part')?.status).toBe('excluded');
    expect(operator(mod(true), 'Refurb')).toMatchObject({ tier: 1, liable: true });
  });
});

describe('damage and claimant', () => {
  it('85/374: property up to 500 ECU is not compensable, above it is', () => {
    const prop = (amount: number) => run({ product: { placedOnMarketOn: '2025-01-01' }, damage: { propertyDamage: true, propertyOnlyTheProductItself: false, propertyProfessionalUseOnly: false, propertyAmountEur: amount } });
    expect(prop(500).damage.heads.find((h) => h.head === 'property')?.holds).toBe(false);
    expect(prop(501).damage.heads.find((h) => h.head === 'property')?.holds).toBe(true);
  });
  it('2024/2853: no threshold; data loss counts unless professional; psychological harm only if medically recognised', () => {
    const a = run({ damage: { propertyDamage: true, propertyOnlyTheProductItself: false, propertyProfessionalUseOnly: false, propertyAmountEur: 20, dataLoss: true, dataProfessionalUse: false, psychologicalHarm: 'not-medically-recognised' } });
    expect(a.damage.heads.map((h) => [h.head, h.holds])).toEqual([['psychological-harm', false], ['property', true], ['data', true]]);
    expect(run({ damage: { dataLoss: true, dataProfessionalUse: true } }).damage.heads[0]?.holds).toBe(false);
    expect(run({ damage: { psychologicalHarm: 'medically-recognised' } }).damage.heads[0]?.holds).toBe(true);
  });
  it('damage to the product itself is not compensable', () => {
    expect(run({ damage: { propertyDamage: true, propertyOnlyTheProductItself: true } }).damage.heads[0]?.holds).toBe(false);
  });
  it('a legal person has no claim; an unknown claimant becomes a question', () => {
    expect(run({ claimant: { naturalPerson: false, awareOn: '2027-03-15' } }).claimant.holds).toBe(false);
    const a = run({ claimant: {} });
    expect(a.claimant.holds).toBe('unknown');
    expect(a.questions.map((q) => q.fact)).toContain('claimant.naturalPerson');
  });
  it('information and open-source software outside commerce are not products', () => {
    expect(run({ product: { item: 'information' } }).product.holds).toBe(false);
    expect(run({ product: { item: 'software', openSourceOutsideCommercialActivity: true } }).product.holds).toBe(false);
    expect(run({ product: { item: 'software' } }).product.holds).toBe(true);
    expect(run({ product: { item: 'software', placedOnMarketOn: '2025-01-01' } }).product).toMatchObject({ holds: 'unknown' });
  });
});

describe('who is liable, and in which order', () => {
  const nonEu = [{ name: 'Maker', role: 'manufacturer' as const, establishedInEu: false }];
  it('non-EU manufacturer: importer and authorised representative, not the fulfilment service provider', () => {
    const a = run({ operators: [...nonEu, { name: 'Imp', role: 'importer', establishedInEu: true }, { name: 'AR', role: 'authorised-representative', establishedInEu: true }, { name: 'FSP', role: 'fulfilment-service-provider', establishedInEu: true }] });
    expect([operator(a, 'Imp')?.liable, operator(a, 'AR')?.liable, operator(a, 'FSP')?.liable]).toEqual([true, true, false]);
    expect(a.jointAndSeveral?.cites.map((c) => c.id)).toContain('pld-2024:art-12(1)');
  });
  it('fulfilment service provider liable where there is neither importer nor authorised representative', () => {
    expect(operator(run({ operators: [...nonEu, { name: 'FSP', role: 'fulfilment-service-provider', establishedInEu: true }] }), 'FSP')?.liable).toBe(true);
  });
  it('EU manufacturer: importer not liable, distributor not liable', () => {
    const a = run({ operators: [...(base.operators ?? []), { name: 'Imp', role: 'importer', establishedInEu: true }, { name: 'Shop', role: 'distributor', establishedInEu: true, identifiedSupplierWithinMonth: false }] });
    expect([operator(a, 'Imp')?.liable, operator(a, 'Shop')?.liable]).toEqual([false, false]);
  });
  it('distributor liable only if no EU operator exists and it fails to name one within a month', () => {
    const shop = (named: boolean | null) => run({ operators: [...nonEu, { name: 'Shop', role: 'distributor', establishedInEu: true, identifiedSupplierWithinMonth: named }] });
    expect(operator(shop(false), 'Shop')).toMatchObject({ tier: 3, liable: true });
    expect(operator(shop(true), 'Shop')?.liable).toBe(false);
    expect(operator(shop(null), 'Shop')?.liable).toBe('unknown');
  });
  it('online platform: like a distributor only when it presents itself as the trader', () => {
    const platform = (trader: boolean) => run({ operators: [...nonEu, { name: 'Store', role: 'online-platform', establishedInEu: true, presentsAsTrader: trader, identifiedSupplierWithinMonth: false }] });
    expect(operator(platform(true), 'Store')?.liable).toBe(true);
    expect(operator(platform(false), 'Store')?.liable).toBe(false);
  });
});

describe('presumptions and reductions', () => {
  it('CRA non-compliance raises the presumption only for products placed from 11 December 2027', () => {
    const p = (placed: string) => run({ product: { placedOnMarketOn: placed }, events: { nonCompliance: ['cra'] } }).presumptions.find((x) => x.id === 'presume-non-compliance')?.holds;
    expect(p('2027-12-10')).toBe(false);
    expect(p('2027-12-11')).toBe(true);
  });
  it('85/374 has no presumptions', () => {
    expect(run({ product: { placedOnMarketOn: '2025-01-01' } }).presumptions.map((x) => x.id)).toEqual(['burden']);
  });
  it('an attacker’s act does not reduce liability; a declined update is weighed, never automatic fault', () => {
    const a = run({ events: { vulnerabilityExploited: true, update: 'declined', updateBundledWithFunctionalChanges: true, userInformedOfUpdateAndRisk: false } });
    expect(a.reduction.find((f) => f.id === 'third-party')?.holds).toBe(false);
    const fault = a.reduction.find((f) => f.id === 'contributory-fault');
    expect(fault).toMatchObject({ holds: 'unknown' });
    expect(fault?.text).toMatch(/bundled/);
    expect(run({ events: { update: 'installed' } }).reduction.find((f) => f.id === 'contributory-fault')?.holds).toBe(false);
  });
});

describe('input errors', () => {
  it('names the field, the value and the expectation', () => {
    const r = parseLiabilityCase({ product: { placedOnMarketOn: '2026-02-30' }, operators: [{ name: 'X', role: 'seller' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.pointer)).toEqual(expect.arrayContaining(['/product/placedOnMarketOn', '/operators/0/role']));
    }
  });
});
