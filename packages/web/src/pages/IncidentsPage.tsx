import { api } from '../api/client.ts';
import { Link } from '../app/router.tsx';
import { canEdit, useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Empty, Loading } from '../components/Status.tsx';
import { formatInstant } from '../lib/dates.ts';

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
              <th scope="col">Opened</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((i) => (
              <tr key={i.id}>
                <td>
                  <Link href={`/orgs/${orgId}/incidents/${i.id}`}>{i.title}</Link>
                </td>
                <td>{i.status}</td>
                <td>{formatInstant(i.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
