/**
 * A product assessed under the previous knowledge-base version, read again under the current one:
 * the differences, each traced to the changelog entry that caused it.
 */
import { describe, expect, it } from 'vitest';
import { assess, classify, diffImpact, digestOf, KB_VERSION } from '../../src/index.ts';
import type { LawDigest, Profile } from '../../src/index.ts';

const asOf = '2026-12-07';
const hospital: Profile = {
  product: null,
  organisation: {
    establishedInEu: true, publicBody: false, healthActivities: ['healthcare-provision'], digitalActivities: [], otherActivities: [],
    employees: 1200, annualTurnoverEur: 150e6, balanceSheetEur: 120e6, nis2Designation: 'none', cerCriticalEntity: true, cerNotifiedOn: '2026-09-15',
  },
};
const now = (p: Profile): LawDigest => digestOf(assess(p, { asOf }), classify(p, { asOf }));

/** The same hospital as the previous version answered it: the risk assessment ten months after notification. */
const underPreviousVersion = (current: LawDigest): LawDigest => ({
  ...current,
  kbVersion: '2026.11.23.3',
  obligations: current.obligations.map((o) => (o.id === 'cer:risk-assessment' ? { ...o, from: '2027-07-15' } : o)),
});

describe('diffImpact', () => {
  it('finds nothing when the versions agree', () => {
    const d = now(hospital);
    expect(diffImpact(d, d).items).toEqual([]);
  });
  it('reports the moved CER deadline and attributes it to the changelog entry naming Art 12(1)', () => {
    const after = now(hospital);
    const diff = diffImpact(underPreviousVersion(after), after);
    expect(diff).toMatchObject({ fromVersion: '2026.11.23.3', toVersion: KB_VERSION });
    expect(diff.items).toHaveLength(1);
    const item = diff.items[0]!;
    expect(item).toMatchObject({ area: 'obligation', key: 'cer:risk-assessment', before: 'applies-from 2027-07-15', after: 'applies-from 2027-06-15' });
    expect(item.causes[0]).toMatchObject({ version: '2026.12.07.1', match: 'provision', change: { act: 'cer' } });
    expect(item.causes[0]?.change.provisions).toContain('cer:art-12(1)');
  });
  it('reports a verdict, duties and a classification that changed with the establishment rule', () => {
    const maker: Profile = { product: null, organisation: { ...hospital.organisation, healthActivities: ['medical-device-manufacturing'], cerCriticalEntity: false, establishedInEu: false, offersServicesInEu: true } };
    const after = now(maker);
    const eu = now({ product: null, organisation: { ...maker.organisation, establishedInEu: true } });
    // Under the previous version the non-EU maker was answered as if established: an important entity.
    const before: LawDigest = { ...eu, kbVersion: '2026.11.23.3' };
    const diff = diffImpact(before, after);
    const areas = new Set(diff.items.map((i) => i.area));
    expect(areas).toEqual(new Set(['act', 'obligation', 'classification']));
    const nis2 = diff.items.find((i) => i.area === 'act' && i.key === 'nis2');
    expect(nis2).toMatchObject({ before: 'applies 2024-10-18', after: 'does-not-apply' });
    expect(nis2?.causes.map((c) => c.change.act)).toContain('nis2');
    const type = diff.items.find((i) => i.key === 'nis2:entity-type');
    expect(type?.causes.some((c) => c.match === 'provision' && c.change.provisions.includes('nis2:art-26(1)'))).toBe(true);
    expect(diff.items.find((i) => i.key === 'nis2:incident-early-warning-important')).toMatchObject({ before: 'applies 2024-10-18', after: null });
  });
});
