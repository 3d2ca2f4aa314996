import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.ts';
import type { Assessment, Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';

type Product = NonNullable<Profile['product']>;
type Roles = NonNullable<NonNullable<Profile['organisation']>['roles']>;

const run = (profile: Profile, asOf = TODAY): Assessment => assess(profile, { asOf });
const gpsrOf = (r: Assessment) => r.acts.find((a) => a.act === 'gpsr')!;
const gpsrIds = (r: Assessment) => r.obligations.filter((o) => o.act === 'gpsr').map((o) => o.id).sort();
const duty = (r: Assessment, id: string) => r.obligations.find((o) => o.id === id);

/** A smart scale sold to consumers as a wellness product, with Wi-Fi and a cloud account. */
const smartScale = (product: Partial<Product> = {}, roles: Roles = ['manufacturer']): Profile => ({
  product: {
    name: 'Smart body-composition scale',
    consumerProduct: true,
    dataConnection: true,
    internetConnected: true,
    medicalDevice: { qualification: 'not-a-device' },
    ...product,
  },
  organisation: { roles },
});

/** A home blood-pressure monitor certified as a class IIa medical device and sold in pharmacies. */
const homeBloodPressureMonitor = (roles: Roles = ['manufacturer']): Profile =>
  smartScale({ name: 'Home blood-pressure monitor', medicalDevice: { qualification: 'medical-device', class: 'IIa' } }, roles);

describe('GPSR — scope (Art 2(1), Art 3(1))', () => {
  it('applies to a connected consumer wellness product since 13 December 2024', () => {
    const v = gpsrOf(run(smartScale()));
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('2024-12-13');
  });

  it('applies from 13 December 2024 when assessed on 12 December 2024', () => {
    const v = gpsrOf(run(smartScale(), '2024-12-12'));
    expect(v.verdict).toBe('applies-from');
    expect(v.applicableFrom).toBe('2024-12-13');
    expect(gpsrOf(run(smartScale(), '2024-12-13')).verdict).toBe('applies');
  });

  it('does not apply to a product intended only for professionals and not likely to reach consumers', () => {
    const v = gpsrOf(run(smartScale({ consumerProduct: false })));
    expect(v.verdict).toBe('does-not-apply');
    expect(gpsrIds(run(smartScale({ consumerProduct: false })))).toEqual([]);
  });

  it('is unknown when it is not stated whether consumers use the product, and asks for that fact', () => {
    const v = gpsrOf(run(smartScale({ consumerProduct: undefined })));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toContain('product.consumerProduct');
  });

  it('still covers a consumer medical device, with a note on the Art 2(1) split', () => {
    const v = gpsrOf(run(homeBloodPressureMonitor()));
    expect(v.verdict).toBe('applies');
    expect(v.notes.join(' ')).toMatch(/aspects, risks or categories of risk/);
  });
});

describe('GPSR — what the MDR displaces for a consumer medical device (Art 2(1), second subparagraph)', () => {
  it('drops the general safety requirement, the Art 9 duties and accident notification for an MDR device', () => {
    const ids = gpsrIds(run(homeBloodPressureMonitor()));
    expect(ids).not.toContain('gpsr:general-safety-requirement');
    expect(ids).not.toContain('gpsr:cybersecurity-in-safety-assessment');
    expect(ids).not.toContain('gpsr:internal-risk-analysis');
    expect(ids).not.toContain('gpsr:accident-notification');
  });

  it('keeps the distance-sales information and recall rules for an MDR device', () => {
    expect(gpsrIds(run(homeBloodPressureMonitor()))).toEqual([
      'gpsr:distance-sales-information',
      'gpsr:recall-information-and-remedies',
    ]);
  });

  it('keeps the general safety requirement only possible while the medical-device status is unknown', () => {
    const r = run(smartScale({ medicalDevice: undefined }));
    const d = duty(r, 'gpsr:general-safety-requirement')!;
    expect(d.status).toBe('possible');
    expect(d.missingFacts).toContain('product.medicalDevice.qualification');
  });
});

describe('GPSR — manufacturer duties for a non-device consumer product', () => {
  it('requires safety, the cybersecurity aspect (Art 6(1)(h)), risk analysis, traceability and accident notification', () => {
    const r = run(smartScale());
    expect(gpsrIds(r)).toEqual([
      'gpsr:accident-notification',
      'gpsr:cybersecurity-in-safety-assessment',
      'gpsr:dangerous-product-action',
      'gpsr:distance-sales-information',
      'gpsr:general-safety-requirement',
      'gpsr:instructions-and-safety-information',
      'gpsr:internal-risk-analysis',
      'gpsr:recall-information-and-remedies',
      'gpsr:traceability-and-contact',
    ]);
    for (const o of r.obligations.filter((x) => x.act === 'gpsr')) expect(o.status).toBe('applies');
  });

  it('files accident notification through the Safety Business Gateway as incident reporting (Art 20)', () => {
    const d = duty(run(smartScale()), 'gpsr:accident-notification')!;
    expect(d.category).toBe('incident-reporting');
    expect(d.cite).toBe('gpsr:art-20(1)');
    expect(d.summary).toMatch(/Safety Business Gateway/);
    expect(d.note).toMatch(/vigilance/);
  });

  it('does not ask for cybersecurity features of an unconnected product', () => {
    const ids = gpsrIds(run(smartScale({ dataConnection: false, internetConnected: false })));
    expect(ids).not.toContain('gpsr:cybersecurity-in-safety-assessment');
    expect(ids).toContain('gpsr:general-safety-requirement');
  });
});

describe('GPSR — importers and distributors (Arts 11, 12, 20(3))', () => {
  it('gives an importer its checks and the duty to pass on accidents', () => {
    expect(gpsrIds(run(smartScale({}, ['importer'])))).toEqual(['gpsr:importer-accident-information', 'gpsr:importer-checks']);
  });

  it('gives a distributor its checks, accident information and distance-sales information', () => {
    expect(gpsrIds(run(smartScale({}, ['distributor'])))).toEqual([
      'gpsr:distributor-accident-information',
      'gpsr:distributor-checks',
      'gpsr:distributor-distance-sales-information',
    ]);
  });

  it('leaves a distributor of an MDR device only the distance-sales information', () => {
    expect(gpsrIds(run(homeBloodPressureMonitor(['distributor'])))).toEqual(['gpsr:distributor-distance-sales-information']);
  });
});
