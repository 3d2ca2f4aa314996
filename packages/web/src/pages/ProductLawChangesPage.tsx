import { useState } from 'react';
import { api } from '../api/client.ts';
import type { ProductLawChange } from '../api/law-types.ts';
import { Link } from '../app/router.tsx';
import { canEdit, useSession } from '../app/session.tsx';
import { toProblem } from '../api/problem.ts';
import type { ProblemDocument } from '../api/types.ts';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Cite, Loading } from '../components/Status.tsx';
import { actLabel, humanize, IMPACT_AREA_LABEL, labelOf, obligationStatusLabel, outcomeLabel, stepStatusLabel, verdictLabel } from '@iomt/core/labels';
import { formatDate, formatInstant } from '../lib/dates.ts';
import { LAW_CHANGE_STATUS } from './LawChangesPage.tsx';

/** A state of the impact diff (`applies-from 2027-12-11`, `decided: class-iia`) in words. */
function stateText(area: string, state: string | null): string {
  if (state === null) return 'none';
  if (area === 'classification') {
    const [status = '', outcomes = ''] = state.split(': ');
    return `${humanize(status)}: ${outcomes === '—' ? '—' : outcomes.split(', ').map(outcomeLabel).join(', ')}`;
  }
  const [code = '', ...rest] = state.split(' ');
  const date = rest.join(' ');
  if (area === 'act') return code === 'applies-from' ? verdictLabel(code, date) : `${verdictLabel(code)}${date ? ` since ${date}` : ''}`;
  if (area === 'obligation') return `${obligationStatusLabel(code)}${date ? ` (from ${date})` : ''}`;
  return `${stepStatusLabel(code)}${date ? `, due ${formatInstant(date)}` : ''}`;
}

/** One product: what changed since it was last reviewed, each change with its cause, and the review. */
export default function ProductLawChangesPage({ orgId, productId }: { orgId: string; productId: string }) {
  const { org } = useSession();
  const [reviewed, setReviewed] = useState<ProductLawChange | undefined>();
  const [error, setError] = useState<ProblemDocument | undefined>();
  const r = useAsync(() => api.productLawChanges(orgId, productId), [orgId, productId]);
  const data = reviewed ?? r.data;
  const canReview = canEdit(org);
  const review = async () => {
    if (!data) return;
    setError(undefined);
    try {
      setReviewed(await api.reviewLawChanges(orgId, productId, { productVersion: data.product.version, kbVersion: data.knowledgeBase }));
    } catch (e) {
      setError(toProblem(e));
    }
  };
  return (
    <>
      <h1>Law changes{data ? `: ${data.product.name}` : ''}</h1>
      <p className="muted">
        <Link href={`/orgs/${orgId}/law-changes`}>All products</Link> · <Link href={`/orgs/${orgId}/products/${productId}`}>Product</Link>
      </p>
      <ProblemView problem={r.error ?? error} />
      {r.loading && !data ? <Loading what="law changes" /> : null}
      {data ? (
        <>
          <p>
            <span className={`badge law-${data.status}`}>{LAW_CHANGE_STATUS[data.status]}</span>{' '}
            {data.status === 'up-to-date'
              ? `Version ${data.product.version} is reviewed under knowledge base ${data.knowledgeBase}.`
              : `Version ${data.product.version} assessed on ${formatDate(data.assessedOn)} under knowledge base ${data.fromKbVersion} and again under ${data.knowledgeBase}.`}
            {data.lastReview ? ` Last reviewed ${formatInstant(data.lastReview.reviewedAt)} (${data.lastReview.fromKbVersion} → ${data.lastReview.kbVersion}).` : ''}
          </p>
          {data.diff && data.diff.items.length > 0 ? (
            <div className="table-scroll">
              <table className="data">
                <caption className="sr-only">Changes</caption>
                <thead>
                  <tr>
                    <th scope="col">What</th>
                    <th scope="col">Before</th>
                    <th scope="col">Now</th>
                    <th scope="col">Why (changelog)</th>
                  </tr>
                </thead>
                <tbody>
                  {data.diff.items.map((i) => (
                    <tr key={`${i.area}:${i.key}`}>
                      <td>
                        {labelOf(IMPACT_AREA_LABEL, i.area)}: {i.area === 'act' ? actLabel(i.act) : i.title}
                        {i.cite ? (
                          <span className="muted">
                            {' '}
                            (<Cite cite={i.cite} />)
                          </span>
                        ) : null}
                      </td>
                      <td>{stateText(i.area, i.before)}</td>
                      <td>{stateText(i.area, i.after)}</td>
                      <td>
                        {i.causes.length === 0 ? 'No changelog entry names this act.' : null}
                        {i.causes.slice(0, 3).map((c) => (
                          <p key={`${c.version}-${c.index}`}>
                            <Link href={`/library/changes#v-${c.version}-${c.index}`}>{c.version}</Link> {c.change.summary}
                            {c.match === 'act' ? <span className="muted"> (same act)</span> : null}
                          </p>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {data.diff && data.diff.items.length === 0 ? <p>The knowledge base changed, but no answer for this product did.</p> : null}
          {data.status !== 'up-to-date' && canReview ? (
            <button type="button" onClick={() => void review()}>
              Mark as reviewed
            </button>
          ) : null}
        </>
      ) : null}
    </>
  );
}
