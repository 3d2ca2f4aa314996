import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.ts';
import type { Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';

type ProductFacts = NonNullable<Profile['product']>;
type OrganisationFacts = NonNullable<Profile['organisation']>;

/** A hospital EHR system sold by an EU software vendor. */
const ehr = (product: ProductFacts = {}, organisation: OrganisationFacts = {}): Profile => ({
  name: 'Hospital EHR system',
  product: {
    markets: ['BE', 'NL'],
    medicalDevice: { qualification: 'not-a-device' },
    ...product,
    ehr: { isEhrSystem: true, claimsEhrInteroperability: true, wellnessApp: false, ...product.ehr },
  },
  organisation: { roles: ['manufacturer'], establishedInEu: true, ...organisation },
});

/** A connected blood-pressure monitor (MDR class IIa) whose manufacturer claims EHR interoperability. */
const bpMonitor = (claims: boolean | null): Profile => ({
  product: {
    markets: ['DE'],
    medicalDevice: { qualification: 'medical-device', class: 'IIa' },
    ai: { isAiSystem: false },
    ehr: { isEhrSystem: false, wellnessApp: false, claimsEhrInteroperability: claims },
  },
  organisation: { roles: ['manufacturer'], establishedInEu: true },
});

/** A fitness-tracking app, not a medical device. */
const wellness = (claims: boolean): Profile => ({
  product: {
    markets: ['ES'],
    medicalDevice: { qualification: 'not-a-device' },
    ai: { isAiSystem: false },
    ehr: { isEhrSystem: false, wellnessApp: true, claimsEhrInteroperability: claims },
  },
  organisation: { roles: ['manufacturer'], establishedInEu: true },
});

const run = (profile: Profile, asOf = TODAY) => assess(profile, { asOf });
const ehdsOf = (r: ReturnType<typeof run>) => r.acts.find((a) => a.act === 'ehds')!;
const ids = (r: ReturnType<typeof run>) => r.obligations.filter((o) => o.act === 'ehds').map((o) => o.id);
const obligation = (r: ReturnType<typeof run>, id: string) => r.obligations.find((o) => o.id === id);

describe('EHDS applicability and dates (Art 105)', () => {
  it('covers an EHR system and applies from 26 March 2027', () => {
    const v = ehdsOf(run(ehr()));
    expect(v.verdict).toBe('applies-from');
    expect(v.applicableFrom).toBe('2027-03-26');
  });

  it('does not yet apply on 25 March 2027', () => {
    expect(ehdsOf(run(ehr(), '2027-03-25')).verdict).toBe('applies-from');
  });

  it('applies on 26 March 2027', () => {
    const v = ehdsOf(run(ehr(), '2027-03-26'));
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('2027-03-26');
  });

  it('holds the EHR-system duties back until 26 March 2029 (Art 105(a))', () => {
    const r = run(ehr());
    expect(obligation(r, 'ehds:harmonised-components')).toMatchObject({
      status: 'applies-from', from: '2029-03-26', role: 'manufacturer', category: 'security-requirements',
    });
    expect(obligation(run(ehr(), '2029-03-25'), 'ehds:harmonised-components')?.status).toBe('applies-from');
    expect(obligation(run(ehr(), '2029-03-26'), 'ehds:harmonised-components')?.status).toBe('applies');
  });

  it('lists the 2031 date for images, laboratory results and discharge reports as a part of the act', () => {
    const parts = ehdsOf(run(ehr())).parts;
    expect(parts.find((p) => p.part === 'ehr-d-f')).toMatchObject({ status: 'applies-from', from: '2031-03-26' });
  });

  it('is not in force before 25 March 2025 and records the date as contested', () => {
    const r = run(ehr(), '2025-01-01');
    const eif = r.upcoming.find((u) => u.act === 'ehds' && u.kind === 'entry-into-force');
    expect(eif?.date).toBe('2025-03-25');
    expect(eif?.uncertain).toMatch(/26 March 2025/);
  });

  it('is open when it is not known whether the product is an EHR system, and asks for that fact', () => {
    const v = ehdsOf(run(ehr({ ehr: { isEhrSystem: null, claimsEhrInteroperability: false } })));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toContain('product.ehr.isEhrSystem');
  });
});

describe('EHDS: EHR system manufacturers (Chapter III)', () => {
  it('requires self-assessment, documentation, registration and corrective action', () => {
    expect(ids(run(ehr()))).toEqual(expect.arrayContaining([
      'ehds:harmonised-components', 'ehds:technical-documentation', 'ehds:information-sheet',
      'ehds:declaration-and-ce-marking', 'ehds:registration', 'ehds:no-misleading-claims', 'ehds:corrective-action',
    ]));
  });

  it('requires serious incidents to be reported within three days (Art 44(7))', () => {
    const o = obligation(run(ehr()), 'ehds:serious-incident-reporting');
    expect(o).toMatchObject({ cite: 'ehds:art-44(7)', category: 'incident-reporting', from: '2029-03-26' });
    expect(o?.summary).toMatch(/three days/);
  });

  it('requires a non-EU manufacturer to appoint an authorised representative (Art 31(1))', () => {
    expect(ids(run(ehr({}, { establishedInEu: false })))).toContain('ehds:authorised-representative');
    expect(ids(run(ehr()))).not.toContain('ehds:authorised-representative');
  });

  it('binds nobody that is not the manufacturer', () => {
    expect(ids(run(ehr({}, { roles: ['distributor'] })))).toEqual([]);
  });
});

describe('EHDS: medical devices, AI systems and wellness applications claiming interoperability', () => {
  it('covers a medical device whose manufacturer claims EHR interoperability (Art 27(1))', () => {
    const r = run(bpMonitor(true));
    expect(ehdsOf(r).verdict).toBe('applies-from');
    expect(obligation(r, 'ehds:device-interoperability-claim')).toMatchObject({ from: '2029-03-26', cite: 'ehds:art-27(1)' });
    expect(ids(r)).not.toContain('ehds:harmonised-components');
  });

  it('does not cover a medical device without an interoperability claim', () => {
    expect(ehdsOf(run(bpMonitor(false))).verdict).toBe('does-not-apply');
  });

  it('is open for a medical device when the interoperability claim is unknown', () => {
    const v = ehdsOf(run(bpMonitor(null)));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toContain('product.ehr.claimsEhrInteroperability');
  });

  it('covers a high-risk AI system outside the MDR that claims interoperability (Art 27(2))', () => {
    const triage: Profile = {
      product: {
        markets: ['FR'],
        placedOnMarketOn: '2028-01-10',
        medicalDevice: { qualification: 'not-a-device' },
        ai: { isAiSystem: true, safetyComponent: false, annexIIIUseCase: 'emergency-triage' },
        ehr: { isEhrSystem: false, wellnessApp: false, claimsEhrInteroperability: true },
      },
      organisation: { roles: ['ai-provider'], establishedInEu: true },
    };
    const r = run(triage);
    expect(ehdsOf(r).verdict).toBe('applies-from');
    expect(obligation(r, 'ehds:ai-interoperability-claim')).toMatchObject({ role: 'ai-provider', cite: 'ehds:art-27(2)' });
  });

  it('requires a label, user information and registration for a wellness app that claims interoperability (Arts 47–49)', () => {
    const r = run(wellness(true));
    expect(ehdsOf(r).verdict).toBe('applies-from');
    expect(ids(r)).toEqual(expect.arrayContaining([
      'ehds:wellness-label', 'ehds:wellness-interoperability-information', 'ehds:wellness-registration',
    ]));
    expect(obligation(r, 'ehds:wellness-label')?.from).toBe('2029-03-26');
  });

  it('does not cover a wellness app that makes no interoperability claim', () => {
    expect(ehdsOf(run(wellness(false))).verdict).toBe('does-not-apply');
  });
});
