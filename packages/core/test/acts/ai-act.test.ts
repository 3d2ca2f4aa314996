import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.ts';
import type { Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';

type ProductFacts = NonNullable<Profile['product']>;
type OrganisationFacts = NonNullable<Profile['organisation']>;

/** An AI arrhythmia-detection app: MDR class IIa software, placed on the market after the Annex I date. */
const aiEcgApp = (product: ProductFacts = {}, organisation: OrganisationFacts = {}): Profile => ({
  name: 'AI ECG analysis app',
  product: {
    markets: ['DE', 'NL'],
    openSource: false,
    specialRegimes: [],
    placedOnMarketOn: '2028-09-01',
    medicalDevice: { qualification: 'medical-device', class: 'IIa' },
    ...product,
    ai: {
      isAiSystem: true,
      safetyComponent: true,
      annexIIIUseCase: 'none',
      interactsWithPersons: false,
      ...product.ai,
    },
  },
  organisation: { roles: ['manufacturer', 'ai-provider'], establishedInEu: true, ...organisation },
});

/** Emergency-triage software that is not a medical device: high-risk under Annex III point 5(d). */
const triage = (product: ProductFacts = {}, organisation: OrganisationFacts = {}): Profile => ({
  name: 'Emergency triage assistant',
  product: {
    markets: ['FR'],
    openSource: false,
    specialRegimes: [],
    placedOnMarketOn: '2028-01-10',
    medicalDevice: { qualification: 'not-a-device' },
    ...product,
    ai: {
      isAiSystem: true,
      safetyComponent: false,
      annexIIIUseCase: 'emergency-triage',
      interactsWithPersons: false,
      ...product.ai,
    },
  },
  organisation: { roles: ['ai-provider'], establishedInEu: true, ...organisation },
});

const run = (profile: Profile, asOf = TODAY) => assess(profile, { asOf });
const aiOf = (r: ReturnType<typeof run>) => r.acts.find((a) => a.act === 'ai-act')!;
const ids = (r: ReturnType<typeof run>) => r.obligations.filter((o) => o.act === 'ai-act').map((o) => o.id);
const obligation = (r: ReturnType<typeof run>, id: string) => r.obligations.find((o) => o.id === id);

describe('AI Act applicability and dates', () => {
  it('applies to an AI medical device since the prohibitions and AI literacy applied on 2 February 2025 (Art 113(a))', () => {
    const v = aiOf(run(aiEcgApp()));
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('2025-02-02');
  });

  it('does not yet apply on 1 February 2025', () => {
    const v = aiOf(run(aiEcgApp(), '2025-02-01'));
    expect(v.verdict).toBe('applies-from');
    expect(v.applicableFrom).toBe('2025-02-02');
  });

  it('does not apply to a product that is not an AI system (Art 3(1))', () => {
    expect(aiOf(run(aiEcgApp({ ai: { isAiSystem: false } }))).verdict).toBe('does-not-apply');
  });

  it('is open when it is not known whether the product is an AI system, and asks for that fact', () => {
    const v = aiOf(run({ product: { markets: ['DE'] }, organisation: { roles: ['ai-provider'] } }));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toContain('product.ai.isAiSystem');
  });

  it('excludes AI systems used exclusively for military, defence or national security (Art 2(3))', () => {
    const v = aiOf(run(aiEcgApp({ specialRegimes: ['national-security-defence'] })));
    expect(v.verdict).toBe('does-not-apply');
  });

  it('excludes open-source AI that is neither high-risk nor subject to Art 50 (Art 2(12))', () => {
    const wellness = aiEcgApp({ openSource: true, medicalDevice: { qualification: 'not-a-device' }, ai: { safetyComponent: false } });
    expect(aiOf(run(wellness)).verdict).toBe('does-not-apply');
  });

  it('does not exempt open-source AI that is a high-risk medical device (Art 2(12))', () => {
    expect(aiOf(run(aiEcgApp({ openSource: true }))).verdict).toBe('applies');
  });

  it('shows the original high-risk dates replaced by Regulation (EU) 2026/1744 as dated events', () => {
    const r = run(aiEcgApp());
    const original = r.upcoming.filter((u) => u.act === 'ai-act' && u.kind === 'other' && u.label.startsWith('Original date'));
    expect(original.map((u) => u.date)).toContain('2027-08-02');
    const annexI = r.upcoming.find((u) => u.act === 'ai-act' && u.part === 'high-risk-annex-i');
    expect(annexI?.date).toBe('2028-08-02');
  });
});

describe('AI Act: AI medical devices (Art 6(1), Annex I)', () => {
  it('makes a class IIa AI device high-risk from 2 August 2028, not 2 August 2027', () => {
    const r = run(aiEcgApp());
    expect(obligation(r, 'ai-act:accuracy-robustness-cybersecurity-annex-i')).toMatchObject({
      status: 'applies-from', from: '2028-08-02', role: 'ai-provider', category: 'security-requirements', cite: 'ai-act:art-15(1)',
    });
    expect(ids(r)).toEqual(expect.arrayContaining([
      'ai-act:risk-management-annex-i', 'ai-act:data-governance-annex-i', 'ai-act:technical-documentation-annex-i',
      'ai-act:record-keeping-annex-i', 'ai-act:instructions-for-use-annex-i', 'ai-act:human-oversight-annex-i',
      'ai-act:quality-management-annex-i', 'ai-act:provider-obligations-annex-i', 'ai-act:conformity-assessment-annex-i',
      'ai-act:post-market-monitoring-annex-i', 'ai-act:serious-incident-reporting-annex-i',
    ]));
    expect(ids(r).filter((id) => id.endsWith('-annex-iii'))).toEqual([]);
  });

  it('has not started the Annex I duties on 1 August 2028', () => {
    expect(obligation(run(aiEcgApp(), '2028-08-01'), 'ai-act:risk-management-annex-i')?.status).toBe('applies-from');
  });

  it('applies the Annex I duties on 2 August 2028', () => {
    expect(obligation(run(aiEcgApp(), '2028-08-02'), 'ai-act:risk-management-annex-i')).toMatchObject({
      status: 'applies', from: '2028-08-02',
    });
  });

  it('limits AI Act incident reporting for MDR devices to fundamental-rights incidents (Art 73(10))', () => {
    const o = obligation(run(aiEcgApp()), 'ai-act:serious-incident-reporting-annex-i');
    expect(o?.cite).toBe('ai-act:art-73(10)');
    expect(o?.summary).toContain('Art 3(49)(c)');
  });

  it('does not make a self-certified class I AI device high-risk (no notified body, Art 6(1)(b))', () => {
    const r = run(aiEcgApp({ medicalDevice: { qualification: 'medical-device', class: 'I' } }));
    expect(ids(r).filter((id) => id.includes('-annex-i'))).toEqual([]);
    expect(ids(r)).toContain('ai-act:ai-literacy-provider');
  });

  it('does not make the AI high-risk where it is neither a safety component nor the device itself (Art 6(1)(a))', () => {
    const r = run(aiEcgApp({ ai: { safetyComponent: false } }));
    expect(ids(r).filter((id) => id.includes('-annex-i'))).toEqual([]);
  });

  it('spares units placed on the market before 2 August 2028 whose design was last changed before that date (Art 111(2))', () => {
    const r = run(aiEcgApp({ placedOnMarketOn: '2028-08-01', substantiallyModifiedOn: '2028-03-01' }));
    expect(ids(r).filter((id) => id.includes('-annex-i'))).toEqual([]);
  });

  it('asks whether an earlier unit’s design was changed when no modification date is given (Art 111(2))', () => {
    const o = obligation(run(aiEcgApp({ placedOnMarketOn: '2028-08-01' })), 'ai-act:risk-management-annex-i');
    expect(o?.status).toBe('possible');
    expect(o?.missingFacts).toContain('product.substantiallyModifiedOn');
  });

  it('does not ask for a change date when the earlier unit is stated unchanged (Art 111(2))', () => {
    const r = run(aiEcgApp({ placedOnMarketOn: '2026-02-01', substantiallyModified: false }));
    expect(ids(r).filter((id) => id.includes('-annex-i'))).toEqual([]);
    expect(r.missingFacts).not.toContain('product.substantiallyModifiedOn');
  });

  it('catches an earlier unit again once its design is significantly changed on or after 2 August 2028 (Art 111(2))', () => {
    const r = run(aiEcgApp({ placedOnMarketOn: '2027-01-15', substantiallyModifiedOn: '2028-10-01' }));
    expect(ids(r)).toContain('ai-act:risk-management-annex-i');
  });

  it('leaves the Annex I duties possible when the placing-on-market date is unknown, and asks for it', () => {
    const o = obligation(run(aiEcgApp({ placedOnMarketOn: null })), 'ai-act:risk-management-annex-i');
    expect(o?.status).toBe('possible');
    expect(o?.missingFacts).toContain('product.placedOnMarketOn');
  });

  it('treats an IVDR class C AI device as high-risk too', () => {
    const r = run(aiEcgApp({ medicalDevice: { qualification: 'ivd', class: 'C' } }));
    expect(ids(r)).toContain('ai-act:accuracy-robustness-cybersecurity-annex-i');
  });
});

describe('AI Act: Annex III high-risk systems (Art 6(2))', () => {
  it('makes emergency-triage AI high-risk from 2 December 2027', () => {
    const r = run(triage());
    expect(obligation(r, 'ai-act:risk-management-annex-iii')).toMatchObject({ status: 'applies-from', from: '2027-12-02' });
    expect(ids(r)).toEqual(expect.arrayContaining(['ai-act:registration-annex-iii', 'ai-act:serious-incident-reporting-annex-iii']));
    expect(ids(r).filter((id) => id.endsWith('-annex-i'))).toEqual([]);
  });

  it('has not started the Annex III duties on 1 December 2027, and has on 2 December 2027', () => {
    expect(obligation(run(triage(), '2027-12-01'), 'ai-act:risk-management-annex-iii')?.status).toBe('applies-from');
    expect(obligation(run(triage(), '2027-12-02'), 'ai-act:risk-management-annex-iii')?.status).toBe('applies');
  });

  it('reports serious incidents within 15/10/2 days to the market surveillance authority (Art 73(1)–(4))', () => {
    const o = obligation(run(triage()), 'ai-act:serious-incident-reporting-annex-iii');
    expect(o?.cite).toBe('ai-act:art-73(1)');
    expect(o?.summary).toMatch(/15 days/);
    expect(o?.summary).toMatch(/2 days/);
    expect(o?.summary).toMatch(/10 days/);
  });

  it('has no high-risk duties for an AI system with no Annex III use that is not a device', () => {
    const r = run(triage({ ai: { annexIIIUseCase: 'none' } }));
    expect(ids(r).filter((id) => id.includes('-annex-'))).toEqual([]);
  });

  it('leaves the Annex III duties possible when the Annex III use is not known', () => {
    const o = obligation(run(triage({ ai: { annexIIIUseCase: null } })), 'ai-act:risk-management-annex-iii');
    expect(o?.status).toBe('possible');
    expect(o?.missingFacts).toContain('product.ai.annexIIIUseCase');
  });
});

describe('AI Act: deployers, AI literacy and transparency', () => {
  const hospital = (roles: OrganisationFacts['roles'], extra: OrganisationFacts = {}) =>
    triage({}, { roles, publicBody: false, ...extra });

  it('requires AI literacy measures from providers and deployers since 2 February 2025 (Art 4)', () => {
    const r = run(hospital(['ai-provider', 'ai-deployer', 'healthcare-provider']));
    expect(obligation(r, 'ai-act:ai-literacy-provider')).toMatchObject({ status: 'applies', from: '2025-02-02' });
    expect(obligation(r, 'ai-act:ai-literacy-deployer')).toMatchObject({ status: 'applies', from: '2025-02-02' });
  });

  it('binds a hospital deploying triage AI to the deployer duties and a fundamental rights impact assessment (Arts 26, 27)', () => {
    const r = run(hospital(['ai-deployer', 'healthcare-provider']));
    expect(obligation(r, 'ai-act:deployer-obligations-annex-iii')).toMatchObject({ role: 'ai-deployer', from: '2027-12-02' });
    expect(ids(r)).toContain('ai-act:fundamental-rights-impact-assessment-annex-iii');
    expect(ids(r)).not.toContain('ai-act:risk-management-annex-iii');
  });

  it('requires no FRIA from a private deployer that provides no public service (Art 27(1))', () => {
    const r = run(hospital(['ai-deployer']));
    expect(ids(r)).toContain('ai-act:deployer-obligations-annex-iii');
    expect(ids(r)).not.toContain('ai-act:fundamental-rights-impact-assessment-annex-iii');
  });

  it('requires a FRIA from a public body deploying Annex III AI (Art 27(1))', () => {
    expect(ids(run(hospital(['ai-deployer'], { publicBody: true })))).toContain('ai-act:fundamental-rights-impact-assessment-annex-iii');
  });

  it('requires a provider to disclose AI interaction from 2 August 2026 (Art 50(1))', () => {
    const chat = aiEcgApp({ ai: { interactsWithPersons: true } });
    expect(obligation(run(chat, '2026-08-01'), 'ai-act:transparency-provider')?.status).toBe('applies-from');
    expect(obligation(run(chat, '2026-08-02'), 'ai-act:transparency-provider')).toMatchObject({ status: 'applies', from: '2026-08-02' });
    expect(ids(run(aiEcgApp()))).not.toContain('ai-act:transparency-provider');
  });

  it('requires deployers of emotion recognition or biometric categorisation to inform the people exposed (Art 50(3))', () => {
    const r = run(triage({ ai: { annexIIIUseCase: 'biometric-categorisation' } }, { roles: ['ai-deployer'] }));
    expect(ids(r)).toContain('ai-act:transparency-deployer-biometric');
  });
});
