/** The incident's workflow controls: facts edited at any time, closing with confirmation and reopening, the version history. */
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { Incident, IncidentPlan, RegimeQuestions } from '../api/types.ts';
import { useAsync } from '../app/use-async.ts';
import { formatInstant } from '../lib/dates.ts';
import { IncidentQuestions, type FactAnswers } from './IncidentQuestions.tsx';

/** Steps that still need doing: not submitted, not ruled out, not merely on request. */
const stillDue = (plan: IncidentPlan | undefined) => (plan?.steps ?? []).filter((s) => !['submitted', 'not-required', 'on-request'].includes(s.status));

export function CloseIncident({ status, plan, onChange }: { status: 'open' | 'closed'; plan: IncidentPlan | undefined; onChange: (s: 'open' | 'closed') => Promise<unknown> }) {
  const [asking, setAsking] = useState(false);
  const due = stillDue(plan);
  if (status === 'closed') {
    return (
      <button type="button" className="secondary" onClick={() => void onChange('open').catch(() => undefined)}>
        Reopen the incident
      </button>
    );
  }
  if (!asking) {
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)}>
        Close the incident
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-labelledby="close-h" aria-describedby="close-d" className="card">
      <h2 id="close-h">Close this incident?</h2>
      <div id="close-d">
        {due.length > 0 ? (
          <>
            <p className="notice">
              {due.length} step{due.length === 1 ? ' is' : 's are'} still due or may apply. Closing stops nothing: the duties remain; the incident only leaves the open list.
            </p>
            <ul className="small">
              {due.slice(0, 8).map((s) => (
                <li key={`${s.duty}/${s.step}/${s.memberState ?? ''}`}>
                  {s.regime}: {s.stepTitle}
                  {s.memberState ? ` (${s.memberState})` : ''}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>Every step is submitted or not required.</p>
        )}
        <p className="muted small">You can reopen it at any time.</p>
      </div>
      <div className="actions">
        <button type="button" onClick={() => void onChange('closed').then(() => setAsking(false), () => undefined)}>
          Close the incident
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          Keep it open
        </button>
      </div>
    </div>
  );
}

export function IncidentFactsEditor({
  regimes,
  stored,
  editable,
  onSave,
}: {
  regimes: RegimeQuestions[];
  stored: FactAnswers;
  editable: boolean;
  onSave: (facts: FactAnswers) => Promise<Incident | void>;
}) {
  const [answers, setAnswers] = useState<FactAnswers>(stored);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  // A newer stored version (after a save, an event or someone else's edit) replaces the draft.
  const storedKey = JSON.stringify(stored);
  useEffect(() => setAnswers(JSON.parse(storedKey) as FactAnswers), [storedKey]);
  const changed = Object.keys({ ...stored, ...answers }).filter((k) => JSON.stringify(stored[k]) !== JSON.stringify(answers[k]));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setDone('');
    try {
      const facts = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined));
      const saved = await onSave(facts);
      setDone(`Saved${saved ? ` as version ${saved.version}` : ''}; the plan has been recomputed.`);
    } catch {
      // shown by the page
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="no-print" aria-labelledby="facts-h" onSubmit={(e) => void submit(e)}>
      <h2 id="facts-h">Incident facts</h2>
      <p className="muted small">
        What the plan asks, per regime. Change an answer at any time: each save is a new version of the incident, recorded in the audit log, and the plan is recomputed. Leave what you do not know as “not known yet”.
      </p>
      <IncidentQuestions regimes={regimes} answers={answers} onChange={(k, v) => setAnswers((a) => ({ ...a, [k]: v }))} disabled={!editable} />
      {editable ? (
        <p className="actions">
          <button type="submit" disabled={busy || changed.length === 0}>
            {changed.length === 0 ? 'No changes to save' : `Save ${changed.length} change${changed.length === 1 ? '' : 's'} and recompute the plan`}
          </button>
          <span role="status" className="ok">
            {done}
          </span>
        </p>
      ) : null}
    </form>
  );
}

interface CaseChange {
  version?: number;
  status?: string;
  case?: { incident?: FactAnswers };
  previous?: { case?: { incident?: FactAnswers }; status?: string };
}

/** What an update changed in the incident facts, as `name: old → new`. */
function factChanges(change: CaseChange): string[] {
  const now = change.case?.incident;
  const before = change.previous?.case?.incident;
  if (!now || !before) return [];
  const shown = (v: unknown): string => {
    if (v === undefined) return 'not known';
    if (Array.isArray(v)) return v.map((x) => shown(x)).join(', ') || 'none';
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
    return JSON.stringify(v);
  };
  return Object.keys({ ...before, ...now })
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(now[k]))
    .map((k) => `${k}: ${shown(before[k])} → ${shown(now[k])}`);
}

export function IncidentHistory({ orgId, incidentId, version }: { orgId: string; incidentId: string; version: number }) {
  const history = useAsync(() => api.incidentHistory(orgId, incidentId), [orgId, incidentId, version]);
  if (!history.data) return null;
  return (
    <details>
      <summary>History ({history.data.items.length} entries)</summary>
      <ol className="small" aria-label="Incident history">
        {history.data.items.map((e) => {
          const change = (e.change ?? {}) as CaseChange;
          const facts = factChanges(change);
          return (
            <li key={e.seq}>
              {formatInstant(e.at)} · {e.actor?.displayName ?? 'system'} · {e.action.replace('incident.', '')}
              {change.version ? ` → version ${change.version}` : ''}
              {change.status && change.previous?.status ? ` · ${change.previous.status} → ${change.status}` : ''}
              {facts.length > 0 ? `: ${facts.join('; ')}` : ''}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
