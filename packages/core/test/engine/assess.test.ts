import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { assess, contrast, InputError, knowledgeBase, questions, screen } from '../../src/index.ts';
import type { Profile } from '../../src/index.ts';
import { compile } from '../../src/engine/compile.ts';
import { Evaluation } from '../../src/engine/evaluate.ts';
import { allConditions } from '../../src/kb/walk.ts';
import { generateProfiles } from '../../bench/generate-profiles.ts';

const asOf = '2026-11-23';
const wellnessBand: Profile = {
  product: {
    hasDigitalElements: true, dataConnection: true, commercialActivity: true, internetConnected: true,
    radioEquipment: true, wearable: true, healthMonitoring: true, processesPersonalData: true,
    specialRegimes: [], placedOnMarketOn: '2026-03-01', substantiallyModified: false,
    medicalDevice: { qualification: 'not-a-device' },
  },
  organisation: { roles: ['manufacturer'], establishedInEu: true },
};

describe('assess options', () => {
  it('rejects an impossible as-of date, naming the field', () => {
    expect(() => assess({}, { asOf: '2026-02-30' })).toThrow(InputError);
    expect(() => assess({}, { asOf: '2026-02-30' })).toThrow(/asOf: "2026-02-30" is not valid; expected a calendar date/);
  });
  it('rejects an unknown scenario and lists the known ones', () => {
    expect(() => assess({}, { asOf, scenarios: ['brexit'] })).toThrow(/scenarios: "brexit" is not valid; expected one of digital-omnibus/);
  });
  it('rejects a negative horizon', () => {
    expect(() => assess({}, { asOf, horizonMonths: -1 })).toThrow(/horizonMonths/);
  });
  it('reports the scenarios and knowledge-base version it used', () => {
    const a = assess({}, { asOf, scenarios: ['digital-omnibus'] });
    expect(a.scenarios).toEqual(['digital-omnibus']);
    expect(a.knowledgeBase.version).toBe(knowledgeBase.version);
    expect(a.notice).toMatch(/Not legal advice/);
  });
  it('does not change the profile it is given', () => {
    const copy = structuredClone(wellnessBand);
    assess(wellnessBand, { asOf });
    contrast(wellnessBand, { asOf }, { facts: { 'product.medicalDevice.qualification': 'medical-device' } });
    expect(wellnessBand).toEqual(copy);
  });
});

describe('contrast', () => {
  it('shows that certifying the same wearable as a medical device swaps the CRA and RED DA for the MDR', () => {
    const c = contrast(wellnessBand, { asOf }, {
      facts: { 'product.medicalDevice.qualification': 'medical-device', 'product.medicalDevice.class': 'IIa' },
    });
    const byAct = new Map(c.acts.map((d) => [d.act, d]));
    expect(byAct.get('mdr')).toMatchObject({ base: 'does-not-apply', variant: 'applies' });
    expect(byAct.get('cra')).toMatchObject({ base: 'applies', variant: 'does-not-apply' });
    expect(byAct.get('red-da')).toMatchObject({ base: 'applies', variant: 'does-not-apply' });
    expect(c.obligations.some((o) => o.id === 'cra:report-exploited-vulnerability' && o.variant === 'none')).toBe(true);
  });
  it('contrasts dates: the CRA applies in full from 11 December 2027', () => {
    const c = contrast({ ...wellnessBand, product: { ...wellnessBand.product, placedOnMarketOn: '2028-01-10' } }, { asOf }, { asOf: '2027-12-11' });
    expect(c.obligations.find((o) => o.id === 'cra:essential-requirements')).toMatchObject({ base: 'applies-from', variant: 'applies' });
  });
  it('finds no difference when nothing relevant changes', () => {
    const c = contrast(wellnessBand, { asOf }, { facts: { 'product.name': 'Renamed band' } });
    expect(c.acts).toEqual([]);
    expect(c.obligations).toEqual([]);
  });
});

describe('questions', () => {
  it('asks first what decides the most acts, and each answer says what it changes', () => {
    const qs = questions({ product: { hasDigitalElements: true, dataConnection: true } }, { asOf });
    expect(qs.length).toBeGreaterThan(0);
    const first = qs[0];
    expect(first?.affects.length).toBeGreaterThanOrEqual(qs[qs.length - 1]?.affects.length ?? 0);
    const md = qs.find((q) => q.fact === 'product.medicalDevice.qualification');
    const asDevice = md?.answers.find((a) => a.value === 'medical-device');
    expect(asDevice?.verdicts).toContainEqual({ act: 'mdr', verdict: 'applies' });
  });
  it('asks nothing when the facts settle every verdict and duty', () => {
    const settled = assess(wellnessBand, { asOf });
    const open = new Set(settled.missingFacts);
    for (const q of questions(wellnessBand, { asOf })) expect(open.has(q.fact)).toBe(true);
  });
});

describe('the fast path agrees with the explained path', () => {
  const profiles = generateProfiles(300, 7);
  it('screen() decides every act and obligation as assess() does', () => {
    for (const p of profiles) {
      const a = assess(p, { asOf });
      const s = screen(p, { asOf });
      const statuses = a.obligations.map((o) => o.status);
      const codes = [...s.status].filter((c) => c !== 0).map((c) => (c === 1 ? 'applies' : c === 2 ? 'applies-from' : 'possible'));
      expect(codes).toEqual(statuses);
      expect([...s.scope]).toEqual(a.acts.map((r) => (r.scope === 'true' ? 1 : r.scope === 'false' ? 0 : 2)));
    }
  });
  const conditions = [...allConditions()].map((c) => c.condition);
  test.prop([fc.integer({ min: 0, max: 299 }), fc.integer({ min: 0, max: conditions.length - 1 })], { numRuns: 400 })(
    'compiled and interpreted conditions give the same truth and the same missing facts',
    (pi, ci) => {
      const c = conditions[ci];
      const p = profiles[pi];
      if (!c || !p) return;
      const interpreted = new Evaluation(p, knowledgeBase);
      const compiledEval = new Evaluation(p, knowledgeBase);
      const truth = interpreted.condition(c, []);
      expect(compile(c)(compiledEval)).toBe(truth);
      if (truth === 2) expect(new Set(compiledEval.missingSince(0))).toEqual(new Set(interpreted.missingSince(0)));
    },
  );
});
