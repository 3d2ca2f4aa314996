import { describe, expect, it } from 'vitest';
import { assess, classify, knowledgeBase, provisionExists, UNCERTAINTIES, uncertainty } from '../../src/index.ts';
import type { Profile } from '../../src/index.ts';

const asOf = '2026-12-07';

describe('uncertainty register', () => {
  it('gives every point a unique id, existing provisions, competing readings, the applied one and a source', () => {
    const ids = new Set<string>();
    for (const u of UNCERTAINTIES) {
      expect(ids.has(u.id), u.id).toBe(false);
      ids.add(u.id);
      for (const p of u.provisions) expect(provisionExists(p), `${u.id}: ${p}`).toBe(true);
      expect(u.readings.length).toBeGreaterThanOrEqual(2);
      expect(u.applied.length).toBeGreaterThan(0);
      expect(u.sources.length).toBeGreaterThan(0);
    }
  });
  it('takes in every timeline date the knowledge base marks uncertain', () => {
    const marked = knowledgeBase.acts.flatMap((a) => a.timeline.filter((e) => e.uncertain).map((e) => `${a.id}:${e.date}`));
    expect(marked.length).toBeGreaterThan(0);
    for (const m of marked) {
      const [act, date] = m.split(':');
      expect(UNCERTAINTIES.some((u) => u.id.startsWith(`date-${act}-${date}`)), m).toBe(true);
    }
  });
});

describe('answers link to the points they rest on', () => {
  const nonEuMaker: Profile = {
    product: null,
    organisation: {
      establishedInEu: false, offersServicesInEu: true, publicBody: false, healthActivities: ['medical-device-manufacturing'],
      digitalActivities: [], otherActivities: [], employees: 900, nis2Designation: 'none', cerCriticalEntity: false,
    },
  };
  const euMaker: Profile = { ...nonEuMaker, organisation: { ...nonEuMaker.organisation, establishedInEu: true } };

  it('links the NIS2 verdict and entity type of a non-EU manufacturer to the establishment point', () => {
    const r = assess(nonEuMaker, { asOf });
    expect(r.acts.find((a) => a.act === 'nis2')?.uncertainties).toContain('nis2-establishment');
    const c = classify(nonEuMaker, { asOf }).classifications.find((x) => x.classifier === 'nis2:entity-type');
    expect(c?.uncertainties).toContain('nis2-establishment');
    expect(uncertainty('nis2-establishment')?.kind).toBe('contested');
  });
  it('does not link it for an entity established in the Union', () => {
    const r = assess(euMaker, { asOf });
    expect(r.acts.find((a) => a.act === 'nis2')?.uncertainties).not.toContain('nis2-establishment');
    expect(r.obligations.find((o) => o.id === 'nis2:risk-management-measures-important')?.uncertainties).not.toContain('nis2-establishment');
  });
  it('links the CER risk assessment to the nine-month point', () => {
    const hospital: Profile = { organisation: { ...euMaker.organisation, healthActivities: ['healthcare-provision'], cerCriticalEntity: true, cerNotifiedOn: '2026-09-15' } };
    const d = assess(hospital, { asOf }).obligations.find((o) => o.id === 'cer:risk-assessment');
    expect(d?.uncertainties).toEqual(['cer-art-12-nine-months']);
  });
});
