import { describe, expect, it } from 'vitest';
import { assess, knowledgeBase } from '../../src/index.ts';
import type { Assessment, Profile, Reason } from '../../src/index.ts';

const TODAY = '2026-11-23';

type Product = NonNullable<Profile['product']>;
type Roles = NonNullable<NonNullable<Profile['organisation']>['roles']>;

const run = (profile: Profile, asOf = TODAY): Assessment => assess(profile, { asOf });
const daOf = (r: Assessment) => r.acts.find((a) => a.act === 'red-da')!;
const daIds = (r: Assessment) => r.obligations.filter((o) => o.act === 'red-da').map((o) => o.id).sort();

/** A wellness fitness band: Bluetooth to a phone app that syncs to the cloud, heart rate and sleep data. */
const fitnessBand = (product: Partial<Product> = {}, roles: Roles = ['manufacturer']): Profile => ({
  product: {
    name: 'Fitness band',
    radioEquipment: true,
    internetConnected: true,
    wearable: true,
    processesPersonalData: true,
    enablesMoneyTransfer: false,
    childcare: false,
    toy: false,
    specialRegimes: [],
    placedOnMarketOn: '2026-03-01',
    medicalDevice: { qualification: 'not-a-device' },
    ...product,
  },
  organisation: { roles },
});

function findReason(reasons: readonly Reason[], test: (r: Reason) => boolean): Reason | undefined {
  for (const r of reasons) {
    if (test(r)) return r;
    const hit = findReason(r.children ?? [], test);
    if (hit) return hit;
  }
  return undefined;
}

describe('RED delegated act — application per unit placed on the market (Art 3, as amended by 2023/2444)', () => {
  it('does not apply to a fitness band placed on the market on 31 July 2025', () => {
    const v = daOf(run(fitnessBand({ placedOnMarketOn: '2025-07-31' })));
    expect(v.verdict).toBe('does-not-apply');
    expect(v.explanation).toContain('1 August 2025');
  });

  it('applies to the same fitness band placed on the market on 1 August 2025', () => {
    const r = run(fitnessBand({ placedOnMarketOn: '2025-08-01' }));
    const v = daOf(r);
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('2025-08-01');
    expect(daIds(r)).toEqual(['red-da:conformity-assessment', 'red-da:network-protection', 'red-da:personal-data-privacy']);
  });

  it('applies from 1 August 2025 when assessed the day before, for a unit to be placed that day', () => {
    const v = daOf(run(fitnessBand({ placedOnMarketOn: '2025-08-01' }), '2025-07-31'));
    expect(v.verdict).toBe('applies-from');
    expect(v.applicableFrom).toBe('2025-08-01');
    expect(daOf(run(fitnessBand({ placedOnMarketOn: '2025-08-01' }), '2025-08-01')).verdict).toBe('applies');
  });

  it('did not apply on the original date of 1 August 2024, which 2023/2444 superseded', () => {
    const v = daOf(run(fitnessBand({ placedOnMarketOn: '2025-09-01' }), '2024-08-01'));
    expect(v.verdict).toBe('applies-from');
    expect(v.applicableFrom).toBe('2025-08-01');
    const act = knowledgeBase.act('red-da')!;
    const original = act.timeline.find((e) => e.date === '2024-08-01')!;
    expect(original.kind).toBe('other');
    expect(original.label).toMatch(/superseded/);
  });

  it('is unknown without the placing-on-market date and asks for it', () => {
    const v = daOf(run(fitnessBand({ placedOnMarketOn: undefined })));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toContain('product.placedOnMarketOn');
  });
});

describe('RED delegated act — repeal by Delegated Regulation (EU) 2026/339', () => {
  it('still applies on 10 December 2027', () => {
    const v = daOf(run(fitnessBand(), '2027-12-10'));
    expect(v.verdict).toBe('applies');
    expect(v.until).toBe('2027-12-11');
  });

  it('no longer applies from 11 December 2027, and its duties end', () => {
    const r = run(fitnessBand(), '2027-12-11');
    expect(daOf(r).verdict).toBe('no-longer-applies');
    expect(daIds(r)).toEqual([]);
  });

  it('does not reach a unit placed on the market on 11 December 2027, which falls under the CRA instead', () => {
    expect(daOf(run(fitnessBand({ placedOnMarketOn: '2027-12-11' }))).verdict).toBe('does-not-apply');
    expect(daOf(run(fitnessBand({ placedOnMarketOn: '2027-12-10' }))).verdict).toBe('applies');
  });
});

