import type { StepStatus } from '../api/types.ts';
import { countdown } from '../lib/countdown.ts';

export function CountdownBadge({ status, due, now }: { status: StepStatus; due?: string; now: number }) {
  const c = countdown(status, due, now);
  return <span className={`countdown u-${c.urgency}`}>{c.urgency === 'overdue' ? 'OVERDUE: ' : ''}{c.text}</span>;
}
