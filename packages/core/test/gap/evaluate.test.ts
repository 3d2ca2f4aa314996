/**
 * Coverage arithmetic (implemented 1, partial ½, not started 0, not applicable left out), the
 * checklist grouped by category, and the ranking of gaps by the duties they block.
 */
import { describe, expect, it } from 'vitest';
import { coverageOf, evaluateGap, gapAssessment, GAP_STATE_SCHEMA } from '../../src/index.ts';
import type { ControlState, GapState } from '../../src/index.ts';
import { AS_OF, example, selectionFor } from './example-profiles.ts';

const st = (status: ControlState['status'], extra: Partial<ControlState> = {}): { state: ControlState } => ({ state: { status, ...extra } });
const stateOf = (controls: Record<string, ControlState>): GapState => ({ schema: GAP_STATE_SCHEMA, product: 'Test product', asOf: AS_OF, controls });

describe('coverageOf', () => {
  it('counts partial as half and leaves not-applicable out of the denominator', () => {
    const c = coverageOf([st('implemented'), st('implemented'), st('partial'), st('not-started'), st('not-applicable', { justification: 'no cloud' })]);
    expect(c).toEqual({ score: 0.625, percent: 63, implemented: 2, partial: 1, notStarted: 1, notApplicable: 1, total: 5 });
  });
  it('is null when every control is justified as not applicable, and 0 when nothing is started', () => {
    expect(coverageOf([st('not-applicable', { justification: 'x' })]).score).toBeNull();
    expect(coverageOf([st('not-started'), st('not-started')]).score).toBe(0);
    expect(coverageOf([]).score).toBeNull();
  });
  it('rounds to three decimals: one partial of three is 1/6', () => {
    expect(coverageOf([st('partial'), st('not-started'), st('not-started')]).score).toBe(0.167);
  });
});

describe('evaluateGap on the glucose meter', () => {
  const { selection } = selectionFor('class-iia-glucose-meter');
  const state = stateOf({
    'ctl-incident-handling': { status: 'implemented' },
    'ctl-security-testing': { status: 'partial', owner: 'QA', due: '2026-11-01' },
    'ctl-multi-factor-secure-communications': { status: 'not-applicable', justification: 'Covered by the group IT service under contract.' },
    'ctl-secure-by-default': { status: 'implemented' },
  });
  const result = evaluateGap(selection, state);
  const n = selection.controls.length;

  it('scores the whole checklist with partial as half', () => {
    expect(result.coverage.overall).toEqual({
      score: Math.round((1.5 / (n - 1)) * 1000) / 1000,
      percent: Math.round((1.5 / (n - 1)) * 100),
      implemented: 1, partial: 1, notStarted: n - 3, notApplicable: 1, total: n,
    });
    expect(result.scoring).toMatch(/partial control counts half/);
  });

  it('scores each act over the controls its duties need (NIS2 needs MFA, the MDR does not)', () => {
    const nis2 = result.coverage.acts.find((a) => a.act === 'nis2');
    const mdr = result.coverage.acts.find((a) => a.act === 'mdr');
    expect(nis2?.controls).toContain('ctl-multi-factor-secure-communications');
    expect(nis2?.notApplicable).toBe(1);
    expect(mdr?.controls).not.toContain('ctl-multi-factor-secure-communications');
    expect(mdr?.score).toBe(Math.round((1.5 / (mdr?.total ?? 0)) * 1000) / 1000);
  });

  it('scores each provision over the controls mapped to it: NIS2 Art 21(2)(b) is met by incident handling, not yet by logging', () => {
    const p = result.coverage.provisions.find((x) => x.provision === 'nis2:art-21(2)(b)');
    expect(p).toMatchObject({ citation: 'Art 21(2)(b) NIS2', controls: ['ctl-incident-handling', 'ctl-security-logging-monitoring'], score: 0.5 });
    expect(p?.url).toMatch(/^https:\/\/eur-lex\.europa\.eu\//);
  });

  it('groups the checklist by category in catalogue order and defaults unrecorded controls to not started', () => {
    expect(result.checklist.map((g) => g.category)[0]).toBe('governance');
    const items = result.checklist.flatMap((g) => g.items);
    expect(items).toHaveLength(n);
    expect(items.find((i) => i.control === 'ctl-asset-management')).toMatchObject({ recorded: false, state: { status: 'not-started' } });
    expect(items.find((i) => i.control === 'ctl-security-testing')).toMatchObject({ recorded: true, overdue: true });
    const categories = result.coverage.categories.map((c) => c.category);
    expect(categories).toEqual(result.checklist.map((g) => g.category));
  });

  it('ranks gaps by the duties they block, not-started before partial on a tie, and leaves out what is done', () => {
    const gaps = result.gaps;
    for (let i = 1; i < gaps.length; i++) expect((gaps[i - 1]?.blocks ?? 0) >= (gaps[i]?.blocks ?? 0)).toBe(true);
    expect(gaps.map((g) => g.control)).not.toContain('ctl-incident-handling');
    expect(gaps.map((g) => g.control)).not.toContain('ctl-multi-factor-secure-communications');
    expect(gaps[0]).toMatchObject({ control: 'ctl-security-risk-assessment', blocks: 8 });
    const testing = gaps.find((g) => g.control === 'ctl-security-testing');
    expect(testing).toMatchObject({ status: 'partial', owner: 'QA', due: '2026-11-01', overdue: true });
    const sameBlocks = gaps.filter((g) => g.blocks === testing?.blocks);
    expect(sameBlocks.findIndex((g) => g.status === 'partial')).toBeGreaterThan(sameBlocks.findIndex((g) => g.status === 'not-started'));
  });

  it('reports recorded controls the profile does not need, and duties no control serves', () => {
    expect(result.notSelected).toEqual(['ctl-secure-by-default']);
    expect(result.dutiesWithoutControls).toContain('mdr:udi');
    expect(result.dutiesWithoutControls).not.toContain('mdr:software-lifecycle-security');
  });

  it('names the product from the state, else the profile', () => {
    expect(result.product).toBe('Test product');
    expect(evaluateGap(selection).product).toBe('GlucoLink — connected glucose monitoring system, MDR class IIa, with app and cloud');
  });
});

describe('gapAssessment', () => {
  it('assesses, selects and evaluates in one call, and validates its options', () => {
    const r = gapAssessment(example('consumer-fitness-band'), { asOf: AS_OF });
    expect(r.coverage.overall.total).toBe(r.checklist.flatMap((g) => g.items).length);
    expect(() => gapAssessment(example('consumer-fitness-band'), { asOf: '2026-13-01' })).toThrow(/asOf: "2026-13-01" is not valid/);
  });
});
