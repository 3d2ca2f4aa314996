/** `iomt incident plan | ics | report`: every notification duty of one incident. */
import Table from 'cli-table3';
import { isInstant, parseIncidentCase, planIncident } from '@iomt/core';
import type { IncidentCase, IncidentPlan, PlannedStep } from '@iomt/core';
import { incidentIcs, regimeReport, renderRegimeReport, REPORT_REGIMES, STEP_STATUS_TEXT as STATUS_TEXT, recipientText } from '../../outputs/incident-outputs.ts';
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

const dueText = (s: PlannedStep): string =>
  s.period ? `${s.period.earliestSafe.label}\n(1182/71: ${s.period.legal.label})` : s.open?.outerLimit ? `${s.open.outerLimit.earliestSafe.label} at the latest` : s.deadlineText;

/** How much of the dossier the due steps need is written, overall and per regime. */
const dossierLine = (p: IncidentPlan): string =>
  `Dossier: ${p.dossier.summary.written} of ${p.dossier.summary.needed} fields written${p.dossier.regimes.length > 0 ? ` (${p.dossier.regimes.map((r) => `${r.regime} ${r.written}/${r.needed}`).join(', ')})` : ''}; \`iomt incident report --regime ID\` shows each regime's fields.`;

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
    out.push('', dossierLine(p), '', `> ${p.notice}`, '');
    return out.join('\n');
  }
  const out = [wrap(`iomt incident plan${p.incident.name ? ` — ${p.incident.name}` : ''}`, '  '), `At ${p.now} · knowledge base ${p.knowledgeBase.version}`];
  const t = new Table({ head: ['Status', 'Step', 'Recipient', 'Deadline'], colWidths: [11, 33, 25, 26], wordWrap: true, style: { head: [], border: [] } });
  for (const s of p.steps) t.push([STATUS_TEXT[s.status], `${s.regime}: ${s.stepTitle} [${s.citation}]`, recipientText(s), s.status === 'not-required' ? s.reason : dueText(s)]);
  out.push(t.toString());
  if (p.missingFacts.length > 0) out.push(wrap(`Missing facts: ${p.missingFacts.join(', ')}`, '  '));
  out.push(wrap(dossierLine(p), '  '));
  if (p.gdprRiskAid) {
    const a = p.gdprRiskAid;
    out.push('', wrap(`GDPR risk aid (ENISA 2013 severity method): ${a.score} — ${a.level}; the controller's own assessment: ${a.controllerAssessment}. ${a.note}`, '  '));
  }
  out.push('', wrap(p.notice));
  return out.join('\n') + '\n';
}

/** One calendar event per step that has a deadline, with alarms a day and an hour before. */
export function incidentIcsCommand(file: string, flags: IncidentFlags): string {
  return incidentIcs(plan(file, flags));
}

/** The merged dossier rendered for one regime: only the fields its steps need. */
export function incidentReportCommand(file: string, flags: IncidentFlags): string {
  const regime = flags.regime;
  const acts = REPORT_REGIMES();
  if (!regime || !acts.includes(regime)) {
    throw new CliError(`--regime ${regime ?? '(missing)'}: expected one of ${acts.join(', ')}`);
  }
  const format = flags.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'html' && format !== 'json') throw new CliError(`--format ${format}: expected one of markdown, html, json`);
  const p = plan(file, flags);
  if (format === 'json') return JSON.stringify(regimeReport(p, regime), null, 2) + '\n';
  return renderRegimeReport(p, regime, format);
}
