import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.ts';
import type { Assessment, Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';
const run = (profile: Profile, asOf = TODAY, scenarios: string[] = []): Assessment =>
  assess(profile, { asOf, scenarios });
const csaOf = (r: Assessment) => r.acts.find((a) => a.act === 'csa')!;
const duty = (r: Assessment, id: string) => r.obligations.find((o) => o.id === id);

const certifiedGateway = (
  certificate: boolean | undefined,
  roles: ('manufacturer' | 'distributor')[] = ['manufacturer'],
): Profile => ({
  product: {
    name: 'Hospital telemetry gateway with secure element',
    hasDigitalElements: true,
    ...(certificate === undefined ? {} : { euCybersecurityCertificate: certificate }),
  },
  organisation: { roles },
});

describe('Cybersecurity Act — certification framework (Title III)', () => {
  it('applies to a product holding or seeking a European cybersecurity certificate', () => {
    const v = csaOf(run(certifiedGateway(true)));
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('2019-06-27');
  });

  it('does not apply to a product outside European certification (certification is voluntary, Art 56(2))', () => {
    expect(csaOf(run(certifiedGateway(false))).verdict).toBe('does-not-apply');
  });

  it('leaves the answer open, and asks, when certification is not stated', () => {
    const v = csaOf(run(certifiedGateway(undefined)));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toEqual(['product.euCybersecurityCertificate']);
  });

  it('applies from its entry into force on 27 June 2019 (Art 69(1))', () => {
    const before = csaOf(run(certifiedGateway(true), '2019-06-26'));
    expect(before.verdict).toBe('applies-from');
    expect(before.applicableFrom).toBe('2019-06-27');
    expect(csaOf(run(certifiedGateway(true), '2019-06-27')).verdict).toBe('applies');
  });

  it('obliges the certificate holder to publish supplementary information and the security-support period (Art 55)', () => {
    const r = run(certifiedGateway(true));
    expect(duty(r, 'csa:supplementary-information')?.status).toBe('applies');
    expect(duty(r, 'csa:security-support-period')?.cite).toBe('csa:art-55(1)(b)');
    expect(duty(r, 'csa:keep-information-available')?.status).toBe('applies');
  });

  it('obliges the holder to report later vulnerabilities to the issuer (Art 56(8))', () => {
    expect(
      duty(run(certifiedGateway(true)), 'csa:report-vulnerabilities-to-issuer')?.category,
    ).toBe('vulnerability-handling');
  });

  it('puts no holder duties on a distributor', () => {
    const r = run(certifiedGateway(true, ['distributor']));
    expect(r.obligations.filter((o) => o.act === 'csa')).toEqual([]);
  });

  it('keeps the current Regulation in force under the revision scenario (a proposal, not law)', () => {
    expect(csaOf(run(certifiedGateway(true), TODAY, ['csa-revision'])).verdict).toBe('applies');
  });
});
