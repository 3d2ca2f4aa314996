import { describe, expect, it } from 'vitest';
import { assess, knowledgeBase } from '../../src/index.ts';
import type { Assessment, Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';

type Product = NonNullable<Profile['product']>;
type Roles = NonNullable<NonNullable<Profile['organisation']>['roles']>;

const run = (profile: Profile, asOf = TODAY): Assessment => assess(profile, { asOf });
const sgdOf = (r: Assessment) => r.acts.find((a) => a.act === 'sgd')!;
const sgdIds = (r: Assessment) => r.obligations.filter((o) => o.act === 'sgd').map((o) => o.id).sort();

/** A smartwatch with firmware and a companion app, sold to consumers by its maker’s web shop. */
const smartwatchSale = (product: Partial<Product> = {}, roles: Roles = ['manufacturer', 'seller']): Profile => ({
  product: {
    name: 'Smartwatch',
    consumerProduct: true,
    hasDigitalElements: true,
    components: ['hardware', 'embedded-software', 'mobile-app'],
    ...product,
  },
  organisation: { roles },
});

describe('SGD — scope (Art 3(1))', () => {
  it('applies to a consumer sale of goods with digital elements since 1 January 2022', () => {
    const v = sgdOf(run(smartwatchSale()));
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('2022-01-01');
  });

  it('applies from 1 January 2022, not from the transposition deadline of 1 July 2021', () => {
    expect(sgdOf(run(smartwatchSale(), '2021-07-01')).verdict).toBe('applies-from');
    expect(sgdOf(run(smartwatchSale(), '2021-12-31')).applicableFrom).toBe('2022-01-01');
    expect(sgdOf(run(smartwatchSale(), '2022-01-01')).verdict).toBe('applies');
    const deadline = knowledgeBase.act('sgd')!.timeline.find((e) => e.kind === 'transposition-deadline')!;
    expect(deadline.date).toBe('2021-07-01');
  });

  it('does not apply to an organisation that does not sell to consumers', () => {
    const v = sgdOf(run(smartwatchSale({}, ['manufacturer'])));
    expect(v.verdict).toBe('does-not-apply');
  });

  it('does not apply to goods not meant for consumers', () => {
    expect(sgdOf(run(smartwatchSale({ consumerProduct: false }))).verdict).toBe('does-not-apply');
  });

  it('is unknown when the consumer character of the goods is not stated', () => {
    const v = sgdOf(run(smartwatchSale({ consumerProduct: undefined })));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toContain('product.consumerProduct');
  });
});

describe('SGD — seller duties (Arts 5–16)', () => {
  it('requires security updates for the period the consumer may reasonably expect (Art 7(3))', () => {
    const r = run(smartwatchSale());
    const updates = r.obligations.find((o) => o.id === 'sgd:security-updates')!;
    expect(updates.status).toBe('applies');
    expect(updates.category).toBe('updates-and-support');
    expect(updates.summary).toMatch(/reasonably expect/);
    expect(sgdIds(r)).toEqual([
      'sgd:burden-of-proof',
      'sgd:conformity',
      'sgd:incorrect-installation',
      'sgd:liability-period',
      'sgd:remedies',
      'sgd:security-updates',
      'sgd:update-information',
    ]);
  });

  it('sets the seller’s liability at two years from delivery (Art 10(1))', () => {
    const d = run(smartwatchSale()).obligations.find((o) => o.id === 'sgd:liability-period')!;
    expect(d.cite).toBe('sgd:art-10(1)');
    expect(d.summary).toMatch(/two years/);
    expect(d.category).toBe('liability');
  });

  it('asks no update duty for goods without digital elements', () => {
    const ids = sgdIds(run(smartwatchSale({ name: 'Mechanical pill box', hasDigitalElements: false, components: ['hardware'] })));
    expect(ids).not.toContain('sgd:security-updates');
    expect(ids).not.toContain('sgd:update-information');
    expect(ids).toContain('sgd:conformity');
  });

  it('treats the update duty as only possible while the digital elements are unknown', () => {
    const r = run(smartwatchSale({ hasDigitalElements: undefined, components: undefined }));
    const d = r.obligations.find((o) => o.id === 'sgd:security-updates')!;
    expect(d.status).toBe('possible');
    expect(d.missingFacts).toEqual(expect.arrayContaining(['product.components', 'product.hasDigitalElements']));
  });

  it('binds the seller, not the manufacturer as such', () => {
    expect(sgdIds(run(smartwatchSale({}, ['seller'])))).toContain('sgd:security-updates');
  });
});
