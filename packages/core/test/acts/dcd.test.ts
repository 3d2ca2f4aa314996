import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.ts';
import type { Assessment, Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';

type Product = NonNullable<Profile['product']>;
type Roles = NonNullable<NonNullable<Profile['organisation']>['roles']>;

const run = (profile: Profile, asOf = TODAY): Assessment => assess(profile, { asOf });
const actOf = (r: Assessment, id: string) => r.acts.find((a) => a.act === id)!;
const dcdIds = (r: Assessment) => r.obligations.filter((o) => o.act === 'dcd').map((o) => o.id).sort();

/** A subscription sleep-coaching app sold to consumers on its own, no device. */
const coachingApp = (product: Partial<Product> = {}, roles: Roles = ['trader']): Profile => ({
  product: {
    name: 'Sleep coaching app',
    consumerProduct: true,
    hasDigitalElements: true,
    components: ['mobile-app', 'cloud-service'],
    processesPersonalData: true,
    ...product,
  },
  organisation: { roles },
});

describe('DCD — scope (Art 3)', () => {
  it('applies to a consumer app supplied on its own since 1 January 2022', () => {
    const v = actOf(run(coachingApp()), 'dcd');
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('2022-01-01');
  });

  it('applies from 1 January 2022 when assessed on 31 December 2021', () => {
    expect(actOf(run(coachingApp(), '2021-12-31'), 'dcd').verdict).toBe('applies-from');
    expect(actOf(run(coachingApp(), '2022-01-01'), 'dcd').verdict).toBe('applies');
  });

  it('leaves the app of a device sold with it to the SGD (DCD Art 3(4), SGD Art 3(3))', () => {
    const r = run(coachingApp({ name: 'Smart ring with app', components: ['hardware', 'embedded-software', 'mobile-app'] }, ['manufacturer', 'seller', 'trader']));
    const dcd = actOf(r, 'dcd');
    expect(dcd.verdict).toBe('does-not-apply');
    expect(dcd.explanation).toContain('Sale of Goods Directive');
    expect(actOf(r, 'sgd').verdict).toBe('applies');
    expect(dcdIds(r)).toEqual([]);
  });

  it('excludes healthcare provided by health professionals to patients (Art 3(5)(c))', () => {
    const v = actOf(run(coachingApp({ name: 'Clinic telehealth portal' }, ['trader', 'healthcare-provider'])), 'dcd');
    expect(v.verdict).toBe('does-not-apply');
  });

  it('does not apply to an organisation that supplies no digital content to consumers', () => {
    expect(actOf(run(coachingApp({}, ['manufacturer'])), 'dcd').verdict).toBe('does-not-apply');
  });

  it('is unknown when a trader that also sells goods has not said what the product consists of', () => {
    const v = actOf(run(coachingApp({ components: undefined }, ['seller', 'trader'])), 'dcd');
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toContain('product.components');
  });
});

describe('DCD — trader duties', () => {
  it('requires security updates throughout continuous supply (Art 8(2))', () => {
    const r = run(coachingApp());
    const d = r.obligations.find((o) => o.id === 'dcd:security-updates')!;
    expect(d.status).toBe('applies');
    expect(d.cite).toBe('dcd:art-8(2)');
    expect(d.category).toBe('updates-and-support');
  });

  it('covers conformity, liability, burden of proof, remedies, content after termination and modification', () => {
    expect(dcdIds(run(coachingApp()))).toEqual([
      'dcd:burden-of-proof',
      'dcd:conformity',
      'dcd:consumer-content-after-termination',
      'dcd:liability',
      'dcd:modification',
      'dcd:remedies',
      'dcd:security-updates',
      'dcd:update-information',
    ]);
  });

  it('files the return of consumer content as a data-access right (Art 16(3)–(4))', () => {
    const d = run(coachingApp()).obligations.find((o) => o.id === 'dcd:consumer-content-after-termination')!;
    expect(d.category).toBe('data-access-rights');
  });
});
