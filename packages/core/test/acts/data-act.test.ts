import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.ts';
import type { Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';

type ProductFacts = NonNullable<Profile['product']>;
type OrganisationFacts = NonNullable<Profile['organisation']>;

/** A continuous glucose monitor with a companion app, sold in the Union by a large manufacturer. */
const cgm = (product: ProductFacts = {}, organisation: OrganisationFacts = {}): Profile => ({
  name: 'Continuous glucose monitor with app',
  product: {
    generatesProductData: true,
    dataConnection: true,
    hasRelatedService: true,
    processesPersonalData: true,
    markets: ['DE', 'IT'],
    placedOnMarketOn: '2026-10-01',
    medicalDevice: { qualification: 'medical-device', class: 'IIb' },
    ...product,
  },
  organisation: {
    roles: ['manufacturer', 'data-holder', 'seller'],
    establishedInEu: true,
    employees: 800,
    annualTurnoverEur: 150_000_000,
    balanceSheetEur: 120_000_000,
    ...organisation,
  },
});

const run = (profile: Profile, asOf = TODAY) => assess(profile, { asOf });
const daOf = (r: ReturnType<typeof run>) => r.acts.find((a) => a.act === 'data-act')!;
const ids = (r: ReturnType<typeof run>) => r.obligations.filter((o) => o.act === 'data-act').map((o) => o.id);
const obligation = (r: ReturnType<typeof run>, id: string) => r.obligations.find((o) => o.id === id);

describe('Data Act applicability', () => {
  it('applies to a connected medical device since 12 September 2025, cumulatively with the MDR (Art 50)', () => {
    const v = daOf(run(cgm()));
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('2025-09-12');
    expect(run(cgm()).acts.find((a) => a.act === 'mdr')?.verdict).toBe('applies');
  });

  it('does not yet apply on 11 September 2025', () => {
    const v = daOf(run(cgm(), '2025-09-11'));
    expect(v.verdict).toBe('applies-from');
    expect(v.applicableFrom).toBe('2025-09-12');
  });

  it('applies on 12 September 2025', () => {
    expect(daOf(run(cgm(), '2025-09-12')).verdict).toBe('applies');
  });

  it('does not apply to a product that neither generates communicable data nor comes with a related service (Art 2(5), (6))', () => {
    const v = daOf(run(cgm({ generatesProductData: false, hasRelatedService: false })));
    expect(v.verdict).toBe('does-not-apply');
  });

  it('covers a product through its related service alone (Art 2(6))', () => {
    expect(daOf(run(cgm({ generatesProductData: false, hasRelatedService: true }))).verdict).toBe('applies');
  });

  it('does not apply to a product not placed on the Union market (Art 1(3))', () => {
    expect(daOf(run(cgm({ markets: [] }))).verdict).toBe('does-not-apply');
  });

  it('is open when it is not known whether the product generates data, and asks for that fact', () => {
    const v = daOf(run(cgm({ generatesProductData: null, hasRelatedService: false })));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toContain('product.generatesProductData');
  });
});

describe('Data Act: design obligation of Art 3(1)', () => {
  it('does not bind units placed on the market on 12 September 2026 (only those placed after it)', () => {
    expect(ids(run(cgm({ placedOnMarketOn: '2026-09-12' })))).not.toContain('data-act:access-by-design');
  });

  it('binds units placed on the market on 13 September 2026', () => {
    expect(obligation(run(cgm({ placedOnMarketOn: '2026-09-13' })), 'data-act:access-by-design')).toMatchObject({
      status: 'applies', role: 'manufacturer', category: 'data-access-rights', cite: 'data-act:art-3(1)',
    });
  });

  it('still gives users of older units their access and sharing rights (Arts 4, 5)', () => {
    const r = run(cgm({ placedOnMarketOn: '2024-03-01' }));
    expect(ids(r)).toEqual(expect.arrayContaining(['data-act:user-access', 'data-act:share-with-third-party']));
  });

  it('leaves the design obligation possible when the placing-on-market date is unknown', () => {
    const o = obligation(run(cgm({ placedOnMarketOn: null })), 'data-act:access-by-design');
    expect(o?.status).toBe('possible');
    expect(o?.missingFacts).toContain('product.placedOnMarketOn');
  });
});

describe('Data Act: micro and small enterprise exemption (Art 7(1))', () => {
  it('exempts a small manufacturer with 49 staff and EUR 9 million turnover from Chapter II', () => {
    const r = run(cgm({}, { employees: 49, annualTurnoverEur: 9_000_000, balanceSheetEur: 12_000_000 }));
    expect(ids(r)).not.toContain('data-act:access-by-design');
    expect(ids(r)).not.toContain('data-act:user-access');
    expect(ids(r)).not.toContain('data-act:pre-contract-information-product');
  });

  it('does not exempt a manufacturer with 50 staff', () => {
    const r = run(cgm({}, { employees: 50, annualTurnoverEur: 9_000_000, balanceSheetEur: 9_000_000 }));
    expect(ids(r)).toContain('data-act:access-by-design');
  });

  it('exempts a manufacturer at exactly EUR 10 million turnover', () => {
    const r = run(cgm({}, { employees: 30, annualTurnoverEur: 10_000_000, balanceSheetEur: 25_000_000 }));
    expect(ids(r)).not.toContain('data-act:access-by-design');
  });

  it('does not exempt a manufacturer with 49 staff whose turnover and balance sheet both exceed EUR 10 million', () => {
    const r = run(cgm({}, { employees: 49, annualTurnoverEur: 10_000_001, balanceSheetEur: 11_000_000 }));
    expect(ids(r)).toContain('data-act:user-access');
  });

  it('leaves Chapter II duties possible when the headcount is unknown, and asks for it', () => {
    const o = obligation(run(cgm({}, { employees: null, annualTurnoverEur: 5_000_000 })), 'data-act:user-access');
    expect(o?.status).toBe('possible');
    expect(o?.missingFacts).toContain('organisation.employees');
  });
});

describe('Data Act obligations by role', () => {
  it('binds the data holder to give access, share with third parties, use data under contract and offer FRAND terms', () => {
    const r = run(cgm({}, { roles: ['data-holder'] }));
    expect(ids(r)).toEqual(expect.arrayContaining([
      'data-act:user-access', 'data-act:share-with-third-party', 'data-act:non-personal-data-use', 'data-act:frand-terms',
      'data-act:personal-data-legal-basis',
    ]));
    expect(ids(r)).not.toContain('data-act:access-by-design');
  });

  it('binds the seller to give pre-contract information on product data (Art 3(2))', () => {
    const r = run(cgm({}, { roles: ['seller'] }));
    expect(ids(r)).toEqual(['data-act:pre-contract-information-product']);
  });

  it('asks for a GDPR legal basis only where personal data are involved (Arts 1(5), 4(12))', () => {
    const r = run(cgm({ processesPersonalData: false }));
    expect(ids(r)).not.toContain('data-act:personal-data-legal-basis');
  });

  it('requires pre-contract information on the related service only where there is one (Art 3(3))', () => {
    expect(ids(run(cgm()))).toContain('data-act:pre-contract-information-service');
    expect(ids(run(cgm({ hasRelatedService: false })))).not.toContain('data-act:pre-contract-information-service');
  });
});
