/** What an incident plan becomes for people: calendar events and the per-regime report. */
import { createHash } from 'node:crypto';
import ical, { ICalAlarmType } from 'ical-generator';
import { DOSSIER_FIELDS, knowledgeBase, labelOf, TIME_RULE_LABEL } from '@iomt/core';
import { lowerLabels, recipientLabel, STEP_STATUS_LABELS } from '@iomt/core/labels';
import type { DossierSource, DossierValue, IncidentCase, IncidentPlan, PlannedStep } from '@iomt/core';
import { mdLines, mdText } from '../export/markdown-escape.ts';

/** The shared step-status words in their in-table form; an overdue step shouts. */
export const STEP_STATUS_TEXT: Readonly<Record<PlannedStep['status'], string>> = { ...lowerLabels(STEP_STATUS_LABELS), overdue: 'OVERDUE' };

export const recipientText = (s: PlannedStep): string =>
  `${recipientLabel(s.recipient)}${s.memberState ? ` (${s.memberState})` : ''}${s.authority?.status === 'known' ? `: ${s.authority.name}` : s.authority ? ': authority not in the registry' : ''}`;

/** Acts that define notification duties: the regimes a report can be rendered for. */
export const REPORT_REGIMES = (): string[] => knowledgeBase.acts.filter((a) => (a.notifications ?? []).length > 0).map((a) => a.id);

/**
 * What keeps the calendar UIDs of one incident apart from another's and stable across exports:
 * the stored incident's id, or for a case file its own id (else its name and awareness instant).
 */
export function caseUidScope(c: IncidentCase): string {
  const id = (c as { id?: unknown }).id;
  if (typeof id === 'string' && id.length > 0) return `case-${id.replace(/[^A-Za-z0-9._-]/g, '-')}`;
  return `case-${createHash('sha256').update(JSON.stringify([c.name ?? '', c.timeline.aware])).digest('hex').slice(0, 16)}`;
}

