import { describe, expect, it } from 'vitest';
import { assess, knowledgeBase } from '../../src/index.ts';
import type { Assessment, Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';

type Product = NonNullable<Profile['product']>;
type Roles = NonNullable<NonNullable<Profile['organisation']>['roles']>;

const run = (profile: Profile, asOf = TODAY): Assessment => assess(profile, { asOf });
const actOf = (r: Assessment, id: 'pld-1985' | 'pld-2024') => r.acts.find((a) => a.act === id)!;
const idsOf = (r: Assessment, act: string) => r.obligations.filter((o) => o.act === act).map((o) => o.id).sort();

/** A connected insulin-pen cap with firmware and an app, placed on the market on a given day. */
const penCap = (placedOnMarketOn: string | undefined, product: Partial<Product> = {}, roles: Roles = ['manufacturer']): Profile => ({
  product: {
    name: 'Connected insulin-pen cap',
    hasDigitalElements: true,
    commercialActivity: true,
    openSource: false,
    placedOnMarketOn,
    ...product,
  },
  organisation: { roles },
});

describe('Product liability — which directive governs, by placing-on-market date (PLD 2024 Arts 2(1), 21)', () => {
  it('keeps a product placed on 9 December 2026 under Directive 85/374/EEC, with a note on the boundary day', () => {
    const r = run(penCap('2026-12-09'));
    expect(actOf(r, 'pld-1985').verdict).toBe('applies');
    expect(actOf(r, 'pld-2024').verdict).toBe('does-not-apply');
    expect(actOf(r, 'pld-2024').notes.join(' ')).toMatch(/Boundary day/);
    expect(actOf(r, 'pld-1985').notes.join(' ')).toMatch(/Boundary day/);
  });

  it('puts a product placed on 10 December 2026 under Directive (EU) 2024/2853', () => {
    const r = run(penCap('2026-12-10'));
    expect(actOf(r, 'pld-1985').verdict).toBe('does-not-apply');
    const v = actOf(r, 'pld-2024');
    expect(v.verdict).toBe('applies-from');
    expect(v.applicableFrom).toBe('2026-12-10');
  });

  it('lets the new directive apply on 10 December 2026 to a product placed that day', () => {
    expect(actOf(run(penCap('2026-12-10'), '2026-12-09'), 'pld-2024').verdict).toBe('applies-from');
    expect(actOf(run(penCap('2026-12-10'), '2026-12-10'), 'pld-2024').verdict).toBe('applies');
  });

  it('keeps governing an older product after 9 December 2026: the repeal does not end the old directive for it', () => {
    const v = actOf(run(penCap('2025-03-01'), '2030-01-01'), 'pld-1985');
    expect(v.verdict).toBe('applies');
    expect(v.until).toBeUndefined();
    const act = knowledgeBase.act('pld-1985')!;
    expect(act.timeline.some((e) => e.kind === 'repealed')).toBe(false);
    expect(act.timeline.find((e) => e.date === '2026-12-09')?.kind).toBe('other');
  });

  it('gives each stated date exactly one regime', () => {
    for (const d of ['1995-06-01', '2026-12-08', '2026-12-09', '2026-12-10', '2031-01-01']) {
      const r = run(penCap(d), '2032-01-01');
      const applying = (['pld-1985', 'pld-2024'] as const).filter((id) => actOf(r, id).verdict === 'applies');
      expect(applying, d).toHaveLength(1);
    }
  });

  it('is unknown under both directives without the placing-on-market date, and asks for it', () => {
    const r = run(penCap(undefined));
    for (const id of ['pld-1985', 'pld-2024'] as const) {
      expect(actOf(r, id).verdict).toBe('unknown');
      expect(actOf(r, id).missingFacts).toContain('product.placedOnMarketOn');
    }
  });

  it('sets the transposition deadline of the new directive at 9 December 2026 (Art 22(1))', () => {
    const act = knowledgeBase.act('pld-2024')!;
    const deadline = act.timeline.find((e) => e.kind === 'transposition-deadline')!;
    expect(deadline.date).toBe('2026-12-09');
    expect(deadline.cite).toBe('pld-2024:art-22(1)');
  });
});

describe('PLD 2024 — exclusion of non-commercial open-source software (Art 2(2))', () => {
  it('excludes free and open-source software supplied outside a commercial activity', () => {
    const v = actOf(run(penCap('2027-02-01', { name: 'Open-source CGM uploader', openSource: true, commercialActivity: false })), 'pld-2024');
    expect(v.verdict).toBe('does-not-apply');
  });

  it('covers open-source software supplied in a commercial activity', () => {
    const v = actOf(run(penCap('2027-02-01', { openSource: true, commercialActivity: true })), 'pld-2024');
    expect(v.verdict).toBe('applies-from');
  });
});

describe('PLD 2024 — liability of economic operators (category liability)', () => {
  it('holds the manufacturer liable, including for missing security updates within its control (Art 11(2)(c))', () => {
    const r = run(penCap('2027-02-01'));
    expect(idsOf(r, 'pld-2024')).toEqual([
      'pld-2024:compensable-damage',
      'pld-2024:cybersecurity-defectiveness',
      'pld-2024:disclosure-and-presumptions',
      'pld-2024:manufacturer-liability',
      'pld-2024:no-contractual-exclusion',
      'pld-2024:security-updates-within-control',
      'pld-2024:time-limits',
    ]);
    const updates = r.obligations.find((o) => o.id === 'pld-2024:security-updates-within-control')!;
    expect(updates.category).toBe('liability');
    expect(updates.cite).toBe('pld-2024:art-11(2)(c)');
    expect(updates.status).toBe('applies-from');
    expect(updates.from).toBe('2026-12-10');
  });

  it('counts data loss as damage (Art 6(1)(c)) and sets expiry at 10 and 25 years (Art 17)', () => {
    const r = run(penCap('2027-02-01'));
    expect(r.obligations.find((o) => o.id === 'pld-2024:compensable-damage')!.summary).toMatch(/data/);
    expect(r.obligations.find((o) => o.id === 'pld-2024:time-limits')!.summary).toMatch(/25 years/);
  });

  it('makes a distributor liable only where no Union operator is identified (Art 8(3))', () => {
    expect(idsOf(run(penCap('2027-02-01', {}, ['distributor'])), 'pld-2024')).toEqual(['pld-2024:distributor-liability']);
  });

  it('makes an importer liable for a product of a non-EU manufacturer (Art 8(1)(c))', () => {
    expect(idsOf(run(penCap('2027-02-01', {}, ['importer'])), 'pld-2024')).toEqual(['pld-2024:importer-liability']);
  });
});

describe('PLD 1985 — liability under the old regime', () => {
  it('holds the producer strictly liable with the 500 ECU threshold, 3-year limitation and 10-year extinction', () => {
    const r = run(penCap('2024-05-01'));
    expect(idsOf(r, 'pld-1985')).toEqual([
      'pld-1985:damage-and-threshold',
      'pld-1985:defect-and-defences',
      'pld-1985:extinction-period',
      'pld-1985:limitation-period',
      'pld-1985:no-contractual-exclusion',
      'pld-1985:producer-liability',
    ]);
    expect(r.obligations.find((o) => o.id === 'pld-1985:damage-and-threshold')!.summary).toMatch(/500 ECU/);
    expect(r.obligations.find((o) => o.id === 'pld-1985:extinction-period')!.summary).toMatch(/ten years/);
    expect(r.obligations.find((o) => o.id === 'pld-1985:limitation-period')!.summary).toMatch(/three years/);
    expect(idsOf(r, 'pld-2024')).toEqual([]);
  });

  it('treats the importer into the Union as a producer (Art 3(2)) and the supplier as subsidiary (Art 3(3))', () => {
    expect(idsOf(run(penCap('2024-05-01', {}, ['importer'])), 'pld-1985')).toEqual(['pld-1985:importer-liability']);
    expect(idsOf(run(penCap('2024-05-01', {}, ['distributor'])), 'pld-1985')).toEqual(['pld-1985:supplier-liability']);
  });

  it('applies since the transposition deadline of 30 July 1988', () => {
    expect(actOf(run(penCap('2024-05-01')), 'pld-1985').applicableFrom).toBe('1988-07-30');
  });
});
