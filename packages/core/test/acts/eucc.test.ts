import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.ts';
import type { Assessment, Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';
const run = (profile: Profile, asOf = TODAY): Assessment => assess(profile, { asOf });
const euccOf = (r: Assessment) => r.acts.find((a) => a.act === 'eucc')!;
const duty = (r: Assessment, id: string) => r.obligations.find((o) => o.id === id);

const secureElement = (certificate: boolean | undefined): Profile => ({
  product: {
    name: 'Secure element of an insulin pump',
    hasDigitalElements: true,
    ...(certificate === undefined ? {} : { euCybersecurityCertificate: certificate }),
  },
  organisation: { roles: ['manufacturer'] },
});

describe('EUCC — European Common Criteria-based scheme (Implementing Regulation (EU) 2024/482)', () => {
  it('applies to an ICT product holding or seeking a European certificate', () => {
    const v = euccOf(run(secureElement(true)));
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('2025-02-27');
    expect(v.kind).toBe('implementing-regulation');
  });

  it('does not apply to an uncertified product', () => {
    expect(euccOf(run(secureElement(false))).verdict).toBe('does-not-apply');
  });

  it('leaves the answer open, and asks, when certification is not stated', () => {
    const v = euccOf(run(secureElement(undefined)));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toEqual(['product.euCybersecurityCertificate']);
  });

  it('applies from 27 February 2025, a year after entry into force (Art 50)', () => {
    const before = run(secureElement(true), '2025-02-26');
    expect(euccOf(before).verdict).toBe('applies-from');
    expect(euccOf(before).applicableFrom).toBe('2025-02-27');
    expect(duty(before, 'eucc:vulnerability-management-procedures')?.status).toBe('applies-from');
    expect(duty(before, 'eucc:vulnerability-management-procedures')?.from).toBe('2025-02-27');
    expect(euccOf(run(secureElement(true), '2025-02-27')).verdict).toBe('applies');
  });

  it('obliges the holder to manage, report and disclose vulnerabilities', () => {
    const r = run(secureElement(true));
    for (const id of [
      'eucc:vulnerability-management-procedures',
      'eucc:vulnerability-impact-analysis',
      'eucc:vulnerability-disclosure',
    ]) {
      expect(duty(r, id)?.category).toBe('vulnerability-handling');
      expect(duty(r, id)?.status).toBe('applies');
    }
  });

  it('limits the certificate to five years (Art 12)', () => {
    const d = duty(run(secureElement(true)), 'eucc:certificate-validity');
    expect(d?.cite).toBe('eucc:art-12');
    expect(d?.summary).toMatch(/five years/);
  });
});
