import { useState } from 'react';
import { fleetApi } from '../api/fleet-client.ts';
import type { FleetFinding } from '../api/fleet-client.ts';
import { toProblem } from '../api/problem.ts';
import type { ProblemDocument } from '../api/types.ts';
import { Link, navigate } from '../app/router.tsx';
import { canEdit, useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { DutyList } from '../components/DutyList.tsx';
import { Empty, Loading } from '../components/Status.tsx';
import { ANALYSIS_STATE_LABELS, JUSTIFICATION_LABELS, label, MATCH_VIA_LABELS } from '@iomt/core/labels';

/** Findings per model version with their duties, and the triage form with its history. */
export default function FleetFindingsPage({ orgId }: { orgId: string }) {
  const list = useAsync(() => fleetApi.findings(orgId), [orgId]);
  return (
    <>
      <p>
        <Link href={`/orgs/${orgId}/fleet`}>Fleet</Link>
      </p>
      <h1>Findings</h1>
      <p className="muted">Known-exploited first, then by CVSS. Each finding lists what the law requires and of whom, with the provisions.</p>
      <ProblemView problem={list.error} />
      {list.loading && !list.data ? <Loading what="findings" /> : null}
      {list.data && list.data.items.length === 0 ? <Empty title="No findings.">Import advisories and SBOMs, or confirm suggested matches.</Empty> : null}
      {list.data?.items.map((f) => <FindingCard key={f.key} orgId={orgId} finding={f} onChange={list.reload} />)}
    </>
  );
}

function FindingCard({ orgId, finding: f, onChange }: { orgId: string; finding: FleetFinding; onChange: () => void }) {
  const { org } = useSession();
  const [state, setState] = useState(f.analysis.state);
  const [justification, setJustification] = useState(f.analysis.justification ?? '');
  const [detail, setDetail] = useState(f.analysis.detail ?? '');
  const [problem, setProblem] = useState<ProblemDocument | undefined>(undefined);
  const [showHistory, setShowHistory] = useState(false);
  const history = useAsync(async () => (showHistory ? (await fleetApi.history(orgId, f.key)).items : []), [orgId, f.key, showHistory, f.analysis.decidedAt]);
  const id = `finding-${f.key.replace(/[^A-Za-z0-9]/g, '-')}`;

  const save = async () => {
    setProblem(undefined);
    try {
      const version = (await fleetApi.history(orgId, f.key)).items.reduce((n, i) => Math.max(n, i.change.version ?? 0), 0);
      await fleetApi.triage(orgId, { findingKey: f.key, state, justification: state === 'not_affected' ? justification || null : null, detail: detail || null, expectedVersion: version });
      onChange();
    } catch (e) {
      setProblem(toProblem(e));
    }
  };
  const startIncident = async () => {
    setProblem(undefined);
    try {
      const incident = await fleetApi.startIncident(orgId, f.key, new Date().toISOString());
      navigate(`/orgs/${orgId}/incidents/${incident.id}`);
    } catch (e) {
      setProblem(toProblem(e));
    }
  };

  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id}>
        {f.vulnId} — {f.model.manufacturer} {f.model.name} {f.model.version}
      </h2>
      <p>
        {f.title} · {f.severity}
        {f.cvss?.baseScore != null ? ` ${f.cvss.baseScore}` : ''} · {f.knownExploited ? <strong>known exploited since {f.knownExploited.dateAdded}</strong> : 'not in KEV'} · {f.units} unit(s)
      </p>
      <p className="muted">
        {f.evidence.map((e) => `${e.advisoryId}: ${label(MATCH_VIA_LABELS, e.via)}${e.component ? ` ${e.component.name} ${e.component.version ?? ''}` : ''}${e.status === 'suggested' ? ` (match not yet confirmed, confidence ${e.confidence ?? ''})` : ''}`).join('; ')}
      </p>
      {f.remediations.length > 0 ? <p>Remediation: {f.remediations[0]!.details}</p> : null}
      <h3>Duties</h3>
      {f.duties.length === 0 ? <p className="muted">None: the finding is closed by its triage.</p> : null}
      <DutyList
        duties={f.duties}
        action={(d) =>
          d.action === 'start-incident-plan' && canEdit(org) ? (
            <>
              {' '}
              <button type="button" onClick={() => void startIncident()}>
                Start the incident plan now
              </button>
            </>
          ) : null
        }
      />
      <h3>Triage: {label(ANALYSIS_STATE_LABELS, f.analysis.state)}</h3>
      {canEdit(org) ? (
        <fieldset>
          <legend className="sr-only">Triage of {f.vulnId}</legend>
          <label htmlFor={`${id}-state`}>Analysis</label>
          <select id={`${id}-state`} value={state} onChange={(e) => setState(e.target.value)}>
            {Object.entries(ANALYSIS_STATE_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
          {state === 'not_affected' ? (
            <>
              <label htmlFor={`${id}-just`}>Justification</label>
              <select id={`${id}-just`} value={justification} onChange={(e) => setJustification(e.target.value)}>
                <option value="">Choose…</option>
                {Object.entries(JUSTIFICATION_LABELS).map(([k, v]) => (
                  <option key={k} value={k}>
                    {v}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          <label htmlFor={`${id}-detail`}>Why</label>
          <input id={`${id}-detail`} value={detail} onChange={(e) => setDetail(e.target.value)} />
          <button type="button" onClick={() => void save()}>
            Record decision
          </button>
          <ProblemView problem={problem} />
        </fieldset>
      ) : null}
      <button type="button" className="link" aria-expanded={showHistory} onClick={() => setShowHistory((x) => !x)}>
        {showHistory ? 'Hide history' : 'Show history'}
      </button>
      {showHistory && history.data ? (
        <ol>
          {history.data.map((h, i) => (
            <li key={i}>
              {h.at} · {h.actor?.displayName ?? 'system'} · {label(ANALYSIS_STATE_LABELS, h.change.state)}
              {h.change.justification ? ` (${label(JUSTIFICATION_LABELS, h.change.justification)})` : ''}
              {h.change.detail ? ` — ${h.change.detail}` : ''}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
