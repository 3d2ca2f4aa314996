import { describe, expect, it } from 'vitest';
import { assess, knowledgeBase } from '../../src/index.ts';
import type { Assessment, Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';

const run = (profile: Profile, asOf = TODAY): Assessment => assess(profile, { asOf });
const mdcgOf = (r: Assessment) => r.acts.find((a) => a.act === 'mdcg-2019-16')!;
const duty = (r: Assessment, id: string) => r.obligations.find((o) => o.id === id);
const mdcgIds = (r: Assessment) => r.obligations.filter((o) => o.act === 'mdcg-2019-16').map((o) => o.id);

type Roles = NonNullable<NonNullable<Profile['organisation']>['roles']>;

/** A connected infusion pump (MDR class IIb) with embedded software. */
const pump = (roles: Roles = ['manufacturer'], product: NonNullable<Profile['product']> = {}): Profile => ({
  product: {
    hasDigitalElements: true,
    medicalDevice: { qualification: 'medical-device', class: 'IIb' },
    ...product,
  },
  organisation: { roles },
});

describe('MDCG 2019-16 rev.1 — soft law on device cybersecurity', () => {
  it('is recorded as non-binding guidance', () => {
    const act = knowledgeBase.act('mdcg-2019-16')!;
    expect(act.kind).toBe('guidance');
    expect(act.summary).toContain('not legally binding');
  });

  it('covers an MDR device with software', () => {
    const v = mdcgOf(run(pump()));
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('2020-01-06');
  });

  it('was not yet published on 5 January 2020', () => {
    expect(mdcgOf(run(pump(), '2020-01-05')).verdict).toBe('applies-from');
  });

  it('covers an IVD with software', () => {
    expect(mdcgOf(run(pump(['manufacturer'], { medicalDevice: { qualification: 'ivd', class: 'B' } }))).verdict).toBe('applies');
  });

  it('does not cover a wellness product that is not a device', () => {
    const v = mdcgOf(run(pump(['manufacturer'], { medicalDevice: { qualification: 'not-a-device' } })));
    expect(v.verdict).toBe('does-not-apply');
    expect(v.missingFacts).toEqual([]);
  });

  it('does not cover a device without software or programmable electronics', () => {
    expect(mdcgOf(run(pump(['manufacturer'], { hasDigitalElements: false }))).verdict).toBe('does-not-apply');
  });

  it('asks whether the device has software when that is not stated', () => {
    const v = mdcgOf(run({ product: { medicalDevice: { qualification: 'medical-device' } }, organisation: { roles: ['manufacturer'] } }));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toEqual(['product.hasDigitalElements']);
  });
});

describe('MDCG 2019-16 — recommendations by role', () => {
  it('addresses the manufacturer with section-cited recommendations', () => {
    const r = run(pump());
    expect(duty(r, 'mdcg-2019-16:minimum-it-requirements')?.cite).toBe('mdcg-2019-16:section-3.6');
    expect(duty(r, 'mdcg-2019-16:security-testing')?.cite).toBe('mdcg-2019-16:section-3.7');
    expect(duty(r, 'mdcg-2019-16:vigilance-cyber-incidents')?.status).toBe('applies');
    expect(duty(r, 'mdcg-2019-16:operator-security')).toBeUndefined();
  });

  it('marks every recommendation as soft law', () => {
    const r = run(pump(['manufacturer', 'healthcare-provider']));
    for (const o of r.obligations.filter((x) => x.act === 'mdcg-2019-16')) {
      expect(o.note ?? '', o.id).toMatch(/soft law|not a legal obligation/);
    }
  });

  it('addresses a hospital as operator under the joint responsibility of section 2.6', () => {
    const r = run(pump(['healthcare-provider']));
    expect(duty(r, 'mdcg-2019-16:operator-security')?.cite).toBe('mdcg-2019-16:section-2.6.2');
    expect(duty(r, 'mdcg-2019-16:operating-environment-hygiene')?.status).toBe('applies');
    expect(mdcgIds(r)).not.toContain('mdcg-2019-16:secure-by-design');
  });

  it('addresses an importer with nothing', () => {
    expect(mdcgIds(run(pump(['importer'])))).toEqual([]);
  });
});
