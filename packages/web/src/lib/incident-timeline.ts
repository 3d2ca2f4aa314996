/** Lays out an incident's deadlines on a time axis from awareness to the last deadline, with "now" marked. */
import type { PlannedStep } from '../api/types.ts';
import { countdown, type Urgency } from './countdown.ts';

export interface IncidentTimelineLayout {
  width: number;
  height: number;
  nowX: number | null;
  awareX: number;
  marks: { x: number; y: number; label: string; due: string; urgency: Urgency }[];
  ticks: { x: number; label: string }[];
}

export function layoutIncidentTimeline(steps: readonly PlannedStep[], aware: string, nowMs: number, width = 900): IncidentTimelineLayout {
  const left = 20;
  const right = width - 20;
  const rowHeight = 22;
  const dated = steps.filter((s) => s.due && s.status !== 'not-required');
  const start = Date.parse(aware);
  const dues = dated.map((s) => Date.parse(s.due as string));
  const last = Math.max(start + 86_400_000, nowMs, ...dues);
  const span = last - start;
  const end = last + span * 0.05;
  const x = (t: number) => left + ((t - start) / (end - start)) * (right - left);
  const dayMs = 86_400_000;
  const stepDays = Math.max(1, Math.ceil(span / dayMs / 10));
  const ticks: IncidentTimelineLayout['ticks'] = [];
  for (let t = start, i = 0; t <= end; t += stepDays * dayMs, i += stepDays) ticks.push({ x: x(t), label: i === 0 ? 'aware' : `+${i} d` });
  const marks = dated.map((s, i) => ({
    x: x(Date.parse(s.due as string)),
    y: 30 + i * rowHeight,
    label: `${s.regime} ${s.stepTitle}`,
    due: s.due as string,
    urgency: countdown(s.status, s.due, nowMs).urgency,
  }));
  return {
    width,
    height: 40 + dated.length * rowHeight,
    nowX: nowMs >= start && nowMs <= end ? x(nowMs) : null,
    awareX: x(start),
    marks,
    ticks,
  };
}
