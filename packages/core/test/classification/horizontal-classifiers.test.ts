/**
 * Classifications of the horizontal acts: CRA category, AI Act risk, NIS2 entity type, CER
 * status and the RED delegated act's requirements.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/index.ts';
import type { ClassificationResult, Profile } from '../../src/index.ts';

const asOf = '2026-11-23';
const of = (p: Profile, id: string): ClassificationResult => {
  const c = classify(p, { asOf }).classifications.find((x) => x.classifier === id);
  if (!c) throw new Error(`no classification ${id}`);
  return c;
};

const wearable = (product: NonNullable<Profile['product']> = {}): Profile => ({
  product: {
    hasDigitalElements: true, dataConnection: true, commercialActivity: true, internetConnected: true,
    radioEquipment: true, wearable: true, healthMonitoring: true, forChildren: false, childcare: false, toy: false,
    processesPersonalData: true, enablesMoneyTransfer: false, specialRegimes: [], craCoreFunction: 'none',
    medicalDevice: { qualification: 'not-a-device' }, ai: { isAiSystem: false },
    ...product,
  },
  organisation: { roles: ['manufacturer'] },
});

describe('CRA category (Art 7, 8, 32)', () => {
  it('puts a health-monitoring wearable outside the MDR in Annex III Class I and names the conformity routes', () => {
    const c = of(wearable(), 'cra:category');
    expect(c).toMatchObject({ status: 'decided', outcome: 'important-class-i' });
    expect(c.consequence).toMatch(/Module A only where harmonised standards/);
    expect(c.decidedBy.map((d) => d.rule)).toEqual(['important-class-i']);
  });
  it('keeps a wearable without a health-monitoring purpose, not for children, in the default category', () => {
    expect(of(wearable({ healthMonitoring: false }), 'cra:category').outcome).toBe('default');
  });
  it('classifies a firewall as Class II and a smartcard as critical', () => {
    expect(of(wearable({ wearable: false, craCoreFunction: 'firewall-ids-ips' }), 'cra:category').outcome).toBe('important-class-ii');
    expect(of(wearable({ wearable: false, craCoreFunction: 'smartcard-secure-element' }), 'cra:category').outcome).toBe('critical');
  });
  it('puts an MDR device out of scope and says why (Art 2(2)(a))', () => {
    const c = of(wearable({ medicalDevice: { qualification: 'medical-device' } }), 'cra:category');
    expect(c.outcome).toBe('out-of-scope');
    expect(c.explanation).toContain('because the MDR applies to the product');
  });
  it('leaves the category open while the core functionality is unknown, and asks for it', () => {
    const c = of(wearable({ wearable: false, craCoreFunction: undefined }), 'cra:category');
    expect(c.status).toBe('open');
    expect(c.possible[0]).toBe('default');
    expect(c.missingFacts).toContain('product.craCoreFunction');
  });
});

describe('AI Act risk (Art 6)', () => {
  const aiDevice = (cls: string): Profile => ({
    product: {
      medicalDevice: { qualification: 'medical-device', class: cls as 'IIa' },
      ai: { isAiSystem: true, safetyComponent: true, annexIIIUseCase: 'none' },
    },
  });
  it('makes AI software of MDR class IIb high-risk under Art 6(1), with duties from 2 August 2028', () => {
    expect(of(aiDevice('IIb'), 'ai-act:risk')).toMatchObject({ outcome: 'high-risk-annex-i', appliesFrom: '2028-08-02' });
  });
  it('does not make class I AI software high-risk: no notified body (MDCG 2025-6)', () => {
    expect(of(aiDevice('I'), 'ai-act:risk').outcome).toBe('not-high-risk');
  });
  it('makes class Is (sterile) high-risk: a notified body is involved', () => {
    expect(of(aiDevice('Is'), 'ai-act:risk').outcome).toBe('high-risk-annex-i');
  });
  it('makes emergency triage AI high-risk under Annex III from 2 December 2027', () => {
    const p: Profile = { product: { medicalDevice: { qualification: 'not-a-device' }, ai: { isAiSystem: true, safetyComponent: false, annexIIIUseCase: 'emergency-triage' } } };
    expect(of(p, 'ai-act:risk')).toMatchObject({ outcome: 'high-risk-annex-iii', appliesFrom: '2027-12-02' });
  });
  it('says a product without AI is not an AI system', () => {
    expect(of({ product: { ai: { isAiSystem: false } } }, 'ai-act:risk').outcome).toBe('not-an-ai-system');
  });
});

describe('NIS2 entity type (Art 2, 3) and CER status', () => {
  const org = (o: NonNullable<Profile['organisation']>): Profile => ({
    product: null,
    organisation: {
      establishedInEu: true, publicBody: false, healthActivities: ['healthcare-provision'], digitalActivities: [], otherActivities: [],
      nis2Designation: 'none', cerCriticalEntity: false, ...o,
    },
  });
  it('makes a large hospital essential and a medium one important', () => {
    expect(of(org({ employees: 250, annualTurnoverEur: 60e6, balanceSheetEur: 50e6 }), 'nis2:entity-type').outcome).toBe('essential');
    expect(of(org({ employees: 249, annualTurnoverEur: 40e6, balanceSheetEur: 30e6 }), 'nis2:entity-type').outcome).toBe('important');
  });
  it('leaves a small clinic out, and a CER critical entity in regardless of size', () => {
    expect(of(org({ employees: 30, annualTurnoverEur: 4e6, balanceSheetEur: 3e6 }), 'nis2:entity-type').outcome).toBe('out-of-scope');
    expect(of(org({ employees: 30, annualTurnoverEur: 4e6, balanceSheetEur: 3e6, cerCriticalEntity: true }), 'nis2:entity-type').outcome).toBe('essential');
  });
  it('says a hospital not (yet) identified may be identified as a CER critical entity', () => {
    expect(of(org({ employees: 30 }), 'cer:status').outcome).toBe('may-be-identified');
    expect(of(org({ healthActivities: [] }), 'cer:status').outcome).toBe('not-critical');
  });
  it('is not applicable to a product classification when the profile has no product', () => {
    expect(of(org({}), 'cra:category').status).toBe('not-applicable');
  });
});

describe('RED delegated act requirements (Art 1, 2)', () => {
  it('switches on (d) and (e) for an internet-connected wearable, and names EN 18031-1 and -2', () => {
    const c = of(wearable(), 'red-da:requirements');
    expect(c.outcomes).toEqual(['art-3-3-d', 'art-3-3-e']);
    expect(c.consequence).toContain('EN 18031-1:2024');
    expect(c.consequence).toContain('EN 18031-2:2024');
  });
  it('adds (f) where the wearable can transfer money', () => {
    expect(of(wearable({ enablesMoneyTransfer: true }), 'red-da:requirements').outcomes).toEqual(['art-3-3-d', 'art-3-3-e', 'art-3-3-f']);
  });
  it('removes all three for an MDR device (Art 2(1)) and says why', () => {
    const c = of(wearable({ medicalDevice: { qualification: 'medical-device' } }), 'red-da:requirements');
    expect(c.outcomes).toEqual(['none']);
    expect(c.explanation).toContain('MDR');
  });
  it('keeps (e) for a wearable that is not internet-connected', () => {
    expect(of(wearable({ internetConnected: false }), 'red-da:requirements').outcomes).toEqual(['art-3-3-e']);
  });
  it('is not applicable to equipment that is not radio equipment', () => {
    expect(of(wearable({ radioEquipment: false }), 'red-da:requirements').status).toBe('not-applicable');
  });
});
