import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.ts';
import type { Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';

/** A connected glucose monitor whose EU manufacturer runs the app and cloud as controller. */
const glucoseMonitor = (over: { product?: NonNullable<Profile['product']>; organisation?: Profile['organisation'] } = {}): Profile => ({
  name: 'Connected glucose monitor',
  product: {
    processesPersonalData: true,
    processesHealthData: true,
    markets: ['DE', 'FR'],
    ...over.product,
  },
  organisation: {
    roles: ['manufacturer', 'controller'],
    establishedInEu: true,
    publicBody: false,
    largeScaleMonitoring: false,
    largeScaleSpecialData: false,
    ...over.organisation,
  },
});

const run = (profile: Profile, asOf = TODAY, scenarios: string[] = []) => assess(profile, { asOf, scenarios });
const gdprOf = (r: ReturnType<typeof run>) => r.acts.find((a) => a.act === 'gdpr')!;
const ids = (r: ReturnType<typeof run>) => r.obligations.filter((o) => o.act === 'gdpr').map((o) => o.id);
const obligation = (r: ReturnType<typeof run>, id: string) => r.obligations.find((o) => o.id === id);

describe('GDPR applicability', () => {
  it('applies to a connected device that processes personal data, since 25 May 2018 (Art 99(2))', () => {
    const v = gdprOf(run(glucoseMonitor()));
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('2018-05-25');
    expect(v.until).toBeUndefined();
  });

  it('does not yet apply on 24 May 2018, the day before its date of application', () => {
    const v = gdprOf(run(glucoseMonitor(), '2018-05-24'));
    expect(v.verdict).toBe('applies-from');
    expect(v.applicableFrom).toBe('2018-05-25');
  });

  it('applies on 25 May 2018', () => {
    expect(gdprOf(run(glucoseMonitor(), '2018-05-25')).verdict).toBe('applies');
  });

  it('does not apply where no personal data are processed (Art 2(1))', () => {
    const v = gdprOf(
      run(glucoseMonitor({ product: { processesPersonalData: false, processesHealthData: false }, organisation: { roles: ['manufacturer'] } })),
    );
    expect(v.verdict).toBe('does-not-apply');
    expect(ids(run(glucoseMonitor({ product: { processesPersonalData: false }, organisation: { roles: ['manufacturer'] } })))).toEqual([]);
  });

  it('reaches an organisation-only profile (a hospital) through its role as controller (Art 4(7))', () => {
    const v = gdprOf(run({ product: null, organisation: { establishedInEu: true, roles: ['healthcare-provider', 'controller'] } }));
    expect(v.verdict).toBe('applies');
  });

  it('reaches a non-EU manufacturer that offers the product in the Union (Art 3(2)(a))', () => {
    const r = run(glucoseMonitor({ organisation: { establishedInEu: false } }));
    expect(gdprOf(r).verdict).toBe('applies');
    expect(ids(r)).toContain('gdpr:representative-in-union');
  });

  it('does not reach a non-EU organisation that offers nothing in the Union (Art 3)', () => {
    const v = gdprOf(run(glucoseMonitor({ product: { markets: [] }, organisation: { establishedInEu: false } })));
    expect(v.verdict).toBe('does-not-apply');
  });

  it('is open when it is not known whether personal data are processed, and asks for that fact', () => {
    const v = gdprOf(run({ product: { markets: ['DE'] }, organisation: { establishedInEu: true, roles: ['manufacturer'] } }));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toContain('product.processesPersonalData');
  });

  it('explains the verdict with the articles that decided it', () => {
    const v = gdprOf(run(glucoseMonitor()));
    const labels = JSON.stringify(v.reasons);
    expect(labels).toContain('gdpr:art-2(1)');
    expect(labels).toContain('gdpr:art-3(1)');
  });
});

describe('GDPR obligations by role', () => {
  it('binds a controller to the 72-hour breach notification (Art 33(1)), communication to data subjects (Art 34) and breach documentation (Art 33(5))', () => {
    const r = run(glucoseMonitor());
    const n = obligation(r, 'gdpr:breach-notification-authority');
    expect(n).toMatchObject({ role: 'controller', category: 'incident-reporting', cite: 'gdpr:art-33(1)', status: 'applies', from: '2018-05-25' });
    expect(ids(r)).toEqual(expect.arrayContaining([
      'gdpr:breach-communication-data-subjects', 'gdpr:breach-documentation', 'gdpr:security-of-processing',
      'gdpr:data-protection-by-design', 'gdpr:records-of-processing', 'gdpr:principles', 'gdpr:processor-guarantees',
    ]));
    expect(ids(r)).not.toContain('gdpr:breach-notification-authority-omnibus');
    expect(ids(r)).not.toContain('gdpr:processor-breach-notice');
  });

  it('replaces the 72-hour duty with the 96-hour high-risk single-entry-point duty under the Digital Omnibus scenario', () => {
    const r = run(glucoseMonitor(), TODAY, ['digital-omnibus']);
    expect(ids(r)).not.toContain('gdpr:breach-notification-authority');
    expect(obligation(r, 'gdpr:breach-notification-authority-omnibus')).toMatchObject({
      scenario: 'digital-omnibus', status: 'applies', cite: 'gdpr:art-33(1)',
    });
  });

  it('binds a processor to tell the controller of a breach (Art 33(2)) but not to notify the authority', () => {
    const r = run(glucoseMonitor({ organisation: { roles: ['processor'] } }));
    expect(ids(r)).toEqual(expect.arrayContaining([
      'gdpr:processor-breach-notice', 'gdpr:processor-terms', 'gdpr:security-of-processing-processor', 'gdpr:records-of-processing-processor',
    ]));
    expect(ids(r)).not.toContain('gdpr:breach-notification-authority');
    expect(ids(r)).not.toContain('gdpr:dpia');
  });

  it('requires an Art 9(2) condition only where health data are processed', () => {
    expect(ids(run(glucoseMonitor()))).toContain('gdpr:health-data-condition');
    expect(ids(run(glucoseMonitor({ product: { processesHealthData: false } })))).not.toContain('gdpr:health-data-condition');
  });

  it('treats a healthcare provider assessed without a product as processing health data (Art 4(15), Art 9(2), Art 35(3)(b))', () => {
    const hospital = (largeScaleSpecialData: boolean): Profile => ({
      product: null,
      organisation: {
        establishedInEu: true, roles: ['healthcare-provider', 'controller'], publicBody: false,
        largeScaleMonitoring: false, largeScaleSpecialData,
      },
    });
    expect(ids(run(hospital(true)))).toEqual(expect.arrayContaining(['gdpr:health-data-condition', 'gdpr:dpia', 'gdpr:dpo']));
    expect(ids(run(hospital(false)))).toContain('gdpr:health-data-condition');
    expect(ids(run(hospital(false)))).not.toContain('gdpr:dpia');
    expect(gdprOf(run(hospital(true))).missingFacts).toEqual([]);
  });

  it('requires a DPIA for large-scale processing of health data (Art 35(3)(b)) and not for small-scale processing', () => {
    const large = run(glucoseMonitor({ organisation: { largeScaleSpecialData: true } }));
    expect(obligation(large, 'gdpr:dpia')).toMatchObject({ status: 'applies', cite: 'gdpr:art-35(1)' });
    expect(ids(run(glucoseMonitor()))).not.toContain('gdpr:dpia');
  });

  it('requires a DPO for a public body (Art 37(1)(a))', () => {
    expect(ids(run(glucoseMonitor({ organisation: { publicBody: true } })))).toContain('gdpr:dpo');
  });

  it('requires a DPO for large-scale regular and systematic monitoring (Art 37(1)(b))', () => {
    expect(ids(run(glucoseMonitor({ organisation: { largeScaleMonitoring: true } })))).toContain('gdpr:dpo');
  });

  it('requires a DPO for large-scale processing of health data (Art 37(1)(c)), also of a processor', () => {
    const r = run(glucoseMonitor({ organisation: { roles: ['controller', 'processor'], largeScaleSpecialData: true } }));
    expect(ids(r)).toEqual(expect.arrayContaining(['gdpr:dpo', 'gdpr:dpo-processor']));
  });

  it('requires no DPO where none of Art 37(1)(a)–(c) holds', () => {
    expect(ids(run(glucoseMonitor()))).not.toContain('gdpr:dpo');
  });

  it('leaves the DPO duty possible, and asks, when the organisation’s core activities are not known', () => {
    const r = run(glucoseMonitor({ organisation: { publicBody: false, largeScaleMonitoring: null, largeScaleSpecialData: false } }));
    const dpo = obligation(r, 'gdpr:dpo');
    expect(dpo?.status).toBe('possible');
    expect(dpo?.missingFacts).toContain('organisation.largeScaleMonitoring');
  });

  it('does not ask an EU-established controller for a representative (Art 27)', () => {
    expect(ids(run(glucoseMonitor()))).not.toContain('gdpr:representative-in-union');
  });

  it('binds nobody that is neither controller nor processor', () => {
    expect(ids(run(glucoseMonitor({ organisation: { roles: ['distributor'] } })))).toEqual([]);
  });
});
