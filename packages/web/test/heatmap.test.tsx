// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OverlapMatrix } from '../src/api/gap-types.ts';
import type { Obligation, OverlapTopic } from '../src/api/types.ts';
import { HeatMapTable } from '../src/components/HeatMapTable.tsx';
import { OverlapMatrixTable } from '../src/components/OverlapMatrixTable.tsx';
import { buildHeatMap, cellKind, cellMarker, matrixCellKind } from '../src/lib/heatmap.ts';

afterEach(cleanup);

const obl = (id: string, citation: string): Obligation => ({
  id,
  act: id.split(':')[0] ?? '',
  role: 'manufacturer',
  category: 'incident-reporting',
  cite: '',
  citation,
  url: '',
  title: id,
  summary: '',
  status: 'applies',
  missingFacts: [],
});

const overlap: OverlapTopic[] = [
  {
    category: 'incident-reporting',
    acts: [
      { act: 'nis2', obligations: ['nis2:report'] },
      { act: 'gdpr', obligations: ['gdpr:notify', 'gdpr:communicate'] },
    ],
  },
  { category: 'security-requirements', acts: [{ act: 'mdr', obligations: ['mdr:a', 'mdr:b', 'mdr:c', 'mdr:d', 'mdr:e'] }] },
];
const obligations = [obl('nis2:report', 'Art 23(1) NIS2'), obl('gdpr:notify', 'Art 33(1) GDPR'), obl('gdpr:communicate', 'Art 34(1) GDPR')];

describe('cellKind', () => {
  it('tells empty, single-act, overlapping and dense cells apart', () => {
    expect(cellKind(0, 3)).toBe('empty');
    expect(cellKind(2, 1)).toBe('single');
    expect(cellKind(2, 2)).toBe('overlap');
    expect(cellKind(5, 1)).toBe('dense');
    expect(cellKind(7, 3)).toBe('dense');
  });

  it('gives each kind a text marker so colour is never the only cue', () => {
    expect(new Set(['single', 'overlap', 'dense'].map((k) => cellMarker(k as never))).size).toBe(3);
    expect(cellMarker('empty')).toBe('');
  });
});

describe('buildHeatMap', () => {
  const map = buildHeatMap(overlap, obligations);
  it('has one column per act (sorted) and one row per topic, with citations per cell', () => {
    expect(map.acts).toEqual(['gdpr', 'mdr', 'nis2']);
    expect(map.categories).toEqual(['incident-reporting', 'security-requirements']);
    const [gdpr, mdr, nis2] = map.cells[0] ?? [];
    expect(gdpr).toMatchObject({ count: 2, kind: 'overlap', citations: ['Art 33(1) GDPR', 'Art 34(1) GDPR'] });
    expect(mdr).toMatchObject({ count: 0, kind: 'empty' });
    expect(nis2).toMatchObject({ count: 1, kind: 'overlap' });
    expect(map.cells[1]?.[1]).toMatchObject({ count: 5, kind: 'dense', citations: ['mdr:a', 'mdr:b', 'mdr:c', 'mdr:d', 'mdr:e'] });
    expect(map.max).toBe(5);
  });
});

describe('matrixCellKind', () => {
  const cell = (kind: 'only' | 'overlap' | 'duplicate', conditional: boolean, duties = 1) => ({ kind, conditional, duties: Array.from({ length: duties }), notifications: [] });
  it('shows conditional cells apart and empty cells as empty', () => {
    expect(matrixCellKind(undefined)).toBe('empty');
    expect(matrixCellKind(cell('only', false, 0))).toBe('empty');
    expect(matrixCellKind(cell('duplicate', true))).toBe('conditional');
    expect(matrixCellKind(cell('duplicate', false))).toBe('duplicate');
    expect(matrixCellKind(cell('only', false))).toBe('only');
  });
});

describe('HeatMapTable', () => {
  it('makes non-empty cells focusable with their citations in the accessible name and tooltip', () => {
    render(<HeatMapTable overlap={overlap} obligations={obligations} actNames={new Map([['gdpr', 'GDPR']])} />);
    const cell = screen.getByLabelText(/GDPR, Incident reporting: 2 duties/);
    expect(cell.tabIndex).toBe(0);
    expect(cell.getAttribute('aria-label')).toContain('Art 33(1) GDPR; Art 34(1) GDPR');
    expect(cell.querySelector('[role="tooltip"]')?.textContent).toBe('Art 33(1) GDPR; Art 34(1) GDPR');
    expect(cell.className).toContain('heat-overlap');
  });

  it('says so when no topic overlaps', () => {
    render(<HeatMapTable overlap={[]} obligations={[]} actNames={new Map()} />);
    expect(screen.getByText(/No topic on which several acts/)).toBeTruthy();
  });
});

describe('OverlapMatrixTable', () => {
  it('renders the engine matrix kinds with citations on focus', () => {
    const matrix: OverlapMatrix = {
      asOf: '2026-11-23',
      acts: ['cra', 'nis2'],
      rules: [],
      rows: [
        {
          topic: 'vulnerability-handling',
          title: 'Vulnerability handling',
          kind: 'duplicate',
          cells: [
            { act: 'cra', kind: 'duplicate', conditional: false, duties: [{ id: 'cra:x', cite: 'cra:annex-I', citation: 'Annex I Part II CRA', url: '' }], notifications: [], controls: [], duplicates: [{ control: 'ctl-cvd', with: 'nis2', provision: 'cra:annex-I', otherProvision: 'nis2:art-21' }] },
          ],
        },
      ],
    };
    render(<OverlapMatrixTable matrix={matrix} actNames={new Map([['cra', 'CRA']])} />);
    const cell = screen.getByLabelText(/Vulnerability handling, CRA: one control meets both; Annex I Part II CRA/);
    expect(cell.className).toContain('heat-duplicate');
    expect(cell.querySelector('[role="tooltip"]')?.textContent).toContain('Same control as NIS2 (ctl-cvd)');
  });
});
