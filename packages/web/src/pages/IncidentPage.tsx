import { useMemo, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { toProblem } from '../api/problem.ts';
import type { DossierValue, Incident, IncidentPlan, PlannedStep, ProblemDocument } from '../api/types.ts';
import { Link } from '../app/router.tsx';
import { canEdit, useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { CountdownBadge } from '../components/CountdownBadge.tsx';
import { DossierForm } from '../components/DossierForm.tsx';
import { downloadText } from '../components/download.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Cite, Loading } from '../components/Status.tsx';
import { useNow } from '../components/useNow.ts';
import { countdown, urgencyRank } from '../lib/countdown.ts';
import { formatInstant, localInputToInstant, nowForInput, viewerTimeZone } from '../lib/dates.ts';
import { layoutIncidentTimeline } from '../lib/incident-timeline.ts';
import { countText, INCIDENT_STATUS_LABEL, labelOf, recipientLabel, STEP_STATUS_HINT, stepStatusLabel, TIME_RULE_LABEL, TIMELINE_EVENT_LABEL } from '@iomt/core/labels';
import { BreachRiskPanel, SignificancePanel } from '../components/IncidentAssessments.tsx';
import { CloseIncident, IncidentFactsEditor, IncidentHistory } from '../components/IncidentWorkflow.tsx';

const EVENT_KINDS: [string, string][] = ['occurred', 'detected', 'aware', 'measureAvailable', 'handled', 'awareBy'].map((k) => [k, labelOf(TIMELINE_EVENT_LABEL, k)]);

export default function IncidentPage({ orgId, incidentId }: { orgId: string; incidentId: string }) {
  const { org } = useSession();
  const incident = useAsync(() => api.incident(orgId, incidentId), [orgId, incidentId]);
  const plan = useAsync(() => api.incidentPlanFor(orgId, incidentId), [orgId, incidentId, incident.data?.version]);
  const [problem, setProblem] = useState<ProblemDocument | undefined>();
  const now = useNow(1000);

  if (incident.error) {
    return (
      <>
        <h1>{incident.error.status === 404 ? 'Not found' : 'The incident could not be loaded'}</h1>
        <ProblemView problem={incident.error} />
        <Link href={`/orgs/${orgId}/incidents`}>All incidents</Link>
      </>
    );
  }
  if (!incident.data) return <Loading what="the incident" />;
  const inc = incident.data;
  const editable = canEdit(org) && inc.status === 'open';

  const update = async (fn: (current: Incident) => Promise<Incident>): Promise<Incident> => {
    setProblem(undefined);
    try {
      const next = await fn(inc);
      incident.setData(next);
      return next;
    } catch (e) {
      setProblem(toProblem(e));
      throw e;
    }
  };
  const mutate = async (fn: (current: Incident) => Promise<Incident>): Promise<void> => {
    await update(fn);
  };

  const download = async (kind: 'ics' | 'report', regime?: string, format?: string) => {
    setProblem(undefined);
    try {
      if (kind === 'ics') downloadText(await api.incidentCalendar(orgId, incidentId), `incident-${incidentId}.ics`, 'text/calendar');
      else if (regime && format) downloadText(await api.incidentReport(orgId, incidentId, regime, format), `incident-${incidentId}-${regime}.${format === 'markdown' ? 'md' : format}`, format === 'html' ? 'text/html' : 'text/markdown');
    } catch (e) {
      setProblem(toProblem(e));
    }
  };

  return (
    <>
      <p className="no-print">
        <Link href={`/orgs/${orgId}/incidents`}>← All incidents</Link>
      </p>
      <h1>{inc.title}</h1>
      <p>
        Status <strong data-testid="incident-status">{labelOf(INCIDENT_STATUS_LABEL, inc.status)}</strong> · opened {formatInstant(inc.createdAt)} · version {inc.version} · times shown in {viewerTimeZone()} unless the step names the authority's zone.
      </p>
      <ProblemView problem={problem ?? plan.error} onDismiss={problem ? () => setProblem(undefined) : undefined} />
      <div className="actions no-print">
        <button type="button" className="secondary" onClick={() => void download('ics')}>
          Download deadlines (.ics)
        </button>
        {plan.data
          ? regimesOf(plan.data).map((r) => (
              <span key={r.act} className="btn-group">
                <button type="button" className="secondary" onClick={() => void download('report', r.act, 'markdown')}>
                  {r.regime} report (.md)
                </button>
                <button type="button" className="secondary" onClick={() => void download('report', r.act, 'html')}>
                  {r.regime} report (.html)
                </button>
              </span>
            ))
          : null}
        {canEdit(org) ? (
          <CloseIncident
            status={inc.status}
            plan={plan.data}
            onChange={(status) => mutate((c) => api.updateIncident(orgId, incidentId, { status, expectedVersion: c.version }))}
          />
        ) : null}
      </div>
      {plan.loading && !plan.data ? <Loading what="the notification plan" /> : null}
      {plan.data ? <PlanView plan={plan.data} now={now} aware={String((inc.case.timeline as { aware?: string } | undefined)?.aware ?? inc.createdAt)} editable={editable} onSubmit={(step, at, reference) => mutate((c) => api.addSubmission(orgId, incidentId, { duty: step.duty, step: step.step, at, ...(reference ? { reference } : {}), ...(perState(plan.data, step) ? { state: step.memberState } : {}), expectedVersion: c.version }))} /> : null}
      {plan.data?.breachRisk ? <BreachRiskPanel risk={plan.data.breachRisk} /> : null}
      {plan.data?.significance ? <SignificancePanel findings={plan.data.significance} /> : null}
      {plan.data?.questions ? (
        <IncidentFactsEditor
          regimes={plan.data.questions}
          stored={(inc.case.incident as Record<string, unknown> | undefined) ?? {}}
          editable={editable}
          onSave={(facts) => update((c) => api.updateIncident(orgId, incidentId, { case: { ...c.case, incident: facts }, expectedVersion: c.version }))}
        />
      ) : null}
      {plan.data ? (
        <DossierForm
          plan={plan.data}
          stored={(inc.case.dossier as Record<string, DossierValue> | undefined) ?? {}}
          editable={editable}
          onSave={(values) => mutate((c) => api.saveIncidentDossier(orgId, incidentId, { values, expectedVersion: c.version }))}
          onConflict={async () => {
            try {
              const latest = await api.incident(orgId, incidentId);
              // The form says what happened, so the generic conflict problem is not shown as well.
              setProblem(undefined);
              incident.setData(latest);
              return (latest.case.dossier as Record<string, DossierValue> | undefined) ?? {};
            } catch (e) {
              setProblem(toProblem(e));
              throw e;
            }
          }}
        />
      ) : null}
      {editable ? <EventForm plan={plan.data} onAdd={(kind, at, act) => mutate((c) => api.addIncidentEvent(orgId, incidentId, { kind, at, ...(act ? { act } : {}), expectedVersion: c.version }))} /> : null}
      <IncidentHistory orgId={orgId} incidentId={incidentId} version={inc.version} />
      <details>
        <summary>Incident case (JSON)</summary>
        <pre className="code">{JSON.stringify(inc.case, null, 2)}</pre>
      </details>
    </>
  );
}

/** A missing fact in words: its question where the plan asks it, else its name. */
function questionOf(plan: IncidentPlan, fact: string): string {
  for (const r of plan.questions ?? []) for (const q of r.questions) if (q.fact === fact) return q.question;
  return fact.replace(/^(incident|organisation|product)\./, '');
}

/** The plan has one step per Member State for this duty and step: the submission must say which. */
function perState(plan: IncidentPlan | undefined, step: PlannedStep): boolean {
  if (!plan || !step.memberState) return false;
  return plan.steps.filter((s) => s.duty === step.duty && s.step === step.step).length > 1;
}

function regimesOf(plan: IncidentPlan): { act: string; regime: string }[] {
  const seen = new Map<string, string>();
  for (const s of plan.steps) if (s.status !== 'not-required' && !seen.has(s.act)) seen.set(s.act, s.regime);
  return [...seen.entries()].map(([act, regime]) => ({ act, regime }));
}

type SubmitStep = (step: PlannedStep, at: string, reference?: string) => Promise<void>;

function PlanView({ plan, now, aware, editable, onSubmit }: { plan: IncidentPlan; now: number; aware: string; editable: boolean; onSubmit: SubmitStep }) {
  const steps = useMemo(
    () =>
      [...plan.steps].sort((a, b) => {
        const ua = urgencyRank(countdown(a.status, a.due, now).urgency);
        const ub = urgencyRank(countdown(b.status, b.due, now).urgency);
        return ua - ub || (a.due ?? '9').localeCompare(b.due ?? '9');
      }),
    // Re-sort when the plan changes or a minute passes, not every second.
    [plan, Math.floor(now / 60_000)],
  );
  const counts = steps.reduce(
    (acc, s) => {
      const u = countdown(s.status, s.due, now).urgency;
      acc[u] = (acc[u] ?? 0) + 1;
      return acc;
    },
    {} as Record<string, number>,
  );
  const possible = steps.filter((s) => s.status === 'possible').length;
  const layout = layoutIncidentTimeline(plan.steps, aware, now);
  return (
    <>
      <p className="summary" aria-live="polite">
        <strong className={counts.overdue ? 'u-overdue' : undefined}>{countText(counts.overdue ?? 0, 'overdue')}</strong> ·{' '}
        <strong className={counts['due-soon'] ? 'u-due-soon' : undefined}>{countText(counts['due-soon'] ?? 0, 'due soon')}</strong> · {countText(counts.upcoming ?? 0, 'upcoming')} ·{' '}
        {countText(counts.done ?? 0, 'submitted', 'none submitted yet')}
        {possible > 0 ? ` · ${possible} may apply (counted by their deadline)` : ''}
      </p>
      <section aria-labelledby="itl-h">
        <h2 id="itl-h">Timeline</h2>
        <svg viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" role="img" aria-label="Deadlines from awareness onwards; the red line marks now">
          {layout.ticks.map((t, i) => (
            <g key={i}>
              <line x1={t.x} x2={t.x} y1={16} y2={layout.height} className="tl-grid" />
              <text x={t.x + 2} y={12} className="tl-tick">
                {t.label}
              </text>
            </g>
          ))}
          {layout.marks.map((m, i) => (
            <g key={i}>
              <circle cx={m.x} cy={m.y} r={6} className={`mark u-${m.urgency}`}>
                <title>{`${m.label}: ${formatInstant(m.due)}`}</title>
              </circle>
              <text x={m.x > layout.width * 0.6 ? m.x - 10 : m.x + 10} y={m.y + 4} textAnchor={m.x > layout.width * 0.6 ? 'end' : 'start'} className="tl-label">
                {m.label}
              </text>
            </g>
          ))}
          {layout.nowX !== null ? <line x1={layout.nowX} x2={layout.nowX} y1={16} y2={layout.height} className="tl-today" /> : null}
        </svg>
      </section>
      <section aria-labelledby="steps-h">
        <h2 id="steps-h">Notifications</h2>
        <ol className="steps">
          {steps.map((s) => (
            <StepItem key={`${s.duty}/${s.step}/${s.memberState ?? ''}`} step={s} now={now} editable={editable} onSubmit={onSubmit} />
          ))}
        </ol>
      </section>
      {plan.missingFacts.length > 0 ? (
        <p className="notice">
          Still unknown:{' '}
          {plan.missingFacts.map((f, i) => (
            <span key={f}>
              {i > 0 ? '; ' : ''}
              {questionOf(plan, f)}
            </span>
          ))}{' '}
          — steps that depend on these are shown as “may apply”, with the deadline they have if they do. Answer them under “Incident facts” below.
        </p>
      ) : null}
      {plan.dateConvention ? <p className="muted small">{plan.dateConvention}</p> : null}
      <p className="muted small">{plan.notice}</p>
    </>
  );
}

function StepItem({ step, now, editable, onSubmit }: { step: PlannedStep; now: number; editable: boolean; onSubmit: SubmitStep }) {
  const [open, setOpen] = useState(false);
  const [at, setAt] = useState(nowForInput());
  const [reference, setReference] = useState('');
  const [busy, setBusy] = useState(false);
  const urgency = countdown(step.status, step.due, now).urgency;
  const deadline = step.period ?? step.open?.outerLimit;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await onSubmit(step, localInputToInstant(at), reference.trim() || undefined);
      setOpen(false);
    } catch {
      // shown by the page
    } finally {
      setBusy(false);
    }
  };
  const submittable = editable && !['submitted', 'not-required'].includes(step.status);
  return (
    <li className={`step u-${urgency}`} data-step={`${step.duty}/${step.step}`}>
      <div className="step-head">
        <CountdownBadge status={step.status} due={step.due} now={now} /> <strong>{step.regime}</strong>: {step.stepTitle} <span className="muted">— {step.dutyTitle}</span>
      </div>
      <div className="small">
        <span className={`badge s-${step.status}`} title={STEP_STATUS_HINT[step.status]}>
          {stepStatusLabel(step.status)}
        </span>{' '}
        {step.deadlineText}. <Cite cite={step.cite} citation={step.citation} url={step.url} />
        {step.memberState ? ` · ${step.memberState}` : ''}
        {step.authority?.name ? ` · to ${step.authority.name}` : step.recipient ? ` · to ${recipientLabel(step.recipient)}` : ''}
        {step.authority?.reportingChannel?.url ? (
          <>
            {' '}
            (<a href={step.authority.reportingChannel.url} target="_blank" rel="noreferrer noopener">reporting channel</a>)
          </>
        ) : null}
      </div>
      {step.status === 'possible' ? <div className="small">May apply: {step.reason.replace(/^.*?Possible: /, '')}</div> : null}
      {deadline?.earliestSafe || deadline?.legal ? (
        <div className="small">
          {step.status === 'possible' ? 'If it applies: ' : ''}
          {deadline.earliestSafe ? <>aim for {deadline.earliestSafe.label} (earliest safe)</> : null}
          {deadline.legal ? (
            step.timeRule && step.timeRule.kind !== 'regulation-1182-71' ? (
              <>; {labelOf(TIME_RULE_LABEL, step.timeRule.kind).toLowerCase()} govern — the Reg 1182/71 reading {deadline.legal.label} is for information only</>
            ) : (
              <>; legal deadline {deadline.legal.label} (Reg 1182/71)</>
            )
          ) : null}
          {step.due ? <> · your time: {formatInstant(step.due)}</> : null}
          {step.timeRule && step.timeRule.kind !== 'regulation-1182-71' ? (
            <details>
              <summary>How this time limit is counted</summary>
              {step.timeRule.text}
            </details>
          ) : null}
        </div>
      ) : step.submittedAt ? (
        <div className="small">
          Submitted {formatInstant(step.submittedAt)}
          {step.reference ? ` · reference ${step.reference}` : ''}
        </div>
      ) : (
        <div className="small muted">{step.reason}</div>
      )}
      {step.routing ? <div className="small muted">{step.routing}</div> : null}
      {step.content.length > 0 ? (
        <details className="small">
          <summary>
            What to send ({step.content.filter((c) => c.written).length} of {step.content.length} written in the dossier)
          </summary>
          <ul>
            {step.content.map((c) => (
              <li key={c.id}>
                {step.status === 'not-required' ? c.label : <a href={`#dossier-${c.id}`}>{c.label}</a>}
                {c.written === false ? <span className="muted"> — not yet written</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {submittable && !open ? (
        <button type="button" className="secondary small" onClick={() => setOpen(true)}>
          Record submission
        </button>
      ) : null}
      {open ? (
        <form className="inline-form" onSubmit={(e) => void submit(e)} aria-label={`Record submission of ${step.regime} ${step.stepTitle}`}>
          <label>
            Sent at ({viewerTimeZone()})
            <input type="datetime-local" required value={at} onChange={(e) => setAt(e.target.value)} />
          </label>
          <label>
            Authority's reference (if given)
            <input type="text" maxLength={200} value={reference} onChange={(e) => setReference(e.target.value)} />
          </label>
          <button type="submit" disabled={busy}>
            Save submission
          </button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </form>
      ) : null}
    </li>
  );
}

function EventForm({ plan, onAdd }: { plan: IncidentPlan | undefined; onAdd: (kind: string, at: string, act?: string) => Promise<void> }) {
  const [kind, setKind] = useState('handled');
  const [at, setAt] = useState(nowForInput());
  const [act, setAct] = useState('');
  const [done, setDone] = useState('');
  const acts = plan ? regimesOf(plan) : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone('');
    onAdd(kind, localInputToInstant(at), kind === 'awareBy' ? act : undefined)
      .then(() => setDone('Added; the plan has been recomputed.'))
      .catch(() => undefined);
  };
  return (
    <form className="card inline-form no-print" onSubmit={submit}>
      <h2>Add a timeline event</h2>
      <label>
        Event
        <select value={kind} onChange={(e) => setKind(e.target.value)}>
          {EVENT_KINDS.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </label>
      {kind === 'awareBy' ? (
        <label>
          Regime
          <select required value={act} onChange={(e) => setAct(e.target.value)}>
            <option value="">Choose…</option>
            {acts.map((a) => (
              <option key={a.act} value={a.act}>
                {a.regime}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        At ({viewerTimeZone()})
        <input type="datetime-local" required value={at} onChange={(e) => setAt(e.target.value)} />
      </label>
      <button type="submit">Add event</button>
      <span role="status" className="ok">
        {done}
      </span>
    </form>
  );
}
