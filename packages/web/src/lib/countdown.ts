/**
 * Countdown text and urgency for a deadline. The server's plan gives each step a status at the
 * instant it was computed; between refreshes the page recomputes urgency from `due` so a step
 * that crosses its deadline turns overdue on screen without a reload.
 */
import type { StepStatus } from '../api/types.ts';

export type Urgency = 'overdue' | 'due-soon' | 'upcoming' | 'done' | 'none';

/** Within this many hours a deadline counts as due soon (matches the engine's due-soon window). */
export const DUE_SOON_HOURS = 24;

export interface Countdown {
  urgency: Urgency;
  /** `in 2 d 3 h`, `5 h 12 min overdue`, `submitted`. */
  text: string;
  /** Milliseconds until due (negative when overdue), when there is a deadline. */
  remainingMs?: number;
}

export function formatDuration(ms: number): string {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  if (totalMinutes > 0) return `${minutes} min`;
  const seconds = Math.floor(Math.abs(ms) / 1000);
  return `${seconds} s`;
}

export function countdown(status: StepStatus, due: string | undefined, nowMs: number): Countdown {
  if (status === 'submitted') return { urgency: 'done', text: 'submitted' };
  if (status === 'not-required') return { urgency: 'none', text: 'not required' };
  if (!due) {
    // "Without undue delay" with no outer limit: the engine says act now, there is no instant to count to.
    if (status === 'due-now' || status === 'due-soon') return { urgency: 'due-soon', text: 'act now: no fixed deadline' };
    if (status === 'overdue') return { urgency: 'overdue', text: 'overdue' };
    const text = status === 'on-request' ? 'on request' : status === 'waiting' ? 'waiting for an earlier step' : status === 'possible' ? 'may apply: facts missing' : status === 'before-action' ? 'before acting' : 'no fixed deadline';
    return { urgency: 'none', text };
  }
  const dueMs = Date.parse(due);
  if (Number.isNaN(dueMs)) return { urgency: 'none', text: due };
  const remainingMs = dueMs - nowMs;
  if (remainingMs <= 0) return { urgency: 'overdue', text: `${formatDuration(remainingMs)} overdue`, remainingMs };
  const urgency: Urgency = remainingMs <= DUE_SOON_HOURS * 3_600_000 || status === 'due-now' ? 'due-soon' : 'upcoming';
  return { urgency, text: `due in ${formatDuration(remainingMs)}`, remainingMs };
}

/** Steps sorted so that what needs doing first comes first: overdue, then by due instant, then the rest. */
export function urgencyRank(u: Urgency): number {
  return { overdue: 0, 'due-soon': 1, upcoming: 2, none: 3, done: 4 }[u];
}
