import { api } from '../api/client.ts';
import { Link } from '../app/router.tsx';
import { canEdit, useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Empty, Loading } from '../components/Status.tsx';
import { formatInstant } from '../lib/dates.ts';
import { countText, INCIDENT_STATUS_LABEL, labelOf } from '@iomt/core/labels';
import type { IncidentListItem } from '../api/types.ts';

function NextDeadline({ i }: { i: IncidentListItem }) {
  const next = i.summary?.nextDeadline;
  if (i.status === 'closed') return <span className="muted">—</span>;
  if (!next) return <span className="muted">none running</span>;
  return (
    <>
      {next.possible ? 'If it applies: ' : ''}
      {formatInstant(next.at)}
      <div className="muted small">
        {next.regime}: {next.step}
      </div>
    </>
  );
}

export default function IncidentsPage({ orgId }: { orgId: string }) {
  const { org } = useSession();
  const list = useAsync(() => api.incidents(orgId), [orgId]);
  return (
    <>
      <h1>Incidents</h1>
      <p className="muted">Whom to notify, by when and with what — every regime's duties in one plan, recomputed as you record what happened and what you sent.</p>
      {canEdit(org) ? (
        <p>
          <Link className="button" href={`/orgs/${orgId}/incidents/new`}>
            Start an incident
          </Link>
        </p>
      ) : null}
      <ProblemView problem={list.error} />
      {list.loading && !list.data ? <Loading what="incidents" /> : null}
      {list.data && list.data.items.length === 0 ? <Empty title="No incidents recorded.">Start one as soon as you become aware of an incident: most clocks run from awareness.</Empty> : null}
      {list.data && list.data.items.length > 0 ? (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Incident</th>
              <th scope="col">Status</th>
              <th scope="col">Next deadline</th>
              <th scope="col">Overdue</th>
              <th scope="col">Due soon</th>
              <th scope="col">Open questions</th>
              <th scope="col">Opened</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((i) => (
              <tr key={i.id}>
                <td>
                  <Link href={`/orgs/${orgId}/incidents/${i.id}`}>{i.title}</Link>
                </td>
                <td>{labelOf(INCIDENT_STATUS_LABEL, i.status)}</td>
                <td>
                  <NextDeadline i={i} />
                </td>
                <td>{i.summary ? <span className={i.summary.overdue > 0 ? 'badge s-overdue' : undefined}>{countText(i.summary.overdue, 'overdue', 'none')}</span> : '—'}</td>
                <td>{i.summary ? <span className={i.summary.dueSoon > 0 ? 'badge s-due-soon' : undefined}>{countText(i.summary.dueSoon, 'due soon', 'none')}</span> : '—'}</td>
                <td>{i.summary ? countText(i.summary.openQuestions, 'to answer', 'none') : '—'}</td>
                <td>{formatInstant(i.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
