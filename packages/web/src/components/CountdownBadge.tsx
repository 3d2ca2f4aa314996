import type { StepStatus } from '../api/types.ts';
import { countdown } from '../lib/countdown.ts';

export function CountdownBadge({ status, due, now }: { status: StepStatus; due?: string; now: number }) {
  const c = countdown(status, due, now);
  // A step that may apply keeps its clock: say so before the countdown.
  const lead = status === 'possible' && c.remainingMs !== undefined ? 'if it applies, ' : '';
  return (
    <span className={`countdown u-${c.urgency}`}>
      {c.urgency === 'overdue' ? 'OVERDUE: ' : ''}
      {lead}
      {c.text}
    </span>
  );
}
