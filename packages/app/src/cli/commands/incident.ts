/** `iomt incident plan | ics | report`: every notification duty of one incident. */
import Table from 'cli-table3';
import { isInstant, labelOf, parseIncidentCase, planIncident, RISK_LEVEL_LABEL, RISK_SOURCE_LABEL, SIGNIFICANCE_ANSWER_LABEL, TIME_RULE_LABEL } from '@iomt/core';
import type { IncidentCase, IncidentPlan, PlannedStep } from '@iomt/core';
import { caseUidScope, incidentIcs, regimeReport, renderRegimeReport, REPORT_REGIMES, STEP_STATUS_TEXT as STATUS_TEXT, recipientText } from '../../outputs/incident-outputs.ts';
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

function planned(file: string, flags: IncidentFlags): { c: IncidentCase; p: IncidentPlan } {
  const c = loadCase(file);
  return { c, p: planIncident(c, { now: nowOption(flags.now), scenarios: scenarioOption(flags.scenario) }) };
}
const plan = (file: string, flags: IncidentFlags): IncidentPlan => planned(file, flags).p;

/** The GDPR breach risk: level, which assessment the plan followed, the rules that decided and what is still open. */
export function breachRiskLines(p: IncidentPlan): string[] {
  const r = p.breachRisk;
  if (!r) return [];
  const out = [
    `GDPR breach risk: ${r.level ? labelOf(RISK_LEVEL_LABEL, r.level) : `undecided (${r.possible.map((l) => labelOf(RISK_LEVEL_LABEL, l)).join(' / ')})`} — used: ${labelOf(RISK_SOURCE_LABEL, r.used)}.`,
    `Outcome: ${r.outcome}.`,
  ];
  if (r.controller && r.assessed) out.push(`The factors give: ${labelOf(RISK_LEVEL_LABEL, r.assessed)}.`);
  if (r.controllerReasoning) out.push(`Controller's reasoning: ${r.controllerReasoning}`);
  for (const f of r.findings) {
    out.push(`- ${f.kind}: ${labelOf(RISK_LEVEL_LABEL, f.level)}${f.certainty === 'possible' ? ' (if the open factors turn out so)' : ''} — ${f.because} [${f.citation}; ${f.guidance.map((g) => g.text).join('; ')}]`);
  }
  if (r.missingFacts.length > 0) out.push(`Factors to answer: ${r.missingFacts.join(', ')}`);
  out.push(...r.notes);
  return out;
}

/** Significant, serious, an accident? Per regime of the plan. */
export function significanceLines(p: IncidentPlan): string[] {
  return p.significance.map(
    (f) =>
      `${f.question} (${f.citation}): ${labelOf(SIGNIFICANCE_ANSWER_LABEL, f.answer)}${f.missingFacts.length > 0 ? ` — to answer: ${f.missingFacts.join(', ')}` : ''}${f.derives?.used ? ' — the plan uses this answer in place of the notifier’s own' : ''}`,
  );
}

/** The binding end under the step's time rule, and the other reading for information. */
function dueText(s: PlannedStep): string {
  const d = s.period ?? s.open?.outerLimit;
  const lead = s.status === 'possible' ? 'if it applies, ' : '';
  if (!d) return `${lead}${s.deadlineText}`;
  const latest = s.period ? '' : ' at the latest';
  if (s.timeRule.kind === 'regulation-1182-71') return `${lead}${d.earliestSafe.label}${latest}\n(1182/71: ${d.legal.label})`;
  return `${lead}${d.earliestSafe.label}${latest}\n(${labelOf(TIME_RULE_LABEL, s.timeRule.kind)}; 1182/71 reading ${d.legal.label} for information only)`;
}

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
    const risk = breachRiskLines(p);
    if (risk.length > 0) out.push('', '## GDPR breach risk', '', ...risk);
    const sig = significanceLines(p);
    if (sig.length > 0) out.push('', '## Significance and seriousness', '', ...sig.map((l) => `- ${l}`));
    out.push('', dossierLine(p), '', `> ${p.notice}`, '');
    return out.join('\n');
  }
  const out = [wrap(`iomt incident plan${p.incident.name ? ` — ${p.incident.name}` : ''}`, '  '), `At ${p.now} · knowledge base ${p.knowledgeBase.version}`];
  const t = new Table({ head: ['Status', 'Step', 'Recipient', 'Deadline'], colWidths: [11, 33, 25, 26], wordWrap: true, style: { head: [], border: [] } });
  for (const s of p.steps) t.push([STATUS_TEXT[s.status], `${s.regime}: ${s.stepTitle} [${s.citation}]`, recipientText(s), s.status === 'not-required' ? s.reason : dueText(s)]);
  out.push(t.toString());
  if (p.missingFacts.length > 0) out.push(wrap(`Missing facts: ${p.missingFacts.join(', ')}`, '  '));
  out.push(wrap(dossierLine(p), '  '));
  const risk = breachRiskLines(p);
  if (risk.length > 0) out.push('', ...risk.map((l) => wrap(l, '  ')));
  const sig = significanceLines(p);
  if (sig.length > 0) out.push('', ...sig.map((l) => wrap(l, '  ')));
  const rules = [...new Map(p.steps.map((s) => [s.act, s])).values()].filter((s) => s.timeRule.kind !== 'regulation-1182-71');
  for (const s of rules) out.push('', wrap(`${s.regime} time limits — ${s.timeRule.text}`, '  '));
  const routed = [...new Set(p.steps.flatMap((s) => (s.routing ? [s.routing] : [])))];
  for (const r of routed) out.push('', wrap(r, '  '));
  if (p.gdprRiskAid) {
    const a = p.gdprRiskAid;
    out.push('', wrap(`GDPR risk aid (ENISA 2013 severity method): ${a.score} — ${a.level}; the controller's own assessment: ${a.controllerAssessment}. ${a.note}`, '  '));
  }
  out.push('', wrap(p.notice));
  return out.join('\n') + '\n';
}

/** One calendar event per step that has a deadline, with alarms a day and an hour before. */
export function incidentIcsCommand(file: string, flags: IncidentFlags): string {
  const { c, p } = planned(file, flags);
  return incidentIcs(p, caseUidScope(c));
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
