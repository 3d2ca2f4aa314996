// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssessmentReport, Incident, IncidentPlan, Product } from '../src/api/types.ts';
import { SortableTable, sortRows } from '../src/components/SortableTable.tsx';
import { comingDates, daysUntil, productRow } from '../src/lib/portfolio.ts';

afterEach(cleanup);

const product = (id: string, name: string): Product => ({ id, name, latestVersion: 2, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-02-01T00:00:00Z' });
const report = (over: Partial<AssessmentReport>): AssessmentReport =>
  ({
    schemaVersion: 1,
    asOf: '2026-12-07',
    scenarios: [],
    horizonMonths: 24,
    knowledgeBase: { version: 'k', verifiedOn: '2026-01-01' },
    acts: [],
    obligations: [],
    overlap: [],
    upcoming: [],
    missingFacts: [],
    notice: '',
    ...over,
  });

const now = new Date('2026-12-07T12:00:00Z');

describe('the portfolio', () => {
  it('sums up a product: class in words, acts that apply and later, open facts, coverage', () => {
    const row = productRow(
      product('p1', 'Glucose meter'),
      report({
        acts: [
          { act: 'mdr', shortName: 'MDR', verdict: 'applies' },
          { act: 'cra', shortName: 'CRA', verdict: 'applies-from', applicableFrom: '2027-12-11' },
          { act: 'nis2', shortName: 'NIS2', verdict: 'unknown' },
          { act: 'time-limits', shortName: 'Reg 1182/71', verdict: 'applies' },
        ] as unknown as AssessmentReport['acts'],
        missingFacts: ['organisation.employees'],
        classifications: [
          { classifier: 'mdr:class', title: '', status: 'decided', outcomes: ['IIa'], possible: [] },
          { classifier: 'cra:category', title: '', status: 'open', outcomes: [], possible: ['default', 'important-class-i'] },
        ],
      }),
      40,
    );
    expect(row).toMatchObject({ classes: 'MDR class IIa', applies: ['MDR'], appliesLater: [{ act: 'CRA', from: '2027-12-11' }], open: ['NIS2'], unknownFacts: 1, coverage: 40, assessed: true });
    expect(productRow(product('p2', 'X'), undefined, null).assessed).toBe(false);
  });

  it('lists dates within the window soonest first, one line per act and date across products, overdue reports included', () => {
    const upcoming = [{ date: '2026-12-09', act: 'pld-1985', kind: 'repeal', label: 'Repealed' }, { date: '2027-06-01', act: 'cra', kind: 'applies', label: 'Applies' }];
    const products = ['a', 'b', 'c'].map((id) => ({ product: product(id, `Product ${id}`), report: report({ upcoming }) }));
    const incident: Incident = { id: 'i1', productId: null, title: 'Breach', status: 'open', case: {}, version: 1, createdAt: '', updatedAt: '' };
    const plan = {
      steps: [
        { duty: 'd', act: 'nis2', step: 'early-warning', stepTitle: 'Early warning', status: 'overdue', period: { legal: { utc: '2026-12-06T02:00:00Z' } } },
        { duty: 'd', act: 'nis2', step: 'final', stepTitle: 'Final report', status: 'upcoming', period: { legal: { utc: '2027-01-20T02:00:00Z' } } },
        { duty: 'g', act: 'gdpr', step: 'notify', stepTitle: 'Notify', status: 'submitted', period: { legal: { utc: '2026-12-08T02:00:00Z' } } },
      ],
    } as unknown as IncidentPlan;
    const dates = comingDates('o', products, [{ incident, plan }], now, 30);
    expect(dates.map((d) => d.what)).toEqual(['NIS2: Early warning', 'PLD 1985: Repealed']);
    expect(dates[0]).toMatchObject({ overdue: true, kind: 'report', where: 'Breach' });
    expect(dates[1]?.where).toBe('Product a and 2 other products');
    expect(comingDates('o', products, [{ incident, plan }], now, 90).map((d) => d.what)).toContain('NIS2: Final report');
    expect(daysUntil('2026-12-09', now)).toBe(2);
  });
});

describe('sortable lists', () => {
  const rows = [
    { name: 'b', n: 2 },
    { name: 'a', n: undefined },
    { name: 'c', n: 10 },
  ];
  const columns = [
    { key: 'name', label: 'Name', header: true, sort: (r: (typeof rows)[number]) => r.name, render: (r: (typeof rows)[number]) => r.name },
    { key: 'n', label: 'Count', numeric: true, sort: (r: (typeof rows)[number]) => r.n, render: (r: (typeof rows)[number]) => String(r.n ?? '—') },
  ];

  it('sort numbers as numbers, empty cells last in both directions', () => {
    expect(sortRows(rows, columns[1], false).map((r) => r.name)).toEqual(['b', 'c', 'a']);
    expect(sortRows(rows, columns[1], true).map((r) => r.name)).toEqual(['c', 'b', 'a']);
  });

  it('sort by a click on the heading, and say so through aria-sort', () => {
    render(<SortableTable rows={rows} columns={columns} rowKey={(r) => r.name} caption="Things" />);
    const table = screen.getByRole('table', { name: 'Things' });
    const names = () => within(table).getAllByRole('rowheader').map((c) => c.textContent);
    expect(names()).toEqual(['a', 'b', 'c']);
    fireEvent.click(within(table).getByRole('button', { name: /Count/ }));
    expect(names()).toEqual(['b', 'c', 'a']);
    expect(within(table).getByRole('columnheader', { name: /Count/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(table).getByRole('button', { name: /Count/ }));
    expect(names()).toEqual(['c', 'b', 'a']);
    expect(within(table).getByRole('columnheader', { name: /Count/ }).getAttribute('aria-sort')).toBe('descending');
  });
});
