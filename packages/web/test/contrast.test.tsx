// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActResult, AssessmentReport, Obligation } from '../src/api/types.ts';
import { contrastRows } from '../src/lib/contrast-diff.ts';
import { ContrastTables } from '../src/pages/ContrastPage.tsx';

afterEach(cleanup);

const act = (id: string, verdict: ActResult['verdict'], from?: string): ActResult => ({
  act: id,
  shortName: id.toUpperCase(),
  number: '',
  title: '',
  kind: 'regulation',
  url: '',
  verdict,
  applicableFrom: from,
  parts: [],
  explanation: '',
  reasons: [],
  missingFacts: [],
  notes: [],
});

const obligation = (id: string, status: Obligation['status']): Obligation => ({
  id,
  act: id.split(':')[0] ?? '',
  role: 'manufacturer',
  category: 'security-requirements',
  cite: `${id.split(':')[0] ?? ''}:art-1`,
  citation: 'Art 1',
  url: '',
  title: `Duty ${id}`,
  summary: '',
  status,
  missingFacts: [],
});

const report: Pick<AssessmentReport, 'acts' | 'obligations' | 'contrast'> = {
  acts: [act('gdpr', 'applies'), act('cra', 'applies-from', '2027-12-11'), act('mdr', 'does-not-apply')],
  obligations: [obligation('gdpr:security', 'applies'), obligation('cra:essential-requirements', 'applies-from')],
  contrast: {
    variant: { facts: { 'product.medicalDevice.qualification': 'medical-device' } },
    acts: [
      { act: 'cra', base: 'applies-from', variant: 'does-not-apply', baseFrom: '2027-12-11' } as never,
      { act: 'mdr', base: 'does-not-apply', variant: 'applies', variantFrom: '2021-05-26' } as never,
    ],
    obligations: [
      { id: 'cra:essential-requirements', act: 'cra', title: 'Essential requirements', citation: 'Art 13(1) CRA', base: 'applies-from', variant: 'none' },
      { id: 'mdr:gspr-compliance', act: 'mdr', title: 'Meet the GSPR', citation: 'Art 5(2) MDR', base: 'none', variant: 'applies' },
    ],
  },
};

describe('contrastRows', () => {
  const rows = contrastRows(report);

  it('puts every act side by side, the changed ones first', () => {
    expect(rows.acts.map((r) => [r.act, r.base, r.variant, r.changed])).toEqual([
      ['cra', 'applies-from', 'does-not-apply', true],
      ['mdr', 'does-not-apply', 'applies', true],
      ['gdpr', 'applies', 'applies', false],
    ]);
    expect(rows.changedActs).toBe(2);
  });

  it('keeps unchanged obligations the same on both sides and adds those only the variant has', () => {
    const byId = new Map(rows.obligations.map((o) => [o.id, o]));
    expect(byId.get('gdpr:security')).toMatchObject({ base: 'applies', variant: 'applies', changed: false });
    expect(byId.get('cra:essential-requirements')).toMatchObject({ base: 'applies-from', variant: 'none', changed: true });
    expect(byId.get('mdr:gspr-compliance')).toMatchObject({ base: 'none', variant: 'applies', changed: true, citation: 'Art 5(2) MDR' });
    expect(rows.changedObligations).toBe(2);
  });

  it('reports no difference without a contrast section', () => {
    const same = contrastRows({ acts: report.acts, obligations: report.obligations });
    expect(same.changedActs).toBe(0);
    expect(same.acts.every((r) => r.base === r.variant)).toBe(true);
  });
});

describe('ContrastTables', () => {
  it('highlights the changed rows and says how many changed', () => {
    render(<ContrastTables rows={contrastRows(report)} label="product.medicalDevice.qualification = medical-device" />);
    expect(screen.getByRole('status').textContent).toContain('2 act verdicts and 2 obligations change');
    const acts = screen.getByRole('table', { name: 'Acts' });
    const changed = within(acts).getAllByText('changed');
    expect(changed).toHaveLength(2);
    const craRow = within(acts).getByRole('rowheader', { name: 'CRA' }).closest('tr');
    expect(craRow?.className).toBe('changed');
    const gdprRow = within(acts).getByRole('rowheader', { name: 'GDPR' }).closest('tr');
    expect(gdprRow?.className).toBe('');
  });
});