describe('RED delegated act — which requirement applies (Art 1)', () => {
  it('applies only point (e) to a wearable that processes personal data but is not internet-connected (Art 1(2)(d))', () => {
    const r = run(fitnessBand({ internetConnected: false }));
    expect(daOf(r).verdict).toBe('applies');
    expect(daIds(r)).toEqual(['red-da:conformity-assessment', 'red-da:personal-data-privacy']);
  });

  it('applies point (d) alone to internet-connected equipment that processes no personal data and moves no money', () => {
    const r = run(fitnessBand({ wearable: false, processesPersonalData: false }));
    expect(daIds(r)).toEqual(['red-da:conformity-assessment', 'red-da:network-protection']);
  });

  it('applies point (f) to internet-connected equipment that lets the user transfer money (Art 1(3))', () => {
    const r = run(fitnessBand({ enablesMoneyTransfer: true }));
    expect(daIds(r)).toContain('red-da:fraud-protection');
  });

  it('applies point (e) to a childcare baby monitor that is not internet-connected (Art 1(2)(b))', () => {
    const r = run(fitnessBand({ internetConnected: false, wearable: false, childcare: true }));
    expect(daIds(r)).toEqual(['red-da:conformity-assessment', 'red-da:personal-data-privacy']);
  });

  it('does not apply to a radio wearable that is neither internet-connected nor processes personal data', () => {
    const v = daOf(run(fitnessBand({ internetConnected: false, processesPersonalData: false })));
    expect(v.verdict).toBe('does-not-apply');
    expect(v.missingFacts).toEqual([]);
  });

  it('does not apply to a product without radio', () => {
    expect(daOf(run(fitnessBand({ radioEquipment: false }))).verdict).toBe('does-not-apply');
  });

  it('carries the EN 18031 restrictions (password opt-out needs a notified body) with the duties', () => {
    const r = run(fitnessBand());
    const privacy = r.obligations.find((o) => o.id === 'red-da:personal-data-privacy')!;
    expect(privacy.note).toMatch(/password/);
    expect(privacy.note).toMatch(/notified body/);
  });
});

describe('RED delegated act — derogations (Art 2)', () => {
  it('does not apply to an MDR device with Bluetooth, even a connected wearable that processes personal data (Art 2(1)(a))', () => {
    const r = run(fitnessBand({ name: 'ECG patch', medicalDevice: { qualification: 'medical-device', class: 'IIa' } }));
    const v = daOf(r);
    expect(v.verdict).toBe('does-not-apply');
    const derogation = findReason(v.reasons, (x) => x.label === 'unless the MDR applies to the equipment');
    expect(derogation?.value).toBe('true');
    expect(derogation?.cite).toBe('red-da:art-2(1)(a)');
    expect(daIds(r)).toEqual([]);
  });

  it('does not apply to an IVD with radio (Art 2(1)(b))', () => {
    const v = daOf(run(fitnessBand({ wearable: false, medicalDevice: { qualification: 'ivd' } })));
    expect(v.verdict).toBe('does-not-apply');
  });

  it('keeps only point (d) for vehicle equipment: (e) and (f) are disapplied (Art 2(2)(b))', () => {
    const r = run(fitnessBand({ wearable: false, enablesMoneyTransfer: true, specialRegimes: ['motor-vehicle'] }));
    expect(daOf(r).verdict).toBe('applies');
    expect(daIds(r)).toEqual(['red-da:conformity-assessment', 'red-da:network-protection']);
  });

  it('drops a non-connected wearable entirely where the road-toll regime disapplies point (e) (Art 2(2)(c))', () => {
    const v = daOf(run(fitnessBand({ internetConnected: false, specialRegimes: ['road-toll'] })));
    expect(v.verdict).toBe('does-not-apply');
  });

  it('is unknown when the medical-device status is not stated, and asks for it', () => {
    const v = daOf(run(fitnessBand({ medicalDevice: undefined })));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toContain('product.medicalDevice.qualification');
  });
});

describe('RED delegated act — obligations by role', () => {
  it('gives an importer the check that the cybersecurity requirements were assessed, not the design duties', () => {
    expect(daIds(run(fitnessBand({}, ['importer'])))).toEqual(['red-da:importer-checks']);
  });

  it('gives a distributor due care only', () => {
    expect(daIds(run(fitnessBand({}, ['distributor'])))).toEqual(['red-da:distributor-checks']);
  });

  it('files the design duties under security requirements', () => {
    const r = run(fitnessBand());
    for (const id of ['red-da:network-protection', 'red-da:personal-data-privacy']) {
      expect(r.obligations.find((o) => o.id === id)?.category).toBe('security-requirements');
    }
  });
});
