/** What an incident plan becomes for people: calendar events and the per-regime report. */
import ical, { ICalAlarmType } from 'ical-generator';
import { DOSSIER_FIELDS, knowledgeBase } from '@iomt/core';
import type { IncidentPlan, PlannedStep } from '@iomt/core';

export const STEP_STATUS_TEXT: Readonly<Record<PlannedStep['status'], string>> = {
  overdue: 'OVERDUE',
  'due-now': 'due now',
  'due-soon': 'due soon',
  upcoming: 'upcoming',
  waiting: 'waiting',
  'on-request': 'on request',
  'before-action': 'before action',
  submitted: 'submitted',
  'not-required': 'not required',
  possible: 'possible',
};

export const recipientText = (s: PlannedStep): string =>
  `${s.recipient}${s.memberState ? ` (${s.memberState})` : ''}${s.authority?.status === 'known' ? `: ${s.authority.name}` : s.authority ? ': authority not in the registry' : ''}`;

/** Acts that define notification duties: the regimes a report can be rendered for. */
export const REPORT_REGIMES = (): string[] => knowledgeBase.acts.filter((a) => (a.notifications ?? []).length > 0).map((a) => a.id);

/** One calendar event per step with a deadline, alarms a day and an hour before (as `iomt incident ics`). */
export function incidentIcs(p: IncidentPlan): string {
  const cal = ical({ name: `Notification deadlines${p.incident.name ? `: ${p.incident.name}` : ''}`, prodId: { company: 'iomt-compliance', product: 'incident-planner' } });
  for (const s of p.steps) {
    const due = s.period?.earliestSafe.utc ?? s.open?.outerLimit?.earliestSafe.utc ?? (s.due && s.status !== 'submitted' ? s.due : undefined);
    if (!due || s.status === 'submitted' || s.status === 'not-required') continue;
    const event = cal.createEvent({
      id: `${s.duty}/${s.step}/${s.memberState ?? 'all'}@iomt-compliance`,
      start: new Date(due),
      end: new Date(due),
      summary: `${s.regime}: ${s.stepTitle}${s.memberState ? ` (${s.memberState})` : ''}`,
      description: [
        `${s.dutyTitle} — ${s.citation}`,
        `Deadline: ${s.deadlineText}`,
        s.period ? `Earliest safe: ${s.period.earliestSafe.label}; by Reg 1182/71: ${s.period.legal.label}` : '',
        `Recipient: ${recipientText(s)}`,
        `Content: ${s.content.map((c) => c.label).join('; ')}`,
        s.url,
      ]
        .filter(Boolean)
        .join('\n'),
      url: s.url,
    });
    event.createAlarm({ type: ICalAlarmType.display, trigger: 24 * 3600 });
    event.createAlarm({ type: ICalAlarmType.display, trigger: 3600 });
  }
  return cal.toString();
}

export interface RegimeReport {
  regime: string;
  steps: { duty: string; step: string; status: PlannedStep['status'] }[];
  fields: (typeof DOSSIER_FIELDS)[number][];
}

export function regimeReport(p: IncidentPlan, regime: string): RegimeReport {
  const steps = p.steps.filter((s) => s.act === regime && s.status !== 'not-required');
  const ids = new Set(steps.flatMap((s) => s.content.map((c) => c.id)));
  return { regime, steps: steps.map((s) => ({ duty: s.duty, step: s.step, status: s.status })), fields: DOSSIER_FIELDS.filter((f) => ids.has(f.id)) };
}

const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The merged dossier for one regime, as `iomt incident report --format markdown|html`. */
export function renderRegimeReport(p: IncidentPlan, regime: string, format: 'markdown' | 'html'): string {
  const steps = p.steps.filter((s) => s.act === regime && s.status !== 'not-required');
  const { fields } = regimeReport(p, regime);
  const title = `${regime.toUpperCase()} report${p.incident.name ? `: ${p.incident.name}` : ''}`;
  const stepLine = steps.map((s) => `${s.stepTitle} (${s.citation}, ${STEP_STATUS_TEXT[s.status]})`).join('; ') || 'none due for this incident';
  if (format === 'html') {
    return [
      '<!doctype html>',
      `<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>`,
      `<h1>${esc(title)}</h1>`,
      `<p>Steps: ${esc(stepLine)}</p>`,
      ...fields.map((f) => `<section><h2>${esc(f.label)}</h2><p><em>${esc(f.description)}</em></p><p>…</p></section>`),
      `<footer><p>${esc(p.notice)}</p></footer>`,
      '</body></html>',
      '',
    ].join('\n');
  }
  const out = [`# ${title}`, '', `Steps: ${stepLine}`, ''];
  for (const f of fields) out.push(`## ${f.label}`, '', `_${f.description}_`, '', '…', '');
  return out.join('\n');
}
