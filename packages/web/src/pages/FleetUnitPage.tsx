import { fleetApi } from '../api/fleet-client.ts';
import { Link } from '../app/router.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { DutyList } from '../components/DutyList.tsx';
import { Empty, Loading } from '../components/Status.tsx';
import { ANALYSIS_STATE_LABELS, CRITICALITY_LABELS, EXPOSURE_LABELS, label, SUPPORT_LABELS } from '@iomt/core/labels';

/** One installed unit: its exposure, the findings of its model version, and the duties they trigger. */
export default function FleetUnitPage({ orgId, unitId }: { orgId: string; unitId: string }) {
  const r = useAsync(() => fleetApi.unit(orgId, unitId), [orgId, unitId]);
  const u = r.data?.unit;
  const e = r.data?.exposure;
  return (
    <>
      <p>
        <Link href={`/orgs/${orgId}/fleet`}>Fleet</Link>
      </p>
      <h1>Unit {u ? (u.serial ?? u.assetTag ?? u.id) : ''}</h1>
      <ProblemView problem={r.error} />
      {r.loading && !r.data ? <Loading what="the unit" /> : null}
      {u && e ? (
        <dl className="facts">
          <dt>Site</dt>
          <dd>
            {u.site ?? '—'}
            {u.department ? `, ${u.department}` : ''}
          </dd>
          <dt>Network exposure</dt>
          <dd>{label(EXPOSURE_LABELS, u.exposure)}</dd>
          <dt>Clinical criticality</dt>
          <dd>{label(CRITICALITY_LABELS, u.criticality)}</dd>
          <dt>Support</dt>
          <dd>
            {label(SUPPORT_LABELS, e.support)}
            {e.supportEnd ? ` (until ${e.supportEnd})` : ''}
          </dd>
          <dt>Open findings</dt>
          <dd>
            {e.openFindings} ({e.knownExploited} known exploited){e.worstCase ? ' — out of support with a known-exploited vulnerability: act first' : ''}
          </dd>
        </dl>
      ) : null}
      {r.data && r.data.findings.length === 0 ? <Empty title="No findings for this unit’s model version." /> : null}
      {r.data?.findings.map((f) => (
        <section key={f.key} aria-label={f.vulnId} className="card">
          <h2>
            {f.vulnId} <span className="muted">{f.title}</span>
          </h2>
          <p>
            {f.severity}
            {f.cvss?.baseScore != null ? ` ${f.cvss.baseScore}` : ''} · {f.knownExploited ? `known exploited since ${f.knownExploited.dateAdded}` : 'not in KEV'} · {label(ANALYSIS_STATE_LABELS, f.analysis.state)}
          </p>
          <DutyList duties={f.duties} />
        </section>
      ))}
    </>
  );
}
