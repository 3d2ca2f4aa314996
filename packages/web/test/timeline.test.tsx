// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActResult, PlannedStep } from '../src/api/types.ts';
import { TimelineChart, timelineRows } from '../src/components/TimelineChart.tsx';
import { layoutIncidentTimeline } from '../src/lib/incident-timeline.ts';
import { layoutTimeline, parseDay } from '../src/lib/timeline-layout.ts';

afterEach(cleanup);

const act = (over: Partial<ActResult>): ActResult => ({
  act: 'cra',
  shortName: 'CRA',
  number: 'Regulation (EU) 2024/2847',
  title: 'Cyber Resilience Act',
  kind: 'regulation',
  url: 'https://eur-lex.europa.eu/',
  verdict: 'applies-from',
  applicableFrom: '2027-12-11',
  parts: [{ part: 'art-14', title: 'Reporting obligations of manufacturers (Art 14)', status: 'applies-from', from: '2026-09-11' }],
  explanation: '',
  reasons: [],
  missingFacts: [],
  notes: [],
  ...over,
});

describe('layoutTimeline', () => {
  const rows = [
    { id: 'mdr', label: 'MDR', from: '2021-05-26', state: 'applies' as const },
    { id: 'cra', label: 'CRA', from: '2027-12-11', state: 'applies-from' as const },
    { id: 'gone', label: 'Gone', state: 'not' as const },
  ];
  const layout = layoutTimeline(rows, [{ rowId: 'cra', date: '2027-12-11', label: 'CRA applies' }, { rowId: 'mdr', date: '2030-01-01', label: 'far' }], {
    today: '2026-11-23',
    width: 1000,
    labelWidth: 200,
  });

  it('spans whole years around today and puts today between them', () => {
    expect(layout.start).toBe(Date.UTC(2024, 0, 1));
    expect(layout.end).toBe(Date.UTC(2030, 0, 1));
    expect(layout.ticks.map((t) => t.label)).toEqual(['2024', '2025', '2026', '2027', '2028', '2029']);
    const t2026 = layout.ticks[2]?.x ?? 0;
    const t2027 = layout.ticks[3]?.x ?? 0;
    expect(layout.todayX).toBeGreaterThan(t2026);
    expect(layout.todayX).toBeLessThan(t2027);
  });

  it('clamps a bar that started before the window to its left edge, and starts a later one at its date', () => {
    const mdr = layout.rows[0]?.bar;
    const cra = layout.rows[1]?.bar;
    expect(mdr?.x).toBe(200);
    expect(cra?.x).toBeGreaterThan(layout.todayX);
    expect((cra?.x ?? 0) + (cra?.width ?? 0)).toBeCloseTo(990);
  });

  it('draws no bar for an act that does not apply, and stacks rows in order', () => {
    expect(layout.rows[2]?.bar).toBeUndefined();
    expect(layout.rows.map((r) => r.y)).toEqual([28, 54, 80]);
  });

  it('highlights only events within the next year', () => {
    expect(layout.events).toHaveLength(1);
    const [only] = layout.events;
    expect(only?.upcoming).toBe(false);
    const soon = layoutTimeline(rows, [{ rowId: 'cra', date: '2027-06-01', label: 'soon' }], { today: '2026-11-23' });
    expect(soon.events[0]?.upcoming).toBe(true);
    const past = layoutTimeline(rows, [{ rowId: 'cra', date: '2025-06-01', label: 'past' }], { today: '2026-11-23' });
    expect(past.events[0]?.upcoming).toBe(false);
  });

  it('draws no bar for a part that starts after the window, and says from when instead', () => {
    const later = layoutTimeline([{ id: 'ehds/x', label: 'x', from: '2035-03-26', state: 'applies-from' }], [], { today: '2026-11-23' });
    expect(later.rows[0]?.bar).toBeUndefined();
    expect(later.rows[0]?.beyond).toBe('from 2035-03-26');
  });

  it('parses plain dates as UTC midnight', () => {
    expect(parseDay('2027-12-11')).toBe(Date.UTC(2027, 11, 11));
  });
});

describe('timelineRows', () => {
  it('keeps acts that apply or will, with their phased-in parts indented, and leaves out the rest', () => {
    const rows = timelineRows([act({}), act({ act: 'gdpr', shortName: 'GDPR', verdict: 'does-not-apply', parts: [] })]);
    expect(rows.map((r) => [r.id, r.state, r.indent ?? false])).toEqual([
      ['cra', 'applies-from', false],
      ['cra/art-14', 'applies-from', true],
    ]);
  });
});

describe('TimelineChart', () => {
  it('renders an accessible SVG with today marked and the upcoming date highlighted', () => {
    const { container } = render(<TimelineChart acts={[act({})]} upcoming={[{ date: '2026-12-10', act: 'cra', part: 'art-14', kind: 'applies', label: 'x' }]} today="2026-11-23" />);
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(container.querySelector('title')?.textContent).toBe('Applicability timeline');
    expect(container.querySelector('.tl-today')).not.toBeNull();
    expect(container.querySelectorAll('.tl-upcoming')).toHaveLength(1);
    expect(container.textContent).toContain('today');
  });

  it('says so when nothing applies', () => {
    const { container } = render(<TimelineChart acts={[act({ verdict: 'does-not-apply' })]} upcoming={[]} today="2026-11-23" />);
    expect(container.textContent).toContain('No act applies');
  });
});

describe('layoutIncidentTimeline', () => {
  const step = (over: Partial<PlannedStep>): PlannedStep => ({
    duty: 'gdpr:breach-notification-authority',
    act: 'gdpr',
    regime: 'GDPR',
    dutyTitle: 'Notify',
    step: 'notification',
    stepTitle: 'Notify the breach',
    cite: 'gdpr:art-33(1)',
    citation: 'Art 33(1) GDPR',
    url: '',
    deadlineText: '72 hours',
    status: 'due-now',
    reason: '',
    content: [],
    missingFacts: [],
    ...over,
  });

  it('places deadlines after awareness, marks now, and skips steps without a deadline', () => {
    const aware = '2026-11-21T08:15:00Z';
    const now = Date.parse('2026-11-23T08:15:00Z');
    const layout = layoutIncidentTimeline(
      [step({ due: '2026-11-24T09:00:00Z' }), step({ step: 'early', stepTitle: 'Early warning', due: '2026-11-22T08:15:00Z' }), step({ step: 'x', status: 'on-request' })],
      aware,
      now,
    );
    expect(layout.marks).toHaveLength(2);
    expect(layout.marks[1]?.urgency).toBe('overdue');
    expect(layout.marks[0]?.urgency).toBe('due-soon');
    expect(layout.nowX).not.toBeNull();
    expect(layout.marks[1]?.x ?? 0).toBeLessThan(layout.nowX ?? 0);
    expect(layout.marks[0]?.x ?? 0).toBeGreaterThan(layout.nowX ?? 0);
    expect(layout.ticks[0]?.label).toBe('aware');
  });
});
