import { api } from '../api/client.ts';
import type { LawChangeStatus } from '../api/law-types.ts';
import { Link } from '../app/router.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Empty, Loading } from '../components/Status.tsx';
import { formatDate } from '../lib/dates.ts';
import { IMPACT_AREA_LABEL, labelOf } from '@iomt/core/labels';

export const LAW_CHANGE_STATUS: Record<LawChangeStatus, string> = {
  changed: 'Answers changed: review',
  unchanged: 'New knowledge base, same answers: review',
  'up-to-date': 'Reviewed under the running version',
};

/** Every product of the organisation and what the running knowledge-base version changed for it. */
export default function LawChangesPage({ orgId }: { orgId: string }) {
  const r = useAsync(() => api.lawChanges(orgId), [orgId]);
  const data = r.data;
  return (
    <>
      <h1>Law changes</h1>
      <p className="muted">
        When the knowledge base is updated, each product is assessed again on the date it was last assessed, and every change in acts, duties, classifications and incident deadlines is shown with the
        changelog entry that caused it, until someone reviews it. {data ? `Running knowledge base: ${data.knowledgeBase}.` : ''} <Link href="/library/changes">All knowledge-base changes</Link>
      </p>
      <ProblemView problem={r.error} />
      {r.loading && !data ? <Loading what="law changes" /> : null}
      {data && data.products.length === 0 ? <Empty title="No products yet." /> : null}
      {data && data.products.length > 0 ? (
        <div className="table-scroll">
          <table className="data">
            <caption className="sr-only">Products and law changes</caption>
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">Status</th>
                <th scope="col">Changes</th>
                <th scope="col">Compared</th>
              </tr>
            </thead>
            <tbody>
              {data.products.map((p) => (
                <tr key={p.product.id}>
                  <td>
                    <Link href={`/orgs/${orgId}/products/${p.product.id}/law-changes`}>{p.product.name}</Link> (version {p.product.version})
                  </td>
                  <td>
                    <span className={`badge law-${p.status}`}>{LAW_CHANGE_STATUS[p.status]}</span>
                  </td>
                  <td>
                    {p.changes === 0
                      ? '—'
                      : Object.entries(p.byArea)
                          .filter(([, n]) => n > 0)
                          .map(([a, n]) => `${labelOf(IMPACT_AREA_LABEL, a)}: ${n}`)
                          .join(', ')}
                  </td>
                  <td>
                    {p.status === 'up-to-date' ? p.knowledgeBase : `${p.fromKbVersion} → ${p.knowledgeBase}`} · on {formatDate(p.assessedOn)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
