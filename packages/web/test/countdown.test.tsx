// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CountdownBadge } from '../src/components/CountdownBadge.tsx';
import { countdown, formatDuration, urgencyRank } from '../src/lib/countdown.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const H = 3_600_000;

afterEach(cleanup);

describe('formatDuration', () => {
  it('shows days and hours, hours and minutes, minutes, seconds', () => {
    expect(formatDuration(2 * 24 * H + 3 * H + 59_000)).toBe('2 d 3 h');
    expect(formatDuration(3 * 24 * H)).toBe('3 d');
    expect(formatDuration(5 * H + 12 * 60_000)).toBe('5 h 12 min');
    expect(formatDuration(7 * 60_000 + 30_000)).toBe('7 min');
    expect(formatDuration(42_000)).toBe('42 s');
    expect(formatDuration(-(5 * H))).toBe('5 h');
  });
});

describe('countdown', () => {
  it('is overdue once the deadline has passed', () => {
    const c = countdown('due-now', new Date(NOW - 90 * 60_000).toISOString(), NOW);
    expect(c.urgency).toBe('overdue');
    expect(c.text).toBe('1 h 30 min overdue');
    expect(c.remainingMs).toBe(-90 * 60_000);
  });

  it('is due soon within 24 hours, and for a step the engine says is due now', () => {
    expect(countdown('upcoming', new Date(NOW + 23 * H).toISOString(), NOW).urgency).toBe('due-soon');
    expect(countdown('upcoming', new Date(NOW + 25 * H).toISOString(), NOW).urgency).toBe('upcoming');
    expect(countdown('due-now', new Date(NOW + 60 * H).toISOString(), NOW)).toMatchObject({ urgency: 'due-soon', text: 'due in 2 d 12 h' });
  });

  it('turns overdue between refreshes as time passes, without a new plan', () => {
    const due = new Date(NOW + 60_000).toISOString();
    expect(countdown('due-soon', due, NOW).urgency).toBe('due-soon');
    expect(countdown('due-soon', due, NOW + 61_000).urgency).toBe('overdue');
  });

  it('says what a step without a deadline waits for', () => {
    expect(countdown('submitted', undefined, NOW)).toEqual({ urgency: 'done', text: 'submitted' });
    expect(countdown('not-required', undefined, NOW).urgency).toBe('none');
    expect(countdown('on-request', undefined, NOW).text).toBe('on request');
    expect(countdown('waiting', undefined, NOW).text).toBe('waiting for an earlier step');
    expect(countdown('possible', undefined, NOW).text).toBe('may apply: facts missing');
    expect(countdown('due-now', undefined, NOW)).toEqual({ urgency: 'due-soon', text: 'act now: no fixed deadline' });
  });

  it('counts a step that may apply by its deadline: due soon, then overdue (MDR Art 87(7): in doubt, report in time)', () => {
    const due = new Date(NOW + 5 * 3_600_000).toISOString();
    expect(countdown('possible', due, NOW).urgency).toBe('due-soon');
    expect(countdown('possible', due, NOW + 6 * 3_600_000).urgency).toBe('overdue');
  });

  it('ranks overdue first and submitted last', () => {
    const order = (['done', 'upcoming', 'overdue', 'none', 'due-soon'] as const).slice().sort((a, b) => urgencyRank(a) - urgencyRank(b));
    expect(order).toEqual(['overdue', 'due-soon', 'upcoming', 'none', 'done']);
  });
});

describe('CountdownBadge', () => {
  it('marks an overdue step in words and with the overdue class', () => {
    render(<CountdownBadge status="due-now" due={new Date(NOW - 2 * H).toISOString()} now={NOW} />);
    const badge = screen.getByText(/overdue/);
    expect(badge.textContent).toBe('OVERDUE: 2 h overdue');
    expect(badge.className).toContain('u-overdue');
  });

  it('shows the live remaining time for a step due soon', () => {
    render(<CountdownBadge status="due-soon" due={new Date(NOW + 90 * 60_000).toISOString()} now={NOW} />);
    expect(screen.getByText(/due in/).textContent).toBe('due in 1 h 30 min');
  });
});
