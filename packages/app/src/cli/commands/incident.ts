/** `iomt incident plan | ics | report`: every notification duty of one incident. */
import Table from 'cli-table3';
import ical, { ICalAlarmType } from 'ical-generator';
import { DOSSIER_FIELDS, isInstant, knowledgeBase, parseIncidentCase, planIncident } from '@iomt/core';
import type { IncidentCase, IncidentPlan, PlannedStep } from '@iomt/core';
import { CliError } from '../cli-error.ts';
import { wrap } from '../format/terminal.ts';
import { formatOption, scenarioOption } from '../options.ts';
import { loadDocument } from '../profile-file.ts';

export interface IncidentFlags {
  now?: string;
  scenario?: string[];
  format?: string;
  regime?: string;
}

function loadCase(file: string): IncidentCase {
  return loadDocument(file, (data) => {
    const r = parseIncidentCase(data);
    return r.ok ? { ok: true, value: r.incident } : r;
  });
}

/** The instant the plan is made at: `--now`, else the clock (the only place this command reads it). */
function nowOption(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString();
  if (!isInstant(value)) throw new CliError(`--now ${value}: expected an instant with its offset, e.g. 2026-11-20T10:17:00+01:00`);
  return value;
}

function plan(file: string, flags: IncidentFlags): IncidentPlan {
  const c = loadCase(file);
  return planIncident(c, { now: nowOption(flags.now), scenarios: scenarioOption(flags.scenario) });
}

const STATUS_TEXT: Readonly<Record<PlannedStep['status'], string>> = {
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

const recipientText = (s: PlannedStep): string =>
  `${s.recipient}${s.memberState ? ` (${s.memberState})` : ''}${s.authority?.status === 'known' ? `: ${s.authority.name}` : s.authority ? ': authority not in the registry' : ''}`;

const dueText = (s: PlannedStep): string =>
  s.period ? `${s.period.earliestSafe.label}\n(1182/71: ${s.period.legal.label})` : s.open?.outerLimit ? `${s.open.outerLimit.earliestSafe.label} at the latest` : s.deadlineText;

export function incidentPlanCommand(file: string, flags: IncidentFlags): string {
  const format = formatOption(flags.format);
  const p = plan(file, flags);
  if (format === 'json') return JSON.stringify(p, null, 2) + '\n';
  if (format === 'markdown') {
    const out = [`# Notification plan${p.incident.name ? `: ${p.incident.name}` : ''}`, '', `At ${p.now} · knowledge base ${p.knowledgeBase.version}`, ''];
    out.push('| Status | Regime | Step | Recipient | Deadline | Content |', '|---|---|---|---|---|---|');
    for (const s of p.steps) {
      out.push(
        `| ${STATUS_TEXT[s.status]} | [${s.citation}](${s.url}) | ${s.stepTitle} | ${recipientText(s)} | ${dueText(s).replace('\n', ' ')} — ${s.deadlineText} | ${s.content.map((c) => c.label).join('; ')} |`,
      );
    }
    out.push('', `> ${p.notice}`, '');
    return out.join('\n');
  }
  const out = [wrap(`iomt incident plan${p.incident.name ? ` — ${p.incident.name}` : ''}`, '  '), `At ${p.now} · knowledge base ${p.knowledgeBase.version}`];
  const t = new Table({ head: ['Status', 'Step', 'Recipient', 'Deadline'], colWidths: [11, 33, 25, 26], wordWrap: true, style: { head: [], border: [] } });
  for (const s of p.steps) t.push([STATUS_TEXT[s.status], `${s.regime}: ${s.stepTitle} [${s.citation}]`, recipientText(s), s.status === 'not-required' ? s.reason : dueText(s)]);
  out.push(t.toString());
  if (p.missingFacts.length > 0) out.push(wrap(`Missing facts: ${p.missingFacts.join(', ')}`, '  '));
  if (p.gdprRiskAid) {
    const a = p.gdprRiskAid;
    out.push('', wrap(`GDPR risk aid (ENISA 2013 severity method): ${a.score} — ${a.level}; the controller's own assessment: ${a.controllerAssessment}. ${a.note}`, '  '));
  }
  out.push('', wrap(p.notice));
  return out.join('\n') + '\n';
}

/** One calendar event per step that has a deadline, with alarms a day and an hour before. */
export function incidentIcsCommand(file: string, flags: IncidentFlags): string {
  const p = plan(file, flags);
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

/** The merged dossier rendered for one regime: only the fields its steps need. */
export function incidentReportCommand(file: string, flags: IncidentFlags): string {
  const regime = flags.regime;
  const acts = knowledgeBase.acts.filter((a) => (a.notifications ?? []).length > 0).map((a) => a.id);
  if (!regime || !(acts as string[]).includes(regime)) {
    throw new CliError(`--regime ${regime ?? '(missing)'}: expected one of ${acts.join(', ')}`);
  }
  const format = flags.format ?? 'markdown';
  if (!['markdown', 'html', 'json'].includes(format)) throw new CliError(`--format ${format}: expected one of markdown, html, json`);
  const p = plan(file, flags);
  const steps = p.steps.filter((s) => s.act === regime && s.status !== 'not-required');
  const ids = [...new Set(steps.flatMap((s) => s.content.map((c) => c.id)))];
  const fields = DOSSIER_FIELDS.filter((f) => ids.includes(f.id));
  if (format === 'json') return JSON.stringify({ regime, steps: steps.map((s) => ({ duty: s.duty, step: s.step, status: s.status })), fields }, null, 2) + '\n';
  const title = `${regime.toUpperCase()} report${p.incident.name ? `: ${p.incident.name}` : ''}`;
  const stepLine = steps.map((s) => `${s.stepTitle} (${s.citation}, ${STATUS_TEXT[s.status]})`).join('; ') || 'none due for this incident';
  if (format === 'html') {
    const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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
  const out = [`# ${title}`, ''];
  out.push(`Steps: ${stepLine}`, '');
  for (const f of fields) out.push(`## ${f.label}`, '', `_${f.description}_`, '', '…', '');
  return out.join('\n');
}