/** One calendar event per step with a deadline, alarms a day and an hour before (as `iomt incident ics`). */
export function incidentIcs(p: IncidentPlan, uidScope: string): string {
  const cal = ical({ name: `Notification deadlines${p.incident.name ? `: ${p.incident.name}` : ''}`, prodId: { company: 'iomt-compliance', product: 'incident-planner' } });
  for (const s of p.steps) {
    const due = s.period?.earliestSafe.utc ?? s.open?.outerLimit?.earliestSafe.utc ?? (s.due && s.status !== 'submitted' ? s.due : undefined);
    if (!due || s.status === 'submitted' || s.status === 'not-required') continue;
    const maybe = s.status === 'possible' ? 'If it applies — ' : '';
    const event = cal.createEvent({
      id: `${uidScope}/${s.duty}/${s.step}/${s.memberState ?? 'all'}@iomt-compliance`,
      start: new Date(due),
      end: new Date(due),
      summary: `${maybe}${s.regime}: ${s.stepTitle}${s.memberState ? ` (${s.memberState})` : ''}`,
      description: [
        `${s.dutyTitle} — ${s.citation}`,
        `Deadline: ${s.deadlineText}`,
        s.period ? `Earliest safe: ${s.period.earliestSafe.label}; by Reg 1182/71: ${s.period.legal.label}` : '',
        `Time limit: ${labelOf(TIME_RULE_LABEL, s.timeRule.kind)} — ${s.timeRule.text}`,
        s.status === 'possible' ? `May apply: ${s.reason}` : '',
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

/** The step's deadline in words: earliest safe and legal instants where computed, else the rule. */
export function stepDeadline(s: PlannedStep): string {
  const d = s.period ?? s.open?.outerLimit;
  if (d) return `${s.period ? '' : 'at the latest '}${d.earliestSafe.label} (earliest safe); ${d.legal.label} (Reg 1182/71)`;
  return s.deadlineText;
}

export interface RegimeReportStep {
  duty: string;
  step: string;
  status: PlannedStep['status'];
  title: string;
  citation: string;
  url: string;
  recipient: string;
  memberState?: string;
  deadlineText: string;
  deadline: string;
  due?: string;
  submittedAt?: string;
  reference?: string;
}

export type RegimeReportField = (typeof DOSSIER_FIELDS)[number] & { written: boolean; value?: DossierValue; source?: DossierSource; steps: string[] };

export interface RegimeReport {
  regime: string;
  regimeName: string;
  incident: { name?: string };
  now: string;
  steps: RegimeReportStep[];
  fields: RegimeReportField[];
  completeness: { needed: number; written: number; missing: string[] };
  submissions: { duty: string; step: string; title: string; memberState?: string; at: string; reference?: string }[];
  notice: string;
}

const regimeSteps = (p: IncidentPlan, regime: string): PlannedStep[] => p.steps.filter((s) => s.act === regime && s.status !== 'not-required');

/** The merged dossier for one regime as data: its steps, each field its steps need with the value written, and the submissions. */
export function regimeReport(p: IncidentPlan, regime: string): RegimeReport {
  const steps = regimeSteps(p, regime);
  const planned = new Map(p.dossier.fields.map((f) => [f.id, f]));
  const stepsOf = (id: string) => [...new Set(steps.filter((s) => s.content.some((c) => c.id === id)).map((s) => s.step))];
  const fields: RegimeReportField[] = DOSSIER_FIELDS.filter((f) => steps.some((s) => s.content.some((c) => c.id === f.id))).map((f) => {
    const d = planned.get(f.id);
    return { ...f, written: d?.written ?? false, ...(d?.value !== undefined ? { value: d.value } : {}), ...(d?.source ? { source: d.source } : {}), steps: stepsOf(f.id) };
  });
  const missing = fields.filter((f) => !f.written).map((f) => f.id);
  return {
    regime,
    regimeName: knowledgeBase.acts.find((a) => a.id === regime)?.shortName ?? regime.toUpperCase(),
    incident: p.incident,
    now: p.now,
    steps: steps.map((s) => ({
      duty: s.duty,
      step: s.step,
      status: s.status,
      title: s.stepTitle,
      citation: s.citation,
      url: s.url,
      recipient: recipientText(s),
      ...(s.memberState ? { memberState: s.memberState } : {}),
      deadlineText: s.deadlineText,
      deadline: stepDeadline(s),
      ...(s.due ? { due: s.due } : {}),
      ...(s.submittedAt ? { submittedAt: s.submittedAt } : {}),
      ...(s.reference ? { reference: s.reference } : {}),
    })),
    fields,
    completeness: { needed: fields.length, written: fields.length - missing.length, missing },
    submissions: steps
      .filter((s) => s.submittedAt !== undefined)
      .map((s) => ({ duty: s.duty, step: s.step, title: s.stepTitle, ...(s.memberState ? { memberState: s.memberState } : {}), at: s.submittedAt!, ...(s.reference ? { reference: s.reference } : {}) })),
    notice: p.notice,
  };
}

const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const NOT_YET_WRITTEN = 'Not yet written.';
const SOURCE_NOTE = 'taken from the case’s timeline and facts';

/** A value as plain text lines: a list gives one line per item. */
function valueLines(value: DossierValue): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'number') return [value.toLocaleString('en-GB')];
  return [String(value)];
}

function markdownValue(f: RegimeReportField): string[] {
  if (f.value === undefined) return [`**${NOT_YET_WRITTEN}**`];
  // Values are user text: escaped, so none can carry HTML or start a block of its own.
  const lines = f.type === 'list' ? valueLines(f.value).map((l) => `- ${mdText(l)}`) : valueLines(f.value).map(mdLines);
  return f.source === 'case' ? [...lines, '', `<sub>(${SOURCE_NOTE})</sub>`] : lines;
}

function htmlValue(f: RegimeReportField): string {
  if (f.value === undefined) return `<p class="not-written"><strong>${NOT_YET_WRITTEN}</strong></p>`;
  const body =
    f.type === 'list'
      ? `<ul>${valueLines(f.value).map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`
      : valueLines(f.value)
          .map((l) => `<p class="value">${esc(l).replace(/\n/g, '<br>')}</p>`)
          .join('');
  return f.source === 'case' ? `${body}<p><small>(${SOURCE_NOTE})</small></p>` : body;
}

const statusText = (s: RegimeReportStep, quote: (t: string) => string = (t) => t): string =>
  s.status === 'submitted' ? `submitted ${s.submittedAt ?? ''}${s.reference ? `, reference ${quote(s.reference)}` : ''}` : STEP_STATUS_TEXT[s.status];

/** The merged dossier for one regime, as `iomt incident report --format markdown|html`. */
export function renderRegimeReport(p: IncidentPlan, regime: string, format: 'markdown' | 'html'): string {
  const r = regimeReport(p, regime);
  const title = `${regime.toUpperCase()} report${p.incident.name ? `: ${p.incident.name}` : ''}`;
  const completeness = `${r.completeness.written} of ${r.completeness.needed} fields written`;
  const submissionLine = (x: RegimeReport['submissions'][number], quote: (t: string) => string = (t) => t) =>
    `${x.title}${x.memberState ? ` (${x.memberState})` : ''}: submitted ${x.at}${x.reference ? `, reference ${quote(x.reference)}` : ', no reference recorded'}`;
  if (format === 'html') {
    return [
      '<!doctype html>',
      `<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>`,
      `<h1>${esc(title)}</h1>`,
      `<p>At ${esc(r.now)} · ${esc(completeness)}</p>`,
      '<h2>Steps</h2>',
      r.steps.length === 0
        ? '<p>None due for this incident.</p>'
        : [
            '<table><thead><tr><th>Step</th><th>Provision</th><th>Recipient</th><th>Deadline</th><th>Status</th></tr></thead><tbody>',
            ...r.steps.map(
              (s) =>
                `<tr><td>${esc(s.title)}</td><td><a href="${esc(s.url)}">${esc(s.citation)}</a></td><td>${esc(s.recipient)}</td><td>${esc(s.deadline)}</td><td>${esc(statusText(s))}</td></tr>`,
            ),
            '</tbody></table>',
          ].join('\n'),
      '<h2>Submissions</h2>',
      r.submissions.length === 0 ? '<p>None recorded.</p>' : `<ul>${r.submissions.map((x) => `<li>${esc(submissionLine(x))}</li>`).join('')}</ul>`,
      '<h2>Dossier</h2>',
      ...r.fields.map((f) => `<section id="${esc(f.id)}"><h3>${esc(f.label)}</h3><p><em>${esc(f.description)}</em></p>${htmlValue(f)}</section>`),
      `<footer><p>${esc(p.notice)}</p></footer>`,
      '</body></html>',
      '',
    ].join('\n');
  }
  const mdTitle = `${regime.toUpperCase()} report${p.incident.name ? `: ${mdText(p.incident.name)}` : ''}`;
  const out = [`# ${mdTitle}`, '', `At ${r.now} · ${completeness}`, '', '## Steps', ''];
  if (r.steps.length === 0) out.push('None due for this incident.', '');
  else {
    out.push('| Step | Provision | Recipient | Deadline | Status |', '|---|---|---|---|---|');
    for (const s of r.steps) out.push(`| ${s.title} | [${s.citation}](${s.url}) | ${mdText(s.recipient)} | ${s.deadline} | ${statusText(s, mdText)} |`);
    out.push('');
  }
  out.push('## Submissions', '');
  if (r.submissions.length === 0) out.push('None recorded.', '');
  else out.push(...r.submissions.map((x) => `- ${submissionLine(x, mdText)}`), '');
  out.push('## Dossier', '');
  for (const f of r.fields) out.push(`### ${f.label}`, '', `_${f.description}_`, '', ...markdownValue(f), '');
  out.push(`> ${p.notice}`, '');
  return out.join('\n');
}
